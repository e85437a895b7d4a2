import type { TopLevelSpec } from 'vega-lite';
import type { SummaryDocument } from '../report/reportData';
import { KEY_METRICS } from './keyMetrics';
import { CONFIG, policyColor, type ArmTitle } from './theme';
import { isClear, isFewReps } from '../report/differences';
import { pairedVerdict } from '../report/verdictWords';
import type { MetricName } from '../../models/metrics';

/** A row of the forest: a key metric, or the whole team's yearly cost. */
type Measure = { readonly metric: string; readonly label: string; readonly format: string; readonly betterWhen: string };

/**
 * The whole team's yearly cost, after the cost per worker-year: a package that adds staff spreads
 * its cost over more workers, so its per-worker difference understates what the team pays.
 */
const TEAM_COST: Measure = { metric: 'teamCostPerYear', label: 'Cost per year, whole team ($)', format: ',.0f', betterWhen: 'lower' };

function measureLabel(k: Measure): string {
  return `${k.format === '.1%' ? `${k.label} (pct. points)` : k.label}, ${k.betterWhen} is better`;
}

/**
 * Chart 5: each package's paired difference from the baseline on the key metrics and the whole
 * team's yearly cost (results written before it was kept have none), with 90% ranges.
 */
export function forestSpec(summary: SummaryDocument, armTitle: ArmTitle = 'Package'): TopLevelSpec | undefined {
  const differences = summary.differences ?? [];
  if (differences.length === 0) return undefined;
  const baseline = differences[0].vs;
  const baselineLevel = (metric: string) => summary.policies.find((p) => p.policy === baseline)?.metrics[metric as MetricName]?.mean;
  const measures: readonly Measure[] = [...KEY_METRICS, ...(differences.every((d) => d.metrics[TEAM_COST.metric] !== undefined) ? [TEAM_COST] : [])];
  const values = differences.flatMap((d) =>
    measures.map((k) => {
      // Shares are shown in percentage points, so every axis reads in natural units.
      const scale = k.format === '.1%' ? 100 : 1;
      return {
        policy: d.policy,
        measure: measureLabel(k),
        mean: scale * d.metrics[k.metric].mean,
        p05: scale * d.metrics[k.metric].p05,
        p95: scale * d.metrics[k.metric].p95,
        clear: isClear(d.metrics[k.metric]),
        // The table's words: "better (lower) in 33 of 40 futures, the same in the other 7" read "within noise" here.
        verdict: pairedVerdict(k.metric as MetricName, d.metrics[k.metric], baselineLevel(k.metric), summary.reps),
      };
    }),
  );
  const policies = differences.map((d) => d.policy);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Difference from ${baseline}, by ${armTitle.toLowerCase()}`,
      subtitle: [
        isFewReps(summary.reps)
          ? `Paired by replication (same seeds): dot = mean difference, bar = from the smallest to the largest of the ${summary.reps} paired differences.`
          : 'Paired by replication (same seeds): dot = mean difference, bar = range holding 90% of the paired differences.',
        isFewReps(summary.reps)
          ? `A filled dot is an indicative difference (all ${summary.reps} futures agree in sign: too few replications to call it clear); a hollow dot is not (its bar reaches zero).`
          : "A filled dot is a clear difference; a hollow dot's bar reaches zero: some futures differ the other way, or not at all (its tooltip says how many, and whether the mean is clear on average).",
      ],
    },
    data: { values },
    facet: { row: { field: 'measure', type: 'nominal', title: null, sort: measures.map(measureLabel), header: { labelAngle: 0, labelAlign: 'left', labelLimit: 400, labelFontSize: 11 } } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 360,
      height: { step: 18 },
      layer: [
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
        {
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            y: { field: 'policy', type: 'nominal', title: null, sort: policies },
            x: { field: 'p05', type: 'quantitative', title: 'Difference from the baseline', axis: { tickCount: 5 } },
            x2: { field: 'p95' },
            color: { field: 'policy', type: 'nominal', legend: null, scale: policyColor([baseline, ...policies]) },
          },
        },
        {
          mark: { type: 'point', filled: false, size: 60, strokeWidth: 2, opacity: 1 },
          encoding: {
            y: { field: 'policy', type: 'nominal', sort: policies },
            x: { field: 'mean', type: 'quantitative' },
            color: { field: 'policy', type: 'nominal', legend: null, scale: policyColor([baseline, ...policies]) },
            fill: {
              condition: { test: 'datum.clear', field: 'policy', type: 'nominal', legend: null, scale: policyColor([baseline, ...policies]) },
              value: 'white',
            },
            tooltip: [
              { field: 'policy', title: armTitle },
              { field: 'measure', title: 'Measure' },
              { field: 'verdict', title: 'Verdict' },
              // Four significant digits: a clear difference far below one unit still shows it is not zero.
              { field: 'mean', title: 'Mean difference', format: ',.4~r' },
              { field: 'p05', title: '5th percentile', format: ',.4~r' },
              { field: 'p95', title: '95th percentile', format: ',.4~r' },
            ],
          },
        },
      ],
    },
    config: CONFIG,
  };
}
