import type { TopLevelSpec } from 'vega-lite';
import type { SeparationCause } from '../report/reportData';
import type { SeparationReason } from '../../models/turnover';
import { CONFIG, type ArmTitle } from './theme';

/**
 * The main drivers in the report's words, in stacking order. Shades of one hue, apart from the
 * packages' palette, so that a driver is never read as a package.
 */
const DRIVERS: readonly { readonly reason: SeparationReason; readonly label: string; readonly color: string }[] = [
  { reason: 'burnout', label: 'Burnout', color: '#3f007d' },
  { reason: 'compassion-fatigue', label: 'Compassion fatigue', color: '#807dba' },
  { reason: 'new-hire', label: 'The first months (new hire)', color: '#bcbddc' },
  { reason: 'other', label: 'No single driver named', color: '#d9d9d9' },
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
        "The main driver is the largest of the burnout, compassion-fatigue and first-months terms of the leaver's separation hazard, counted from a fixed reference",
        '(burnout and compassion fatigue of 0.35) and named only when it adds at least 0.25 to the log-hazard. Below that no driver is named, though moderate strain,',
        'low satisfaction and pay still raise the hazard: the grey bar shrinks under packages that lower them.',
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
