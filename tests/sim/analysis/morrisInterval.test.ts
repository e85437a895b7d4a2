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

  it('is the same from the same stream, leaves out resamples without an effect, and gives NaN without resamples', () => {
    const effects = Float64Array.from([1, NaN, 3, NaN, 5, 7]);
    expect(morrisMuStarInterval(effects, 3, 2, 200, u())).toEqual(morrisMuStarInterval(effects, 3, 2, 200, u()));
    const one = morrisMuStarInterval(effects, 3, 2, 200, u());
    // Factor 1 has one effect (7): resamples that drew it give 7, the others none.
    expect([one.low[1], one.high[1]]).toEqual([7, 7]);
    const none = morrisMuStarInterval(effects, 3, 2, 0, u());
    expect([...none.low, ...none.high].every(Number.isNaN)).toBe(true);
    expect(() => morrisMuStarInterval(effects, 2, 2, 10, u())).toThrow(/expected 4 effects, got 6/);
  });
});
