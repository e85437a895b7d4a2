import { budgetFit, type BudgetFit } from './budgetFit';
import { packageSpendingOfMetrics, spendingGap } from './packageSpendingOfMetrics';
import type { SpendingYear } from './spendingByYear';

/** An arm as budgetFitOfMetrics judges it: its metrics by replication, what it spends a year with nobody in post, and its value-for-money means against the first arm. */
export interface ArmMetrics {
  readonly policy: string;
  readonly metrics: Readonly<Record<string, ArrayLike<number>>>;
  readonly unstaffed: number | ((rep: number) => number);
  readonly means?: { readonly departuresAvoided: number; readonly netCost: number };
}

/**
 * The budget's answer from each arm's metrics by replication: the one decision `cfsim compare
 * --budget` (bin/budgetOfComparison.ts) and `cfsim report --budget` both make. Each future's
 * spending is rebuilt from its metrics (packageSpendingOfMetrics); a future in which some arm's
 * cannot be (a whole cost of exactly 0 with no leavers to size the team by, or nobody in post with
 * the spending without staff unknown) is left out of every figure, and named (futuresLeftOut) with
 * why (spendingGap). Compare once counted such a future at its daily series' sum, which the report
 * cannot read back, so the two judged different futures. Undefined where an arm lacks a metric the
 * spending is rebuilt from (results written before the cost's parts were kept).
 */
export function budgetFitOfMetrics(perYear: number, arms: readonly ArmMetrics[], years?: readonly SpendingYear[]): BudgetFit | undefined {
  const spending = arms.map((arm) => packageSpendingOfMetrics(arm.metrics, arm.unstaffed));
  if (!spending.every((s) => s)) return undefined;
  return budgetFit(
    perYear,
    arms.map((arm, p) => ({ policy: arm.policy, spending: spending[p]!, gapOf: (r: number) => spendingGap(arm.metrics, r), ...(arm.means ? { means: arm.means } : {}) })),
    years,
  );
}
