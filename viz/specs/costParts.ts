import type { TopLevelSpec } from 'vega-lite';
import { COST_PARTS } from '../../models/costParts';
import type { CostPartMean } from '../report/costParts';
import { formatValue } from '../report/metricFormat';
import { CONFIG, type ArmTitle } from './theme';
import { subtitleLines } from './subtitleLines';

/**
 * The parts' colours, in stacking order: shades of orange for what a package buys, greys for what
 * leavers and absence cost, and a pale teal for what vacant seats save (drawn left of zero); apart
 * from the packages' palette, so that a part is never read as a package.
 */
const COLORS = ['#7f2704', '#d94801', '#fd8d3c', '#fdd0a2', '#525252', '#bdbdbd', '#99d8c9'] as const;

/**
 * Chart 10: what the cost is made of: each package's cost per worker-year, stacked by part (the
 * vacancy part, a saving, to the left of zero). Results written before the vacancy part have six.
 */
export function costPartsSpec(parts: readonly CostPartMean[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const order = new Map<string, number>(COST_PARTS.map((p, k) => [p.metric, k]));
  const shown = COST_PARTS.filter((p) => parts.some((m) => m.part === p.metric));
  const values = parts.map((p) => ({ ...p, order: order.get(p.part) ?? COST_PARTS.length }));
  // The total is written past the bar's right end: the positive parts reach beyond it when vacant seats save something.
  const totals = policies.map((policy) => {
    const own = parts.filter((p) => p.policy === policy);
    const saved = own.some((p) => p.perWorkerYear < 0);
    const total = own[0]?.total ?? 0;
    return { policy, total, end: own.reduce((sum, p) => sum + Math.max(0, p.perWorkerYear), 0), text: `${saved ? 'net ' : ''}${formatValue('costPerWorkerYear', total)}` };
  });
  const anySaved = parts.some((p) => p.perWorkerYear < 0);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'What the cost is made of',
      subtitle: subtitleLines([
        `Cost per worker-year in post, mean over replications, in ${shown.length} parts that add up to the cost per worker-year in the table (the figure after each bar${anySaved ? ': net, the parts right of zero less the saving left of it' : ''}).`,
        `Orange: what the package buys; grey: what leavers and absence cost${shown.length === COST_PARTS.length ? '; teal, left of zero: what vacant seats save' : ''}. Base salaries of the funded seats at full staffing are not counted.`,
        ...shown.map((p) => `${p.label}: ${p.counts}.`),
      ]),
    },
    data: { values },
    width: 520,
    height: { step: 22 },
    encoding: { y: { field: 'policy', type: 'nominal', title: armTitle, sort: [...policies], axis: { labelLimit: 300 } } },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'perWorkerYear', type: 'quantitative', stack: 'zero', title: 'Cost per worker-year ($)', axis: { format: '$,.0f', tickCount: 4 } },
          color: { field: 'label', type: 'nominal', title: 'Part', scale: { domain: shown.map((p) => p.label), range: shown.map((p) => COLORS[COST_PARTS.indexOf(p)]) } },
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            { field: 'policy', title: armTitle },
            { field: 'label', title: 'Part' },
            { field: 'perWorkerYear', title: 'Per worker-year', format: '$,.0f' },
            { field: 'total', title: 'Cost per worker-year', format: '$,.0f' },
          ],
        },
      },
      {
        data: { values: totals },
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { x: { field: 'end', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
    config: CONFIG,
  };
}
