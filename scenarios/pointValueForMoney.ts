import { netBenefitAtValue, type NetBenefitAtValue } from '../models/netBenefit';
import { differenceBeyondRounding, pairedDifference, type PairedDifference } from '../models/pairedDifference';
import { VALUE_FOR_MONEY_METRICS } from '../models/valueForMoney';

// Value for money per grid point (`cfsim analyze DIR --value-per-departure V`): each point against
// the baseline point as `cfsim compare --value-per-departure V` weighs a package against the
// first, replication by replication (common random numbers pair them as compare's seeds do).
// Departures and cost are the sweep's leaversPerYear and teamCostPerYear, per year for the whole
// team and undiscounted (runs.csv records no discounted figures).

/** The sweep metrics value for money is computed from: departures (leaversPerYear) and whole-team cost (teamCostPerYear), both per year. */
export const POINT_VALUE_METRICS = VALUE_FOR_MONEY_METRICS;

/** One point against the baseline point, over the replications both have both values in (`pairs`). */
export interface PointValueForMoney {
  readonly point: number;
  readonly pairs: number;
  /** The baseline's leavers a year less the point's, whole team (positive: fewer leave at the point). */
  readonly departuresAvoided: PairedDifference;
  /** The point's whole-team cost a year less the baseline's (negative: the point saves money). */
  readonly netCost: PairedDifference;
  /** V × departures avoided − net cost, a year (positive: the point comes out ahead of the baseline). */
  readonly netBenefit: PairedDifference;
}

/** The points' net benefit side by side: the one highest on average and how far ahead of the next, as compare's lead (models/netBenefit). */
export interface BestPointOnAverage {
  /** The points with the highest mean net benefit (the baseline point's is 0), several only when their means are the same. */
  readonly points: readonly number[];
  /** The points with the next highest mean; empty when every point has the same mean. */
  readonly over: readonly number[];
  /** The replications every point has both values in, over which the points are set side by side. */
  readonly futures: number;
  /** Fewer than 20 of them: the counts are indicative only, as compare's are. */
  readonly indicative: boolean;
  /** Each point's mean net benefit over those replications, in the points' order. */
  readonly means: readonly { readonly point: number; readonly mean: number }[];
  /** The lead of the first of `points` over the first of `over`: mean, its 90% interval (null from one future), share of futures ahead, and whether it is clear (ahead in at least 95% of 20 or more). */
  readonly lead: { readonly mean: number; readonly low: number | null; readonly high: number | null; readonly ahead: number; readonly clear: boolean; readonly identical: boolean } | null;
}

export interface SweepValueForMoney {
  /** V: what avoiding a departure is worth, beyond the replacement cost and the vacant seat's saving already in the net cost. */
  readonly valuePerDeparture: number;
  /** The baseline point (the paired differences' `vs`). */
  readonly vs: number;
  /** What the figures are: per year, whole team, undiscounted. */
  readonly per: 'year';
  /** The metrics read from runs.csv: departures and cost. */
  readonly departuresMetric: 'leaversPerYear';
  readonly costMetric: 'teamCostPerYear';
  /** The plan's costs.discountRate, where above 0: compare would discount at it, but runs.csv records undiscounted figures, so these are undiscounted. */
  readonly planDiscountRate?: number;
  /** Every other point against the baseline point, in the points' order. */
  readonly points: readonly PointValueForMoney[];
  /** Null where no replication has both values at every point (a partial merge). */
  readonly best: BestPointOnAverage | null;
}

/**
 * Each point's value for money against point `vs` at `valuePerDeparture`, from the points'
 * successful runs: `leavers[p][i]` and `cost[p][i]` of replication `reps[p][i]`. A replication the
 * point or the baseline lacks, or in which either has no value, pairs with nothing and is left out.
 */
export function pointValueForMoney(valuePerDeparture: number, leavers: readonly (readonly number[])[], cost: readonly (readonly number[])[], reps: readonly (readonly number[])[], vs: number): SweepValueForMoney {
  const byRep = (p: number) => {
    const at = new Map<number, { leavers: number; cost: number }>();
    reps[p].forEach((r, i) => {
      if (leavers[p][i] === leavers[p][i] && cost[p][i] === cost[p][i]) at.set(r, { leavers: leavers[p][i], cost: cost[p][i] });
    });
    return at;
  };
  const rows = reps.map((_, p) => byRep(p));
  const baseline = rows[vs];
  const points = rows.flatMap((mine, point): PointValueForMoney[] => {
    if (point === vs) return [];
    const paired = [...mine.keys()].filter((r) => baseline.has(r)).sort((a, b) => a - b);
    const their = paired.map((r) => baseline.get(r)!);
    const own = paired.map((r) => mine.get(r)!);
    // compare's reckoning (models/valueForMoney.ts, models/netBenefit.ts): avoided = baseline − point, net cost = point − baseline.
    const departuresAvoided = pairedDifference(their.map((x) => x.leavers), own.map((x) => x.leavers));
    const netCost = pairedDifference(own.map((x) => x.cost), their.map((x) => x.cost));
    const avoided = their.map((x, k) => x.leavers - own[k].leavers);
    // The same costs summed in another order differ by rounding: no net cost (as valueForMoney counts it).
    const costs = own.map((x, k) => differenceBeyondRounding(x.cost, their[k].cost));
    const netBenefit = pairedDifference(avoided.map((d) => valuePerDeparture * d), costs);
    return [{ point, pairs: paired.length, departuresAvoided, netCost, netBenefit }];
  });
  return { valuePerDeparture, vs, per: 'year', departuresMetric: 'leaversPerYear', costMetric: 'teamCostPerYear', points, best: bestPoint(valuePerDeparture, rows, vs) };
}

/** The point highest on average, over the replications every point has, as compare picks the best arm (netBenefitAtValue). */
function bestPoint(valuePerDeparture: number, rows: readonly Map<number, { leavers: number; cost: number }>[], vs: number): BestPointOnAverage | null {
  const order = [vs, ...rows.keys()].filter((p, i) => i === 0 || p !== vs);
  const common = [...rows[vs].keys()].filter((r) => rows.every((at) => at.has(r))).sort((a, b) => a - b);
  if (common.length === 0) return null;
  const arms = order.map((p) => ({ policy: String(p), leavers: common.map((r) => rows[p].get(r)!.leavers), cost: common.map((r) => rows[p].get(r)!.cost) }));
  const nb: NetBenefitAtValue | undefined = netBenefitAtValue(valuePerDeparture, arms);
  if (!nb) return null;
  const top = Math.max(...nb.arms.map((a) => a.mean));
  const means = nb.arms.map((a) => ({ point: Number(a.policy), mean: a.mean })).sort((a, b) => a.point - b.point);
  const lead = nb.lead;
  return {
    points: lead ? lead.policies.map(Number) : nb.arms.filter((a) => a.mean === top).map((a) => Number(a.policy)),
    over: lead ? lead.over.map(Number) : [],
    futures: nb.futures,
    indicative: nb.indicative,
    means,
    lead: lead && { mean: lead.mean, low: lead.low, high: lead.high, ahead: lead.ahead, clear: lead.clear, identical: lead.identical },
  };
}
