import type { TopLevelSpec } from 'vega-lite';
import type { SummaryDocument } from '../report/reportData';
import { CONFIG, policyColor, type ArmTitle } from './theme';

/**
 * Chart 6: the cost-effectiveness plane: the extra cost against the outcomes gained. For the
 * whole team (the net cost per year against departures avoided per year, as value for money
 * reckons them), or, for results written before CFSim counted leavers per year (0.10.0), per
 * worker-year in post against separations averted per 100 worker-years.
 */
export function costEffectivenessSpec(summary: SummaryDocument, armTitle: ArmTitle = 'Package'): TopLevelSpec | undefined {
  const differences = summary.differences ?? [];
  if (differences.length === 0) return undefined;
  const baseline = differences[0].vs;
  const wholeTeam = differences.every((d) => d.metrics.teamCostPerYear !== undefined && d.metrics.leaversPerYear !== undefined);
  const costWords = wholeTeam ? 'Extra cost per year, whole team' : 'Extra cost per worker-year';
  const values = differences.flatMap((d) => {
    const cost = wholeTeam ? d.metrics.teamCostPerYear : d.metrics.costPerWorkerYear;
    const sts = d.metrics.highSTSShare;
    const costs = { policy: d.policy, cost: cost.mean, costLow: cost.p05, costHigh: cost.p95 };
    // Averted = minus the difference; the 90% range flips with it.
    const departures = wholeTeam
      ? { outcome: 'Departures avoided per year', gain: -d.metrics.leaversPerYear.mean, gainLow: -d.metrics.leaversPerYear.p95, gainHigh: -d.metrics.leaversPerYear.p05 }
      : { outcome: 'Separations averted per 100 worker-years', gain: -100 * d.metrics.turnoverPerYear.mean, gainLow: -100 * d.metrics.turnoverPerYear.p95, gainHigh: -100 * d.metrics.turnoverPerYear.p05 };
    return [
      { ...costs, ...departures },
      { ...costs, outcome: 'High-STS share averted (percentage points)', gain: -100 * sts.mean, gainLow: -100 * sts.p95, gainHigh: -100 * sts.p05 },
    ];
  });
  const policies = [baseline, ...differences.map((d) => d.policy)];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Cost-effectiveness against ${baseline}`,
      subtitle: `${costWords} (right = costs more) against what it buys (up = better). Whiskers: ranges holding 90% of paired replications.`,
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
            x: { field: 'costLow', type: 'quantitative', title: `${costWords} ($)`, axis: { format: '$~s', labelFlush: false } },
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
              { field: 'cost', title: costWords, format: '$,.0f' },
              { field: 'gain', title: 'Gained', format: '.2f' },
            ],
          },
        },
      ],
    },
    config: CONFIG,
  };
}
