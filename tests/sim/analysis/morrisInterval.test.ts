import { describe, expect, it } from 'vitest';
import { morrisMuStarInterval } from '../../../sim/analysis/morrisInterval';
import { createStream } from '../../../sim/random/stream';

const u = () => createStream({ seed: 1, point: 0, replication: 0 }, 'bootstrap:test');

describe("μ*'s bootstrap interval", () => {
  it('holds μ* and narrows with more trajectories of the same spread of effects', () => {
    // Factor 0: effects 1..r (|e| alike); factor 1: effects of both signs, |e| = 2 each.
    const effects = (r: number) => Float64Array.from({ length: r * 2 }, (_, n) => (n % 2 === 0 ? 1 + (Math.floor(n / 2) % 8) : Math.floor(n / 2) % 2 === 0 ? 2 : -2));
    const few = morrisMuStarInterval(effects(8), 8, 2, 1000, u());
    const many = morrisMuStarInterval(effects(64), 64, 2, 1000, u());
    expect(few.low[0]).toBeLessThan(4.5);
    expect(few.high[0]).toBeGreaterThan(4.5);
    expect(many.high[0] - many.low[0]).toBeLessThan((few.high[0] - few.low[0]) / 2);
    // Every |e| is 2: every resample gives μ* 2, whatever the signs.
    expect([few.low[1], few.high[1]]).toEqual([2, 2]);
  });

  it('is the same from the same stream, leaves out resamples without an effect, and gives NaN without resamples or from fewer than 5 trajectories', () => {
    // Five trajectories of two factors; factor 1 has one effect (7), in the last trajectory.
    const effects = Float64Array.from([1, NaN, 3, NaN, 5, NaN, 2, NaN, 4, 7]);
    expect(morrisMuStarInterval(effects, 5, 2, 200, u())).toEqual(morrisMuStarInterval(effects, 5, 2, 200, u()));
    const one = morrisMuStarInterval(effects, 5, 2, 200, u());
    // Resamples that drew the last trajectory give 7, the others none.
    expect([one.low[1], one.high[1]]).toEqual([7, 7]);
    const none = morrisMuStarInterval(effects, 5, 2, 0, u());
    expect([...none.low, ...none.high].every(Number.isNaN)).toBe(true);
    // From 4 trajectories or fewer a percentile interval falls far short of 95% (width 0 from one): none.
    const few = morrisMuStarInterval(effects.subarray(0, 8), 4, 2, 200, u());
    expect([...few.low, ...few.high].every(Number.isNaN)).toBe(true);
    expect(() => morrisMuStarInterval(effects, 4, 2, 10, u())).toThrow(/expected 8 effects, got 10/);
  });

  it('is a percentile interval of the resampled means, not a normal one: effects 0, 0, 0, 0, 10 give 0 to 6', () => {
    // A resample's μ* is 2 × the times it drew the fifth trajectory: 0 in (4/5)^5 = 33% of them, 6 or less in 99%.
    const { low, high } = morrisMuStarInterval(Float64Array.from([0, 0, 0, 0, 10]), 5, 1, 2000, u());
    expect([low[0], high[0]]).toEqual([0, 6]);
  });
});
