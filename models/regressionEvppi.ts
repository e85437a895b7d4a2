import type { SplineSmoother } from './splineSmoother';

// The single-parameter EVPPI by regression (Strong, Oakley and Brennan, Medical Decision Making
// 2014; 34:311–326): each package's net benefit against the first, future by future, is smoothed
// on the drawn value (models/splineSmoother.ts), and the fitted value stands in for its expected net
// benefit given the value. EVPPI = mean over futures of the best fitted value, less the best mean.

/**
 * EVPPI from `benefits[a][k]` (package a's net benefit in the future whose drawn value sits at the
 * smoother's k-th score), taken as mean_k max_a (f_ak − f_{a*}k) with a* the package with the highest
 * mean fit (the first of those tied): the same as mean_k max_a f_ak − max_a mean_k f_ak, never below 0,
 * and exactly 0 where a*'s fit is the highest in every future.
 */
export function regressionEvppi(smoother: SplineSmoother, benefits: readonly (readonly number[])[]): number {
  if (benefits.length < 2) return 0;
  const [reference] = benefits;
  const n = reference.length;
  if (n === 0) return 0;
  // Against the first package, whose own fit is then 0 in every future.
  const fits = benefits.map((arm, a) => (a === 0 ? new Float64Array(n) : smoother.fit(arm.map((b, k) => b - reference[k]))));
  const means = fits.map((f) => f.reduce((s, v) => s + v, 0));
  const top = means.indexOf(Math.max(...means));
  let sum = 0;
  for (let k = 0; k < n; k++) {
    let gain = 0;
    for (const f of fits) gain = Math.max(gain, f[k] - fits[top][k]);
    sum += gain;
  }
  return sum / n;
}
