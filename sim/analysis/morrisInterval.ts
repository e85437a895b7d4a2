import { quantile } from '../stats/summary';

/**
 * The fewest trajectories for μ*'s interval: a resample of 2 or 3 trajectories has only a handful
 * of distinct means, so its percentile interval falls far short of 95% (with one trajectory it has
 * width 0, which reads as settled).
 */
export const MIN_MORRIS_INTERVAL_TRAJECTORIES = 5;

/**
 * Percentile bootstrap intervals of μ* (the mean absolute elementary effect) per factor, from the
 * effects of morrisIndices (trajectory-major, NaN where a step gave none): each resample draws r
 * trajectories with replacement from the uniform source `u` (resampling as SALib's mu_star_conf
 * does, which reports a normal half-width instead of percentiles) and re-averages each factor's
 * absolute effects over them. A resample in which a factor has no effect is left out of that
 * factor's interval; NaN bounds where none has one, with `bootstrap` 0, and from fewer than
 * MIN_MORRIS_INTERVAL_TRAJECTORIES trajectories. μ* from few trajectories is a mean of few
 * effects: the interval says how far it could move.
 */
export function morrisMuStarInterval(effects: Float64Array, r: number, k: number, bootstrap: number, u: () => number, confidence = 0.95): { low: Float64Array; high: Float64Array } {
  if (effects.length !== r * k) throw new RangeError(`morrisMuStarInterval: expected ${r * k} effects, got ${effects.length}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`morrisMuStarInterval: confidence must be in (0, 1) (got ${confidence})`);
  const low = new Float64Array(k).fill(NaN);
  const high = new Float64Array(k).fill(NaN);
  if (r < MIN_MORRIS_INTERVAL_TRAJECTORIES || bootstrap === 0) return { low, high };
  const draws = new Float64Array(bootstrap * k).fill(NaN); // [factor][resample]
  const sums = new Float64Array(k);
  const counts = new Uint32Array(k);
  for (let b = 0; b < bootstrap; b++) {
    sums.fill(0);
    counts.fill(0);
    for (let t = 0; t < r; t++) {
      const j = Math.min(r - 1, Math.floor(u() * r));
      for (let i = 0; i < k; i++) {
        const e = effects[j * k + i];
        if (e === e) {
          sums[i] += Math.abs(e);
          counts[i]++;
        }
      }
    }
    for (let i = 0; i < k; i++) if (counts[i] > 0) draws[i * bootstrap + b] = sums[i] / counts[i];
  }
  for (let i = 0; i < k; i++) {
    // NaN (no effect in the resample) sorts last: left out.
    const sorted = draws.subarray(i * bootstrap, (i + 1) * bootstrap).sort();
    let drawn = sorted.length;
    while (drawn > 0 && sorted[drawn - 1] !== sorted[drawn - 1]) drawn--;
    if (drawn === 0) continue;
    low[i] = quantile(sorted.subarray(0, drawn), (1 - confidence) / 2);
    high[i] = quantile(sorted.subarray(0, drawn), (1 + confidence) / 2);
  }
  return { low, high };
}
