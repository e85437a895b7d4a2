import type { MetricName } from './metrics';
import type { SpendingGap } from './budgetFit';
import { PACKAGE_SPENDING_SERIES } from './costParts';

// A replication's spending on its package a year (compare --budget's: PACKAGE_SPENDING_SERIES
// summed over the days, times 365 / days), rebuilt from its metrics as replications.csv holds them,
// so that `cfsim report --budget` judges a finished comparison as compare does. The metrics give
// each part per worker-year in post; times the mean headcount, they are the whole team's a year.
// The mean headcount is the whole team's cost a year over its cost per worker-year, or, where that
// cost is 0, leavers a year over turnover.

/** The parts of the spending on the package, per worker-year in post (PACKAGE_SPENDING_SERIES's metrics). */
export const PACKAGE_SPENDING_METRICS = PACKAGE_SPENDING_SERIES.map((series) => `${series}PerWorkerYear` as const) satisfies readonly MetricName[];

/** The metrics the mean headcount is recovered with. */
export const HEADCOUNT_METRICS = ['teamCostPerYear', 'costPerWorkerYear'] as const satisfies readonly MetricName[];

/** Where the whole cost is 0: leavers a year over turnover (results of CFSim 0.10.0 on; without them, NaN there). */
export const FALLBACK_HEADCOUNT_METRICS = ['leaversPerYear', 'turnoverPerYear'] as const satisfies readonly MetricName[];

/** Every metric packageSpendingOfMetrics reads. */
export const PACKAGE_SPENDING_INPUT_METRICS: readonly MetricName[] = [...PACKAGE_SPENDING_METRICS, ...HEADCOUNT_METRICS, ...FALLBACK_HEADCOUNT_METRICS];

/**
 * Each replication's whole-team spending on its package a year from its metrics (each an array by
 * replication); NaN in a replication whose mean headcount cannot be recovered (no cost, and no
 * leavers or no leavers' metrics) and whose parts are not all 0. A replication with nobody in post
 * all run has no parts per worker-year (NaN): it takes `unstaffed`, the arm's spending a year
 * without staff (unstaffedSpendingPerYear; NaN where unknown), as compare --budget counts it: one
 * value for every replication, or a function of the replication (where its prices are drawn).
 * Undefined where a part or a headcount metric is missing (results of a version without them); the
 * leavers' metrics, needed only where the whole cost is 0, may be missing (results of CFSim 0.5.0
 * to 0.9.x).
 */
export function packageSpendingOfMetrics(metrics: Readonly<Record<string, ArrayLike<number>>>, unstaffed: number | ((rep: number) => number) = NaN): Float64Array | undefined {
  if (![...PACKAGE_SPENDING_METRICS, ...HEADCOUNT_METRICS].every((m) => metrics[m])) return undefined;
  const parts = PACKAGE_SPENDING_METRICS.map((m) => metrics[m]);
  const [teamCost, costPerWorkerYear] = HEADCOUNT_METRICS.map((m) => metrics[m]);
  const [leavers, turnover] = FALLBACK_HEADCOUNT_METRICS.map((m) => metrics[m] as ArrayLike<number> | undefined);
  const reps = teamCost.length;
  const out = new Float64Array(reps);
  for (let r = 0; r < reps; r++) {
    // No worker-years in post: every part per worker-year is NaN, the cost per worker-year too.
    if (costPerWorkerYear[r] !== costPerWorkerYear[r] && teamCost[r] === teamCost[r]) {
      out[r] = typeof unstaffed === 'number' ? unstaffed : unstaffed(r);
      continue;
    }
    const perWorkerYear = parts.reduce((sum, part) => sum + part[r], 0);
    const headcount = costPerWorkerYear[r] !== 0 ? teamCost[r] / costPerWorkerYear[r] : leavers && turnover && turnover[r] > 0 ? leavers[r] / turnover[r] : NaN;
    out[r] = perWorkerYear === 0 ? 0 : perWorkerYear * headcount;
  }
  return out;
}

/**
 * Why packageSpendingOfMetrics gives NaN in replication `r`: 'nobodyInPost' where nobody was in
 * post all run (no cost per worker-year) and the arm's spending without staff is unknown, else
 * 'noCost' (a whole cost of 0, and no leavers, or no leavers' metrics, to recover the headcount by).
 */
export function spendingGap(metrics: Readonly<Record<string, ArrayLike<number>>>, r: number): SpendingGap {
  const perWorkerYear = metrics.costPerWorkerYear?.[r];
  return perWorkerYear !== perWorkerYear ? 'nobodyInPost' : 'noCost';
}
