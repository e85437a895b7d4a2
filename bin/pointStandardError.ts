import { spreadBeyondRounding } from '../models/pairedDifference';
import { withoutNaN } from '../sim/stats/summary';

/**
 * A points table's `METRIC.se`: the standard error of a point's mean over its runs with a value (sd / √runs; NaN, null in
 * JSON, from fewer than two). The p05–p95 range is the runs' spread, not the mean's precision. Runs all alike but for
 * their last digit have no spread: 0, by the rule of analyze's paired differences, not a residue printed as 0.000000.
 * `sd` is the runs' standard deviation as summarize gives it (null from one run), which the points table has just
 * computed for the same runs: taken, not summarized again.
 */
export function pointStandardError(runs: readonly number[], sd: number | null): number {
  const measured = withoutNaN(runs);
  return sd === null || sd !== sd ? NaN : spreadBeyondRounding(sd, measured) / Math.sqrt(measured.length);
}
