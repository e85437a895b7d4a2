import { signRange, summarize } from '../sim/stats/summary';

/**
 * Paired values closer than this share of the larger are counted as the same (a zero
 * difference): floating-point sums of the same costs in another order differ by about 1e-15 of
 * them, and no effect of a package is that small.
 */
export const SAME_WITHIN = 1e-9;

/** a − b, or 0 where the two are the same within SAME_WITHIN (the same sum in another order). */
export function differenceBeyondRounding(a: number, b: number): number {
  const x = a - b;
  return Math.abs(x) <= SAME_WITHIN * Math.max(Math.abs(a), Math.abs(b)) ? 0 : x;
}

/**
 * `mean`, the mean of the differences `values`, or 0 where it is within SAME_WITHIN of the largest
 * of them: differences that cancel (+3.0417 and −3.0417 departures a year, each itself a
 * subtraction) leave a residue of about 1e-16 of them, which, divided into a cost, put a
 * package's switch-over at $9×10¹⁹ a departure.
 */
export function meanBeyondRounding(mean: number, values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) > largest) largest = Math.abs(values[i]);
  return Math.abs(mean) <= SAME_WITHIN * largest ? 0 : mean;
}

/**
 * `sd`, the standard deviation of `values`, or 0 where it is within SAME_WITHIN of the largest of
 * them: differences that are all the same (1.1 in every replication, each itself a subtraction)
 * differ in their last digit, which left a spread of about 1e-16, printed as a standard error of
 * "0.000000" rather than 0.
 */
export function spreadBeyondRounding<T extends number | null>(sd: T, values: ArrayLike<number>): T | 0 {
  if (sd === null || sd !== sd) return sd;
  let largest = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) > largest) largest = Math.abs(values[i]);
  return (sd as number) <= SAME_WITHIN * largest ? 0 : sd;
}

/** One metric's paired difference across replications (see pairedDifference). */
export interface PairedDifference {
  readonly mean: number;
  /** Sample standard deviation of the paired differences; null from fewer than two. */
  readonly sd: number | null;
  /** Standard error of the mean difference, sd / √(replications paired); null from fewer than two. */
  readonly se: number | null;
  readonly p05: number;
  readonly p95: number;
  readonly positive: number;
  readonly zero: number;
  readonly negative: number;
}

/**
 * The paired difference a − b of values from the same replications: the mean, the spread of the
 * paired differences (sd) and the mean's standard error (se, the precision of the average effect,
 * which narrows with more replications while the range does not), the range holding
 * 90% of the paired differences by order statistics (signRange), which excludes zero exactly when
 * at least 95% of them have one sign, and how many of them are positive, zero and negative (a
 * package that never lowers a metric and raises it in a third of the futures is not clear, but not
 * "no difference either way"). Replications in which either value is NaN are left out, so the
 * three counts add up to the replications paired.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): PairedDifference {
  // Only the replications in which both have a value pair (a metric with nothing to measure in a
  // replication, such as a team with nobody in post, is NaN there).
  const d: number[] = [];
  // A difference within rounding of the values (a pay cost the same per worker, summed in
  // another order) counts as zero.
  let positive = 0;
  let zero = 0;
  let negative = 0;
  for (let r = 0; r < a.length; r++) {
    // Zero in the mean and the range too, not only in the counts: a rounding residue of 3e-12 in
    // every pair made a range that excludes zero, "costs more but small", shown as $0.0000000000.
    const x = differenceBeyondRounding(a[r], b[r]);
    if (x !== x) continue;
    d.push(x);
    if (x === 0) zero++;
    else if (x > 0) positive++;
    else negative++;
  }
  return { ...meanAndSeBeyondRounding(d), ...signRange(d), positive, zero, negative };
}

/**
 * The mean, standard deviation and standard error of the mean of paired values, each 0 where it is within SAME_WITHIN of
 * the largest value (meanBeyondRounding, spreadBeyondRounding): the one rule for every paired figure, analyze's paired
 * differences and compare's value for money and net benefit alike. With no value the three are NaN; with one, sd and se are null.
 */
export function meanAndSeBeyondRounding(values: readonly number[]): { mean: number; sd: number | null; se: number | null } {
  const { mean: sum, sd: spread } = summarize(values);
  const sd = spreadBeyondRounding(spread, values);
  return { mean: meanBeyondRounding(sum, values), sd, se: sd === null || sd !== sd ? sd : sd / Math.sqrt(values.length) };
}
