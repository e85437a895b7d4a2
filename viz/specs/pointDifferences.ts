import type { TopLevelSpec } from 'vega-lite';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';
import type { MetricName } from '../../models/metrics';
import { CONFIG, PALETTE } from './theme';
import { metricFigure, parameterFigure } from './readableNumber';
import { isFewReps } from '../report/differences';
import { pairedVerdict } from '../report/verdictWords';
import { SIGN_RANGE_TRIMMED_FROM } from '../../sim/stats/summary';
import { inSentence, metricLabel, namesLine, parameterLabels, titleLines } from './readableNames';
import { subtitleLines } from './subtitleLines';
import { flatDomain, flatValue } from './sweep';

/** A point's parameter values in one label ("28 · opt-out-support"), in the plan's order. */
const pointLabel = (point: Record<string, unknown>, parameters: readonly string[]) =>
  parameters.map((p) => (typeof point[p] === 'number' ? parameterFigure(point[p] as number) : String(point[p]))).join(' · ');

/**
 * The colours of a difference: clear (its 90% range excludes 0), indicative (its range excludes 0,
 * but from fewer than 20 pairs, as analyze's verdicts say: see isFewReps), or neither.
 */
const KINDS: readonly (readonly [string, string])[] = [
  ['clearly higher', PALETTE[5]],
  ['clearly lower', PALETTE[0]],
  ['indicatively higher', PALETTE[1]],
  ['indicatively lower', PALETTE[4]],
  ['not clear', '#888888'],
];

/** Where a difference's range lies: on one side of 0 (clearly, or from few pairs indicatively) or across it. */
const kindOf = (d: { p05: number; p95: number; pairs: number }) =>
  d.p05 > 0 || d.p95 < 0 ? `${isFewReps(d.pairs) ? 'indicatively' : 'clearly'} ${d.p05 > 0 ? 'higher' : 'lower'}` : 'not clear';

/** `items` joined by `separator` after `lead`, in lines of at most `width` characters where the items allow: long parameter paths on one line made the chart far wider than its plot. */
function wrapped(lead: string, items: readonly string[], separator: string, end: string, width = 90): string[] {
  const lines: string[] = [];
  let line = lead;
  items.forEach((item, i) => {
    const piece = `${item}${i === items.length - 1 ? end : separator}`;
    if (line !== lead && `${line}${piece}`.trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  });
  return [...lines, line.trimEnd()];
}

/**
 * A grid's paired differences from point 0 in one metric (cfsim analyze's `differences`): a row per
 * point, a dot at its mean difference and a bar over the 90% range of its paired differences,
 * coloured by whether that range excludes 0 (clear, or from few pairs indicative, as analyze's
 * verdicts say), beside a line at 0; the tooltip gives analyze's verdict. The rows are in the points
 * table's order, labelled by their parameter values. Undefined where the analysis has none for it.
 */
export function pointDifferencesSpec(analysis: SweepAnalysis, parameters: readonly string[], metric: string): TopLevelSpec | undefined {
  const rows = analysis.differences?.metrics[metric];
  const points = analysis.points;
  if (!rows || !points || analysis.differences === undefined) return undefined;
  const vs = analysis.differences.vs;
  const baseline = points[vs][`${metric}.mean`];
  const values = rows
    .filter((d) => d.pairs > 0 && Number.isFinite(d.mean))
    .map((d) => ({
      point: `${d.point}: ${pointLabel(points[d.point], parameters)}`,
      mean: d.mean,
      low: d.p05,
      high: d.p95,
      pairs: d.pairs,
      clear: kindOf(d),
      verdict: pairedVerdict(metric as MetricName, d, typeof baseline === 'number' ? baseline : undefined, d.pairs),
      shownMean: metricFigure(d.mean),
      shownLow: metricFigure(d.p05),
      shownHigh: metricFigure(d.p95),
    }));
  if (values.length === 0) return undefined;
  const y = { field: 'point', type: 'nominal' as const, title: null, sort: null };
  // Every difference the same (0 where a parameter leaves the metric be): an axis padded around it, as a flat response's; left to Vega, its one tick read "0.000000".
  const flat = flatValue(values);
  // Readable names in the title, subtitle, axis and tooltip; the plan's paths on the subtitle's last lines.
  const labels = parameterLabels(parameters);
  const metricName = metricLabel(metric);
  const named = parameters.map((p) => `${inSentence(labels.get(p)!)} ${pointLabel(points[vs], [p])}`);
  const names = namesLine([['rows:', parameters.join(' · '), parameters.map((p) => labels.get(p)).join(' · ')], ['difference in', metric, metricName]]);
  const few = values.some((v) => isFewReps(v.pairs));
  // A shard's folder or a partial merge can hold none of point 0's replications of a point.
  const unpaired = rows.filter((d) => !(d.pairs > 0 && Number.isFinite(d.mean))).map((d) => d.point);
  const kinds = KINDS.filter(([kind]) => values.some((v) => v.clear === kind));
  const colour = { field: 'clear', type: 'nominal' as const, scale: { domain: kinds.map(([kind]) => kind), range: kinds.map(([, c]) => c) }, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      // About 9 px a character of the chart's 15 px bold title (CONFIG).
      text: titleLines(`${metricName}: each point's paired difference from point ${vs}`, 640, 9),
      subtitle: [
        // A name longer than a line is broken at its spaces.
        ...subtitleLines(wrapped(`Point ${vs}: `, named, ', ', '.'), 90),
        ...subtitleLines(wrapped('Rows: each other point, by ', parameters.map((p) => inSentence(labels.get(p)!)), ' · ', '.'), 90),
        'Dots: the mean difference over the replications both have (common random numbers);',
        ...(few
          ? [`bars: the 90% range of the paired differences (under ${SIGN_RANGE_TRIMMED_FROM} pairs, smallest to largest),`, `coloured where it excludes 0: clear, or indicative from fewer than ${SIGN_RANGE_TRIMMED_FROM} pairs.`]
          : ['bars: the 90% range of the paired differences, coloured where it excludes 0 (clear).']),
        ...(unpaired.length > 0 ? wrapped(`Not shown: no replication with a value pairs with point ${vs}'s at point${unpaired.length === 1 ? '' : 's'} `, unpaired.map(String), ', ', '.') : []),
        ...(names ? subtitleLines([names], 90) : []),
      ],
    },
    data: { values },
    width: 380,
    height: { step: 22 },
    layer: [
      { mark: { type: 'rule', color: '#444444', strokeDash: [4, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative', title: titleLines(`Difference in ${inSentence(metricName)}`, 380), ...(flat === undefined ? {} : { scale: { domain: flatDomain(flat), nice: true } }) }, x2: { field: 'high' }, color: colour } },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y,
          x: { field: 'mean', type: 'quantitative' },
          color: colour,
          tooltip: [
            { field: 'point', title: 'Point' },
            { field: 'verdict', title: 'Verdict' },
            { field: 'shownMean', title: `Difference in ${inSentence(metricName)} (mean)` },
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
