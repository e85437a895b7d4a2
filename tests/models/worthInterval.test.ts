import { describe, expect, it } from 'vitest';
import { valueForMoney } from '../../models/valueForMoney';
import { binomialBoundCounts } from '../../models/worthInterval';

// How precisely a run's futures place a value-for-money threshold ("in at least half from $48,200"):
// a distribution-free 90% interval from the futures' ranks (order statistics).

/** P(K ≤ k), K ~ Binomial(n, p), summed directly. */
function binomialCdf(n: number, p: number, k: number): number {
  let sum = 0;
  let choose = 1;
  for (let j = 0; j <= k; j++) {
    sum += choose * p ** j * (1 - p) ** (n - j);
    choose = (choose * (n - j)) / (j + 1);
  }
  return sum;
}

describe('binomialBoundCounts', () => {
  it('gives the tightest counts each leaving at most 5% outside: P(K ≥ low) ≥ 95% and P(K < high) ≥ 95%', () => {
    for (const [n, share] of [[20, 0.5], [40, 0.05], [200, 0.05], [200, 0.95], [101, 0.5]] as const) {
      const [low, high] = binomialBoundCounts(n, share);
      expect(1 - binomialCdf(n, share, low - 1)).toBeGreaterThanOrEqual(0.95);
      expect(1 - binomialCdf(n, share, low)).toBeLessThan(0.95);
      expect(binomialCdf(n, share, high - 1)).toBeGreaterThanOrEqual(0.95);
      expect(binomialCdf(n, share, high - 2)).toBeLessThan(0.95);
    }
    expect(binomialBoundCounts(20, 0.5)).toEqual([6, 15]);
    // From 20 futures, 5% cannot be bounded below (count 0) nor 95% above (count 21).
    expect(binomialBoundCounts(20, 0.05)[0]).toBe(0);
    expect(binomialBoundCounts(20, 0.95)[1]).toBe(21);
  });
});

describe('the thresholds of value for money', () => {
  it("bound the threshold of half the futures by the break-even values of the futures ranked at the binomial's 5th and 95th percentiles", () => {
    // 200 futures avoiding one departure each at net costs $1,000, $2,000, ..., $200,000: the half is reached from $100,000.
    const n = 200;
    const netCost = Array.from({ length: n }, (_, r) => (r + 1) * 1000);
    const v = valueForMoney(Array(n).fill(10), Array(n).fill(9), Array(n).fill(0), netCost)!;
    const half = v.worth.find((w) => w.share === 0.5)!;
    expect(half.values).toEqual([{ from: 100000, to: null }]);
    const [low, high] = binomialBoundCounts(n, 0.5);
    expect(half.interval).toEqual({ low: low * 1000, high: high * 1000 });
    expect(half.interval!.low!).toBeLessThan(100000);
    expect(half.interval!.high!).toBeGreaterThan(100000);
  });

  it('gives no interval for values that are not one threshold with no end', () => {
    // Saves money with more leavers: ahead below a value, not from one.
    const v = valueForMoney([10, 10], [13, 12], [0, 0], [-300000, -400000])!;
    expect(v.worth.every((w) => w.interval === undefined)).toBe(true);
  });
});
