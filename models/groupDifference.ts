import { summarize } from '../sim/stats/summary';
import { GROUP_COUNT, GROUP_TALLY_WIDTH, groupTurnover, pooledTurnover } from './groups';
import { differenceBeyondRounding, pairedDifference, type PairedDifference } from './pairedDifference';

// A package's difference from the baseline in one group's turnover, over the replications in
// which the group had someone in post under both. The mean is the difference of the two pooled
// rates (pooledTurnover), the figure each package's row shows; the range and the counts of
// futures better, the same and worse are of the replications' own paired rates, as for a metric.

/**
 * The standard error of pooled rate a − pooled rate b over the paired replications `reps`: the
 * ratio estimator's linearization (each replication's separations − rate × worker-days, over the
 * mean worker-days), paired replication by replication so that what the two packages share
 * (common random numbers) cancels; null from fewer than two replications.
 */
function pooledDifferenceSe(a: ArrayLike<number>, b: ArrayLike<number>, reps: readonly number[], group: number): number | null {
  const n = reps.length;
  if (n < 2) return null;
  const rateA = pooledTurnover(a, reps, group);
  const rateB = pooledTurnover(b, reps, group);
  let daysA = 0;
  let daysB = 0;
  for (const r of reps) {
    daysA += a[r * GROUP_TALLY_WIDTH + group];
    daysB += b[r * GROUP_TALLY_WIDTH + group];
  }
  const linearized = reps.map((r) => {
    const at = r * GROUP_TALLY_WIDTH;
    const termA = (a[at + GROUP_COUNT + group] * 365 - rateA * a[at + group]) / (daysA / n);
    const termB = (b[at + GROUP_COUNT + group] * 365 - rateB * b[at + group]) / (daysB / n);
    return termA - termB;
  });
  const { sd } = summarize(linearized);
  return sd === null ? null : sd / Math.sqrt(n);
}

/**
 * Group `group`'s turnover under tallies `a` − under `b` (each `reps` replications ×
 * GROUP_TALLY_WIDTH), over the replications in which both had someone of it in post (`reps` of
 * the result counts them), or undefined without such a replication.
 */
export function groupTurnoverDifference(a: ArrayLike<number>, b: ArrayLike<number>, reps: number, group: number): { reps: number; turnoverPerYear: PairedDifference } | undefined {
  const paired: number[] = [];
  const ratesA: number[] = [];
  const ratesB: number[] = [];
  for (let r = 0; r < reps; r++) {
    const x = groupTurnover(a, r * GROUP_TALLY_WIDTH, group);
    const y = groupTurnover(b, r * GROUP_TALLY_WIDTH, group);
    if (x === undefined || y === undefined) continue;
    paired.push(r);
    ratesA.push(x);
    ratesB.push(y);
  }
  if (paired.length === 0) return undefined;
  const mean = differenceBeyondRounding(pooledTurnover(a, paired, group), pooledTurnover(b, paired, group));
  return { reps: paired.length, turnoverPerYear: { ...pairedDifference(ratesA, ratesB), mean, se: pooledDifferenceSe(a, b, paired, group) } };
}
