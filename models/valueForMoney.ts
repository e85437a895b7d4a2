import { worthInterval, type WorthInterval } from './worthInterval';
import type { DeparturesAvoidedByHalf } from './departuresByHalf';
import { differenceBeyondRounding, meanAndSeBeyondRounding } from './pairedDifference';
import { studentT95 } from '../sim/stats/studentT';
import { SIGN_RANGE_TRIMMED_FROM } from '../sim/stats/summary';

// What a package's spending buys in departures avoided (MODEL.md §5: "planners see outcomes per
// dollar"). In each paired future the package avoids ΔD departures a year (the baseline's
// leavers minus its own) at a net cost of ΔC a year (its whole-team cost minus the baseline's,
// which already counts what a leaver costs to replace and the salary a vacant seat saves).
//
// Two questions, two answers:
// - On average: the mean net cost over the mean departures avoided (the incremental
//   cost-effectiveness ratio), with Fieller's 90% interval for a ratio of means (Student's t
//   quantile, so that few replications give wide intervals). It narrows with more replications.
// - In the team's own future: for a value V put on a departure avoided, beyond what the budget
//   already counts for it, the package comes out ahead in a future when V·ΔD > ΔC. The
//   share of futures in which it is, as V grows, spreads as one team's futures do, and does not
//   narrow with more replications (unlike health economics' acceptability curve, which is the
//   probability that the *mean* net benefit is positive).

/** How many futures cost more, the same or less. */
export interface CostSplit {
  readonly costsMore: number;
  readonly costsSame: number;
  readonly costsLess: number;
}

/** How the paired futures fall between fewer, the same or more leavers, and costing more, the same or less. */
export interface FuturesByOutcome {
  readonly fewerLeavers: CostSplit;
  readonly sameLeavers: CostSplit;
  readonly moreLeavers: CostSplit;
}

/** One step of the share curve: above `from` (a value per departure avoided) and up to the next step's, the package comes out ahead in `share` of the futures. */
export interface AcceptabilityStep {
  readonly from: number;
  readonly share: number;
}

/** The values per departure avoided at which the package comes out ahead in at least `share` of the futures: intervals from `from` to `to` (null: no end); none where no value does. */
export interface WorthValues {
  readonly share: number;
  readonly values: readonly { readonly from: number; readonly to: number | null }[];
  /**
   * Where the values are one interval from a value above 0 with no end ("from $48,200"): a 90% interval of its `from`,
   * distribution-free (models/worthInterval.ts); a side is null where the futures are too few to bound it.
   */
  readonly interval?: WorthInterval;
}

/**
 * What the means say, from the mean departures avoided (clearly above or below zero when
 * |mean| > t standard errors, t the 95th percentile of Student's t with one fewer degrees of
 * freedom than futures: 1.73 from 20 futures, 1.66 from 100) and the mean net cost.
 */
export const READINGS = ['fewer-leavers-at-a-cost', 'fewer-leavers-and-no-cost', 'more-leavers-and-saves', 'more-leavers-at-no-saving', 'leavers-unclear', 'no-difference'] as const;
export type Reading = (typeof READINGS)[number];

export interface ValueForMoney {
  /**
   * The annual rate the leavers and costs were discounted at (costs.discountRate; only above
   * 0): each replication's per-year figures are then its discounted
   * per-year equivalents (models/discounting.ts), not leaversPerYear and teamCostPerYear. Absent:
   * undiscounted.
   */
  readonly discountRate?: number;
  /** The futures paired: those in which both arms had a value of both metrics. */
  readonly futures: number;
  /** Fewer than 20 futures (SIGN_RANGE_TRIMMED_FROM): 5% and 95% of them are at most one, so the shares are indicative only, as a comparison's verdicts are. */
  readonly indicative: boolean;
  /** Mean departures avoided per year, whole team (positive: fewer leave under the package), and its standard error (null from one future). */
  readonly departuresAvoided: number;
  readonly departuresAvoidedSe: number | null;
  /** Mean net cost per year, whole team (negative: the package saves money), and its standard error. */
  readonly netCost: number;
  readonly netCostSe: number | null;
  readonly reading: Reading;
  /**
   * The mean net cost over the mean departures avoided (the incremental cost-effectiveness
   * ratio), where the mean departures avoided are clearly above or below zero; null otherwise.
   * Positive in a package that avoids departures at a cost (the cost per departure avoided) and
   * in one that saves money with more leavers (the saving per extra departure); negative where one
   * arm is better and no dearer (`fewer-leavers-and-no-cost`, `more-leavers-at-no-saving`), whose
   * words quote no ratio. Read it with `reading`.
   */
  readonly costPerDepartureAvoided: number | null;
  /** Fieller's 90% interval for it (null with it). */
  readonly costPerDepartureAvoidedInterval: { readonly low: number; readonly high: number } | null;
  readonly byOutcome: FuturesByOutcome;
  /** The share of futures in which the package comes out ahead, by value per departure avoided, as steps from 0; the last step's share holds for every higher value. */
  readonly acceptability: readonly AcceptabilityStep[];
  /** The values at which the package comes out ahead in at least 5%, half and 95% of the futures (WORTH_SHARES). */
  readonly worth: readonly WorthValues[];
  /**
   * The departures avoided a year in the first and in the second half of the horizon, undiscounted
   * whatever the discount rate (they are about when departures fall; since CFSim 0.25.0; absent for a horizon under 180 days, where either arm schedules changes (its
   * costs need not start on day 0), and from `valueForMoney` alone, which has no days): a package whose effect builds up over months avoids more in the second, so its cost per
   * departure avoided falls with a longer horizon.
   */
  readonly byHalf?: DeparturesAvoidedByHalf;
}

/** The metrics value for money is computed from, in each replication of both arms. */
export const VALUE_FOR_MONEY_METRICS = ['leaversPerYear', 'teamCostPerYear'] as const;

/** The shares of futures `worth` answers for. */
export const WORTH_SHARES = [0.05, 0.5, 0.95] as const;

/** The share of futures in which V·ΔD > ΔC. */
function shareWorth(value: number, avoided: readonly number[], netCost: readonly number[]): number {
  let worth = 0;
  for (let r = 0; r < avoided.length; r++) if (value * avoided[r] > netCost[r]) worth++;
  return worth / avoided.length;
}

/**
 * The share curve over values above 0, as steps: a future changes sides only at its own
 * break-even value ΔC/ΔD, so the share is constant between consecutive break-even values, and
 * each step is measured inside its interval (a future that avoids departures at no net cost is
 * worth it at any value above 0).
 */
function acceptabilitySteps(avoided: readonly number[], netCost: readonly number[]): AcceptabilityStep[] {
  const breaks = [...new Set(avoided.flatMap((d, r) => (d !== 0 && netCost[r] / d > 0 ? [netCost[r] / d] : [])))].sort((a, b) => a - b);
  const inside = (k: number) => (k + 1 < breaks.length ? (breaks[k] + breaks[k + 1]) / 2 : breaks[k] * 2);
  const steps: AcceptabilityStep[] = [{ from: 0, share: shareWorth(breaks.length > 0 ? breaks[0] / 2 : 1, avoided, netCost) }];
  breaks.forEach((from, k) => {
    const share = shareWorth(inside(k), avoided, netCost);
    if (share !== steps[steps.length - 1].share) steps.push({ from, share });
  });
  return steps;
}

/** The values at which the steps' share is at least `share`, as merged intervals. */
function worthValues(steps: readonly AcceptabilityStep[], share: number): WorthValues {
  const values: { from: number; to: number | null }[] = [];
  steps.forEach((step, k) => {
    if (step.share < share) return;
    const to = k + 1 < steps.length ? steps[k + 1].from : null;
    const last = values[values.length - 1];
    if (last && last.to === step.from) values[values.length - 1] = { from: last.from, to };
    else values.push({ from: step.from, to });
  });
  return { share, values };
}

/** `w` with the 90% interval of its threshold where it is one value above 0 with no end ("from $48,200", not "at any value"). */
function withInterval(w: WorthValues, steps: readonly AcceptabilityStep[], n: number): WorthValues {
  return w.values.length === 1 && w.values[0].to === null && w.values[0].from > 0 ? { ...w, interval: worthInterval(steps, w.share, n) } : w;
}

/** Mean, variance and standard error of the mean, by analyze's rule for paired differences (a spread within rounding is 0; null and NaN from one value). */
function meanAndSe(x: readonly number[]): { mean: number; se: number | null; variance: number } {
  const { mean, sd, se } = meanAndSeBeyondRounding(x);
  return { mean, se, variance: sd === null ? NaN : sd * sd };
}

/**
 * Fieller's 90% interval for mean(c) / mean(d) from paired samples, or null where the mean of d
 * is not clearly away from zero (the interval would be unbounded).
 */
function fiellerInterval(d: readonly number[], c: readonly number[]): { low: number; high: number } | null {
  const n = d.length;
  if (n < 2) return null;
  const b = meanAndSe(d);
  const a = meanAndSe(c);
  let covariance = 0;
  for (let r = 0; r < n; r++) covariance += (d[r] - b.mean) * (c[r] - a.mean);
  covariance /= n - 1;
  const t = studentT95(n - 1);
  const z2 = t * t;
  const qa = b.mean * b.mean - (z2 * b.variance) / n;
  if (!(qa > 0)) return null;
  const qb = a.mean * b.mean - (z2 * covariance) / n;
  const qc = a.mean * a.mean - (z2 * a.variance) / n;
  const root = Math.sqrt(Math.max(0, qb * qb - qa * qc));
  return { low: (qb - root) / qa, high: (qb + root) / qa };
}

/**
 * Value for money of an arm against the baseline from the same replications: each arm's leavers
 * per year and whole-team cost per year, replication by replication (METRICS leaversPerYear and
 * teamCostPerYear, or their discounted per-year equivalents at `discountRate`, which the result
 * then names). Replications in which any of the four has no value are left out; undefined
 * when none is left.
 */
export function valueForMoney(
  baselineLeavers: ArrayLike<number>,
  armLeavers: ArrayLike<number>,
  baselineCost: ArrayLike<number>,
  armCost: ArrayLike<number>,
  discountRate = 0,
): ValueForMoney | undefined {
  const avoided: number[] = [];
  const netCost: number[] = [];
  for (let r = 0; r < baselineLeavers.length; r++) {
    const d = baselineLeavers[r] - armLeavers[r];
    // The same costs summed in another order differ by rounding: no difference.
    const c = differenceBeyondRounding(armCost[r], baselineCost[r]);
    if (d !== d || c !== c) continue;
    avoided.push(d);
    netCost.push(c);
  }
  const n = avoided.length;
  if (n === 0) return undefined;
  const d = meanAndSe(avoided);
  const c = meanAndSe(netCost);
  const split = (): { costsMore: number; costsSame: number; costsLess: number } => ({ costsMore: 0, costsSame: 0, costsLess: 0 });
  const byOutcome = { fewerLeavers: split(), sameLeavers: split(), moreLeavers: split() };
  for (let r = 0; r < n; r++) {
    const row = avoided[r] > 0 ? byOutcome.fewerLeavers : avoided[r] < 0 ? byOutcome.moreLeavers : byOutcome.sameLeavers;
    if (netCost[r] > 0) row.costsMore++;
    else if (netCost[r] < 0) row.costsLess++;
    else row.costsSame++;
  }
  const interval = fiellerInterval(avoided, netCost);
  const clear = d.se === null ? false : d.se === 0 ? d.mean !== 0 : Math.abs(d.mean) > studentT95(n - 1) * d.se;
  const reading: Reading =
    byOutcome.sameLeavers.costsSame === n
      ? 'no-difference'
      : !clear
        ? 'leavers-unclear'
        : d.mean > 0
          ? c.mean > 0
            ? 'fewer-leavers-at-a-cost'
            : 'fewer-leavers-and-no-cost'
          : c.mean < 0
            ? 'more-leavers-and-saves'
            : 'more-leavers-at-no-saving';
  const acceptability = acceptabilitySteps(avoided, netCost);
  return {
    ...(discountRate > 0 ? { discountRate } : {}),
    futures: n,
    indicative: n < SIGN_RANGE_TRIMMED_FROM,
    departuresAvoided: d.mean,
    departuresAvoidedSe: d.se,
    netCost: c.mean,
    netCostSe: c.se,
    reading,
    costPerDepartureAvoided: clear ? c.mean / d.mean : null,
    costPerDepartureAvoidedInterval: clear ? interval : null,
    byOutcome,
    acceptability,
    worth: WORTH_SHARES.map((share) => withInterval(worthValues(acceptability, share), acceptability, avoided.length)),
  };
}

/** One arm's means, for choosing among arms. */
export interface ArmMeans {
  readonly policy: string;
  readonly departuresAvoided: number;
  readonly netCost: number;
}

/** Over which values per departure avoided an arm has the highest mean net benefit (null `to`: no end); arms with the same means share it. */
export interface BestSpan {
  readonly policies: readonly string[];
  readonly from: number;
  readonly to: number | null;
}

/**
 * Which arm has the highest mean net benefit, V × departures avoided − net cost (the baseline's
 * is 0), at each value V from 0 up: the upper envelope of the arms' lines, as spans in order.
 * At a crossing the arm that avoids more departures takes over (it is ahead at any higher
 * value); arms with the same means are one line, and share its spans. Means are the same, and
 * one line's lead over another is taken, as a paired difference is (differenceBeyondRounding):
 * two arms whose means differ only in their last binary places (the same futures summed in
 * another order) print the same means, so they are one line, never a switch-over between them
 * at a value the printed means cannot give.
 */
export function bestOnAverage(baseline: string, arms: readonly ArmMeans[]): BestSpan[] {
  const lines: { policies: string[]; departuresAvoided: number; netCost: number }[] = [];
  for (const arm of [{ policy: baseline, departuresAvoided: 0, netCost: 0 }, ...arms]) {
    const same = lines.find((l) => differenceBeyondRounding(l.departuresAvoided, arm.departuresAvoided) === 0 && differenceBeyondRounding(l.netCost, arm.netCost) === 0);
    if (same) same.policies.push(arm.policy);
    else lines.push({ policies: [arm.policy], departuresAvoided: arm.departuresAvoided, netCost: arm.netCost });
  }
  type Line = (typeof lines)[number];
  // x's lead over y in departures avoided and in net cost, from the one subtraction each.
  const lead = (x: Line, y: Line) => ({ avoided: differenceBeyondRounding(x.departuresAvoided, y.departuresAvoided), cost: differenceBeyondRounding(x.netCost, y.netCost) });
  const better = (x: Line, y: Line) => {
    const { avoided, cost } = lead(x, y);
    return cost < 0 || (cost === 0 && avoided > 0);
  };
  let current = lines.reduce((best, x) => (better(x, best) ? x : best));
  let from = 0;
  const spans: BestSpan[] = [];
  for (;;) {
    let next: Line | undefined;
    let at = Infinity;
    for (const x of lines) {
      const { avoided, cost } = lead(x, current);
      if (!(avoided > 0)) continue;
      const crossing = Math.max(from, cost / avoided);
      if (crossing < at || (crossing === at && next !== undefined && x.departuresAvoided > next.departuresAvoided)) {
        at = crossing;
        next = x;
      }
    }
    if (!next) {
      spans.push({ policies: current.policies, from, to: null });
      return spans;
    }
    if (at > from) spans.push({ policies: current.policies, from, to: at });
    current = next;
    from = at;
  }
}
