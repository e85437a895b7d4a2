import type { TopLevelSpec } from 'vega-lite';
import type { SummaryDocument } from '../report/reportData';
import { CONFIG, policyColor, type ArmTitle } from './theme';

/** Chart 6: the cost-effectiveness plane: extra cost per worker-year against outcomes gained. */
export function costEffectivenessSpec(summary: SummaryDocument, armTitle: ArmTitle = 'Package'): TopLevelSpec | undefined {
  const differences = summary.differences ?? [];
  if (differences.length === 0) return undefined;
  const baseline = differences[0].vs;
  const values = differences.flatMap((d) => {
    const cost = d.metrics.costPerWorkerYear;
    const turnover = d.metrics.turnoverPerYear;
    const sts = d.metrics.highSTSShare;
    return [
      // Averted = minus the difference; the 90% range flips with it.
      { policy: d.policy, outcome: 'Separations averted per 100 worker-years', cost: cost.mean, costLow: cost.p05, costHigh: cost.p95, gain: -100 * turnover.mean, gainLow: -100 * turnover.p95, gainHigh: -100 * turnover.p05 },
      { policy: d.policy, outcome: 'High-STS share averted (percentage points)', cost: cost.mean, costLow: cost.p05, costHigh: cost.p95, gain: -100 * sts.mean, gainLow: -100 * sts.p95, gainHigh: -100 * sts.p05 },
    ];
  });
  const policies = [baseline, ...differences.map((d) => d.policy)];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Cost-effectiveness against ${baseline}`,
      subtitle: 'Extra cost per worker-year (right = costs more) against what it buys (up = better). Whiskers: ranges holding 90% of paired replications.',
    },
    data: { values },
    facet: { column: { field: 'outcome', type: 'nominal', title: null } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 300,
      height: 230,
      layer: [
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888' }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
        {
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'costLow', type: 'quantitative', title: 'Extra cost per worker-year ($)', axis: { format: '$~s', labelFlush: false } },
            x2: { field: 'costHigh' },
            y: { field: 'gain', type: 'quantitative', title: 'Gained vs baseline' },
            // The baseline keeps its colour in every chart but is the origin here, so the legend lists the others.
            color: { field: 'policy', type: 'nominal', title: armTitle, scale: policyColor(policies), legend: { values: policies.slice(1) } },
          },
        },
        {
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'cost', type: 'quantitative' },
            y: { field: 'gainLow', type: 'quantitative' },
            y2: { field: 'gainHigh' },
            color: { field: 'policy', type: 'nominal', scale: policyColor(policies) },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 90 },
          encoding: {
            x: { field: 'cost', type: 'quantitative' },
            y: { field: 'gain', type: 'quantitative' },
            color: { field: 'policy', type: 'nominal', scale: policyColor(policies) },
            tooltip: [
              { field: 'policy', title: armTitle },
              { field: 'outcome', title: 'Outcome' },
              { field: 'cost', title: 'Extra cost per worker-year', format: '$,.0f' },
              { field: 'gain', title: 'Gained', format: '.2f' },
            ],
          },
        },
      ],
    },
    config: CONFIG,
  };
}
