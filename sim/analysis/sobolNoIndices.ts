import { SALTELLI_A, SALTELLI_B, saltelliMixedBlock, saltelliPointIndex } from '../design/saltelli';

/**
 * Why a metric of a Sobol sweep has no indices (every S1 and ST null in analysis.json), said outright: several causes
 * leave the same nulls, and a reader of the JSON (or of the table) could only guess which.
 * - `constant`: the output did not vary. The metric's mean was `value` at every base point (the design's A and B
 *   points), so the variance the indices are shares of is 0: no parameter changed it over the plan's ranges and horizon.
 * - `unmeasured`: no replication measured the metric at every point (SweepAnalysis.unmeasured), so no point has a mean.
 * - `failed`: the estimate failed for another reason: a point's mean is not a finite number (`point`, the first such:
 *   a base point's first, then a mixed point's, whose NaN leaves its parameter's indices NaN), or, with every mean
 *   finite, the variance or the estimators are not (absent `point`: outputs too large).
 */
export type SobolNoIndices =
  | { readonly reason: 'constant'; readonly value: number }
  | { readonly reason: 'unmeasured' }
  | { readonly reason: 'failed'; readonly point?: number };

/**
 * Why the Sobol indices `firstOrder` and `total` of one metric are all missing (NaN), from the points' means `y` (the
 * Saltelli order of n base rows and k factors) and whether any replication measured the metric at every point
 * (`measured`); undefined where any index is a number.
 */
export function sobolNoIndices(y: ArrayLike<number>, n: number, k: number, firstOrder: ArrayLike<number>, total: ArrayLike<number>, measured: boolean): SobolNoIndices | undefined {
  for (let i = 0; i < firstOrder.length; i++) if (Number.isFinite(firstOrder[i]) || Number.isFinite(total[i])) return undefined;
  if (!measured) return { reason: 'unmeasured' };
  const first = y[saltelliPointIndex(k, 0, SALTELLI_A)];
  let constant = true;
  for (let j = 0; j < n; j++) {
    for (const block of [SALTELLI_A, SALTELLI_B]) {
      const point = saltelliPointIndex(k, j, block);
      if (!Number.isFinite(y[point])) return { reason: 'failed', point };
      if (y[point] !== first) constant = false;
    }
  }
  if (constant) return { reason: 'constant', value: first };
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) {
      const point = saltelliPointIndex(k, j, saltelliMixedBlock(i));
      if (!Number.isFinite(y[point])) return { reason: 'failed', point };
    }
  }
  return { reason: 'failed' };
}
