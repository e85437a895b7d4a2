import { differenceBeyondRounding } from './pairedDifference';
import { bestOnAverage, type BestSpan } from './valueForMoney';
import type { SpendingYear } from './spendingByYear';

// `cfsim compare --budget B`: which packages fit a yearly budget for staff support. A planner's
// support budget pays for what a package adds: the salaries and what the baseline already spends
// are funded, so an arm fits when its spending on the package a year (models/costParts.ts
// PACKAGE_SPENDING_SERIES: the cash a budget pays, undiscounted, whole team, averaged over the
// horizon) exceeds the baseline's by at most B. Two answers, as elsewhere: on average (the mean
// of the paired differences), which decides the arms best on average is chosen among; and in the
// paired futures, how many fit, since an arm whose spending follows the team (sessions held, staff
// added as seats fill) may fit in some futures and not in others.

/** One arm against the budget. */
export interface ArmBudgetFit {
  readonly policy: string;
  /** The arm's mean spending on its package a year, whole team. */
  readonly spendingPerYear: number;
  /** The mean of its paired differences from the baseline's spending a year: what the budget pays for (negative: it spends less). */
  readonly overBaselinePerYear: number;
  /** On average: overBaselinePerYear is at most the budget. */
  readonly withinBudget: boolean;
  /** The futures (replications) in which its spending over the baseline's was at most the budget. */
  readonly futuresWithin: number;
  /** The futures counted. */
  readonly futures: number;
  /**
   * Futures left out, where its or the baseline's spending could not be rebuilt (cfsim report of
   * results written by an older version: see models/packageSpendingOfMetrics.ts); absent for none.
   */
  readonly futuresLeftOut?: number;
  /**
   * Over a horizon longer than a year: the years (1, 2, ...) in which its mean spending beyond the
   * baseline's was over the budget (a last part-year against the budget for its days); [] for none.
   */
  readonly yearsOver?: readonly number[];
}

/** `compare --budget`'s answer (the `budget` block of the --json document and summary.json). */
export interface BudgetFit {
  /** The budget a year, in the currency of the scenario's prices. */
  readonly perYear: number;
  /** What it is set against: always 'spendingOverBaseline' (the arm's spending on its package a year less the baseline's). */
  readonly counts: 'spendingOverBaseline';
  /** The first arm, whose own spending is taken as funded (within budget by definition). */
  readonly baseline: string;
  readonly baselineSpendingPerYear: number;
  /** Every other arm, in order. */
  readonly arms: readonly ArmBudgetFit[];
  /**
   * bestOnAverage among the baseline and the arms within budget on average (absent where a
   * comparison lacks value for money).
   */
  readonly bestOnAverage?: readonly BestSpan[];
}

/** An arm's spending a year in each future, and its value-for-money means against the baseline (absent for the baseline, or where it has none). */
export interface ArmSpending {
  readonly policy: string;
  readonly spending: ArrayLike<number>;
  readonly means?: { readonly departuresAvoided: number; readonly netCost: number };
}

/**
 * Each arm after the first against a yearly budget for what it spends beyond the first (see
 * above), and, given the horizon's years (spendingByYear, arms in the same order), the years in
 * which it is over the budget on average.
 */
export function budgetFit(perYear: number, arms: readonly ArmSpending[], years?: readonly SpendingYear[]): BudgetFit {
  const [baseline, ...others] = arms;
  const fits = others.map((arm, k): ArmBudgetFit => {
    const { mean: overBaselinePerYear, futures, atMost: within } = spendingOverBaseline(arm.spending, baseline.spending, perYear);
    const yearsOver = years?.filter((y) => y.policies[k + 1].spending - y.policies[0].spending > (perYear * y.days) / 365).map((y) => y.year);
    return { policy: arm.policy, spendingPerYear: meanSpending(arm.spending), overBaselinePerYear, withinBudget: overBaselinePerYear <= perYear, futuresWithin: within, futures, ...(arm.spending.length > futures ? { futuresLeftOut: arm.spending.length - futures } : {}), ...(yearsOver ? { yearsOver } : {}) };
  });
  const eligible = others.filter((_, k) => fits[k].withinBudget);
  const best = others.every((arm) => arm.means) ? bestOnAverage(baseline.policy, eligible.map((arm) => ({ policy: arm.policy, ...arm.means! }))) : undefined;
  return { perYear, counts: 'spendingOverBaseline', baseline: baseline.policy, baselineSpendingPerYear: meanSpending(baseline.spending), arms: fits, ...(best ? { bestOnAverage: best } : {}) };
}

/**
 * The mean of an arm's paired differences from the baseline's spending a year (NaN where no future
 * gives both), the futures that gave one, and how many of them were at most `perYear`: the budget
 * line's change, and the spending line's, so that the two agree to the last digit.
 */
export function spendingOverBaseline(arm: ArrayLike<number>, baseline: ArrayLike<number>, perYear = Infinity): { mean: number; futures: number; atMost: number } {
  let sum = 0;
  let futures = 0;
  let atMost = 0;
  for (let r = 0; r < arm.length; r++) {
    const over = differenceBeyondRounding(arm[r], baseline[r]);
    if (over !== over) continue;
    sum += over;
    futures++;
    if (over <= perYear) atMost++;
  }
  return { mean: futures > 0 ? sum / futures : NaN, futures, atMost };
}

/** An arm's mean spending a year over the futures that give one (NaN where none does). */
export function meanSpending(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let r = 0; r < values.length; r++) {
    if (values[r] !== values[r]) continue;
    sum += values[r];
    n++;
  }
  return n > 0 ? sum / n : NaN;
}
