import type { TopLevelSpec } from 'vega-lite';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';
import { CONFIG, PALETTE } from './theme';
import { parameterFigure, readableNumber } from './readableNumber';

/** A point's parameter values in one label ("28 · opt-out-support"), in the plan's order. */
const pointLabel = (point: Record<string, unknown>, parameters: readonly string[]) =>
  parameters.map((p) => (typeof point[p] === 'number' ? parameterFigure(point[p] as number) : String(point[p]))).join(' · ');

/** The colours of a difference: clear (its 90% range excludes 0) or not. */
const CLEAR = { domain: ['clearly higher', 'clearly lower', 'not clear'], range: [PALETTE[5], PALETTE[0], '#888888'] };

/**
 * A grid's paired differences from point 0 in one metric (cfsim analyze's `differences`): a row per
 * point, a dot at its mean difference and a bar over the 90% range of its paired differences,
 * coloured by whether that range excludes 0, beside a line at 0. The rows are in the points
 * table's order, labelled by their parameter values. Undefined where the analysis has none for it.
 */
export function pointDifferencesSpec(analysis: SweepAnalysis, parameters: readonly string[], metric: string): TopLevelSpec | undefined {
  const rows = analysis.differences?.metrics[metric];
  const points = analysis.points;
  if (!rows || !points || analysis.differences === undefined) return undefined;
  const vs = analysis.differences.vs;
  const values = rows
    .filter((d) => d.pairs > 0 && Number.isFinite(d.mean))
    .map((d) => ({
      point: `${d.point}: ${pointLabel(points[d.point], parameters)}`,
      mean: d.mean,
      low: d.p05,
      high: d.p95,
      pairs: d.pairs,
      clear: d.p05 > 0 ? 'clearly higher' : d.p95 < 0 ? 'clearly lower' : 'not clear',
      shownMean: readableNumber(d.mean, 4, 6),
      shownLow: readableNumber(d.p05, 4, 6),
      shownHigh: readableNumber(d.p95, 4, 6),
    }));
  if (values.length === 0) return undefined;
  const y = { field: 'point', type: 'nominal' as const, title: null, sort: null };
  const named = parameters.map((p) => `${p} ${pointLabel(points[vs], [p])}`).join(', ');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `${metric}: each point's paired difference from point ${vs}`,
      subtitle: [
        `Point ${vs}: ${named}. Rows: each other point, by ${parameters.join(' · ')}.`,
        'Dots: the mean difference over the replications both have (common random numbers);',
        'bars: the 90% range of the paired differences, coloured where it excludes 0 (clear).',
      ],
    },
    data: { values },
    width: 380,
    height: { step: 22 },
    layer: [
      { mark: { type: 'rule', color: '#444444', strokeDash: [4, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative', title: `Difference in ${metric}` }, x2: { field: 'high' }, color: { field: 'clear', type: 'nominal', scale: CLEAR, title: null } } },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y,
          x: { field: 'mean', type: 'quantitative' },
          color: { field: 'clear', type: 'nominal', scale: CLEAR, title: null },
          tooltip: [
            { field: 'point', title: 'Point' },
            { field: 'shownMean', title: `Difference in ${metric} (mean)` },
            { field: 'shownLow', title: '5th percentile of the paired differences' },
            { field: 'shownHigh', title: '95th percentile of the paired differences' },
            { field: 'pairs', title: 'Replications paired' },
          ],
        },
      },
    ],
    config: CONFIG,
  } as TopLevelSpec;
}
