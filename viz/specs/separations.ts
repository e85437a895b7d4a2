import type { TopLevelSpec } from 'vega-lite';
import type { SeparationCause } from '../report/reportData';
import type { SeparationReason } from '../../models/separationAttribution';
import { CONFIG, type ArmTitle } from './theme';

/**
 * The reasons in the report's words, in stacking order (reasons any worker has, separations.csv's `baseline`, last, grey). Shades of
 * purple, apart from the packages' palette, so that a reason is never read as a package; the
 * first months a pinker one, to stand apart from the grey beside it.
 */
const REASONS: readonly { readonly reason: SeparationReason; readonly label: string; readonly color: string }[] = [
  { reason: 'burnout', label: 'Burnout', color: '#3f007d' },
  { reason: 'compassion-fatigue', label: 'Compassion fatigue', color: '#6a51a3' },
  { reason: 'low-satisfaction', label: 'Compassion satisfaction short of full', color: '#807dba' },
  { reason: 'low-pay', label: 'Pay short of adequate', color: '#b4b1d6' },
  { reason: 'new-hire', label: 'The first months (new hire)', color: '#c994c7' },
  { reason: 'baseline', label: 'Reasons any worker has (no strain)', color: '#d9d9d9' },
];

/** Chart 9: why staff leave: separations per 100 worker-years, split among the hazard's terms, per package. */
export function separationsSpec(causes: readonly SeparationCause[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const label = new Map(REASONS.map((d) => [d.reason as string, d.label]));
  const order = new Map(REASONS.map((d, k) => [d.reason as string, k]));
  const values = causes.map((c) => ({ ...c, driver: label.get(c.reason) ?? c.reason, order: order.get(c.reason) ?? REASONS.length }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Why staff leave',
      subtitle: [
        'Separations per 100 worker-years in post, all replications pooled (the bars add up to about the turnover per year), each leaver',
        "split among the terms of their separation hazard. Reasons any worker has: the part of the hazard a reference worker carries anyway,",
        'one with no burnout or compassion fatigue, full compassion satisfaction, adequate pay and past the first months (leaving for reasons',
        "no package reaches). The rest goes to the terms that raise the leaver's log-hazard above the reference's, in proportion to how much each raises it:",
        'so satisfaction short of full counts the moderate band too, not only the ProQOL low band (≤ 22), and no package brings every term to 0.',
      ],
    },
    data: { values },
    width: 520,
    height: { step: 22 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'policy', type: 'nominal', title: armTitle, sort: [...policies], axis: { labelLimit: 300 } },
      x: { field: 'per100WorkerYears', type: 'quantitative', stack: 'zero', title: 'Separations per 100 worker-years' },
      color: { field: 'driver', type: 'nominal', title: 'Reason', scale: { domain: REASONS.map((d) => d.label), range: REASONS.map((d) => d.color) } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'policy', title: armTitle },
        { field: 'driver', title: 'Reason' },
        { field: 'per100WorkerYears', title: 'Per 100 worker-years', format: '.1f' },
        { field: 'separations', title: 'Separations (pooled, by share)', format: ',.1f' },
        { field: 'workerYears', title: 'Worker-years (pooled)', format: ',.0f' },
      ],
    },
    config: CONFIG,
  };
}
