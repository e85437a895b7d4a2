import type { BudgetFit } from '../models/budgetFit';
import type { ExperimentAggregator } from '../models/experimentAggregator';
import { PACKAGE_SPENDING_INPUT_METRICS } from '../models/packageSpendingOfMetrics';
import { unstaffedSpendingPerYear } from '../models/unstaffedSpending';
import type { Scenario } from '../scenarios/schema';
import { budgetFitOfMetrics } from '../models/budgetFitOfMetrics';

/** What compare's budget reads of its aggregator: each metric by replication, value for money against the first arm, and the years. */
export type BudgetSource = Pick<ExperimentAggregator, 'values' | 'valueForMoney' | 'spendingByYear'>;

/**
 * `cfsim compare --budget`'s answer, judged as `cfsim report --budget` judges the same results
 * (budgetFitOfMetrics, from the metrics replications.csv holds): every future either counted by
 * both or left out by both, and named. A future whose spending on the package an arm's metrics
 * cannot give (a whole-team cost of exactly 0 with no leavers) compare counted at its daily
 * series' sum and the report left out, so their figures parted.
 */
export function comparisonBudgetFit(aggregator: BudgetSource, perYear: number, labels: readonly string[], scenarios: readonly Scenario[], seed: number): BudgetFit {
  return budgetFitOfMetrics(
    perYear,
    labels.map((policy, p) => {
      const v = p === 0 ? undefined : aggregator.valueForMoney(p, 0);
      return {
        policy,
        metrics: Object.fromEntries(PACKAGE_SPENDING_INPUT_METRICS.map((m) => [m, aggregator.values(p, m)])),
        unstaffed: (rep: number) => unstaffedSpendingPerYear(scenarios[p], { seed, point: 0, replication: rep }),
        ...(v ? { means: { departuresAvoided: v.departuresAvoided, netCost: v.netCost } } : {}),
      };
    }),
    aggregator.spendingByYear(labels),
  )!;
}
