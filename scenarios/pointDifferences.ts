import { pairedDifference, type PairedDifference } from '../models/pairedDifference';

/**
 * One grid point's paired difference from the baseline point (point 0 unless `cfsim analyze --vs`
 * names another) in one metric: its value less the baseline's in each replication both have a
 * successful run of with a value (`pairs` of them), summarized as `cfsim compare` summarizes a
 * package's difference from the first (models/pairedDifference).
 */
export interface PointDifference extends PairedDifference {
  readonly point: number;
  readonly pairs: number;
}

/**
 * Each other point's paired difference from point `vs` (0 by default) in one metric, from the
 * points' successful runs (`values[p][i]`, of replication `reps[p][i]`), in the points' order. With
 * common random numbers replication r of every point meets the same events, so pairing by
 * replication leaves the parameters' effect without the replications' noise, as a comparison's
 * common seeds do. A replication only one of the two points has (a failed run, a partial merge)
 * pairs with nothing and is left out.
 */
export function pointDifferences(values: readonly (readonly number[])[], reps: readonly (readonly number[])[], vs = 0): PointDifference[] {
  const baseline = new Map<number, number>();
  reps[vs]?.forEach((r, i) => baseline.set(r, values[vs][i]));
  return values.flatMap((runs, point) => {
    if (point === vs) return [];
    const mine: number[] = [];
    const theirs: number[] = [];
    runs.forEach((v, i) => {
      const other = baseline.get(reps[point][i]);
      if (other === undefined) return;
      mine.push(v);
      theirs.push(other);
    });
    const d = pairedDifference(mine, theirs);
    return [{ point, pairs: d.positive + d.zero + d.negative, ...d }];
  });
}
