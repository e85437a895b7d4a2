import type { Uniform } from './stream';
import { exp, log } from '../math/portableMath';

// Samplers take an injected uniform source (as d3-random does). The Poisson sampler used in the
// daily loop consumes exactly one uniform whatever its rate, so each stream is consumed in a
// fixed pattern per seat and day: that keeps common random numbers aligned across policies.

const EXP_LIMIT = 600; // below e^-600 the inverse-CDF recursion underflows
/** Far above the rounding error of a cumulative probability computed in doubles (~1e-16). */
const ROUNDING_MARGIN = 1e-12;

/**
 * Poisson count by inversion of one uniform `u` (the same count as poissonByInversion, faster
 * for small rates). Monotone in the rate for a fixed `u`, so a higher rate never yields fewer
 * events on the same draw (a monotone coupling between runs).
 */
export function poissonFromUniform(u: number, rate: number): number {
  if (rate <= 0) return 0;
  if (rate < 1) {
    // Fast exact paths for counts of 0 and 1, without the exponential. The Taylor series of
    // e^-rate alternates with shrinking terms, so cutting it after the rate³ term bounds e^-rate
    // from below and adding the rate⁴ term bounds it from above:
    //   lower ≤ P(0) = e^-rate ≤ lower + rate⁴/24,   lower·(1 + rate) ≤ P(≤1) = e^-rate·(1 + rate).
    // A uniform clear of those bounds (by far more than the rounding of either computation) has
    // the count the inversion gives, so the result always equals poissonByInversion's; only the
    // uniforms near a bound pay for the exponential. Most counts are 0, and e^-rate > 1 − rate decides
    // most of those with one comparison against 1 − rate before the series is computed.
    if (u <= 1 - rate - ROUNDING_MARGIN) return 0;
    const lower = 1 - rate * (1 - rate * (0.5 - rate * (1 / 6)));
    if (u <= lower - ROUNDING_MARGIN) return 0;
    const rate2 = rate * rate;
    if (u > lower + rate2 * rate2 * (1 / 24) + ROUNDING_MARGIN && u <= lower * (1 + rate) - ROUNDING_MARGIN) return 1;
  }
  return poissonByInversion(u, rate);
}

/**
 * The general case of poissonFromUniform: inversion by the recursion p(k) = p(k−1)·rate/k. Kept
 * apart so that the fast paths above stay small enough to be compiled inline where they are used.
 */
export function poissonByInversion(u: number, rate: number): number {
  if (rate <= 0) return 0;
  if (rate > EXP_LIMIT / 2) {
    // Normal approximation for very large rates (never reached with documented ranges).
    return Math.max(0, Math.round(rate + Math.sqrt(rate) * normalQuantile(u)));
  }
  let p = exp(-rate);
  let cdf = p;
  let k = 0;
  while (u > cdf && k < 10_000) {
    k++;
    p *= rate / k;
    cdf += p;
    if (p === 0) break;
  }
  return k;
}

/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
const ACKLAM_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const ACKLAM_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const ACKLAM_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

export function normalQuantile(p: number): number {
  const q = p <= 0 ? 1e-300 : p >= 1 ? 1 - 1e-16 : p;
  const a = ACKLAM_A;
  const b = ACKLAM_B;
  const c = ACKLAM_C;
  const d = ACKLAM_D;
  const low = 0.02425;
  if (q < low) {
    const r = Math.sqrt(-2 * log(q));
    return (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
  }
  if (q > 1 - low) {
    const r = Math.sqrt(-2 * log(1 - q));
    return -(((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
  }
  const r = q - 0.5;
  const s = r * r;
  return ((((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r) / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
}

/** A normal draw from one uniform (inversion), so the draw count stays fixed. */
export function normal(uniform: Uniform, mean: number, sd: number): number {
  return mean + sd * normalQuantile(uniform());
}

/**
 * m(1 - m) at m = 0.1 and 0.9: below it the logit-scale spread stops growing. The delta method's
 * sd / (m(1 - m)) grows without bound toward 0 and 1, and nearer them than about 0.05 it splits the draws
 * between the two ends (a level of 0 gave a mean of 0.5).
 */
const EDGE_VARIANCE = 0.09;

/**
 * A draw on (0, 1) around `mean` with about the given standard deviation: a logit-normal whose
 * median is `mean` (within 0.001-0.999) and whose logit-scale SD is sd / max(m(1 - m), 0.09), so
 * that from 0.1 to 0.9 it matches the mean and sd closely enough for trait distributions, and
 * nearer the ends it stays near `mean`. One uniform per draw.
 */
export function unitInterval(uniform: Uniform, mean: number, sd: number): number {
  const q = normalQuantile(uniform()); // drawn even when sd is 0, so the draw count never varies
  if (sd <= 0) return mean;
  const m = Math.min(0.999, Math.max(0.001, mean));
  const centre = log(m / (1 - m));
  const spread = sd / Math.max(m * (1 - m), EDGE_VARIANCE);
  const z = centre + spread * q;
  return 1 / (1 + exp(-z));
}

/** True with probability p, one uniform. */
export function bernoulli(uniform: Uniform, p: number): boolean {
  return uniform() < p;
}

/** An index drawn in proportion to non-negative weights (which need not sum to one). */
export function categorical(uniform: Uniform, weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  let target = uniform() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** A value from the triangular distribution on [min, max] peaking at mode, from one uniform (inversion). */
export function triangularFromUniform(u: number, min: number, mode: number, max: number): number {
  const width = max - min;
  return u * width < mode - min ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
}
