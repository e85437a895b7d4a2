import { describe, expect, it } from 'vitest';
import { P2Quantiles } from '../../../sim/stats/p2';
import { quantile } from '../../../sim/stats/summary';
import { createStream } from '../../../sim/random/stream';
import { normalQuantile } from '../../../sim/random/samplers';

describe('P2Quantiles', () => {
  it('is exact for up to five observations', () => {
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    const values = [3, 1, 4, 1.5, 2];
    for (const v of values) p2.add([v]);
    const sorted = Float64Array.from(values).sort();
    expect(p2.estimate(0, 0)).toBeCloseTo(quantile(sorted, 0.05), 12);
    expect(p2.estimate(1, 0)).toBeCloseTo(quantile(sorted, 0.5), 12);
    expect(p2.estimate(2, 0)).toBeCloseTo(quantile(sorted, 0.95), 12);
  });

  it('is exact while it still holds every observation, and close right after', () => {
    const u = createStream({ seed: 5, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95], 40);
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      const x = normalQuantile(u());
      seen.push(x);
      p2.add([x]);
      const sorted = Float64Array.from(seen).sort();
      expect(p2.estimate(2, 0)).toBeCloseTo(quantile(sorted, 0.95), 12);
    }
    for (let i = 0; i < 20; i++) {
      const x = normalQuantile(u());
      seen.push(x);
      p2.add([x]);
    }
    const sorted = Float64Array.from(seen).sort();
    for (const [k, q] of [[0, 0.05], [1, 0.5], [2, 0.95]] as const) expect(Math.abs(p2.estimate(k, 0) - quantile(sorted, q))).toBeLessThan(0.25);
    const [a, b, c] = p2.estimates(0);
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThanOrEqual(c);
  });

  it('tracks the quantiles of a long normal stream in every cell independently', () => {
    const u = createStream({ seed: 3, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(2, [0.05, 0.5, 0.95]);
    for (let i = 0; i < 20_000; i++) p2.add([normalQuantile(u()), 10 + 2 * normalQuantile(u())]);
    expect(p2.observations).toBe(20_000);
    expect(p2.estimate(0, 0)).toBeCloseTo(-1.645, 1);
    expect(p2.estimate(1, 0)).toBeCloseTo(0, 1);
    expect(p2.estimate(2, 0)).toBeCloseTo(1.645, 1);
    expect(p2.estimate(1, 1)).toBeCloseTo(10, 1);
    expect(p2.estimate(2, 1)).toBeCloseTo(10 + 2 * 1.645, 0);
  });

  it('stays within the observed range and is monotone across quantiles', () => {
    const u = createStream({ seed: 4, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 300; i++) {
      const x = u() ** 3;
      min = Math.min(min, x);
      max = Math.max(max, x);
      p2.add([x]);
    }
    const [a, b, c] = [0, 1, 2].map((k) => p2.estimate(k, 0));
    expect(a).toBeGreaterThanOrEqual(min);
    expect(c).toBeLessThanOrEqual(max);
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThanOrEqual(c);
  });
});
