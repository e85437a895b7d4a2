import { describe, expect, it } from 'vitest';
import { budgetFit } from '../../models/budgetFit';
import { spendingByYear } from '../../models/spendingByYear';

// compare --budget's reckoning: each arm's spending on its package beyond the baseline's, paired
// future by future, against a yearly budget; and the years of a long horizon.

describe('budgetFit', () => {
  const baseline = { policy: 'status-quo', spending: [100, 100, 100, 100] };

  it('sets each arm against the budget by its spending over the baseline in the same future, on average and future by future', () => {
    const fit = budgetFit(50, [
      baseline,
      { policy: 'cheap', spending: [120, 130, 140, 149] },
      { policy: 'mixed', spending: [140, 140, 160, 140] },
      { policy: 'dear', spending: [200, 210, 140, 220] },
    ]);
    expect(fit).toMatchObject({ perYear: 50, counts: 'spendingOverBaseline', baseline: 'status-quo', baselineSpendingPerYear: 100 });
    expect(fit.arms.map((a) => [a.policy, a.overBaselinePerYear, a.withinBudget, a.futuresWithin, a.futures])).toEqual([
      ['cheap', 34.75, true, 4, 4],
      ['mixed', 45, true, 3, 4],
      ['dear', 92.5, false, 1, 4],
    ]);
    expect(fit.arms[2].spendingPerYear).toBe(192.5);
  });

  it("counts every arm, and the baseline's own spending, over the same futures, where some arm's or the baseline's spending in a future is unknown", () => {
    const gapOf = () => 'nobodyInPost' as const;
    const fit = budgetFit(50, [
      { policy: 'status-quo', spending: [100, 100, NaN, 200], gapOf },
      { policy: 'a', spending: [120, NaN, 500, 240] },
      { policy: 'b', spending: [110, 110, 110, 210] },
    ]);
    // Futures 1 (a's) and 2 (the baseline's) are left out of every figure: the baseline's own mean is of futures 0 and 3.
    expect(fit.baselineSpendingPerYear).toBe(150);
    expect(fit.arms.map((a) => [a.policy, a.spendingPerYear, a.overBaselinePerYear, a.futures, a.futuresWithin])).toEqual([
      ['a', 180, 30, 2, 2],
      ['b', 160, 10, 2, 2],
    ]);
    expect(fit.futuresLeftOut).toEqual([
      { replication: 1, missing: [{ policy: 'a' }] },
      { replication: 2, missing: [{ policy: 'status-quo', why: 'nobodyInPost' }] },
    ]);
    expect(budgetFit(50, [baseline, { policy: 'b', spending: [110, 110, 110, 110] }]).futuresLeftOut).toBeUndefined();
  });

  it('counts spending exactly at the budget as within it, and an arm that spends less than the baseline as within any budget', () => {
    const fit = budgetFit(50, [baseline, { policy: 'at', spending: [150, 150, 150, 150] }, { policy: 'less', spending: [90, 80, 100, 95] }]);
    expect(fit.arms.map((a) => a.withinBudget)).toEqual([true, true]);
    expect(fit.arms.map((a) => a.futuresWithin)).toEqual([4, 4]);
    expect(budgetFit(49.99, [baseline, { policy: 'at', spending: [150, 150, 150, 150] }]).arms[0]).toMatchObject({ withinBudget: false, futuresWithin: 0 });
  });

  it('names the best on average among the baseline and the arms within the budget only', () => {
    // dear avoids the most departures: best from a value of 25 without a budget; over budget, out.
    const arms = [
      baseline,
      { policy: 'cheap', spending: [120, 120, 120, 120], means: { departuresAvoided: 1, netCost: 20 } },
      { policy: 'dear', spending: [300, 300, 300, 300], means: { departuresAvoided: 9, netCost: 220 } },
    ];
    expect(budgetFit(1000, arms).bestOnAverage).toEqual([
      { policies: ['status-quo'], from: 0, to: 20 },
      { policies: ['cheap'], from: 20, to: 25 },
      { policies: ['dear'], from: 25, to: null },
    ]);
    expect(budgetFit(50, arms).bestOnAverage).toEqual([
      { policies: ['status-quo'], from: 0, to: 20 },
      { policies: ['cheap'], from: 20, to: null },
    ]);
    expect(budgetFit(10, arms).bestOnAverage).toEqual([{ policies: ['status-quo'], from: 0, to: null }]);
  });

  it('gives no best on average where an arm lacks value for money', () => {
    expect(budgetFit(50, [baseline, { policy: 'cheap', spending: [120, 120, 120, 120] }]).bestOnAverage).toBeUndefined();
  });
});

describe('spendingByYear', () => {
  // Arm 0 spends 1 and costs 2 a day; arm 1 spends 3 a day and costs 5 a day, from day 400 on 7.
  const daily = (arm: number, day: number) => (arm === 0 ? { spending: 1, cost: 2 } : { spending: 3, cost: day >= 400 ? 7 : 5 });

  it('sums each year of the horizon, the last over its own days, with each arm\'s net cost against the first', () => {
    const years = spendingByYear(800, ['base', 'arm'], daily)!;
    expect(years.map((y) => [y.year, y.fromDay, y.days])).toEqual([
      [1, 0, 365],
      [2, 365, 365],
      [3, 730, 70],
    ]);
    expect(years[0].policies).toEqual([
      { policy: 'base', spending: 365, netCost: 0 },
      { policy: 'arm', spending: 1095, netCost: 3 * 365 },
    ]);
    // Year 2: 35 days at 5 − 2 and 330 at 7 − 2.
    expect(years[1].policies[1].netCost).toBe(35 * 3 + 330 * 5);
    expect(years[2].policies[1]).toEqual({ policy: 'arm', spending: 210, netCost: 350 });
  });

  it('gives nothing for a horizon of a year or less', () => {
    expect(spendingByYear(365, ['base', 'arm'], daily)).toBeUndefined();
    expect(spendingByYear(366, ['base', 'arm'], daily)).toHaveLength(2);
  });
});

describe('budgetFit by year', () => {
  it('names the years in which an arm spends more beyond the baseline than the budget, a part-year against its share of it', () => {
    const year = (n: number, days: number, base: number, arm: number) => ({ year: n, fromDay: (n - 1) * 365, days, policies: [{ policy: 'base', spending: base, netCost: 0 }, { policy: 'arm', spending: arm, netCost: 0 }] });
    // Budget 365 a year: year 1 spends 300 beyond, year 2 400, the 73-day year 3 85 (its budget 73, at 400 a year 80).
    const years = [year(1, 365, 1000, 1300), year(2, 365, 1000, 1400), year(3, 73, 200, 285)];
    const fit = budgetFit(365, [{ policy: 'base', spending: [1000, 1000] }, { policy: 'arm', spending: [1340, 1340] }], years);
    expect(fit.arms[0]).toMatchObject({ withinBudget: true, yearsOver: [2, 3] });
    expect(budgetFit(400, [{ policy: 'base', spending: [1000] }, { policy: 'arm', spending: [1340] }], years).arms[0].yearsOver).toEqual([3]);
    expect(budgetFit(365, [{ policy: 'base', spending: [1000] }, { policy: 'arm', spending: [1340] }]).arms[0].yearsOver).toBeUndefined();
  });
});
