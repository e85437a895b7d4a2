import { describe, expect, it } from 'vitest';
import { daysPerTick, PLAY_TICK_MS, PlayClock, playTicksIn, reachedInFirstTick } from '../../../viz/app/playClock';
import { SICK_MARK_TICKS } from '../../../viz/app/sickMarks';

// The play loop's tick, named once (since 0.39.0: a bare 100 in the loop, which the near-end check's "speed / 10"
// silently relied on).

describe("the play loop's clock", () => {
  it('ticks ten times a second, each tick owing a tenth of a second of days at the chosen speed', () => {
    expect(PLAY_TICK_MS).toBe(100);
    expect([1, 5, 25, 200].map(daysPerTick)).toEqual([0.1, 0.5, 2.5, 20]);
    // A second of ticks owes the speed's days.
    for (const speed of [1, 5, 10, 25, 50, 100, 200]) expect(daysPerTick(speed) * playTicksIn(1000)).toBeCloseTo(speed, 12);
    expect(SICK_MARK_TICKS, 'a SICK mark is held at most a second').toBe(playTicksIn(1000));
  });

  it("says the run's end is reached in play's first tick where that tick steps over the days left, its whole days only", () => {
    // 25 days a second: the first tick steps 2 days (2.5 owed).
    expect([1, 2, 3].map((left) => reachedInFirstTick(left, 25))).toEqual([true, true, false]);
    // Slower than ten days a second the first tick steps no day.
    expect(reachedInFirstTick(1, 5)).toBe(false);
    expect(reachedInFirstTick(1, 10)).toBe(true);
    expect([20, 21].map((left) => reachedInFirstTick(left, 200))).toEqual([true, false]);
  });

  it('carries the part of a day owed from tick to tick, and starts play owing none of it (since 0.40.0: a pause and a play within one tick carried it)', () => {
    const clock = new PlayClock();
    expect([1, 2, 3].map(() => clock.takeDaysDue(25))).toEqual([2, 3, 2]);
    clock.start(); // half a day was owed
    expect(clock.takeDaysDue(25)).toBe(2);
    // Ticks count on across plays.
    clock.countTick();
    clock.countTick();
    clock.start();
    clock.countTick();
    expect(clock.ticks).toBe(3);
  });
});
