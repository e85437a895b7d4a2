import { bestOnAverage } from './valueForMoney';
import type { ArmReplications } from './netBenefit';
import { differenceBeyondRounding } from './pairedDifference';

// In how many of the team's paired futures each arm is the best of all (or tied for it), by the
// value V put on a departure avoided. In one future an arm's net benefit against the baseline is the line
// V × departures avoided − net cost; the best arm at each V is the upper envelope of the arms'
// lines in that future (bestOnAverage, given one future's values instead of the means). Over the
// futures the shares are constant between consecutive envelope crossings, so they are exact steps.
// Like valueForMoney's share curve, this is a spread of one team's futures, which more
// replications do not narrow.

/** From `from` (a value per departure avoided) up to the next step's, each arm's share of the futures in which no arm's net benefit is higher (arms in the order given; arms tied for the best each count the future, as netBenefitAtValue's `best`). */
export interface BestShareStep {
  readonly from: number;
  readonly shares: readonly number[];
}

/**
 * The shares of futures in which each arm (the first the baseline) has the highest net benefit
 * (or ties for it), as steps over V ≥ 0, counting the replications in which every arm has both values; empty when
 * there are none. The last step holds for every higher value.
 */
export function bestInFutures(arms: readonly ArmReplications[]): BestShareStep[] {
  const [baseline, ...others] = arms;
  const index = new Map(arms.map((a, i) => [a.policy, i]));
  const futures: { from: number; to: number | null; arms: number[] }[][] = [];
  for (let r = 0; r < baseline.leavers.length; r++) {
    if (!arms.every((a) => a.leavers[r] === a.leavers[r] && a.cost[r] === a.cost[r])) continue;
    const lines = others.map((a) => ({ policy: a.policy, departuresAvoided: baseline.leavers[r] - a.leavers[r], netCost: differenceBeyondRounding(a.cost[r], baseline.cost[r]) }));
    futures.push(bestOnAverage(baseline.policy, lines).map((s) => ({ from: s.from, to: s.to, arms: s.policies.map((p) => index.get(p)!) })));
  }
  if (futures.length === 0) return [];
  const breaks = [...new Set(futures.flatMap((spans) => spans.map((s) => s.from)))].sort((a, b) => a - b);
  const steps: BestShareStep[] = [];
  breaks.forEach((from, k) => {
    // Each future's best at a value inside this step: past its start, short of the next break.
    const at = k + 1 < breaks.length ? (from + breaks[k + 1]) / 2 : from === 0 ? 1 : from * 2;
    const counts = new Array<number>(arms.length).fill(0);
    for (const spans of futures) {
      const span = spans.find((s) => s.from <= at && (s.to === null || at < s.to))!;
      for (const a of span.arms) counts[a]++;
    }
    const shares = counts.map((c) => c / futures.length);
    const last = steps[steps.length - 1];
    if (!last || last.shares.some((x, i) => x !== shares[i])) steps.push({ from, shares });
  });
  return steps;
}
