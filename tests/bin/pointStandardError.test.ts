import { describe, expect, it } from 'vitest';
import { pointStandardError } from '../../bin/pointStandardError';
import { summarize } from '../../sim/stats/summary';

/** The se as analyze gives it: from the runs and their summary's sd. */
const se = (runs: number[]) => pointStandardError(runs, summarize(runs).sd);

describe("a points table's METRIC.se", () => {
  it('is the standard error of the mean over the runs with a value: sd / √runs', () => {
    expect(se([1, 2, 3])).toBeCloseTo(1 / Math.sqrt(3), 12);
    // A run with nothing to measure (NaN) is left out of both the spread and the count.
    expect(se([1, NaN, 3])).toBeCloseTo(1, 12);
  });

  it('is NaN (null in JSON) from a single run', () => {
    expect(se([2.5])).toBeNaN();
  });

  it('is exactly 0 where the runs are all alike but for their last digit, not a residue of about 1e-17', () => {
    const alike = [0.1 + 0.2, 0.3, 0.3, 0.1 + 0.2];
    // The runs do differ in their last binary place, so a plain standard deviation is not 0.
    expect(new Set(alike).size).toBe(2);
    expect(se(alike)).toBe(0);
    expect(se([7.1, 7.1, 7.1])).toBe(0);
  });

  it('takes the sd the points table has already computed rather than summarizing the runs again', () => {
    expect(pointStandardError([1, 2, 3], 2)).toBeCloseTo(2 / Math.sqrt(3), 12);
    expect(pointStandardError([1, 2, 3], null)).toBeNaN();
  });
});
