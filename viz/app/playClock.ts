// The play loop's clock (main.ts): while the run plays, it ticks every PLAY_TICK_MS and steps the run by the days owed at
// the chosen speed for the time gone by, so play keeps its speed where a step takes longer than a tick. What counts in
// ticks (a SICK mark held, the charts' updates, whether the first tick reaches the run's end) is derived from it, so a
// change of the tick changes them all.

/** The play loop's tick (ms): ten a second. */
export const PLAY_TICK_MS = 100;

/** Play ticks in `ms` milliseconds. */
export const playTicksIn = (ms: number) => ms / PLAY_TICK_MS;

/** Days a tick owes the run at `daysPerSecond` (a slow speed steps a day every few ticks). */
export const daysPerTick = (daysPerSecond: number) => (daysPerSecond * PLAY_TICK_MS) / 1000;

/**
 * The most wall-clock time (ms) one step of play owes days for: a second. After a longer stall (a background tab, whose
 * timers the browser slows to as few as one a minute) play steps at most a second's days, not the stall's at once (a
 * minute at 200 days a second is 33 years); where every step takes longer than a second, play falls behind its speed.
 */
export const MOST_OWED_MS = 1000;

/**
 * Whether the play loop's first tick at `daysPerSecond` steps the run over the `daysLeft` days to its end: play starts
 * owing nothing, so that tick steps the whole days of one tick's worth.
 */
export const reachedInFirstTick = (daysLeft: number, daysPerSecond: number) => daysLeft <= Math.floor(daysPerTick(daysPerSecond));

/**
 * The play loop's running count: its ticks while playing (which hold SICK marks and space the charts' updates) and the
 * days owed for the wall-clock time since the days were last taken. Play starts owing nothing, and its first take owes
 * one tick's days, as reachedInFirstTick assumes.
 */
export class PlayClock {
  private tickCount = 0;
  private owed = 0;
  /** When the days were last taken (ms, the loop's clock), or undefined before the first take of a play. */
  private lastTaken: number | undefined;

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
    this.lastTaken = undefined;
  }

  /** Counts a tick of play. */
  countTick(): void {
    this.tickCount++;
  }

  /**
   * Owes the run the days at `daysPerSecond` for the time since the days were last taken (at most MOST_OWED_MS; the
   * first take of a play owes one tick's), `now` being the loop's clock in ms, and takes the whole days owed (none while
   * less than a day is). Ticks that took none (a step still drawing) owe their days to the next take (since 0.41.0:
   * they owed nothing, and play ran slower than its speed wherever a step took longer than a tick).
   */
  takeDaysDue(daysPerSecond: number, now: number): number {
    const elapsed = this.lastTaken === undefined ? PLAY_TICK_MS : Math.min(MOST_OWED_MS, Math.max(0, now - this.lastTaken));
    this.lastTaken = now;
    this.owed += (daysPerSecond * elapsed) / 1000;
    const days = Math.floor(this.owed);
    this.owed -= days;
    return days;
  }
}
