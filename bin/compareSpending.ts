import type { BudgetFit } from '../models/budgetFit';
import { COST_PARTS } from '../models/costParts';
import type { ExperimentAggregator } from '../models/experimentAggregator';
import { SERIES, type SeriesName } from '../models/observables';
import type { Scenario } from '../scenarios/schema';
import { armList } from '../viz/report/armWords';
import { spendingLeftOutSentence } from '../viz/report/budgetWords';
import { formatValue } from '../viz/report/metricFormat';
import { roundedParts } from '../viz/report/roundedParts';
import { BUDGET_GROUPS } from '../viz/report/teamBudget';
import { comparisonBudgetFit, type BudgetSource } from './budgetOfComparison';

// compare's "Spending on the package" line, whose figures are a budget's: the futures they count
// are those budgetFitOfMetrics counts, so that the line and the budget paragraph never part.

const SPENDING = BUDGET_GROUPS[0];

/** After the first arm's spending line; later ones say it is the cash a budget pays "as above". */
const CASH_NOTE = "This is the cash a budget pays; the cost in the table also counts replacing leavers, paid absence and the salary of vacant seats, whose change under a package is mostly the model's reckoning, not a line anyone pays.";

/** What the spending line reads of a comparison's aggregator. */
export type SpendingSource = BudgetSource & Pick<ExperimentAggregator, 'days' | 'seriesMean'>;

/**
 * Each arm's spending on its package a year, and its change from the first arm's, over the futures
 * a budget counts (comparisonBudgetFit with no limit): the one decision of which futures count, so
 * that a future whose spending cannot be rebuilt from its metrics (a whole-team cost of exactly 0
 * with no leavers) is left out of the spending line as it is of --budget's figures.
 */
export function comparisonSpending(source: BudgetSource, labels: readonly string[], scenarios: readonly Scenario[], seed: number): BudgetFit {
  return comparisonBudgetFit(source, Infinity, labels, scenarios, seed);
}

/** Arm `p`'s spending a year (the baseline's for 0), and its change from the baseline's, as comparisonSpending counts them. */
function spendingFigures(spent: BudgetFit, p: number): { spending: number; change: number } {
  if (p === 0) return { spending: spent.baselineSpendingPerYear, change: 0 };
  const arm = spent.arms[p - 1];
  return { spending: arm.spendingPerYear, change: arm.overBaselinePerYear };
}

/** The whole team's spending a year on one of SPENDING's series, mean over replications. */
function spendingPart(source: SpendingSource, p: number, series: SeriesName): number {
  let sum = 0;
  for (let day = 0; day < source.days; day++) sum += source.seriesMean(p, day, SERIES[series]);
  return (sum * 365) / source.days;
}

/**
 * What the baseline's own spending is made of, where it spends anything: a planner read status-quo's
 * "$31,383 spending on its package" as a package bought, where it was the benefits its team already has.
 * `current`: the baseline runs the status quo's levers (on its practice), so its spending is what the
 * team already pays; another baseline's is not (multi-level's added staff are new money).
 */
function baselineSpendingWords(source: SpendingSource, base: number, vs: string, policy: string, change: number, current: boolean, samePay: boolean, money: (x: number) => string): string {
  // Each part's share of the daily series, rounded so the parts add up to the figure printed beside them (see roundedParts).
  const amounts = roundedParts(SPENDING.series.map((series) => spendingPart(source, 0, series)), base);
  const parts = SPENDING.series.map((series, k) => ({ series, amount: amounts[k] })).filter((part) => part.amount !== 0);
  if (parts.length === 0) return '';
  const label = (series: SeriesName) => COST_PARTS.find((c) => c.series === series)!.label.toLowerCase();
  const made = parts.map((part) => `${label(part.series)} ${money(part.amount)}`).join(', ');
  const moves = `the change is what ${policy} ${change >= 0 ? 'adds to it' : 'saves on it'}`;
  // Pay is charged per worker in post: pre-booked supervision read "+$40,652" with $830 of it benefits and nothing to say why.
  // A package that sets pay or benefits itself (multi-level) moves them by those too, not by the seats alone.
  const through = samePay ? `the seats ${policy} keeps filled` : `${policy}'s own pay and benefits and with the seats it keeps filled`;
  const perWorker = parts.some((part) => part.series === 'payCost') ? ` (pay and benefits included: they are paid for each worker in post, so they rise with ${through})` : '';
  return current ? ` ${vs}'s spending is what its own levers already cost (${made}), not new money: ${moves}${perWorker}.` : ` ${vs}'s spending is what its levers cost (${made}); ${moves}.`;
}

/**
 * Under a comparison, after a blank line: arm `p`'s spending on its package a year against the
 * first arm's, whole team, the cash a budget pays, apart from what the net cost also counts (a
 * planner read a package whose spending rose $12,800 a year as "costs $40,821 a year less", from
 * modelled replacement savings). `spent`: comparisonSpending's figures.
 */
export function spendingBlock(source: SpendingSource, spent: BudgetFit, p: number, policy: string, vs: string, baselineIsCurrent: boolean, samePay: boolean): string {
  // From the replications' metrics, as the budget line gives them, so the two agree to the last digit.
  const base = spendingFigures(spent, 0).spending;
  const { spending: mine, change } = spendingFigures(spent, p);
  const money = (x: number) => formatValue('teamCostPerYear', x);
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${money(Math.abs(x))}`;
  // A planner's budget covers the horizon: she summed timeseries.csv to get three years' spending.
  const years = source.days / 365;
  const span = source.days >= 365 ? `${source.days} days, ${years.toFixed(1)} years` : `${source.days} day${source.days === 1 ? '' : 's'}`;
  const whole = source.days === 365 ? '' : ` Over the whole run (${span}): ${money(base * years)} and ${money(mine * years)} (${signed(change * years)}).`;
  const leftOut = spendingLeftOutSentence(spent);
  return `\n\n${SPENDING.label}, whole team a year (pay and benefits, programmes and training, support sessions, added and float staff): ${armList([vs])} ${money(base)}, ${armList([policy])} ${money(mine)} (${signed(change)}).${whole}${leftOut ? ` ${leftOut}` : ''}${p === 1 ? baselineSpendingWords(source, base, armList([vs]), armList([policy]), change, baselineIsCurrent, samePay, money) : ''} ${p === 1 ? CASH_NOTE : 'This is the cash a budget pays, as above.'}`;
}
