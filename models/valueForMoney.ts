import { SAME_WITHIN } from './pairedDifference';

// What a package's spending buys in departures avoided (MODEL.md §5: "planners see outcomes per
// dollar"). In each paired future the package avoids ΔD departures a year (the baseline's
// leavers minus its own) at a net cost of ΔC a year (its whole-team cost minus the baseline's,
// after what fewer leavers and less absence save). For a value V put on one departure avoided,
// beyond the replacement cost the net cost already counts, the package is worth its cost in a
// future when V·ΔD > ΔC; the share of futures in which it is, as V grows, is the
// cost-effectiveness acceptability curve of health economics.

/** How the paired futures fall between fewer leavers or not, and costing more or not. */
export interface FuturesByOutcome {
  readonly fewerLeaversCostsNoMore: number;
  readonly fewerLeaversCostsMore: number;
  readonly noFewerLeaversCostsNoMore: number;
  readonly noFewerLeaversCostsMore: number;
}

/** One step of the acceptability curve: from `from` (a value per departure avoided) up to the next step's, the package is worth its net cost in `share` of the futures. */
export interface AcceptabilityStep {
  readonly from: number;
  readonly share: number;
}

/** From which value per departure avoided the package is worth its net cost in at least `share` of the futures, and stays so at any higher value; null where no value does. */
export interface WorthFrom {
  readonly share: number;
  readonly from: number | null;
}

export interface ValueForMoney {
  /** The futures paired: those in which both arms had a value of both metrics. */
  readonly futures: number;
  /** Mean departures avoided per year, whole team (positive: fewer leave under the package). */
  readonly departuresAvoided: number;
  /** Mean net cost per year, whole team (negative: the package saves money). */
  readonly netCost: number;
  /**
   * The mean net cost over the mean departures avoided (the incremental cost-effectiveness
   * ratio), where the package avoids departures on average; negative when it also saves money;
   * null where it avoids none on average.
   */
  readonly costPerDepartureAvoided: number | null;
  readonly byOutcome: FuturesByOutcome;
  /** The acceptability curve over values from 0 up, as steps; the last step's share holds for every higher value. */
  readonly acceptability: readonly AcceptabilityStep[];
  /** From which value the package is worth its cost in at least 5%, half and 95% of the futures (WORTH_SHARES). */
  readonly worthFrom: readonly WorthFrom[];
}

/** The metrics value for money is computed from, in each replication of both arms. */
export const VALUE_FOR_MONEY_METRICS = ['leaversPerYear', 'teamCostPerYear'] as const;

/** The shares of futures worthFrom answers for. */
export const WORTH_SHARES = [0.05, 0.5, 0.95] as const;

/** The share of futures in which V·ΔD > ΔC. */
function shareWorth(value: number, avoided: readonly number[], netCost: readonly number[]): number {
  let worth = 0;
  for (let r = 0; r < avoided.length; r++) if (value * avoided[r] > netCost[r]) worth++;
  return worth / avoided.length;
}

/**
 * The acceptability curve as steps from 0: a future changes sides only at its own break-even
 * value ΔC/ΔD, so the share is constant between consecutive break-even values, and each step
 * is measured just above its start.
 */
function acceptabilitySteps(avoided: readonly number[], netCost: readonly number[]): AcceptabilityStep[] {
  const breaks = [...new Set(avoided.flatMap((d, r) => (d !== 0 && netCost[r] / d > 0 ? [netCost[r] / d] : [])))].sort((a, b) => a - b);
  const steps: AcceptabilityStep[] = [{ from: 0, share: shareWorth(0, avoided, netCost) }];
  breaks.forEach((from, k) => {
    // Just above the break: halfway to the next one, or past it by as much again.
    const probe = k + 1 < breaks.length ? (from + breaks[k + 1]) / 2 : from * 2;
    const share = shareWorth(probe, avoided, netCost);
    if (share !== steps[steps.length - 1].share) steps.push({ from, share });
  });
  return steps;
}

/** The first value from which every later step's share is at least `share`; null where the last one's is below it. */
function worthFrom(steps: readonly AcceptabilityStep[], share: number): number | null {
  let from: number | null = null;
  for (let k = steps.length - 1; k >= 0 && steps[k].share >= share; k--) from = steps[k].from;
  return from;
}

/**
 * Value for money of an arm against the baseline from the same replications: each arm's leavers
 * per year and whole-team cost per year, replication by replication (METRICS leaversPerYear and
 * teamCostPerYear). Replications in which any of the four has no value are left out; undefined
 * when none is left.
 */
export function valueForMoney(
  baselineLeavers: ArrayLike<number>,
  armLeavers: ArrayLike<number>,
  baselineCost: ArrayLike<number>,
  armCost: ArrayLike<number>,
): ValueForMoney | undefined {
  const avoided: number[] = [];
  const netCost: number[] = [];
  for (let r = 0; r < baselineLeavers.length; r++) {
    const d = baselineLeavers[r] - armLeavers[r];
    let c = armCost[r] - baselineCost[r];
    if (d !== d || c !== c) continue;
    // The same costs summed in another order differ by rounding: no difference (pairedDifference does the same).
    if (Math.abs(c) <= SAME_WITHIN * Math.max(Math.abs(armCost[r]), Math.abs(baselineCost[r]))) c = 0;
    avoided.push(d);
    netCost.push(c);
  }
  const n = avoided.length;
  if (n === 0) return undefined;
  const meanAvoided = avoided.reduce((a, b) => a + b, 0) / n;
  const meanCost = netCost.reduce((a, b) => a + b, 0) / n;
  const byOutcome = { fewerLeaversCostsNoMore: 0, fewerLeaversCostsMore: 0, noFewerLeaversCostsNoMore: 0, noFewerLeaversCostsMore: 0 };
  for (let r = 0; r < n; r++) {
    if (avoided[r] > 0) netCost[r] > 0 ? byOutcome.fewerLeaversCostsMore++ : byOutcome.fewerLeaversCostsNoMore++;
    else netCost[r] > 0 ? byOutcome.noFewerLeaversCostsMore++ : byOutcome.noFewerLeaversCostsNoMore++;
  }
  const acceptability = acceptabilitySteps(avoided, netCost);
  return {
    futures: n,
    departuresAvoided: meanAvoided,
    netCost: meanCost,
    costPerDepartureAvoided: meanAvoided > 0 ? meanCost / meanAvoided : null,
    byOutcome,
    acceptability,
    worthFrom: WORTH_SHARES.map((share) => ({ share, from: worthFrom(acceptability, share) })),
  };
}
