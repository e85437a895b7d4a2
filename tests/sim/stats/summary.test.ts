import { describe, expect, it } from 'vitest';
import { quantile, summarize } from '../../../sim/stats/summary';

describe('summarize', () => {
  it('gives mean, sample sd and type-7 quantiles', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(s.p05).toBeCloseTo(1.2, 12);
    expect(s.p95).toBeCloseTo(4.8, 12);
  });

  it('handles a single value and an empty list', () => {
    expect(summarize([2])).toEqual({ mean: 2, sd: 0, p05: 2, p95: 2 });
    expect(Number.isNaN(summarize([]).mean)).toBe(true);
    expect(quantile(Float64Array.from([1, 3]), 0.5)).toBe(2);
  });
});
