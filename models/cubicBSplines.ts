// Cubic B-splines on equally spaced knots over [0, 1] (SEGMENTS + 3 of them): at any point four
// are non-zero, and they sum to 1, so a fit on them reproduces a constant exactly.

/** The knot intervals [0, 1] is cut into. */
export const SEGMENTS = 10;

/** The number of B-splines on SEGMENTS intervals. */
export const SPLINES = SEGMENTS + 3;

/** The four non-zero B-splines at each score: `first[i]` is the index of the first, `values[4i .. 4i + 3]` their values at scores[i] (in [0, 1]). */
export interface SplineRows {
  readonly first: Int32Array;
  readonly values: Float64Array;
}

/** The B-splines' values at each of `scores` (each in [0, 1]). */
export function splineRows(scores: ArrayLike<number>): SplineRows {
  const n = scores.length;
  const first = new Int32Array(n);
  const values = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const x = scores[i] * SEGMENTS;
    const j = Math.min(Math.floor(x), SEGMENTS - 1);
    const t = x - j;
    const s = 1 - t;
    first[i] = j;
    values[4 * i] = (s * s * s) / 6;
    values[4 * i + 1] = (3 * t * t * t - 6 * t * t + 4) / 6;
    values[4 * i + 2] = (-3 * t * t * t + 3 * t * t + 3 * t + 1) / 6;
    values[4 * i + 3] = (t * t * t) / 6;
  }
  return { first, values };
}
