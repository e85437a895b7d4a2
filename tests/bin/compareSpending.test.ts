import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, replicationMetrics, type MetricName } from '../../models/metrics';
import { SERIES_COUNT } from '../../models/observables';
import { DAYS, recordOf } from './dailyRecords';
import { comparisonBudgetFit } from '../../bin/budgetOfComparison';
import { comparisonSpending, spendingBlock, type SpendingSource } from '../../bin/compareSpending';
import { formatValue } from '../../viz/report/metricFormat';
import { budgetFutures } from '../../viz/report/budgetWords';
import { spendingPerDepartureNote } from '../../viz/report/valueForMoneyWords';
import { valueForMoney } from '../../models/valueForMoney';
import { defaultScenario } from '../../scenarios/resolve';

// compare's spending line counts the futures --budget counts (one decision, budgetFitOfMetrics).

/** A source of two arms' records: metrics by replication, the daily series' means over replications. */
function sourceOf(arms: Float64Array[][]): SpendingSource {
  const metrics = arms.map((records) => {
    const rows = records.map((r) => replicationMetrics(r, DAYS));
    return Object.fromEntries(METRIC_NAMES.map((m) => [m, Float64Array.from(rows, (x) => x[m])])) as Record<MetricName, Float64Array>;
  });
  return {
    days: DAYS,
    values: (p: number, m: MetricName) => metrics[p][m],
    seriesMean: (p: number, day: number, series: number) => arms[p].reduce((sum, r) => sum + r[day * SERIES_COUNT + series], 0) / arms[p].length,
    valueForMoney: () => undefined,
    spendingByYear: () => undefined,
  };
}

const money = (x: number) => formatValue('teamCostPerYear', x);
const scenario = defaultScenario();
const labels = ['status-quo', 'sessions'];

describe("compare's spending on the package", () => {
  it('leaves out the future the budget leaves out (a whole cost of exactly 0, no leavers), says so, and gives the budget figures', () => {
    // The package's second future: its spending exactly offset by vacant seats' saving, a whole cost of 0, and no leavers.
    const baseline = [recordOf(10, { payCost: 50, turnoverCost: 20 }), recordOf(10, { payCost: 60, turnoverCost: 20 })];
    const arm = [recordOf(10, { payCost: 80, sessionCost: 10, turnoverCost: 20 }), recordOf(5, { payCost: 40, vacancyCost: -40 }, 0)];
    const source = sourceOf([baseline, arm]);
    const budget = comparisonBudgetFit(source, 20000, labels, [scenario, scenario], 1);
    expect(budget.futuresLeftOut).toEqual([{ replication: 1, missing: [{ policy: 'sessions', why: 'noCost' }] }]);
    const line = spendingBlock(source, comparisonSpending(source, labels, [scenario, scenario], 1), 1, 'sessions', 'status-quo', true, true);
    // The budget's figures: status-quo 50 × 365 and sessions 90 × 365 in the one future counted, not 55 × 365 and 65 × 365 over both.
    expect(budget.baselineSpendingPerYear).toBeCloseTo(50 * 365, 6);
    expect(line).toContain(`status-quo ${money(budget.baselineSpendingPerYear)}, sessions ${money(budget.arms[0].spendingPerYear)} (+${money(budget.arms[0].overBaselinePerYear)}).`);
    expect(line).not.toContain(money(55 * 365));
    expect(line).toContain(
      "These figures are of 1 of the 2 futures, as a budget's (--budget) and cfsim report's are: left out, replication 1, sessions's (the whole team's cost came to 0, and there were no leavers, or no leavers' figures, to recover the team's size from), whose spending on the package the replications' figures cannot rebuild.",
    );
  });

  it('has the spending per departure avoided, of every future as the departures avoided are, say that the line leaves one out', () => {
    const baseline = [recordOf(10, { payCost: 50, turnoverCost: 20 }), recordOf(10, { payCost: 60, turnoverCost: 20 })];
    const arm = [recordOf(10, { payCost: 80, sessionCost: 10, turnoverCost: 20 }), recordOf(5, { payCost: 40, vacancyCost: -40 }, 0)];
    const source = sourceOf([baseline, arm]);
    const futures = budgetFutures(comparisonSpending(source, labels, [scenario, scenario], 1));
    expect(futures).toEqual({ all: 2, counted: 1 });
    const v = valueForMoney([10, 10], [9, 9], [0, 0], [3000, 3500])!;
    expect(spendingPerDepartureNote('sessions', 5000, v, undefined, futures)).toContain("both over all 2 futures, where a budget's spending figures leave out the one");
  });

  it('counts every future and says nothing more where each arm spending can be rebuilt', () => {
    const baseline = [recordOf(10, { payCost: 50, turnoverCost: 20 }), recordOf(10, { payCost: 50, turnoverCost: 20 })];
    const arm = [recordOf(10, { payCost: 80, sessionCost: 10, turnoverCost: 20 }), recordOf(9, { payCost: 70, turnoverCost: 30 })];
    const source = sourceOf([baseline, arm]);
    const line = spendingBlock(source, comparisonSpending(source, labels, [scenario, scenario], 1), 1, 'sessions', 'status-quo', true, true);
    expect(line).toContain(`status-quo ${money(50 * 365)}, sessions ${money(80 * 365)} (+${money(30 * 365)}).`);
    expect(line).not.toContain('These figures are of');
  });
});
