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
  /** Until when time has been owed for (ms, the loop's clock), or undefined before the first take of a play. */
  private owedUntil: number | undefined;
  /** The wall-clock time owed for since the days were last taken (ms, at most MOST_OWED_MS). */
  private owedMs = 0;

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
    this.owedUntil = undefined;
    this.owedMs = 0;
  }

  /** Counts a tick of play. */
  countTick(): void {
    this.tickCount++;
  }

  /**
   * Owes the run the days at `daysPerSecond` for the time since it was last owed for, up to `now` (the loop's clock in
   * ms), within MOST_OWED_MS since the days were last taken. Called as the speed changes, so that the time before the
   * change is owed at the speed then in force (since 0.42.0: a change during a slow step had all of the step's time
   * owed at the new speed, 200 days for a second's step changed from 1 to 200 days a second).
   */
  oweTimeSoFar(daysPerSecond: number, now: number): void {
    if (this.owedUntil === undefined) return; // the first take of a play owes a tick's days, at the speed then
    const ms = Math.min(MOST_OWED_MS - this.owedMs, Math.max(0, now - this.owedUntil));
    this.owedUntil = now;
    this.owedMs += ms;
    this.owed += (daysPerSecond * ms) / 1000;
  }

  /**
   * Owes the run the days at `daysPerSecond` for the time since it was last owed for (oweTimeSoFar; the first take of a
   * play owes one tick's), and takes the whole days owed (none while less than a day is). Ticks that took none (a step
   * still drawing) owe their days to the next take (since 0.41.0: they owed nothing, and play ran slower than its speed
   * wherever a step took longer than a tick).
   */
  takeDaysDue(daysPerSecond: number, now: number): number {
    if (this.owedUntil === undefined) this.owed += daysPerTick(daysPerSecond);
    else this.oweTimeSoFar(daysPerSecond, now);
    this.owedUntil = now;
    this.owedMs = 0;
    const days = Math.floor(this.owed);
    this.owed -= days;
    return days;
  }
}
