/**
 * An experimental design: `count` points in the unit hypercube [0, 1)^dimension (a full grid
 * with `endpoints` may reach 1), stored row-major in one flat array: coordinate `d` of point
 * `i` is `points[i * dimension + d]`. Callers map unit coordinates to parameter values with
 * `scaleToRanges`.
 */
export interface Design {
  readonly points: Float64Array;
  readonly count: number;
  readonly dimension: number;
}

/** Point `i` of a design, as a view (no copy). */
export function designPoint(design: Design, i: number): Float64Array {
  return design.points.subarray(i * design.dimension, (i + 1) * design.dimension);
}

/** Throws a RangeError unless `value` is an integer ≥ `min`. */
export function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min} (got ${value})`);
  }
}

/** The largest double below 1: keeps a stratified draw such as (bin + u) / n inside [0, 1). */
export const BELOW_ONE = 1 - 2 ** -53;
