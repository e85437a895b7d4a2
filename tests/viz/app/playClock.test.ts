import { describe, expect, it } from 'vitest';
import { daysPerTick, MOST_OWED_MS, PLAY_TICK_MS, PlayClock, playTicksIn, reachedInFirstTick } from '../../../viz/app/playClock';
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
    expect([1, 2, 3].map((tick) => clock.takeDaysDue(25, tick * PLAY_TICK_MS))).toEqual([2, 3, 2]);
    clock.start(); // half a day was owed
    expect(clock.takeDaysDue(25, 350)).toBe(2);
    // Ticks count on across plays.
    clock.countTick();
    clock.countTick();
    clock.start();
    clock.countTick();
    expect(clock.ticks).toBe(3);
  });

  /**
   * The play loop (main.ts) on a fake clock: a tick every PLAY_TICK_MS, and a step that takes `stepMs` to draw, during
   * which ticks take no days (a step is pending). The days played in `seconds`.
   */
  const daysPlayed = (speed: number, stepMs: number, seconds: number) => {
    const clock = new PlayClock();
    clock.start();
    let days = 0;
    let busyUntil = 0;
    for (let now = PLAY_TICK_MS; now <= seconds * 1000; now += PLAY_TICK_MS) {
      if (now < busyUntil) continue;
      const due = clock.takeDaysDue(speed, now);
      if (due < 1) continue;
      days += due;
      busyUntil = now + stepMs;
    }
    return days;
  };

  it('keeps the chosen speed in days a wall-clock second where a step takes longer than a tick (since 0.41.0: ticks while a step was drawing owed no days, about 8 days a second at 25 with steps of 250 ms)', () => {
    for (const speed of [5, 25, 100, 200]) {
      expect(daysPlayed(speed, 0, 20), `${speed} days a second, steps drawn at once`).toBeGreaterThanOrEqual(speed * 20 - 1);
      for (const stepMs of [150, 250, 450, 900]) {
        const days = daysPlayed(speed, stepMs, 20);
        expect(days, `${speed} days a second, steps of ${stepMs} ms`).toBeGreaterThanOrEqual(speed * 20 - speed);
        expect(days, `${speed} days a second, steps of ${stepMs} ms`).toBeLessThanOrEqual(speed * 20);
      }
    }
  });

  it("owes at most a second's days after a stall (a background tab), not the stall's", () => {
    const clock = new PlayClock();
    clock.start();
    expect(clock.takeDaysDue(200, 100)).toBe(20);
    expect(MOST_OWED_MS).toBe(1000);
    expect(clock.takeDaysDue(200, 100 + 60_000), 'a minute later').toBe(200);
    expect(clock.takeDaysDue(200, 60_200), 'a tick later').toBe(20);
  });

  it("owes a play's first take one tick's days whenever it comes, as reachedInFirstTick counts, and starts anew after a pause", () => {
    const clock = new PlayClock();
    clock.start();
    expect(clock.takeDaysDue(25, 5_000)).toBe(Math.floor(daysPerTick(25)));
    expect(clock.takeDaysDue(25, 5_400)).toBe(10); // half a day was carried
    clock.start();
    expect(clock.takeDaysDue(25, 90_000), 'played again much later').toBe(2);
  });

  it('owes the time before a speed change at the speed then in force (since 0.42.0: a change during a slow step owed all its time at the new speed)', () => {
    const clock = new PlayClock();
    clock.start();
    expect(clock.takeDaysDue(200, 100)).toBe(20);
    // A step takes 900 ms; the educator slows play to 1 day a second at its end.
    clock.oweTimeSoFar(200, 1000);
    expect(clock.takeDaysDue(1, 1100), '900 ms at 200 days a second, 100 ms at 1').toBe(180);
    // And speeds it up again 400 ms into the next step.
    clock.oweTimeSoFar(1, 1500);
    expect(clock.takeDaysDue(200, 1600), '400 ms at 1 day a second (0.1 carried), 100 ms at 200').toBe(20);
  });

  it("owes at most a second's days after a stall with a speed change in it", () => {
    const clock = new PlayClock();
    clock.start();
    clock.takeDaysDue(200, 100);
    clock.oweTimeSoFar(200, 100 + 30_000);
    expect(clock.takeDaysDue(1, 100 + 60_000), "a second's at 200 days a second, the rest owing none").toBe(200);
    clock.oweTimeSoFar(1, 60_600);
    expect(clock.takeDaysDue(200, 60_700), '500 ms at 1 day a second, 100 ms at 200').toBe(20);
  });
});
