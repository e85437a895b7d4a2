import { describe, expect, it } from 'vitest';
import { pointStandardError } from '../../bin/pointStandardError';

describe("a points table's METRIC.se", () => {
  it('is the standard error of the mean over the runs with a value: sd / √runs', () => {
    expect(pointStandardError([1, 2, 3])).toBeCloseTo(1 / Math.sqrt(3), 12);
    // A run with nothing to measure (NaN) is left out of both the spread and the count.
    expect(pointStandardError([1, NaN, 3])).toBeCloseTo(1, 12);
  });

  it('is NaN (null in JSON) from a single run', () => {
    expect(pointStandardError([2.5])).toBeNaN();
  });

  it('is exactly 0 where the runs are all alike but for their last digit, not a residue of about 1e-17', () => {
    const alike = [0.1 + 0.2, 0.3, 0.3, 0.1 + 0.2];
    // The runs do differ in their last binary place, so a plain standard deviation is not 0.
    expect(new Set(alike).size).toBe(2);
    expect(pointStandardError(alike)).toBe(0);
    expect(pointStandardError([7.1, 7.1, 7.1])).toBe(0);
  });
});
