// The play loop's clock (main.ts): while the run plays, it ticks every PLAY_TICK_MS and steps the run by the days owed at
// the chosen speed. What counts in ticks (a SICK mark held, the charts' updates, whether the first tick reaches the run's
// end) is derived from it, so a change of the tick changes them all.

/** The play loop's tick (ms): ten a second. */
export const PLAY_TICK_MS = 100;

/** Play ticks in `ms` milliseconds. */
export const playTicksIn = (ms: number) => ms / PLAY_TICK_MS;

/** Days a tick owes the run at `daysPerSecond` (a slow speed steps a day every few ticks). */
export const daysPerTick = (daysPerSecond: number) => (daysPerSecond * PLAY_TICK_MS) / 1000;

/**
 * Whether the play loop's first tick at `daysPerSecond` steps the run over the `daysLeft` days to its end: play starts
 * owing nothing, so that tick steps the whole days of one tick's worth.
 */
export const reachedInFirstTick = (daysLeft: number, daysPerSecond: number) => daysLeft <= Math.floor(daysPerTick(daysPerSecond));

/**
 * The play loop's running count: its ticks while playing (which hold SICK marks and space the charts' updates) and the
 * part of a day owed from one tick to the next. Play starts owing nothing, as reachedInFirstTick assumes.
 */
export class PlayClock {
  private tickCount = 0;
  private owed = 0;

  /** Play ticks counted so far. */
  get ticks(): number {
    return this.tickCount;
  }

  /**
   * Starts play owing nothing: a part-day carried from an earlier play (paused and played again within one tick)
   * stepped the first tick over a day more than reachedInFirstTick counts, onto the end it said that tick would not reach.
   */
  start(): void {
    this.owed = 0;
  }

  /** Counts a tick of play. */
  countTick(): void {
    this.tickCount++;
  }

  /** Owes the run one tick's days at `daysPerSecond` and takes the whole days owed (none while less than a day is). */
  takeDaysDue(daysPerSecond: number): number {
    this.owed += daysPerTick(daysPerSecond);
    const days = Math.floor(this.owed);
    this.owed -= days;
    return days;
  }
}
