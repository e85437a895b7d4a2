import type { SeatSnapshot } from '../../models/snapshot';
import type { Frame } from './engine';
import { daysPerTick, playTicksIn } from './playClock';

// Sick days are single days: while playing at 25–200 days a second, a SICK mark would flash for
// one frame (a tenth of a second) or, for a day between two frames, never show. While playing, a
// mark stays up after the worker was last sick (sick days that fell between frames included, from
// the frame's stories) for SICK_MARK_DAYS simulated days, but no longer than SICK_MARK_TICKS play
// ticks (playClock.ts: one second) and at least one tick: held for a fixed second, at 200 days a
// second every worker sick in the last 200 days showed SICK, most of a team.
// Paused or stepped by hand, the team view shows only today's state: the page calls clear().

export const SICK_MARK_TICKS = playTicksIn(1000);
/** The simulated days a SICK mark covers while playing (the key says "in the last week"). */
export const SICK_MARK_DAYS = 7;

/** Play ticks a SICK mark is held at `daysPerSecond`. */
export function sickHoldTicks(daysPerSecond: number): number {
  return Math.min(SICK_MARK_TICKS, Math.max(1, Math.ceil(SICK_MARK_DAYS / daysPerTick(daysPerSecond))));
}

const keyOf = (team: string, worker: number) => `${team}\u0000${worker}`;

export class SickMarks {
  /** By team and worker: the play tick at which the mark goes (unless sick again). */
  private readonly until = new Map<string, number>();

  /** Notes who is sick in a frame, or was on a day since the previous frame, at play tick `tick`, to be held `hold` ticks (sickHoldTicks). */
  note(frame: Frame, tick: number, hold = SICK_MARK_TICKS): void {
    for (const team of frame.teams) {
      for (const seat of team.seats) if (seat.status === 'sick') this.until.set(keyOf(team.label, seat.worker), tick + hold);
      for (const story of team.stories) if (story.kind === 'sick') this.until.set(keyOf(team.label, story.worker), tick + hold);
    }
  }

  /** Whether the seat shows the SICK mark at play tick `tick`: sick today, or recently while playing. */
  shows(team: string, seat: SeatSnapshot, tick: number): boolean {
    if (seat.status === 'sick') return true;
    if (seat.status === 'vacant') return false;
    return (this.until.get(keyOf(team, seat.worker)) ?? -1) > tick;
  }

  clear(): void {
    this.until.clear();
  }
}
