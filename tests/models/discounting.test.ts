import { describe, expect, it } from 'vitest';
import { discountedPerYear, discountedRecord, discountFactor, ratePercent } from '../../models/discounting';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { valueForMoney } from '../../models/valueForMoney';

// Value for money's discounting (costs.discountRate): day d counts (1 + rate)^(−d/365) of its size,
// and the discounted sum is put back to an equivalent annual amount (over the discounted years, Σ w / 365).

describe('discounting (models/discounting.ts)', () => {
  it('weighs day 0 in full, day 365 at 1/(1 + rate), day 730 at 1/(1 + rate)²', () => {
    expect(discountFactor(0, 0.035)).toBe(1);
    expect(discountFactor(365, 0.035)).toBeCloseTo(1 / 1.035, 15);
    expect(discountFactor(730, 0.035)).toBeCloseTo(1 / 1.035 ** 2, 15);
    expect(discountFactor(1000, 0)).toBe(1);
  });

  it('gives the hand-computed amounts of known series (golden values); a steady flow keeps its size', () => {
    // $100 a day for two years at 3.5%: discounting leaves a steady flow's equivalent annual amount at $36,500.
    const daily = new Float64Array(730).fill(100);
    expect(discountedPerYear(daily, 0.035)).toBeCloseTo(36500, 6);
    // Three departures, on days 0, 365 and 730 of a 1,095-day run at 10%: 1 + 1/1.1 + 1/1.21 = 2.73554 discounted,
    // over the discounted years Σ_{d<1095} v^d / 365 = (1 − v^1095) / (1 − v) / 365, v = 1.1^(−1/365): 2.6096 years.
    const v = 1.1 ** (-1 / 365);
    const years = (1 - v ** 1095) / (1 - v) / 365;
    expect(years).toBeCloseTo(2.6096, 4);
    const leavers = new Float64Array(1095);
    leavers[0] = leavers[365] = leavers[730] = 1;
    expect(discountedPerYear(leavers, 0.1)).toBeCloseTo((1 + 1 / 1.1 + 1 / 1.21) / years, 12);
    // One departure a year, each on the first day of its year: about one a year, as undiscounted, and a little more
    // (1.0483), since each comes before the rest of its year's days, which weigh less.
    expect(discountedPerYear(leavers, 0.1)).toBeCloseTo(1.0483, 4);
  });

  it('at rate 0 is exactly the undiscounted sum per year, as the metrics compute it', () => {
    const daily = Float64Array.from({ length: 400 }, (_, d) => ((d * 7919) % 101) / 3);
    let sum = 0;
    for (const x of daily) sum += x;
    expect(discountedPerYear(daily, 0)).toBe(sum / (400 / 365));
  });

  it("reads a replication's record: its separations and cost series, day by day", () => {
    const days = 500;
    const record = new Float64Array(days * SERIES_COUNT).fill(7);
    const separations = Float64Array.from({ length: days }, (_, d) => (d % 50 === 0 ? 1 : 0));
    const cost = Float64Array.from({ length: days }, (_, d) => 200 + d);
    for (let d = 0; d < days; d++) {
      record[d * SERIES_COUNT + SERIES.separations] = separations[d];
      record[d * SERIES_COUNT + SERIES.cost] = cost[d];
    }
    const r = discountedRecord(record, days, 0.05);
    expect(r.leavers).toBe(discountedPerYear(separations, 0.05));
    expect(r.cost).toBe(discountedPerYear(cost, 0.05));
  });

  it('lowers costs that come later more than costs that come early (the direction theory says)', () => {
    const days = 1095;
    const early = Float64Array.from({ length: days }, (_, d) => (d < 365 ? 300 : 0));
    const late = Float64Array.from({ length: days }, (_, d) => (d >= 730 ? 300 : 0));
    expect(discountedPerYear(early, 0)).toBe(discountedPerYear(late, 0));
    expect(discountedPerYear(late, 0.035)).toBeLessThan(discountedPerYear(early, 0.035));
    // And a higher rate lowers the late cost further.
    expect(discountedPerYear(late, 0.07)).toBeLessThan(discountedPerYear(late, 0.035));
  });

  it("lowers a package's net cost per departure avoided where its extra costs come later than its savings", () => {
    // Two futures of a 2-year run: the package's extra $200 a day starts in year 2; it avoids a departure on day 10 in each.
    const days = 730;
    const baseCost = new Float64Array(days).fill(100);
    const armCost = Float64Array.from({ length: days }, (_, d) => (d >= 365 ? 300 : 100));
    const baseLeavers = new Float64Array(days);
    baseLeavers[10] = 1;
    const armLeavers = new Float64Array(days);
    const at = (rate: number) => {
      const per = (x: Float64Array) => [discountedPerYear(x, rate), discountedPerYear(x, rate)];
      return valueForMoney(per(baseLeavers), per(armLeavers), per(baseCost), per(armCost), rate)!;
    };
    const undiscounted = at(0);
    const discounted = at(0.035);
    expect(undiscounted.discountRate).toBeUndefined();
    expect(discounted.discountRate).toBe(0.035);
    expect(discounted.netCost).toBeLessThan(undiscounted.netCost);
    expect(discounted.costPerDepartureAvoided!).toBeLessThan(undiscounted.costPerDepartureAvoided!);
  });

  it('says a rate as a percentage', () => {
    expect(ratePercent(0.035)).toBe('3.5%');
    expect(ratePercent(0.03)).toBe('3%');
    expect(ratePercent(0.15)).toBe('15%');
  });
});
