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
