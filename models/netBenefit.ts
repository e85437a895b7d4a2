import { differenceBeyondRounding, meanAndSeBeyondRounding, meanBeyondRounding } from './pairedDifference';
import { studentT95 } from '../sim/stats/studentT';
import { SIGN_RANGE_TRIMMED_FROM, signRange, summarize } from '../sim/stats/summary';

// Every arm's net benefit at one value V put on a departure avoided (`cfsim compare
// --value-per-departure V`). In each future r, an arm's net benefit against the baseline is
// V × (baseline's leavers − its leavers) − (its whole-team cost − the baseline's), per year: the
// same reckoning as models/valueForMoney.ts, at one value instead of all of them. Two answers:
// - on average: each arm's mean net benefit with a 90% interval (Student's t), which narrows with
//   more replications; the arm with the highest mean is bestOnAverage's at V;
// - in the paired futures (every arm run on the same seeds): the share in which each arm comes out
//   ahead of the baseline, and the share in which no arm does better. These are shares of one
//   team's futures as the common seeds pair them: more replications estimate them more precisely
//   but do not narrow them towards 0 or 1.

/** One arm at the chosen value. */
export interface ArmNetBenefit {
  readonly policy: string;
  /** Mean departures avoided per year against the baseline, whole team (the baseline's leavers less the arm's; negative when more leave; 0 for the baseline). */
  readonly departuresAvoided: number;
  /** Mean net cost per year against the baseline, whole team (the arm's whole-team cost less the baseline's; 0 for the baseline). The mean net benefit is V × departuresAvoided − netCost. */
  readonly netCost: number;
  /** Mean net benefit per year against the baseline, whole team (0 for the baseline itself). */
  readonly mean: number;
  /** Its standard error (null from one future). */
  readonly se: number | null;
  /** Its 90% interval (mean ± Student's t quantile × se; null from one future). */
  readonly low: number | null;
  readonly high: number | null;
  /** The share of futures in which the arm comes out ahead of the baseline (net benefit above 0); null for the baseline. */
  readonly aheadOfBaseline: number | null;
  /** The share of futures in which no arm's net benefit is higher than this arm's (arms tied for the highest each count that future). */
  readonly best: number;
}

/** How far the arms with the highest mean are ahead of those with the next highest. */
export interface NetBenefitLead {
  /** The arms with the highest mean (several only when their means are the same). */
  readonly policies: readonly string[];
  /** Whether there are several and they have the same net benefit in every future (the same package under two names, or packages that differ in nothing that matters here). */
  readonly identical: boolean;
  /** The arms with the next highest mean. */
  readonly over: readonly string[];
  /** The mean paired difference of the first of `policies` over the first of `over`, with its 90% interval (null from one future). */
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
  /** The share of futures in which the first of `policies` has the higher net benefit of the two. */
  readonly ahead: number;
  /**
   * Whether it is ahead in at least 95% of 20 or more futures: the rule by which the comparison
   * tables call a difference clear (signRange), not the interval of the mean, which excludes
   * zero for any lead once the replications are many.
   */
  readonly clear: boolean;
}

export interface NetBenefitAtValue {
  /** V: what avoiding a departure is worth, per departure, beyond what the net cost already counts for it (replacing the leaver, less the salary the vacant seat saves). */
  readonly valuePerDeparture: number;
  /** The annual rate the arms' leavers and costs were discounted at (costs.discountRate; only above 0, see ValueForMoney's). Absent: undiscounted. */
  readonly discountRate?: number;
  /** The futures counted: those in which every arm had both values. */
  readonly futures: number;
  /** Fewer than 20 futures (SIGN_RANGE_TRIMMED_FROM): the shares are indicative only. */
  readonly indicative: boolean;
  /** The baseline first, then the other arms in order. */
  readonly arms: readonly ArmNetBenefit[];
  /** Null when every arm has the same mean (the report also reads null for a 0.11.0 lead it leaves out: viz/report/valueForMoneyData.ts). */
  readonly lead: NetBenefitLead | null;
}

/** One arm's leavers per year and whole-team cost per year, replication by replication (METRICS leaversPerYear and teamCostPerYear, or their discounted per-year equivalents). */
export interface ArmReplications {
  readonly policy: string;
  readonly leavers: ArrayLike<number>;
  readonly cost: ArrayLike<number>;
}

/** Every arm's net benefit against the first in each future in which every arm has both values. */
export interface NetBenefitsInFutures {
  /** The replications counted, in order. */
  readonly replications: readonly number[];
  /** avoided[a][k], netCosts[a][k], benefits[a][k]: arm a's departures avoided, net cost and net benefit in the k-th of them. */
  readonly avoided: readonly (readonly number[])[];
  readonly netCosts: readonly (readonly number[])[];
  readonly benefits: readonly (readonly number[])[];
}

/** Each arm's net benefit against the first at `valuePerDeparture`, future by future, over the replications in which every arm has both values. */
export function netBenefitsInFutures(valuePerDeparture: number, arms: readonly ArmReplications[]): NetBenefitsInFutures {
  const [baseline] = arms;
  const reps = baseline.leavers.length;
  const replications: number[] = [];
  for (let r = 0; r < reps; r++) if (arms.every((a) => a.leavers[r] === a.leavers[r] && a.cost[r] === a.cost[r])) replications.push(r);
  const avoided = arms.map((a) => replications.map((r) => baseline.leavers[r] - a.leavers[r]));
  const netCosts = arms.map((a) => replications.map((r) => differenceBeyondRounding(a.cost[r], baseline.cost[r])));
  const benefits = arms.map((_, a) => replications.map((_, k) => valuePerDeparture * avoided[a][k] - netCosts[a][k]));
  return { replications, avoided, netCosts, benefits };
}

/**
 * Every arm's net benefit against the first at `valuePerDeparture`, over the replications in
 * which every arm has both values; undefined when none has. `discountRate`: the rate the arms'
 * values were discounted at (0: undiscounted), which the result names.
 */
export function netBenefitAtValue(valuePerDeparture: number, arms: readonly ArmReplications[], discountRate = 0): NetBenefitAtValue | undefined {
  const { replications, avoided, netCosts, benefits } = netBenefitsInFutures(valuePerDeparture, arms);
  const n = replications.length;
  if (n === 0) return undefined;
  const best = new Array<number>(arms.length).fill(0);
  for (let k = 0; k < n; k++) {
    let top = -Infinity;
    for (const b of benefits) top = Math.max(top, b[k]);
    benefits.forEach((b, a) => {
      if (b[k] === top) best[a]++;
    });
  }
  const t = n > 1 ? studentT95(n - 1) : NaN;
  const meanAndInterval = (values: readonly number[]) => {
    const { mean, se } = meanAndSeBeyondRounding(values);
    return { mean, se, low: se === null ? null : mean - t * se, high: se === null ? null : mean + t * se };
  };
  const means = benefits.map((b) => meanAndInterval(b));
  return {
    valuePerDeparture,
    ...(discountRate > 0 ? { discountRate } : {}),
    futures: n,
    indicative: n < SIGN_RANGE_TRIMMED_FROM,
    arms: arms.map((a, i) => ({
      policy: a.policy,
      departuresAvoided: meanBeyondRounding(summarize(avoided[i]).mean, avoided[i]),
      netCost: meanBeyondRounding(summarize(netCosts[i]).mean, netCosts[i]),
      ...means[i],
      aheadOfBaseline: i === 0 ? null : benefits[i].filter((x) => x > 0).length / n,
      best: best[i] / n,
    })),
    lead: leadOf(arms.map((a) => a.policy), benefits, means.map((m) => m.mean), meanAndInterval),
  };
}

/** The lead of the arms with the highest mean over those with the next highest (see NetBenefitLead); null when all means are the same. */
function leadOf(
  policies: readonly string[],
  benefits: readonly (readonly number[])[],
  means: readonly number[],
  meanAndInterval: (values: readonly number[]) => { mean: number; low: number | null; high: number | null },
): NetBenefitLead | null {
  const levels = [...new Set(means)].sort((x, y) => y - x);
  if (levels.length < 2) return null;
  const top = policies.flatMap((_, a) => (means[a] === levels[0] ? [a] : []));
  const next = policies.flatMap((_, a) => (means[a] === levels[1] ? [a] : []));
  const differences = benefits[top[0]].map((x, k) => x - benefits[next[0]][k]);
  const { mean, low, high } = meanAndInterval(differences);
  const ahead = differences.filter((d) => d > 0).length;
  return {
    policies: top.map((a) => policies[a]),
    identical: top.length > 1 && top.every((a) => benefits[a].every((x, k) => x === benefits[top[0]][k])),
    over: next.map((a) => policies[a]),
    mean,
    low,
    high,
    ahead: ahead / differences.length,
    clear: differences.length >= SIGN_RANGE_TRIMMED_FROM && signRange(differences).p05 > 0,
  };
}
