import { describe, expect, it } from 'vitest';
import { bestOnAverage, valueForMoney, type ValueForMoney } from '../../models/valueForMoney';

/** valueForMoney from each future's departures avoided and net cost (the baseline at 10 leavers and $100,000). */
function fromDifferences(avoided: readonly number[], netCost: readonly number[]): ValueForMoney {
  const v = valueForMoney(
    avoided.map(() => 10),
    avoided.map((d) => 10 - d),
    netCost.map(() => 100000),
    netCost.map((c) => 100000 + c),
  );
  if (!v) throw new Error('nothing paired');
  return v;
}

/** Student's t 95th percentile with 1 degree of freedom: the interval's quantile from two futures. */
const T1 = 6.313752;

describe('valueForMoney: the means', () => {
  it('gives the mean net cost over the mean departures avoided, with their standard errors', () => {
    const v = fromDifferences([1, 2, 3], [30000, 40000, 50000]);
    expect(v).toMatchObject({ futures: 3, departuresAvoided: 2, netCost: 40000, reading: 'fewer-leavers-at-a-cost', costPerDepartureAvoided: 20000 });
    expect(v.departuresAvoidedSe).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(v.netCostSe).toBeCloseTo(10000 / Math.sqrt(3), 6);
  });

  it("gives Fieller's 90% interval: with the same departures avoided in every future, the net cost's t interval over them", () => {
    const v = fromDifferences([2, 2], [90, 110]);
    // Mean 100, standard error 10, from two futures: (100 ± t(1) × 10) / 2.
    expect(v.costPerDepartureAvoided).toBe(50);
    expect(v.costPerDepartureAvoidedInterval!.low).toBeCloseTo((100 - T1 * 10) / 2, 10);
    expect(v.costPerDepartureAvoidedInterval!.high).toBeCloseTo((100 + T1 * 10) / 2, 10);
    expect(v.indicative).toBe(true);
    expect(fromDifferences(Array(20).fill(2), Array(20).fill(90)).indicative).toBe(false);
  });

  it('has a wider interval when the departures avoided vary too, and none when they are not clearly away from zero', () => {
    const steady = fromDifferences([2, 2, 2, 2], [90, 110, 90, 110]);
    const varying = fromDifferences([1, 3, 1, 3], [90, 110, 90, 110]);
    const width = (v: ValueForMoney) => v.costPerDepartureAvoidedInterval!.high - v.costPerDepartureAvoidedInterval!.low;
    expect(varying.costPerDepartureAvoided).toBe(steady.costPerDepartureAvoided);
    expect(width(varying)).toBeGreaterThan(width(steady));
    // Mean 0.0005 departures avoided, half the futures with more leavers: no ratio, whatever it would be.
    const unclear = fromDifferences([1, -0.999, 1, -0.999], [10, 10, 10, 10]);
    expect(unclear.reading).toBe('leavers-unclear');
    expect(unclear.costPerDepartureAvoided).toBeNull();
    expect(unclear.costPerDepartureAvoidedInterval).toBeNull();
  });

  it('reads the means: fewer leavers at a cost or at none, more leavers with a saving or without, nothing to weigh', () => {
    expect(fromDifferences([2, 2], [-4000, -2000]).reading).toBe('fewer-leavers-and-no-cost');
    expect(fromDifferences([2, 2], [0, 0]).reading).toBe('fewer-leavers-and-no-cost');
    const cheaper = fromDifferences([-3, -2, -3, -2], [-400000, -500000, -400000, -500000]);
    // Saves $450,000 a year for 2.5 more leavers: $180,000 saved per extra departure.
    expect(cheaper.reading).toBe('more-leavers-and-saves');
    expect(cheaper.costPerDepartureAvoided).toBe(180000);
    expect(fromDifferences([-1, -1], [5000, 0]).reading).toBe('more-leavers-at-no-saving');
    expect(fromDifferences([0, 0, 0], [0, 0, 0]).reading).toBe('no-difference');
  });
});

describe('valueForMoney: the futures', () => {
  it('counts them by fewer, as many or more leavers and by a higher, the same or a lower cost', () => {
    const v = fromDifferences([1, 1, 0, -1, 0, 2, -1], [100, -100, 100, -100, 0, 0, 100]);
    expect(v.byOutcome).toEqual({
      fewerLeavers: { costsMore: 1, costsSame: 1, costsLess: 1 },
      sameLeavers: { costsMore: 1, costsSame: 1, costsLess: 0 },
      moreLeavers: { costsMore: 1, costsSame: 0, costsLess: 1 },
    });
  });

  it("is worth its cost in a future once the value of a departure avoided passes that future's net cost per departure", () => {
    // Break-even values 10,000, 20,000, 30,000 and 40,000.
    const v = fromDifferences([1, 1, 2, 1], [10000, 20000, 60000, 40000]);
    expect(v.acceptability).toEqual([
      { from: 0, share: 0 },
      { from: 10000, share: 0.25 },
      { from: 20000, share: 0.5 },
      { from: 30000, share: 0.75 },
      { from: 40000, share: 1 },
    ]);
    // Each threshold's 90% interval: from 4 futures, the counts that bound it are mostly 0 or above 4 (null).
    expect(v.worth).toEqual([
      { share: 0.05, values: [{ from: 10000, to: null }], interval: { low: null, high: 20000 } },
      { share: 0.5, values: [{ from: 20000, to: null }], interval: { low: null, high: null } },
      { share: 0.95, values: [{ from: 40000, to: null }], interval: { low: 30000, high: null } },
    ]);
  });

  it('is worth it at any value where it saves money, and never where it has more leavers at a cost', () => {
    const v = fromDifferences([1, 0, -1, 1], [-500, -500, 500, 1000]);
    expect(v.acceptability).toEqual([
      { from: 0, share: 0.5 },
      { from: 1000, share: 0.75 },
    ]);
    expect(v.worth.map((w) => w.values)).toEqual([[{ from: 0, to: null }], [{ from: 0, to: null }], []]);
  });

  it('gives the values as intervals: a package that saves money with more leavers is worth it only below its saving per extra departure', () => {
    const cheaper = fromDifferences([-3, -2], [-300000, -400000]);
    // Break-even values 100,000 and 200,000: worth it in both futures below 100,000, in one up to 200,000.
    expect(cheaper.acceptability).toEqual([
      { from: 0, share: 1 },
      { from: 100000, share: 0.5 },
      { from: 200000, share: 0 },
    ]);
    expect(cheaper.worth).toEqual([
      { share: 0.05, values: [{ from: 0, to: 200000 }] },
      { share: 0.5, values: [{ from: 0, to: 200000 }] },
      { share: 0.95, values: [{ from: 0, to: 100000 }] },
    ]);
    // Both kinds of future: worth it in half of them below 1,000 (those that save money) and from 5,000 (those that avoid departures).
    const mixed = fromDifferences([-1, 1, -1, 1], [-1000, 5000, -1000, 5000]);
    expect(mixed.worth[0].values).toEqual([
      { from: 0, to: 1000 },
      { from: 5000, to: null },
    ]);
  });

  it('counts a future that avoids departures at no net cost as worth it at any value above 0', () => {
    const v = fromDifferences([1, 1], [0, 0]);
    expect(v.acceptability).toEqual([{ from: 0, share: 1 }]);
  });

  it('finds identical arms worth nothing: no departures avoided at no cost is no gain', () => {
    const v = fromDifferences([0, 0, 0], [0, 0, 0]);
    expect(v.acceptability).toEqual([{ from: 0, share: 0 }]);
    expect(v.worth.map((w) => w.values)).toEqual([[], [], []]);
  });

  it('counts a cost difference within rounding as none', () => {
    const v = valueForMoney([5], [5], [0.1 + 0.2], [0.3]);
    expect(v?.byOutcome.sameLeavers.costsSame).toBe(1);
    expect(v?.reading).toBe('no-difference');
  });

  it('leaves out replications in which any value is missing, and is undefined when none is left', () => {
    const v = valueForMoney([10, NaN, 10, 10], [9, 9, 8, 9], [0, 0, NaN, 0], [100, 100, 100, 100]);
    expect(v?.futures).toBe(2);
    expect(v?.costPerDepartureAvoided).toBe(100);
    expect(valueForMoney([NaN], [1], [0], [0])).toBeUndefined();
  });
});

describe('bestOnAverage', () => {
  const arms = [
    { policy: 'opt-out-support', departuresAvoided: 1.7, netCost: 76000 },
    { policy: 'multi-level', departuresAvoided: 2.9, netCost: 444000 },
    { policy: 'individual-resilience', departuresAvoided: 1.2, netCost: -7600 },
    { policy: 'mandatory-debrief', departuresAvoided: -0.1, netCost: 55000 },
  ];

  it('gives the arm with the highest mean net benefit over each range of values, in order', () => {
    const spans = bestOnAverage('status-quo', arms);
    // individual-resilience saves money, so it leads from 0; opt-out-support takes over where 0.5 more departures avoided are worth its 83,600 more.
    expect(spans.map((s) => s.policies)).toEqual([['individual-resilience'], ['opt-out-support'], ['multi-level']]);
    expect(spans[0]).toEqual({ policies: ['individual-resilience'], from: 0, to: spans[1].from });
    expect(spans[1].from).toBeCloseTo((76000 + 7600) / (1.7 - 1.2), 6);
    expect(spans[2].from).toBeCloseTo((444000 - 76000) / (2.9 - 1.7), 6);
    expect(spans[2].to).toBeNull();
  });

  it('keeps the baseline best until an arm that avoids departures is worth its cost, and at any value when none avoids any', () => {
    expect(bestOnAverage('status-quo', [arms[0]])).toEqual([
      { policies: ['status-quo'], from: 0, to: 76000 / 1.7 },
      { policies: ['opt-out-support'], from: 76000 / 1.7, to: null },
    ]);
    expect(bestOnAverage('status-quo', [arms[3]])).toEqual([{ policies: ['status-quo'], from: 0, to: null }]);
  });

  it('gives arms with the same means one span: a copy of the baseline is as good as the baseline, not never best', () => {
    expect(bestOnAverage('a', [{ policy: 'b', departuresAvoided: 0, netCost: 0 }])).toEqual([{ policies: ['a', 'b'], from: 0, to: null }]);
  });

  it('gives a cheaper arm with more leavers the values below its saving per extra departure', () => {
    expect(bestOnAverage('multi-level', [{ policy: 'status-quo', departuresAvoided: -2.9, netCost: -444000 }])).toEqual([
      { policies: ['status-quo'], from: 0, to: 444000 / 2.9 },
      { policies: ['multi-level'], from: 444000 / 2.9, to: null },
    ]);
  });
});
