import { square } from '../math/portableMath';

/** Spread of one metric across replications. */
export interface Summary {
  readonly mean: number;
  /** Sample standard deviation; null from one value, which has no spread to estimate. */
  readonly sd: number | null;
  /** 5th percentile (linear interpolation between order statistics). */
  readonly p05: number;
  /** 95th percentile. */
  readonly p95: number;
}

/** The values that are numbers (all of them, as the same array, when none is NaN). */
export function withoutNaN(values: ArrayLike<number>): ArrayLike<number> {
  let nan = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) nan++;
  if (nan === 0) return values;
  const out = new Float64Array(values.length - nan);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) out[k++] = values[i];
  return out;
}

/** The standard deviation of a population from its count, sum and sum of squares (0 for an empty one; never NaN from rounding). */
export function populationSd(n: number, sum: number, squares: number): number {
  if (n === 0) return 0;
  const mean = sum / n;
  return Math.sqrt(Math.max(0, squares / n - mean * mean));
}

/** Quantile by linear interpolation (Hyndman & Fan type 7, as R and NumPy default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Mean, sample standard deviation (null from one value) and 90% range of values (in any order).
 * NaN values (a replication whose metric had nothing to measure) are left out; with none left,
 * every figure is NaN.
 */
export function summarize(all: ArrayLike<number>): Summary {
  const values = withoutNaN(all);
  const n = values.length;
  if (n === 0) return { mean: NaN, sd: NaN, p05: NaN, p95: NaN };
  const sorted = Float64Array.from(values).sort();
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += square(values[i] - mean);
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, p05: quantile(sorted, 0.05), p95: quantile(sorted, 0.95) };
}

/**
 * The paired differences' 90% range: from the k-th smallest to the k-th largest value, with
 * k = ⌊0.05·n⌋ + 1, so it holds at least 90% of the values. Unlike interpolated percentiles
 * (which, from two values of opposite sign, can give a range on one side of zero), it excludes
 * zero exactly when at least 95% of the values lie on one side of zero: the rule a "clear"
 * difference is judged by.
 */
export function signRange(values: ArrayLike<number>): { p05: number; p95: number } {
  const n = values.length;
  if (n === 0) return { p05: NaN, p95: NaN };
  const sorted = Float64Array.from(values).sort();
  const k = signRangeRank(n);
  return { p05: sorted[k - 1], p95: sorted[n - k] };
}

/** The rank k of signRange's ends among n values: ⌊0.05·n⌋ + 1 (1, the smallest and the largest, for fewer than SIGN_RANGE_TRIMMED_FROM). */
export function signRangeRank(n: number): number {
  return Math.floor(0.05 * n) + 1;
}

/**
 * The fewest values whose signRange leaves out the most extreme value at each end (k > 1). With
 * fewer it runs from the smallest to the largest, so it excludes zero only when every value has
 * one sign: from 2 values that says little about whether 95% of them would.
 */
export const SIGN_RANGE_TRIMMED_FROM: number = (() => {
  let n = 1;
  while (signRangeRank(n) === 1) n++;
  return n;
})();
