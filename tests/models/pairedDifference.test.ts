import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../models/pairedDifference';
import { readableNumber } from '../../viz/specs/readableNumber';

describe('pairedDifference', () => {
  it('gives the paired differences\' mean, sample sd and the standard error of the mean, sd/√pairs', () => {
    // Differences 1, 2, 3, 4: mean 2.5, sample sd √(5/3), se that over √4.
    const d = pairedDifference([11, 12, 13, 14], [10, 10, 10, 10]);
    expect(d.mean).toBe(2.5);
    expect(d.sd).toBeCloseTo(Math.sqrt(5 / 3), 15);
    expect(d.se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 15);
    expect([d.positive, d.zero, d.negative]).toEqual([4, 0, 0]);
  });

  it('takes values that differ only by the rounding of sums in another order as the same, in the mean and range as in the counts', () => {
    // 2400 per worker summed in two orders: a residue of about 3e-12 in every pair, which made a
    // range above zero shown as "$0.0000000000 ... costs more but small".
    const a = [2400.0000000000027, 2400.0000000000027, 2400.0000000000027];
    const d = pairedDifference(a, [2400.000000000000005, 2400, 2400]);
    expect([d.mean, d.p05, d.p95, d.sd]).toEqual([0, 0, 0, 0]);
    expect([d.positive, d.zero, d.negative]).toEqual([0, 3, 0]);
    // A real difference of a millionth is kept.
    expect(pairedDifference([2400.0024, 2400.0024], [2400, 2400]).mean).toBeCloseTo(0.0024, 9);
  });

  it('gives a mean of 0 where differences that cancel leave only a rounding residue, but keeps a real mean however small', () => {
    // Leavers per year from 120 days: 1, 1, 3 and 1, 2, 2 leavers; differences 0, −1 and +1 leaver
    // (× 365/120), whose sum in floating point is −8.9e-16, not 0.
    const year = 365 / 120;
    const d = pairedDifference([year, year, 3 * year], [year, 2 * year, 2 * year]);
    expect(d.mean).toBe(0);
    expect([d.positive, d.zero, d.negative]).toEqual([1, 1, 1]);
    expect(pairedDifference([1e6 + 1, 1e6 - 1 + 0.01], [1e6, 1e6]).mean).toBeCloseTo(0.005, 9);
  });

  it('spreads only what differs between the packages: a shift common to both pairs away, so sd is that of the differences, not of either package', () => {
    // Both packages vary a lot across replications (the same community events), their difference hardly.
    const base = [10, 30, 50, 70, 90];
    const d = pairedDifference(base.map((v, i) => v + 1 + (i % 2) * 0.2), base);
    expect(d.sd).toBeLessThan(0.2);
    expect(d.se).toBeCloseTo((d.sd as number) / Math.sqrt(5), 15);
  });

  it('the standard error shrinks as 1/√pairs while the range of the futures does not', () => {
    const diffs = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 3));
    const few = pairedDifference(diffs(20), new Array(20).fill(0));
    const many = pairedDifference(diffs(80), new Array(80).fill(0));
    expect(many.se as number).toBeCloseTo((few.se as number) * Math.sqrt(20 / 80) * ((many.sd as number) / (few.sd as number)), 12);
    expect([many.p05, many.p95]).toEqual([few.p05, few.p95]);
  });

  it('pairs only the replications in which both have a value, and has no sd or se from fewer than two pairs', () => {
    const d = pairedDifference([1, NaN, 5, 7], [0, 0, NaN, 4]);
    expect([d.positive, d.zero, d.negative]).toEqual([2, 0, 0]);
    expect(d.mean).toBe(2);
    expect(d.sd).toBeCloseTo(Math.SQRT2, 15);
    expect(d.se).toBeCloseTo(1, 15);
    const one = pairedDifference([3, NaN], [1, 2]);
    expect([one.mean, one.sd, one.se]).toEqual([2, null, null]);
    const none = pairedDifference([NaN], [1]);
    expect(none.mean).toBeNaN();
    expect(none.sd).toBeNaN();
    expect(none.se).toBeNaN();
  });
});

describe('pairedDifference of differences all the same', () => {
  it('has a spread and standard error of exactly 0, not a rounding residue, and the table prints se as 0', () => {
    // Each difference is 1.1, but the last one's subtraction leaves 1.1000000000000005: the spread was about 1e-16.
    const d = pairedDifference([1.3, 2.6, 0.7, 5.9], [0.2, 1.5, -0.4, 4.8]);
    expect(d.sd).toBe(0);
    expect(d.se).toBe(0);
    expect(readableNumber(d.se!, 4, 6)).toBe('0');
    // A real spread, however small beside the values, is kept.
    expect(pairedDifference([1.3, 2.6], [0.2, 1.5 - 1e-6]).se).toBeGreaterThan(0);
  });
});
