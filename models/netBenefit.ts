import { SAME_WITHIN } from './pairedDifference';
import { studentT95 } from '../sim/stats/studentT';
import { SIGN_RANGE_TRIMMED_FROM, summarize } from '../sim/stats/summary';

// Every arm's net benefit at one value V put on a departure avoided (`cfsim compare
// --value-per-departure V`). In each future r, an arm's net benefit against the baseline is
// V × (baseline's leavers − its leavers) − (its whole-team cost − the baseline's), per year: the
// same reckoning as models/valueForMoney.ts, at one value instead of all of them. Two answers:
// - on average: each arm's mean net benefit with a 90% interval (Student's t), which narrows with
//   more replications; the arm with the highest mean is bestOnAverage's at V;
// - in the team's own futures: the share in which each arm comes out ahead of the baseline, and
//   the share in which it has the highest net benefit of all the arms. These spread as one team's
//   futures do and more replications do not narrow them.

/** One arm at the chosen value. */
export interface ArmNetBenefit {
  readonly policy: string;
  /** Mean net benefit per year against the baseline, whole team (0 for the baseline itself). */
  readonly mean: number;
  /** Its standard error (null from one future). */
  readonly se: number | null;
  /** Its 90% interval (mean ± Student's t quantile × se; null from one future). */
  readonly low: number | null;
  readonly high: number | null;
  /** The share of futures in which the arm comes out ahead of the baseline (net benefit above 0); null for the baseline. */
  readonly aheadOfBaseline: number | null;
  /** The share of futures in which the arm's net benefit is the highest of all the arms' (a tie shares that future equally), so the shares add up to 1. */
  readonly best: number;
}

export interface NetBenefitAtValue {
  /** V: what avoiding a departure is worth, per departure, beyond what the budget already counts for it. */
  readonly valuePerDeparture: number;
  /** The futures counted: those in which every arm had both values. */
  readonly futures: number;
  /** Fewer than 20 futures (SIGN_RANGE_TRIMMED_FROM): the shares are indicative only. */
  readonly indicative: boolean;
  /** The baseline first, then the other arms in order. */
  readonly arms: readonly ArmNetBenefit[];
  /**
   * How far the arm with the highest mean is ahead of the arm with the next highest, from the
   * paired futures: the mean difference of their net benefits and its 90% interval (null from one
   * future). Null with one arm, or when the highest mean is shared.
   */
  readonly lead: {
    readonly policy: string;
    readonly over: string;
    readonly mean: number;
    readonly low: number | null;
    readonly high: number | null;
  } | null;
}

/** One arm's leavers per year and whole-team cost per year, replication by replication (METRICS leaversPerYear and teamCostPerYear). */
export interface ArmReplications {
  readonly policy: string;
  readonly leavers: ArrayLike<number>;
  readonly cost: ArrayLike<number>;
}

/** Net cost of one arm in one future: 0 where it differs from the baseline's only by the rounding of costs summed in another order (as pairedDifference and valueForMoney judge it). */
function netCostOf(arm: number, baseline: number): number {
  const c = arm - baseline;
  return Math.abs(c) <= SAME_WITHIN * Math.max(Math.abs(arm), Math.abs(baseline)) ? 0 : c;
}

/**
 * Every arm's net benefit against the first at `valuePerDeparture`, over the replications in
 * which every arm has both values; undefined when none has.
 */
export function netBenefitAtValue(valuePerDeparture: number, arms: readonly ArmReplications[]): NetBenefitAtValue | undefined {
  const [baseline] = arms;
  const reps = baseline.leavers.length;
  const complete: number[] = [];
  for (let r = 0; r < reps; r++) if (arms.every((a) => a.leavers[r] === a.leavers[r] && a.cost[r] === a.cost[r])) complete.push(r);
  const n = complete.length;
  if (n === 0) return undefined;
  // benefits[a][k]: arm a's net benefit in the k-th complete future.
  const benefits = arms.map((a) => complete.map((r) => valuePerDeparture * (baseline.leavers[r] - a.leavers[r]) - netCostOf(a.cost[r], baseline.cost[r])));
  const best = new Array<number>(arms.length).fill(0);
  for (let k = 0; k < n; k++) {
    let top = -Infinity;
    for (const b of benefits) top = Math.max(top, b[k]);
    const tied = benefits.filter((b) => b[k] === top).length;
    benefits.forEach((b, a) => {
      if (b[k] === top) best[a] += 1 / tied;
    });
  }
  const t = n > 1 ? studentT95(n - 1) : NaN;
  const meanAndInterval = (values: readonly number[]) => {
    const { mean, sd } = summarize(values);
    const se = sd === null ? null : sd / Math.sqrt(n);
    return { mean, se, low: se === null ? null : mean - t * se, high: se === null ? null : mean + t * se };
  };
  const means = benefits.map((b) => meanAndInterval(b));
  const order = means.map((_, a) => a).sort((x, y) => means[y].mean - means[x].mean || x - y);
  const [first, second] = order;
  const lead =
    second === undefined || means[first].mean === means[second].mean
      ? null
      : (() => {
          const { mean, low, high } = meanAndInterval(benefits[first].map((x, k) => x - benefits[second][k]));
          return { policy: arms[first].policy, over: arms[second].policy, mean, low, high };
        })();
  return {
    valuePerDeparture,
    futures: n,
    indicative: n < SIGN_RANGE_TRIMMED_FROM,
    arms: arms.map((a, i) => ({
      policy: a.policy,
      ...means[i],
      aheadOfBaseline: i === 0 ? null : benefits[i].filter((x) => x > 0).length / n,
      best: best[i] / n,
    })),
    lead,
  };
}
