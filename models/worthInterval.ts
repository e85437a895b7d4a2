import { exp, log } from '../sim/math/portableMath';
import type { AcceptabilityStep } from './valueForMoney';

// How precisely a run's futures place a value-for-money threshold ("in at least half of them from
// $48,200"): the threshold is where the share of futures ahead reaches the share, and that share
// is itself counted from n futures. At the true threshold the count ahead is Binomial(n, share),
// so the values at which the observed count first reaches that binomial's 5th and 95th
// percentiles bound it with at least 90% confidence, whatever the futures' distribution (the
// order-statistic interval of a quantile). Said only of a threshold from a value with no end: the
// share curve of a package ahead in some futures only below a value has no single threshold.

/** The two-sided confidence of the interval. */
export const WORTH_INTERVAL_LEVEL = 0.9;

/** A threshold's 90% interval; a side is null where the futures are too few to bound it. */
export interface WorthInterval {
  readonly low: number | null;
  readonly high: number | null;
}

/** The counts `[low, high]` of n futures whose first reaching bounds the `share` threshold: P(K ≥ low) ≥ 95% and P(K < high) ≥ 95%, K ~ Binomial(n, share). */
export function binomialBoundCounts(n: number, share: number): [number, number] {
  const tail = (1 - WORTH_INTERVAL_LEVEL) / 2;
  const logP = log(share);
  const logQ = log(1 - share);
  let logChoose = 0;
  let cdf = 0;
  let low = 0;
  let high = n + 1;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += log(n - k + 1) - log(k);
    cdf += exp(logChoose + k * logP + (n - k) * logQ);
    // cdf = P(K ≤ k): the count k + 1 is reached with probability 1 − cdf.
    if (cdf <= tail) low = k + 1;
    if (cdf >= 1 - tail) {
      high = k + 1;
      break;
    }
  }
  return [low, high];
}

/** The value from which the steps' share stays at or above count / n with no end; null where the last step's is below it. */
function reachedFrom(steps: readonly AcceptabilityStep[], count: number, n: number): number | null {
  const share = count / n;
  let from: number | null = null;
  for (const step of steps) from = step.share >= share ? (from ?? step.from) : null;
  return from;
}

/**
 * The 90% interval of the threshold from which a package is ahead in at least `share` of `n`
 * futures (steps: its acceptability curve). A side the futures cannot bound (the count it needs is
 * 0 or above n, or is never reached for good) is null.
 */
export function worthInterval(steps: readonly AcceptabilityStep[], share: number, n: number): WorthInterval {
  const [low, high] = binomialBoundCounts(n, share);
  return { low: low >= 1 ? reachedFrom(steps, low, n) : null, high: high <= n ? reachedFrom(steps, high, n) : null };
}
