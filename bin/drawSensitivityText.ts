import type { MetricName } from '../models/metrics';
import { DRAW_SENSITIVITY_INTRO, drawSensitivityTable } from '../viz/report/drawSensitivityTable';
import { LABELS } from './format';

/**
 * Under a comparison whose arms draw fields per replication (scenario.uncertainty): how each key
 * difference moves with each drawn value, so that a planner sees which unknown an effect rests on
 * ("" without drawn fields, or from too few replications).
 */
export function drawSensitivityText(comparison: string, draws: ReadonlyMap<string, ArrayLike<number>>, differences: (metric: MetricName) => ArrayLike<number>): string {
  const table = drawSensitivityTable(draws, differences, (metric) => LABELS[metric]);
  if (!table) return '';
  const { header, rows } = table;
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) => cells.map((text, c) => text.padEnd(widths[c])).join('  ').trimEnd();
  return `How ${comparison} moves with the drawn values: ${DRAW_SENSITIVITY_INTRO}.\n\n${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
