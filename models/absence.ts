import { exp } from '../sim/math/portableMath';

// MODEL.md §4.8: sickness absence rises with compassion fatigue and burnout.

export function sickProbability(burnout: number, cf: number, base: number, wBurnout: number, wCf: number): number {
  const p = base * exp(wBurnout * burnout + wCf * cf);
  return p > 1 ? 1 : p;
}

/** Whether a seat is scheduled to work on a day (staggered across seats for daily coverage). */
export function isWorkday(day: number, seat: number, workdaysPerWeek: number): boolean {
  return (day + seat) % 7 < workdaysPerWeek;
}
