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
  /** The futures counted: the same for every arm and the baseline (see BudgetFit.futuresLeftOut). */
  readonly futures: number;
  /**
   * Over a horizon longer than a year: the years (1, 2, ...) in which its mean spending beyond the
   * baseline's was over the budget (a last part-year against the budget for its days); [] for none.
   */
  readonly yearsOver?: readonly number[];
}

/** Why an arm's spending in a future could not be rebuilt (see models/packageSpendingOfMetrics.ts spendingGap). */
export type SpendingGap = 'nobodyInPost' | 'noCost';

/** A future every figure of the budget leaves out, and the arms (the baseline among them, perhaps) whose spending in it is unknown. */
export interface LeftOutFuture {
  /** Its replication, as replications.csv numbers it (from 0). */
  readonly replication: number;
  /** Each arm whose spending in it could not be rebuilt, and why where known. */
  readonly missing: readonly { readonly policy: string; readonly why?: SpendingGap }[];
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
   * Futures left out of every figure above (the baseline's own spending too), since one arm's or
   * the baseline's spending in them could not be rebuilt (cfsim report of results written by an
   * older version; under compare and report alike, a whole cost of exactly 0 with no leavers:
   * models/budgetFitOfMetrics.ts); absent for none.
   */
  readonly futuresLeftOut?: readonly LeftOutFuture[];
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
  /** Why its spending in a future is NaN, where known. */
  readonly gapOf?: (replication: number) => SpendingGap | undefined;
}

/**
 * Each arm after the first against a yearly budget for what it spends beyond the first (see
 * above), and, given the horizon's years (spendingByYear, arms in the same order), the years in
 * which it is over the budget on average.
 */
export function budgetFit(perYear: number, given: readonly ArmSpending[], years?: readonly SpendingYear[]): BudgetFit {
  // Every figure is over the same futures: those in which every arm's spending, the baseline's too, is known.
  const leftOut = futuresLeftOut(given);
  const skipped = new Set(leftOut.map((f) => f.replication));
  const arms = skipped.size === 0 ? given : given.map((arm) => ({ ...arm, spending: Array.from(arm.spending, (x, r) => (skipped.has(r) ? NaN : x)) }));
  const [baseline, ...others] = arms;
  const fits = others.map((arm, k): ArmBudgetFit => {
    const { mean: overBaselinePerYear, futures, atMost: within } = spendingOverBaseline(arm.spending, baseline.spending, perYear);
    const yearsOver = years?.filter((y) => y.policies[k + 1].spending - y.policies[0].spending > (perYear * y.days) / 365).map((y) => y.year);
    return { policy: arm.policy, spendingPerYear: meanSpending(arm.spending), overBaselinePerYear, withinBudget: overBaselinePerYear <= perYear, futuresWithin: within, futures, ...(yearsOver ? { yearsOver } : {}) };
  });
  const eligible = others.filter((_, k) => fits[k].withinBudget);
  const best = others.every((arm) => arm.means) ? bestOnAverage(baseline.policy, eligible.map((arm) => ({ policy: arm.policy, ...arm.means! }))) : undefined;
  return { perYear, counts: 'spendingOverBaseline', baseline: baseline.policy, baselineSpendingPerYear: meanSpending(baseline.spending), arms: fits, ...(leftOut.length > 0 ? { futuresLeftOut: leftOut } : {}), ...(best ? { bestOnAverage: best } : {}) };
}

/** The futures in which some arm's spending (the baseline's too) is unknown (NaN), with whose and why. */
function futuresLeftOut(arms: readonly ArmSpending[]): LeftOutFuture[] {
  const out: LeftOutFuture[] = [];
  const reps = Math.max(...arms.map((a) => a.spending.length));
  for (let r = 0; r < reps; r++) {
    const missing = arms.filter((a) => !(a.spending[r] === a.spending[r])).map((a) => ({ policy: a.policy, ...(a.gapOf?.(r) ? { why: a.gapOf(r)! } : {}) }));
    if (missing.length > 0) out.push({ replication: r, missing });
  }
  return out;
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
