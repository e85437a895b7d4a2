import type { Uniform } from '../random/stream';
import { requireInteger, type Design } from './design';
import { MAX_SOBOL_DIMENSION, sobolSequence } from './sobolSequence';

export interface SaltelliOptions {
  /**
   * Draw the base matrices from this uniform source (A then B, row by row) instead of from
   * the Sobol sequence.
   */
  readonly uniform?: Uniform;
  /** Leading Sobol points to drop (default saltelliSkip(n)); ignored with `uniform`. */
  readonly skip?: number;
}

/**
 * Saltelli's (2010) design for Sobol indices. Points come in `baseRows` groups of k + 2, one
 * group per base row j, in this order:
 *
 *   A_j, B_j, A_B^(1)_j, ..., A_B^(k)_j
 *
 * where A_B^(i) is A with column i taken from B. Use `saltelliPointIndex` to find a point.
 */
export interface SaltelliDesign extends Design {
  /** n: rows of each base matrix. count = n·(k + 2). */
  readonly baseRows: number;
}

/** The block of A within a base row's group. */
export const SALTELLI_A = 0;
/** The block of B within a base row's group. */
export const SALTELLI_B = 1;
/** The block of A_B^(i) (factor i from 0) within a base row's group. */
export const saltelliMixedBlock = (i: number): number => 2 + i;

/** Index in the Saltelli order of base row j's point in `block` (SALTELLI_A, SALTELLI_B or saltelliMixedBlock(i)). */
export function saltelliPointIndex(k: number, j: number, block: number): number {
  return j * (k + 2) + block;
}

/**
 * The Sobol points a Saltelli design skips by default: the smallest power of two that is at least
 * n (and at least 2), so the base rows are points 2^m, 2^m + 1, … of the sequence. Starting at
 * point 1 instead (right after the zero point) makes the first base row (0.5, …, 0.5) in all 2k
 * coordinates, so its A and B are equal: a wasted row, which adds nothing to any index's
 * numerator while its outputs still count in the variance (how far that biases an index depends
 * on how far the centre's output lies from the mean). From 2^m the n points (n a power of two)
 * are a balanced block of the sequence, as its first 2^m points are and points 1 to n are not
 * (the practice SALib documents: skip a power of two). Beyond points 0 and 1, no point has A = B
 * with 2, 3, 4, 5, 10, 20 or 50 factors among the first 5,000; with one factor, the sequence's
 * first two coordinates coincide at points scattered along it (4, 5, 24, 25, …), and a one-factor
 * design is trivial anyway (its index is 1).
 */
export function saltelliSkip(n: number): number {
  let skip = 2; // never 1: a single base row is point 2, not the all-0.5 point 1
  while (skip < n) skip *= 2;
  return skip;
}

/**
 * Saltelli's design with n base rows in k factors: n·(k + 2) points. By default A and B are
 * the first and last k coordinates of a 2k-dimensional Sobol sequence from point saltelliSkip(n)
 * on (so k ≤ 50; n a power of two balances it best); with `uniform` they are independent uniform
 * draws (any k).
 */
export function saltelliDesign(n: number, k: number, options: SaltelliOptions = {}): SaltelliDesign {
  requireInteger('saltelliDesign: n', n, 1);
  requireInteger('saltelliDesign: k', k, 1);
  const base = new Float64Array(n * 2 * k); // row j: A_j then B_j
  if (options.uniform) {
    const u = options.uniform;
    for (let j = 0; j < n; j++) for (let d = 0; d < k; d++) base[j * 2 * k + d] = u();
    for (let j = 0; j < n; j++) for (let d = 0; d < k; d++) base[j * 2 * k + k + d] = u();
  } else {
    if (2 * k > MAX_SOBOL_DIMENSION) {
      throw new RangeError(
        `saltelliDesign: k = ${k} needs a ${2 * k}-dimensional Sobol sequence (at most ${MAX_SOBOL_DIMENSION}); pass a uniform source instead`,
      );
    }
    base.set(sobolSequence(n, 2 * k, { skip: options.skip ?? saltelliSkip(n) }).points);
  }

  const group = k + 2;
  const points = new Float64Array(n * group * k);
  for (let j = 0; j < n; j++) {
    const a = base.subarray(j * 2 * k, j * 2 * k + k);
    const b = base.subarray(j * 2 * k + k, (j + 1) * 2 * k);
    const at = (block: number) => saltelliPointIndex(k, j, block) * k;
    points.set(a, at(SALTELLI_A));
    points.set(b, at(SALTELLI_B));
    for (let i = 0; i < k; i++) {
      const row = at(saltelliMixedBlock(i));
      points.set(a, row);
      points[row + i] = b[i];
    }
  }
  return { points, count: n * group, dimension: k, baseRows: n };
}

/** A factor whose A and B samples in a Saltelli design coincide or correlate (see saltelliColumnOverlaps). */
export interface ColumnOverlap {
  /** The factor (from 0). */
  readonly dimension: number;
  /** Base rows in which its A and B values are the same: its A_B^(i) point is then A's, so the row adds nothing to its indices. */
  readonly equalRows: number;
  /** Pearson correlation of its A and B columns over the base rows (NaN for a column that does not vary). */
  readonly correlation: number;
}

/** Above this share of base rows with A = B in a factor, or from this |correlation| between its A and B columns, saltelliColumnOverlaps reports it. */
export const OVERLAP_EQUAL_SHARE = 0.25;
export const OVERLAP_CORRELATION = 0.5;

/**
 * The factors whose A and B columns are not the independent samples Saltelli's estimators assume:
 * equal in more than OVERLAP_EQUAL_SHARE of the base rows, or correlated by OVERLAP_CORRELATION or
 * more. At a few base rows the Sobol sequence's coordinates coincide (with 4 factors and 4 rows, the
 * first factor's A and B are equal in every row, so both its indices are exactly 0 whatever its
 * effect); from 64 rows, with up to 10 factors, none does.
 */
export function saltelliColumnOverlaps(design: SaltelliDesign): ColumnOverlap[] {
  const { baseRows: n, dimension: k } = design;
  return columnOverlaps(n, k, (j, i) => design.points[saltelliPointIndex(k, j, SALTELLI_A) * k + i], (j, i) => design.points[saltelliPointIndex(k, j, SALTELLI_B) * k + i]);
}

/**
 * The smallest number of base rows, a power of two above `rows` and at most `limit`, at which the
 * default Saltelli design in k factors (A and B from the Sobol sequence) has no column overlaps
 * (saltelliColumnOverlaps); undefined where none up to `limit` does. Builds only the base rows.
 */
export function overlapFreeBaseRows(k: number, rows: number, limit = 8192): number | undefined {
  requireInteger('overlapFreeBaseRows: k', k, 1);
  let n = 2;
  while (n <= rows) n *= 2;
  for (; n <= limit; n *= 2) {
    if (2 * k > MAX_SOBOL_DIMENSION) return undefined;
    const base = sobolSequence(n, 2 * k, { skip: saltelliSkip(n) }).points;
    const width = 2 * k;
    if (columnOverlaps(n, k, (j, i) => base[j * width + i], (j, i) => base[j * width + k + i]).length === 0) return n;
  }
  return undefined;
}

function columnOverlaps(n: number, k: number, a: (row: number, factor: number) => number, b: (row: number, factor: number) => number): ColumnOverlap[] {
  const overlaps: ColumnOverlap[] = [];
  for (let i = 0; i < k; i++) {
    let equal = 0;
    let sumA = 0;
    let sumB = 0;
    for (let j = 0; j < n; j++) {
      if (a(j, i) === b(j, i)) equal++;
      sumA += a(j, i);
      sumB += b(j, i);
    }
    let ab = 0;
    let aa = 0;
    let bb = 0;
    for (let j = 0; j < n; j++) {
      const x = a(j, i) - sumA / n;
      const y = b(j, i) - sumB / n;
      ab += x * y;
      aa += x * x;
      bb += y * y;
    }
    const correlation = ab / Math.sqrt(aa * bb);
    if (equal > OVERLAP_EQUAL_SHARE * n || Math.abs(correlation) >= OVERLAP_CORRELATION) overlaps.push({ dimension: i, equalRows: equal, correlation });
  }
  return overlaps;
}
