import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, replicationMetrics, type MetricName } from '../../models/metrics';
import { DAYS, recordOf } from './dailyRecords';
import { comparisonBudgetFit, type BudgetSource } from '../../bin/budgetOfComparison';
import { budgetFitOfMetrics } from '../../models/budgetFitOfMetrics';
import { defaultScenario } from '../../scenarios/resolve';

// compare --budget and report --budget decide alike which futures count (one function, budgetFitOfMetrics).

/** Each arm's metrics by replication, from its records. */
const metricsOf = (records: Float64Array[]) => {
  const rows = records.map((r) => replicationMetrics(r, DAYS));
  return Object.fromEntries(METRIC_NAMES.map((m) => [m, Float64Array.from(rows, (x) => x[m])])) as Record<MetricName, Float64Array>;
};

describe("compare --budget's futures", () => {
  // The package's second future: its spending on the package exactly offset by vacant seats' saving, a whole cost of 0, and no leavers.
  const baseline = metricsOf([recordOf(10, { payCost: 50, turnoverCost: 20 }), recordOf(10, { payCost: 50, turnoverCost: 20 })]);
  const arm = metricsOf([recordOf(10, { payCost: 80, sessionCost: 10, turnoverCost: 20 }), recordOf(5, { payCost: 40, vacancyCost: -40 }, 0)]);
  const source: BudgetSource = {
    values: (p: number, m: MetricName) => (p === 0 ? baseline : arm)[m],
    valueForMoney: () => undefined,
    spendingByYear: () => undefined,
  };
  const scenario = defaultScenario();

  it('leave out, as report --budget does, a future whose whole-team cost came to exactly 0 with no leavers, and name it', () => {
    expect(arm.costPerWorkerYear[1]).toBe(0);
    const fit = comparisonBudgetFit(source, 20000, ['status-quo', 'sessions'], [scenario, scenario], 1);
    // Compare counted it at its daily series' sum, which replications.csv does not keep: 2 futures against the report's 1.
    expect(fit.arms[0].futures).toBe(1);
    expect(fit.futuresLeftOut).toEqual([{ replication: 1, missing: [{ policy: 'sessions', why: 'noCost' }] }]);
    // The report's figures from the same metrics (replications.csv holds them), to the last digit.
    const reported = budgetFitOfMetrics(20000, [
      { policy: 'status-quo', metrics: baseline, unstaffed: NaN },
      { policy: 'sessions', metrics: arm, unstaffed: NaN },
    ]);
    expect(fit).toEqual(reported);
  });

  it('count every future where each arm spends as its metrics give it, as before', () => {
    const full = metricsOf([recordOf(10, { payCost: 80, sessionCost: 10, turnoverCost: 20 }), recordOf(9, { payCost: 70, turnoverCost: 30 })]);
    const fit = comparisonBudgetFit({ ...source, values: (p: number, m: MetricName) => (p === 0 ? baseline : full)[m] }, 20000, ['status-quo', 'sessions'], [scenario, scenario], 1);
    expect(fit.futuresLeftOut).toBeUndefined();
    expect(fit.arms[0].futures).toBe(2);
    // (80 + 10) × 365 a year against 50 × 365, then 70 × 365 against 50 × 365: a mean of 12,775 over the baseline.
    expect(fit.arms[0].overBaselinePerYear).toBeCloseTo(((40 + 20) * 365) / 2, 6);
  });
});
