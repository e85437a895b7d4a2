import { exp } from '../sim/math/portableMath';

// MODEL.md §4.8: sickness absence rises with compassion fatigue and burnout.

export function sickProbability(burnout: number, cf: number, base: number, wBurnout: number, wCf: number): number {
  const p = base * exp(wBurnout * burnout + wCf * cf);
  return p > 1 ? 1 : p;
}

/** Whether a seat whose week starts `offset` days in (see workweekOffsets) is scheduled to work on a day. */
export function isWorkday(day: number, offset: number, workdaysPerWeek: number): boolean {
  return (day + offset) % 7 < workdaysPerWeek;
}

/**
 * Each seat's place in the week, spread evenly within its team so that every day of the week
 * has as many of the team's funded seats at work as the working week allows (within one): the
 * k-th of a team's m funded seats starts its week ⌊7k/m⌋ days in. Added seats (a staffing lever)
 * are spread the same way among themselves, half a funded seat's step later (⌊7k/a + 7/2m⌋ for
 * the k-th of a), so with them the days differ by two at most, and the funded seats' weeks are the
 * same under every package. (Consecutive offsets, as before, left a team of four two days a week
 * with half its staff: overload and unmet demand at full staffing.)
 */
export function workweekOffsets(team: Uint32Array, baseSeats: number, teams: number, out: Uint8Array): void {
  const funded = new Int32Array(teams);
  const added = new Int32Array(teams);
  for (let i = 0; i < out.length; i++) (i < baseSeats ? funded : added)[team[i]]++;
  const placed = new Int32Array(teams);
  for (let i = 0; i < out.length; i++) {
    const t = team[i];
    const m = funded[t] > 0 ? funded[t] : 1;
    out[i] = i < baseSeats ? Math.floor((7 * placed[t]) / m) : Math.floor((7 * (placed[t] - funded[t])) / added[t] + 7 / (2 * m)) % 7;
    placed[t]++;
  }
}
