import type { BudgetFit } from '../../models/budgetFit';
import { budgetFitOfMetrics } from '../../models/budgetFitOfMetrics';
import { packageSpendingOfMetrics } from '../../models/packageSpendingOfMetrics';
import { unstaffedSpendingPerYear } from '../../models/unstaffedSpending';
import type { Scenario } from '../../scenarios/schema';
import type { ReportData } from './reportData';
import { reportValueForMoney } from './valueForMoneyData';

/**
 * The budget the report judges the arms against: the one asked of the report (`cfsim report
 * --budget`), rebuilt from replications.csv as `cfsim compare --budget` computes it (each arm's
 * spending on its package in each future (a future with nobody in post all run at its float
 * pool's cost, from the arm's scenario at the values that future drew, as compare sums it), the means of value for money against the first arm,
 * and summary.json's years of a long horizon), else the one the comparison was run with, if any.
 * Undefined where the report is asked a budget its results cannot rebuild (see budgetFitOfReplications).
 */
export function reportBudgetFit(data: ReportData): BudgetFit | undefined {
  return data.budget === undefined ? data.summary.budget : budgetFitOfReplications(data, data.budget);
}

/**
 * compare --budget's answer at `perYear`, from replications.csv; undefined for a run of one arm,
 * results without replications.csv, or without the spending's parts for every arm (results
 * written before the cost's parts were kept), or where no future is left in which every arm's
 * spending can be rebuilt (results of an older version, or a whole cost of exactly 0 with no
 * leavers: see futuresLeftOut).
 */
export function budgetFitOfReplications(data: ReportData, perYear: number): BudgetFit | undefined {
  const policies = data.summary.policies.map((p) => p.policy);
  const values = data.replicationValues;
  if (!values || policies.length < 2 || !replicationSpending(data)) return undefined;
  const means = new Map(reportValueForMoney(data).map((a) => [a.policy, { departuresAvoided: a.value.departuresAvoided, netCost: a.value.netCost }]));
  const fit = budgetFitOfMetrics(
    perYear,
    policies.map((policy, p) => {
      const scenario = data.manifest.scenarios[p];
      return { policy, metrics: values.get(policy)!, unstaffed: scenario ? (rep: number) => unstaffedOf(scenario, data.manifest.seed, rep) : NaN, ...(p > 0 && means.has(policy) ? { means: means.get(policy)! } : {}) };
    }),
    data.summary.spendingByYear,
  )!;
  // Every future left out: no figure to give ("within budget in all 0 futures", "status-quo's own –").
  return fit.arms[0].futures === 0 ? undefined : fit;
}

/**
 * Each arm's spending on its package a year in each future (summary.json's policy order), from
 * replications.csv as compare --budget counts it; undefined without replications.csv or without
 * the spending's parts for every arm.
 */
export function replicationSpending(data: ReportData): Float64Array[] | undefined {
  const values = data.replicationValues;
  if (!values) return undefined;
  const spending = data.summary.policies.map(({ policy }, p) => {
    const metrics = values.get(policy);
    const scenario = data.manifest.scenarios[p];
    return metrics && packageSpendingOfMetrics(metrics, scenario ? (rep: number) => unstaffedOf(scenario, data.manifest.seed, rep) : NaN);
  });
  return spending.every((s) => s) ? (spending as Float64Array[]) : undefined;
}

/**
 * replicationSpending where it gives every arm's spending in every future, else undefined: figures
 * set beside the daily series' (the budget table's parts, the departures avoided of every future)
 * are of every future, so where the results leave some out (the budget paragraph
 * says how many), those figures keep the daily series' means.
 */
export function everyFutureSpending(data: ReportData): Float64Array[] | undefined {
  const spending = replicationSpending(data);
  return spending?.every((arm) => arm.every(Number.isFinite)) ? spending : undefined;
}

/**
 * unstaffedSpendingPerYear of an arm's scenario as the manifest keeps it, in replication `rep` of
 * the run's seed (at the prices it drew, where they are drawn); NaN for one written by a version
 * whose scenario lacks a field this one reads.
 */
function unstaffedOf(scenario: Scenario, seed: number, rep: number): number {
  try {
    return unstaffedSpendingPerYear(scenario, { seed, point: 0, replication: rep });
  } catch {
    return NaN;
  }
}
