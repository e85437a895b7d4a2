/**
 * Each point's mean of one metric over its successful runs (`values[p][i]`, from replication
 * `reps[p][i]`). A NaN is a run with nothing to measure (team scores when nobody was in post).
 *
 * Without `common` (grid, random and Latin hypercube tables) each point's mean is over its own
 * runs with a value. With `common` (Sobol and Morris: the replications every point has a
 * successful run of), the points are compared replication by replication, so a replication with
 * nothing to measure at any point is left out at every point: the means are all over the same
 * replications (`used`), and a metric no replication measured everywhere has NaN means and none.
 */
export function pointMeans(values: readonly (readonly number[])[], reps: readonly (readonly number[])[], common?: ReadonlySet<number>): { means: Float64Array; used?: number[] } {
  let used: Set<number> | undefined;
  if (common !== undefined) {
    used = new Set(common);
    values.forEach((runs, p) => runs.forEach((v, i) => v !== v && used!.delete(reps[p][i])));
  }
  const means = Float64Array.from(values, (runs, p) => {
    let sum = 0;
    let n = 0;
    runs.forEach((v, i) => {
      if (v !== v || (used !== undefined && !used.has(reps[p][i]))) return;
      sum += v;
      n++;
    });
    return n > 0 ? sum / n : NaN;
  });
  return used === undefined ? { means } : { means, used: [...used].sort((a, b) => a - b) };
}
