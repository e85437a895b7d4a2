import { requireInteger, type Design } from './design';
import { directionLine, MAX_SOBOL_DIMENSION } from './joeKuo';

export { MAX_SOBOL_DIMENSION };

/** Bits per coordinate: the sequence has 2^32 points before it repeats. */
const BITS = 32;
const SCALE = 2 ** -BITS;

export interface SobolOptions {
  /**
   * How many leading points of the sequence to drop (default 1: the all-zero point, which is
   * a corner of the cube and breaks the balance of the rest). Row i of the result is point
   * `skip + i` of the sequence, counting the zero point as point 0.
   */
  readonly skip?: number;
}

const cache = new Map<number, Uint32Array>();

/** The 32 direction numbers v_1..v_32 of dimension d (index 0 unused), as 32-bit integers. */
function directionNumbers(d: number): Uint32Array {
  const cached = cache.get(d);
  if (cached) return cached;
  const v = new Uint32Array(BITS + 1);
  if (d === 1) {
    for (let b = 1; b <= BITS; b++) v[b] = 2 ** (BITS - b);
  } else {
    const { degree: s, coefficients: a, initial: m } = directionLine(d);
    for (let b = 1; b <= Math.min(s, BITS); b++) v[b] = m[b - 1] * 2 ** (BITS - b);
    // Bratley & Fox's recurrence from the primitive polynomial's coefficients.
    for (let b = s + 1; b <= BITS; b++) {
      let x = v[b - s] ^ (v[b - s] >>> s);
      for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= v[b - j];
      v[b] = x;
    }
  }
  cache.set(d, v);
  return v;
}

/** 1-based position of the lowest set bit of a positive 32-bit integer. */
function lowestSetBit(x: number): number {
  return 32 - Math.clz32(x & -x);
}

/**
 * The first `n` points (after `skip`, default 1) of the unscrambled Sobol sequence in k
 * dimensions, with Joe & Kuo's direction numbers (new-joe-kuo-6.21201), generated in Gray-code
 * order as Antonov & Saleev, Joe & Kuo and SciPy do: for k ≤ 3 the points are (0.5, 0.5, 0.5),
 * (0.75, 0.25, 0.25), (0.25, 0.75, 0.75), (0.375, 0.375, 0.625), ... Coordinates are multiples
 * of 2^-32 in [0, 1). Supports 1 ≤ k ≤ MAX_SOBOL_DIMENSION (100) and skip + n ≤ 2^32.
 * Balance is best when skip + n is a power of two (with skip 0) or n is one (with skip = n).
 */
export function sobolSequence(n: number, k: number, options: SobolOptions = {}): Design {
  const skip = options.skip ?? 1;
  requireInteger('sobolSequence: n', n, 0);
  requireInteger('sobolSequence: skip', skip, 0);
  requireInteger('sobolSequence: k', k, 1);
  if (k > MAX_SOBOL_DIMENSION) {
    throw new RangeError(
      `sobolSequence: dimension ${k} is above the ${MAX_SOBOL_DIMENSION} dimensions whose Joe–Kuo direction numbers are built in`,
    );
  }
  if (skip + n > 2 ** BITS) throw new RangeError(`sobolSequence: skip + n must be at most 2^${BITS}`);

  const directions = Array.from({ length: k }, (_, d) => directionNumbers(d + 1));
  // State at point `skip`: the XOR of the direction numbers of the set bits of gray(skip).
  const state = new Uint32Array(k);
  const gray = (skip ^ Math.floor(skip / 2)) >>> 0;
  for (let b = 1; b <= BITS; b++) {
    if (Math.floor(gray / 2 ** (b - 1)) % 2 === 1) for (let d = 0; d < k; d++) state[d] ^= directions[d][b];
  }

  const points = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < k; d++) points[i * k + d] = state[d] * SCALE;
    // Point p + 1 = point p XOR v_c, with c the lowest zero bit of p (the lowest set bit of p + 1).
    const c = lowestSetBit((skip + i + 1) >>> 0);
    for (let d = 0; d < k; d++) state[d] ^= directions[d][c];
  }
  return { points, count: n, dimension: k };
}
