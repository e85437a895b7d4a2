import { pairedDifference, type PairedDifference } from '../models/pairedDifference';

/**
 * One grid point's paired difference from point 0 in one metric: its value less point 0's in each
 * replication both have a successful run of with a value (`pairs` of them), summarized as
 * `cfsim compare` summarizes a package's difference from the first (models/pairedDifference).
 */
export interface PointDifference extends PairedDifference {
  readonly point: number;
  readonly pairs: number;
}

/**
 * Each point's paired difference from point 0 in one metric, from the points' successful runs
 * (`values[p][i]`, of replication `reps[p][i]`). With common random numbers replication r of every
 * point meets the same events, so pairing by replication leaves the parameters' effect without
 * the replications' noise, as a comparison's common seeds do. A replication only one of the two
 * points has (a failed run, a partial merge) pairs with nothing and is left out.
 */
export function pointDifferences(values: readonly (readonly number[])[], reps: readonly (readonly number[])[]): PointDifference[] {
  const first = new Map<number, number>();
  reps[0]?.forEach((r, i) => first.set(r, values[0][i]));
  return values.slice(1).map((runs, q) => {
    const mine: number[] = [];
    const theirs: number[] = [];
    runs.forEach((v, i) => {
      const other = first.get(reps[q + 1][i]);
      if (other === undefined) return;
      mine.push(v);
      theirs.push(other);
    });
    const d = pairedDifference(mine, theirs);
    return { point: q + 1, pairs: d.positive + d.zero + d.negative, ...d };
  });
}
