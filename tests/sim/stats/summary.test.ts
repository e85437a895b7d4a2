import { describe, expect, it } from 'vitest';
import { populationSd, quantile, SIGN_RANGE_TRIMMED_FROM, signRange, summarize } from '../../../sim/stats/summary';
import { isClear } from '../../../viz/report/differences';

describe('summarize', () => {
  it('gives mean, sample sd and type-7 quantiles', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(s.p05).toBeCloseTo(1.2, 12);
    expect(s.p95).toBeCloseTo(4.8, 12);
  });

  it('leaves NaN values out (a replication whose metric had nothing to measure), and gives NaN from none', () => {
    expect(summarize([1, NaN, 3, NaN])).toEqual(summarize([1, 3]));
    expect(summarize([NaN, 2])).toEqual({ mean: 2, sd: null, p05: 2, p95: 2 });
    expect(Object.values(summarize([NaN, NaN])).every((x) => Number.isNaN(x))).toBe(true);
  });

  it('handles a single value and an empty list', () => {
    expect(summarize([2])).toEqual({ mean: 2, sd: null, p05: 2, p95: 2 });
    expect(Number.isNaN(summarize([]).mean)).toBe(true);
    expect(quantile(Float64Array.from([1, 3]), 0.5)).toBe(2);
  });
});

describe('signRange (the paired differences\' 90% range)', () => {
  it('two futures of opposite sign give a range across zero, where interpolated percentiles would not', () => {
    const d = [-0.0035, 0.00009];
    expect(quantile(Float64Array.from(d).sort(), 0.95), 'type 7 pulls the upper end below zero').toBeLessThan(0);
    expect(signRange(d)).toEqual({ p05: -0.0035, p95: 0.00009 });
    expect(isClear(signRange(d))).toBe(false);
  });

  it('runs from the smallest to the largest value below 20 values (SIGN_RANGE_TRIMMED_FROM), and leaves out one at each end from 20', () => {
    expect(SIGN_RANGE_TRIMMED_FROM).toBe(20);
    const values = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(signRange(values(2))).toEqual({ p05: 1, p95: 2 });
    expect(signRange(values(19))).toEqual({ p05: 1, p95: 19 });
    expect(signRange(values(20))).toEqual({ p05: 2, p95: 19 });
  });

  it('holds at least 90% of the values, and excludes zero exactly when at least 95% of them share a sign', () => {
    let state = 12345;
    const uniform = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 2000; trial++) {
      const n = 1 + Math.floor(uniform() * 60);
      const shift = uniform() * 3 - 1.5;
      const values = Array.from({ length: n }, () => (uniform() < 0.1 ? 0 : uniform() * 2 - 1 + shift));
      const { p05, p95 } = signRange(values);
      expect(values.filter((v) => v >= p05 && v <= p95).length).toBeGreaterThanOrEqual(0.9 * n);
      const above = values.filter((v) => v > 0).length;
      const below = values.filter((v) => v < 0).length;
      expect(isClear({ p05, p95 }), `n=${n}, above ${above}, below ${below}`).toBe(above >= 0.95 * n || below >= 0.95 * n);
    }
  });
});

describe('populationSd (from count, sum and sum of squares)', () => {
  it('is the population standard deviation, 0 for no values and for equal ones (never NaN from rounding)', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    const sum = values.reduce((a, b) => a + b, 0);
    const squares = values.reduce((a, b) => a + b * b, 0);
    expect(populationSd(values.length, sum, squares)).toBe(2);
    expect(populationSd(0, 0, 0)).toBe(0);
    expect(populationSd(3, 3 * 0.1, 3 * 0.1 * 0.1)).toBeGreaterThanOrEqual(0);
    expect(Number.isNaN(populationSd(3, 3 * 0.1, 3 * 0.1 * 0.1))).toBe(false);
  });
});
