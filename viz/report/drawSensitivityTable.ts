import { drawSensitivity, MIN_SENSITIVITY_REPS, SENSITIVITY_METRICS } from '../../models/drawSensitivity';
import type { MetricName } from '../../models/metrics';
import { signedDifference } from './metricFormat';

// The table, for the terminal and the report, of how a comparison's key differences move with the
// values its replications drew (scenario.uncertainty; models/drawSensitivity.ts).

/** What the table shows, before it. */
export const DRAW_SENSITIVITY_INTRO =
  "the mean paired difference in the replications that drew below and above each field's median draw, and ρ, the rank correlation of the difference with the draw (−1 to 1; near 0, no trend from these replications; \"within noise\" where chance alone gives a ρ that large in more than 5% of samples of this many replications)";

const short = (x: number) => String(Number(x.toPrecision(3)));

/**
 * The header (Outcome, then each drawn field with its median draw) and a row per key metric, each
 * cell "−3.6 pp below, −13.2 pp above; ρ −0.63"; undefined without drawn fields or from fewer than
 * MIN_SENSITIVITY_REPS replications. `draws` holds each field's value in each replication, and
 * `differences(metric)` each replication's paired difference.
 */
export function drawSensitivityTable(
  draws: ReadonlyMap<string, ArrayLike<number>>,
  differences: (metric: MetricName) => ArrayLike<number>,
  label: (metric: MetricName) => string,
): { header: string[]; rows: string[][] } | undefined {
  const fields = [...draws.keys()];
  const reps = fields.length > 0 ? draws.get(fields[0])!.length : 0;
  if (fields.length === 0 || reps < MIN_SENSITIVITY_REPS) return undefined;
  const medians = fields.map((field) => drawSensitivity(draws.get(field)!, new Float64Array(reps))!.median);
  const rows = SENSITIVITY_METRICS.map((metric) => [
    label(metric),
    ...fields.map((field) => {
      const s = drawSensitivity(draws.get(field)!, differences(metric));
      if (!s) return '–';
      const rho = s.rankCorrelation === null ? '–' : `${s.rankCorrelation.toFixed(2).replace('-', '−')}${Math.abs(s.rankCorrelation) < s.noise ? ' (within noise)' : ''}`;
      return `${signedDifference(metric, s.below.mean)} below, ${signedDifference(metric, s.above.mean)} above; ρ ${rho}`;
    }),
  ]);
  return { header: ['Outcome', ...fields.map((field, k) => `${field} (median ${short(medians[k])})`)], rows };
}
