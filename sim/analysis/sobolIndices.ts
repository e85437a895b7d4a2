import { SALTELLI_A, SALTELLI_B, saltelliMixedBlock, saltelliPointIndex } from '../design/saltelli';
import { requireInteger } from '../design/design';
import type { Uniform } from '../random/stream';
import { quantile } from '../stats/summary';
import { square } from '../math/portableMath';

export interface SobolIndicesOptions {
  /** Bootstrap resamples for the confidence intervals (0: no intervals, all NaN). */
  readonly bootstrap: number;
  /** Uniform source for the resampling: n draws per resample. */
  readonly u: Uniform;
  /** Coverage of the percentile intervals (default 0.95). */
  readonly confidence?: number;
}

/** Lower and upper bounds per factor. */
export interface Intervals {
  readonly low: Float64Array;
  readonly high: Float64Array;
}

export interface SobolIndices {
  /** S_i, first-order (main-effect) index per factor. */
  readonly firstOrder: Float64Array;
  /** S_Ti, total-effect index per factor. */
  readonly total: Float64Array;
  readonly firstOrderInterval: Intervals;
  readonly totalInterval: Intervals;
  /** V, the output variance the indices are fractions of. */
  readonly variance: number;
  /**
   * The bootstrap resamples the intervals use: those whose outputs vary. A resample of base rows
   * whose outputs are all equal has no indices and is left out, so this is at most `bootstrap`.
   */
  readonly resamples: number;
  readonly confidence: number;
}

/**
 * Computes S_i and S_Ti over the base rows `rows` (an index may repeat, as in a bootstrap
 * resample) into `first` and `total`. Estimators, with V the variance (divisor 2n) of the
 * f(A) and f(B) outputs together and m their mean:
 *   S_i  = mean((f(B) − m) · (f(A_B^i) − f(A))) / V    (Saltelli et al. 2010, centred)
 *   S_Ti = mean((f(A) − f(A_B^i))²) / 2 / V            (Jansen 1999)
 * Centring f(B) leaves the expectation unchanged (f(A_B^i) − f(A) has mean 0) but removes a
 * term m · mean(f(A_B^i) − f(A)) whose noise grows with m² / V: for an output such as a ProQOL
 * score (mean 28, SD 2.6) it made the estimate of a factor with no effect swing by ±0.7.
 */
function estimate(y: Float64Array, k: number, rows: ArrayLike<number>, first: Float64Array, total: Float64Array): number {
  const n = rows.length;
  let sum = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (let r = 0; r < n; r++) {
    const j = rows[r];
    const fa = y[saltelliPointIndex(k, j, SALTELLI_A)];
    const fb = y[saltelliPointIndex(k, j, SALTELLI_B)];
    sum += fa + fb;
    lowest = Math.min(lowest, fa, fb);
    highest = Math.max(highest, fa, fb);
  }
  // Outputs at A and B that do not vary give no index, even where the mixed points' do: V is 0
  // (not the rounding of their sum's mean), and S_Ti would be a positive number over 0, an
  // infinite draw that took a bootstrap interval's upper end with it.
  if (!(highest > lowest)) {
    first.fill(NaN);
    total.fill(NaN);
    return 0;
  }
  const mean = sum / (2 * n);
  let squares = 0;
  for (let r = 0; r < n; r++) {
    const j = rows[r];
    squares += square(y[saltelliPointIndex(k, j, SALTELLI_A)] - mean) + square(y[saltelliPointIndex(k, j, SALTELLI_B)] - mean);
  }
  const variance = squares / (2 * n);
  first.fill(0);
  total.fill(0);
  for (let r = 0; r < n; r++) {
    const j = rows[r];
    const fa = y[saltelliPointIndex(k, j, SALTELLI_A)];
    const fb = y[saltelliPointIndex(k, j, SALTELLI_B)] - mean;
    for (let i = 0; i < k; i++) {
      const fab = y[saltelliPointIndex(k, j, saltelliMixedBlock(i))];
      first[i] += fb * (fab - fa);
      total[i] += square(fa - fab);
    }
  }
  for (let i = 0; i < k; i++) {
    first[i] /= n * variance;
    total[i] /= 2 * n * variance;
  }
  return variance;
}

/**
 * First-order and total Sobol indices from model outputs `y` at the points of a Saltelli
 * design with n base rows and k factors (y[p] is the output at point p, in the design's order),
 * with percentile bootstrap intervals that resample base rows (each resample re-estimates V).
 * Indices are NaN when the outputs at A and B do not vary; a resample whose outputs there do not
 * vary is left out of the intervals.
 */
export function sobolIndices(y: Float64Array, n: number, k: number, options: SobolIndicesOptions): SobolIndices {
  requireInteger('sobolIndices: n', n, 1);
  requireInteger('sobolIndices: k', k, 1);
  requireInteger('sobolIndices: bootstrap', options.bootstrap, 0);
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`sobolIndices: confidence must be in (0, 1) (got ${confidence})`);
  if (y.length !== n * (k + 2)) {
    throw new RangeError(`sobolIndices: expected n·(k + 2) = ${n * (k + 2)} outputs, got ${y.length}`);
  }

  const all = new Uint32Array(n);
  for (let j = 0; j < n; j++) all[j] = j;
  const firstOrder = new Float64Array(k);
  const total = new Float64Array(k);
  const variance = estimate(y, k, all, firstOrder, total);

  const replicates = options.bootstrap;
  const firstDraws = new Float64Array(replicates * k); // [factor][replicate]
  const totalDraws = new Float64Array(replicates * k);
  const rows = new Uint32Array(n);
  const first = new Float64Array(k);
  const tot = new Float64Array(k);
  let resamples = 0;
  for (let b = 0; b < replicates; b++) {
    for (let r = 0; r < n; r++) rows[r] = Math.min(n - 1, Math.floor(options.u() * n));
    if (estimate(y, k, rows, first, tot) > 0) resamples++;
    for (let i = 0; i < k; i++) {
      firstDraws[i * replicates + b] = first[i];
      totalDraws[i * replicates + b] = tot[i];
    }
  }

  const interval = (draws: Float64Array): Intervals => {
    const low = new Float64Array(k).fill(NaN);
    const high = new Float64Array(k).fill(NaN);
    for (let i = 0; i < k && replicates > 0; i++) {
      // A resample whose outputs do not vary gives no index (NaN, sorted last): its draw is left out.
      const sorted = draws.subarray(i * replicates, (i + 1) * replicates).sort();
      let drawn = sorted.length;
      while (drawn > 0 && sorted[drawn - 1] !== sorted[drawn - 1]) drawn--;
      low[i] = quantile(sorted.subarray(0, drawn), (1 - confidence) / 2);
      high[i] = quantile(sorted.subarray(0, drawn), (1 + confidence) / 2);
    }
    return { low, high };
  };

  return {
    firstOrder,
    total,
    firstOrderInterval: interval(firstDraws),
    totalInterval: interval(totalDraws),
    variance,
    resamples,
    confidence,
  };
}
