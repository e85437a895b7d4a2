import type { TopLevelSpec } from 'vega-lite';
import type { SeparationCause } from '../report/reportData';
import type { SeparationReason } from '../../models/turnover';
import { CONFIG, type ArmTitle } from './theme';

/** The main drivers in the report's words, in stacking order. */
const DRIVERS: readonly { readonly reason: SeparationReason; readonly label: string; readonly color: string }[] = [
  { reason: 'burnout', label: 'Burnout', color: '#D55E00' },
  { reason: 'compassion-fatigue', label: 'Compassion fatigue', color: '#CC79A7' },
  { reason: 'new-hire', label: 'The first months (new hire)', color: '#56B4E9' },
  { reason: 'other', label: 'Other (none of the three stands out)', color: '#999999' },
];

/** Chart 9: why staff leave: separations per 100 worker-years, by main driver, per package. */
export function separationsSpec(causes: readonly SeparationCause[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const label = new Map(DRIVERS.map((d) => [d.reason as string, d.label]));
  const order = new Map(DRIVERS.map((d, k) => [d.reason as string, k]));
  const values = causes.map((c) => ({ ...c, driver: label.get(c.reason) ?? c.reason, order: order.get(c.reason) ?? DRIVERS.length }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Why staff leave',
      subtitle: [
        'Separations per 100 worker-years in post, by main driver, all replications pooled (the bars add up to about the turnover per year).',
        "The main driver is the largest of the burnout, compassion-fatigue and first-months terms of the leaver's separation hazard, beyond an average worker's.",
      ],
    },
    data: { values },
    width: 520,
    height: { step: 22 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'policy', type: 'nominal', title: armTitle, sort: [...policies], axis: { labelLimit: 300 } },
      x: { field: 'per100WorkerYears', type: 'quantitative', stack: 'zero', title: 'Separations per 100 worker-years' },
      color: { field: 'driver', type: 'nominal', title: 'Main driver', scale: { domain: DRIVERS.map((d) => d.label), range: DRIVERS.map((d) => d.color) } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'policy', title: armTitle },
        { field: 'driver', title: 'Main driver' },
        { field: 'per100WorkerYears', title: 'Per 100 worker-years', format: '.1f' },
        { field: 'separations', title: 'Separations (pooled)' },
        { field: 'workerYears', title: 'Worker-years (pooled)', format: ',.0f' },
      ],
    },
    config: CONFIG,
  };
}
