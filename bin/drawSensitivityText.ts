import { drawSensitivity } from '../models/drawSensitivity';
import type { MetricName } from '../models/metrics';
import { differenceUnit } from '../viz/report/metricFormat';
import { LABELS } from './format';

// Under a comparison whose arms draw fields per replication (scenario.uncertainty): how each key
// difference moves with each drawn value, so that a planner sees which unknown an effect rests on.

/** The differences shown: the outcomes a package is chosen for. */
export const SENSITIVITY_METRICS: readonly MetricName[] = ['turnoverPerYear', 'teamCostPerYear', 'proqolSTS', 'proqolBO'];
/** Below this many paired replications, halves of a few futures each would show chance, not a trend: nothing is shown. */
export const MIN_SENSITIVITY_REPS = 10;

/** A difference as the comparison tables show it: "−3.6 pp", "+$94,497", "−1.2". */
function signed(metric: MetricName, value: number): string {
  const unit = differenceUnit(metric);
  const text = Math.abs(value * unit.scale).toLocaleString('en-US', { minimumFractionDigits: unit.decimals, maximumFractionDigits: unit.decimals });
  return `${/[1-9]/.test(text) ? (value > 0 ? '+' : '−') : ''}${unit.prefix}${text}${unit.suffix}`;
}

const short = (x: number) => String(Number(x.toPrecision(3)));

/**
 * The table for one comparison ("" from fewer than MIN_SENSITIVITY_REPS replications or without
 * drawn fields): a column per drawn field, headed by its median draw; in each cell the mean
 * paired difference in the replications that drew below and above it, and the rank correlation.
 */
export function drawSensitivityText(comparison: string, draws: ReadonlyMap<string, ArrayLike<number>>, differences: (metric: MetricName) => ArrayLike<number>): string {
  const fields = [...draws.keys()];
  const reps = fields.length > 0 ? draws.get(fields[0])!.length : 0;
  if (fields.length === 0 || reps < MIN_SENSITIVITY_REPS) return '';
  const rows = SENSITIVITY_METRICS.map((metric) => [
    LABELS[metric],
    ...fields.map((field) => {
      const s = drawSensitivity(draws.get(field)!, differences(metric));
      if (!s) return '–';
      return `${signed(metric, s.below.mean)} below, ${signed(metric, s.above.mean)} above; ρ ${s.rankCorrelation === null ? '–' : s.rankCorrelation.toFixed(2).replace('-', '−')}`;
    }),
  ]);
  const medians = fields.map((field) => drawSensitivity(draws.get(field)!, Array.from({ length: reps }, () => 0))!.median);
  const header = ['Outcome', ...fields.map((field, k) => `${field} (median ${short(medians[k])})`)];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) => cells.map((text, c) => text.padEnd(widths[c])).join('  ').trimEnd();
  return (
    `How ${comparison} moves with the drawn values: the mean paired difference in the replications that drew below and above each field's median draw, and ρ, the rank correlation of the difference with the draw (−1 to 1; near 0, no trend from these replications).\n\n` +
    [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') +
    '\n'
  );
}
