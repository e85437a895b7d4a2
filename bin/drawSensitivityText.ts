import type { MetricName } from '../models/metrics';
import { DRAW_SENSITIVITY_INTRO, drawSensitivityTable } from '../viz/report/drawSensitivityTable';
import { LABELS } from './format';
import { textTable } from './textTable';

/**
 * Under a comparison whose arms draw fields per replication (scenario.uncertainty): how each key
 * difference moves with each drawn value, so that a planner sees which unknown an effect rests on
 * ("" without drawn fields, or from too few replications).
 */
export function drawSensitivityText(comparison: string, draws: ReadonlyMap<string, ArrayLike<number>>, differences: (metric: MetricName) => ArrayLike<number>): string {
  const table = drawSensitivityTable(draws, differences, (metric) => LABELS[metric]);
  if (!table) return '';
  return `How ${comparison} moves with the drawn values: ${DRAW_SENSITIVITY_INTRO}.\n\n${textTable([table.header, ...table.rows])}\n`;
}
