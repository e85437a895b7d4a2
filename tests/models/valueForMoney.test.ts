import { describe, expect, it } from 'vitest';
import { valueForMoney, type ValueForMoney } from '../../models/valueForMoney';

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

describe('valueForMoney', () => {
  it('gives the mean net cost over the mean departures avoided', () => {
    const v = fromDifferences([1, 2, 3], [30000, 40000, 50000]);
    expect(v.futures).toBe(3);
    expect(v.departuresAvoided).toBe(2);
    expect(v.netCost).toBe(40000);
    expect(v.costPerDepartureAvoided).toBe(20000);
  });

  it('has no cost per departure avoided when the package avoids none on average, and a negative one when it saves money too', () => {
    expect(fromDifferences([1, -2], [5000, 5000]).costPerDepartureAvoided).toBeNull();
    expect(fromDifferences([0, 0], [5000, 5000]).costPerDepartureAvoided).toBeNull();
    expect(fromDifferences([2, 2], [-4000, -2000]).costPerDepartureAvoided).toBe(-1500);
  });

  it('counts the futures by fewer leavers or not and costing more or not', () => {
    const v = fromDifferences([1, 1, 0, -1, 0, 2], [100, -100, 100, -100, 0, 0]);
    expect(v.byOutcome).toEqual({ fewerLeaversCostsMore: 1, fewerLeaversCostsNoMore: 2, noFewerLeaversCostsMore: 1, noFewerLeaversCostsNoMore: 2 });
  });

  it('is worth its cost in a future once the value of a departure avoided passes that future\'s net cost per departure', () => {
    // Break-even values 10,000, 20,000, 30,000 and 40,000.
    const v = fromDifferences([1, 1, 2, 1], [10000, 20000, 60000, 40000]);
    expect(v.acceptability).toEqual([
      { from: 0, share: 0 },
      { from: 10000, share: 0.25 },
      { from: 20000, share: 0.5 },
      { from: 30000, share: 0.75 },
      { from: 40000, share: 1 },
    ]);
    expect(v.worthFrom).toEqual([
      { share: 0.05, from: 10000 },
      { share: 0.5, from: 20000 },
      { share: 0.95, from: 40000 },
    ]);
  });

  it('is worth it at any value in the futures where it saves money, and never in those with more leavers at a cost', () => {
    const v = fromDifferences([1, 0, -1, 1], [-500, -500, 500, 1000]);
    // At 0: the two futures that save money. From 1,000: the fourth joins. The third never.
    expect(v.acceptability).toEqual([
      { from: 0, share: 0.5 },
      { from: 1000, share: 0.75 },
    ]);
    expect(v.worthFrom).toEqual([
      { share: 0.05, from: 0 },
      { share: 0.5, from: 0 },
      { share: 0.95, from: null },
    ]);
  });

  it('reads "from" as the value from which the share stays reached: a future that saves money with more leavers drops out as the value grows', () => {
    // Future 1 saves $1,000 with one more leaver: worth it only below $1,000 per departure. Future 2 is worth it from $500.
    const v = fromDifferences([-1, 1], [-1000, 500]);
    expect(v.acceptability).toEqual([
      { from: 0, share: 0.5 },
      { from: 500, share: 1 },
      { from: 1000, share: 0.5 },
    ]);
    // Half the futures at any value; all of them only between 500 and 1,000, so from no value on.
    expect(v.worthFrom).toEqual([
      { share: 0.05, from: 0 },
      { share: 0.5, from: 0 },
      { share: 0.95, from: null },
    ]);
  });

  it('finds identical arms worth nothing: no departures avoided at no cost is no gain', () => {
    const v = fromDifferences([0, 0, 0], [0, 0, 0]);
    expect(v.costPerDepartureAvoided).toBeNull();
    expect(v.acceptability).toEqual([{ from: 0, share: 0 }]);
    expect(v.worthFrom.map((w) => w.from)).toEqual([null, null, null]);
  });

  it('counts a cost difference within rounding as none', () => {
    const v = valueForMoney([5], [5], [0.1 + 0.2], [0.3]);
    expect(v?.byOutcome.noFewerLeaversCostsNoMore).toBe(1);
  });

  it('leaves out replications in which any value is missing, and is undefined when none is left', () => {
    const v = valueForMoney([10, NaN, 10], [9, 9, 8], [0, 0, NaN], [100, 100, 100]);
    expect(v?.futures).toBe(1);
    expect(v?.costPerDepartureAvoided).toBe(100);
    expect(valueForMoney([NaN], [1], [0], [0])).toBeUndefined();
  });
});
