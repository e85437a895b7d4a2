import { requireInteger, type Design } from './design';

export interface FullGridOptions {
  /**
   * Place p levels at 0, 1/(p−1), ..., 1 (a single level at 0.5) instead of at bin centres.
   * Use it for continuous ranges whose bounds must be visited.
   */
  readonly endpoints?: boolean;
}

/**
 * Every combination of levels: `levels[d]` levels in dimension d, so the point count is the
 * product of the levels. By default level j of p sits at the centre of the j-th of p equal
 * bins, (j + 0.5) / p, so with `scaleToRanges` a list range of p values or an integer range of
 * p integers gets each value exactly once, and a continuous range gets p evenly spaced
 * interior values. Order: the last dimension varies fastest (like nested loops, first
 * dimension outermost).
 */
export function fullGrid(levels: readonly number[], options: FullGridOptions = {}): Design {
  const k = levels.length;
  requireInteger('fullGrid: number of dimensions', k, 1);
  let count = 1;
  for (const p of levels) {
    requireInteger('fullGrid: levels per dimension', p, 1);
    count *= p;
  }
  if (count * k > 2 ** 31) throw new RangeError(`fullGrid: ${count} points in ${k} dimensions is too many`);
  const coordinate = (j: number, p: number): number => {
    if (!options.endpoints) return (j + 0.5) / p;
    return p === 1 ? 0.5 : j / (p - 1);
  };
  const points = new Float64Array(count * k);
  const level = new Uint32Array(k); // mixed-radix counter, last digit fastest
  for (let i = 0; i < count; i++) {
    for (let d = 0; d < k; d++) points[i * k + d] = coordinate(level[d], levels[d]);
    for (let d = k - 1; d >= 0; d--) {
      if (++level[d] < levels[d]) break;
      level[d] = 0;
    }
  }
  return { points, count, dimension: k };
}
