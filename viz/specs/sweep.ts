import type { TopLevelSpec } from 'vega-lite';
import { sobolRanked } from '../../scenarios/sweepAnalysis';
import { CONFIG, PALETTE } from './theme';
import { correlationFigure, metricFigure, parameterFigure } from './readableNumber';
import type { SobolNoIndices } from '../../sim/analysis/sobolNoIndices';
import { inSentence, metricLabel, namesLine, PANEL_HEADER, panelLabel, parameterLabel, parameterLabels, ROW_LABEL_AXIS, rowLabel, rowLines, titleLines } from './readableNames';
import { subtitleLines } from './subtitleLines';
import { linesWithin } from './fittedLines';
import { morrisLabelPlaces, niceEnd } from './morrisLabelPlaces';
import { dejaVuWidth } from '../report/textWidth';
import { isWholeNumberParameter } from './wholeNumberParameter';

// Charts of a sweep analysis (cfsim analyze): index bars with intervals, Morris μ*–σ planes,
// heatmaps over two parameters and, for a sweep of one parameter, the metric against it.

type SobolRow = { parameter: string; S1: number; S1low: number; S1high: number; ST: number; STlow: number; SThigh: number };
type MorrisRow = { parameter: string; mu: number; muStar: number; muStarLow?: number; muStarHigh?: number; sigma: number };

/** About how wide a character of a chart's title is (15 px bold: CONFIG), in pixels. */
const CHART_TITLE_CHARACTER_PX = 9;

/** A chart's title's and subtitle's font sizes, in pixels (CONFIG). */
const [CHART_TITLE_FONT_PX, SUBTITLE_FONT_PX] = [15, 12];

/** The least room a y axis takes left of its plot, in pixels (its title, labels and ticks): the title starts there, so lines this much wider than the plot still end within it. */
const Y_AXIS_LEAST_PX = 40;

/** One line as a plain string, more as a list (Vega draws a list one line under another). */
const oneOrLines = (lines: readonly string[]): string | string[] => (lines.length === 1 ? lines[0] : [...lines]);

/** An axis of whole numbers: labels without decimals, thousands grouped as Vega groups them by default ("50,000"), and no tick between two whole numbers. */
const WHOLE_NUMBER_AXIS = { format: ',d', tickMinStep: 1 } as const;

/** A legend's title runs at most this wide (Vega's default titleLimit). */
const LEGEND_TITLE_PX = 180;

/** A sensitivity chart's last subtitle line: its rows and panels carry readable names, their paths are in the tooltips. */
export const PATHS_IN_TOOLTIP = 'Names in words; the tooltips give each as the plan and runs.csv write it.';

/** The longest line of a metric's name over a Sobol or PRCC panel, in characters (a bold 12 px header, about 7 px each, over the 380-pixel plot). */
const ROW_PANEL_CHARACTERS = 54;

/** A Sobol or PRCC panel's metric over it, from the plot's left edge, in lines (it stood at the left of the row names, on one line, and a long one pushed the plots off to the right). */
const ROW_PANEL_HEADER = { ...PANEL_HEADER, labelOrient: 'top', labelAnchor: 'start', labelAngle: 0, labelAlign: 'left' } as const;

/** The longest line of a metric's name over a Morris panel, in characters (a bold 12 px header, about 7 px each, over the 260-pixel plot). */
const COLUMN_PANEL_CHARACTERS = 37;

/** The least gap between two axis labels, in pixels: Vega's default of 0 let the labels of a one-parameter chart touch. */
const AXIS_LABEL_GAP_PX = 8;

/** The colour of intervals drawn over bars: dark, to stand out on each of the palette's colours. */
export const INTERVAL_COLOR = '#222222';

/** A horizontal interval from `low` to `high` with a tick at each end, on a shared nominal y (and yOffset). */
function intervalWhiskers(low: string, high: string, color: string) {
  const fixed = { color: { value: color } };
  const rule = { mark: { type: 'rule' as const, strokeWidth: 1.5 }, encoding: { x: { field: low, type: 'quantitative' as const }, x2: { field: high }, ...fixed } };
  const tick = (field: string) => ({ mark: { type: 'tick' as const, thickness: 1.5, size: 8 }, encoding: { x: { field, type: 'quantitative' as const }, ...fixed } });
  return [rule, tick(low), tick(high)];
}

/**
 * The index axis's ticks: multiples of 0.2 from the lowest estimate or interval end (0 at most) to
 * the highest (1 at least), so 0 and 1 are always ticks and every chart of indices, shares of
 * variance, has the same frame; where indices lie far outside 0 to 1 (too few points: an estimate
 * over a near-zero variance is unbounded), a step of 0.5, 1, 2, 5, 10, ... keeps a dozen ticks at
 * most. Left to Vega, an axis from −0.13 labelled −0.1, 0.1, 0.3, ...: every other tick, with 0
 * unlabelled.
 */
export function indexTicks(values: readonly { value: number; low: number; high: number }[]): number[] {
  const ends = values.flatMap((v) => [v.value, v.low, v.high]).filter((x) => Number.isFinite(x));
  const lo = ends.reduce((m, x) => Math.min(m, x), 0);
  const hi = ends.reduce((m, x) => Math.max(m, x), 1);
  const count = (step: number) => Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) + 1;
  let step = 0.2;
  for (let k = 0; count(step) > 12; k++) step *= k % 3 === 0 ? 2.5 : 2; // 0.2, 0.5, 1, 2, 5, 10, 20, 50, ...
  const first = Math.floor(lo / step + 1e-9);
  const decimals = step < 1 ? 1 : 0;
  return Array.from({ length: count(step) }, (_, n) => Number(((first + n) * step).toFixed(decimals)));
}

/** Whether a Sobol panel has no index at all (null in analysis.json, NaN as computed): nothing to draw. */
const noIndices = (rows: readonly SobolRow[]) => rows.length > 0 && rows.every((r) => !Number.isFinite(r.S1 ?? NaN) && !Number.isFinite(r.ST ?? NaN));

/**
 * A Sobol panel's header: the metric's name, and where it has no index at all why, so that an
 * empty panel says what it means. Indices are shares of the metric's variance across the runs:
 * why there are none is read from analysis.json's `noIndices` (since 0.36.0: the output did not
 * vary, no replication measured it at every point, or the estimate failed), else from `unmeasured`
 * (`used` 0); an analysis that records neither (older than 0.36.0) is read as before, as no variance.
 */
function sobolPanel(metric: string, rows: readonly SobolRow[], unmeasured: UnmeasuredMetrics, why: NoIndicesReasons | undefined): string {
  if (!noIndices(rows)) return panelLabel(metricLabel(metric), ROW_PANEL_CHARACTERS);
  const none = why?.[metric];
  const said =
    none?.reason === 'unmeasured' || unmeasured[metric]?.used === 0
      ? 'no replication measured it at every point'
      : none?.reason === 'constant'
        ? `no variance (${parameterFigure(none.value)} at every base point), so shares of it are undefined`
        : none?.reason === 'failed'
          ? `the estimate failed: ${none.point === undefined ? 'the variance of its means is not a finite number' : `its mean at point ${none.point} is not a finite number`}`
          : 'no variance (the same at every point), so shares of it are undefined';
  return panelLabel(`${metricLabel(metric)}: no indices, ${said}`, ROW_PANEL_CHARACTERS);
}

/** Per metric without Sobol indices, why (analysis.json's `noIndices`, since 0.36.0; sim/analysis/sobolNoIndices.ts). */
type NoIndicesReasons = Readonly<Record<string, SobolNoIndices>>;

/** Per metric, how many replications its Sobol indices or Morris effects used (analysis.json's `unmeasured`). */
type UnmeasuredMetrics = Readonly<Record<string, { readonly used: number }>>;

/**
 * Sobol first-order and total indices per parameter, with bootstrap intervals, one panel per metric,
 * each panel's parameters ranked as cfsim analyze's table is (sobolRanked: by ST, largest at the top);
 * a panel without indices says why in its header (sobolPanel), from `noIndicesWhy` (analysis.json's `noIndices`) and `unmeasured` where given.
 */
export function sobolIndicesSpec(sobol: Record<string, readonly SobolRow[]>, unmeasured: UnmeasuredMetrics = {}, noIndicesWhy?: NoIndicesReasons): TopLevelSpec {
  // Readable names on the rows and panels; the plan's paths in the tooltip.
  const names = parameterLabels(Object.values(sobol).flatMap((rows) => rows.map((r) => r.parameter)));
  const values = Object.entries(sobol).flatMap(([metric, rows]) =>
    sobolRanked(rows).flatMap((r, rank) => {
      const named = { metric: metricLabel(metric), panel: sobolPanel(metric, rows, unmeasured, noIndicesWhy), metricPath: metric, parameter: names.get(r.parameter)!, row: rowLabel(names.get(r.parameter)!), path: r.parameter, rank };
      return [
        { ...named, index: 'first-order (S1)', value: r.S1, low: r.S1low, high: r.S1high },
        { ...named, index: 'total (ST)', value: r.ST, low: r.STlow, high: r.SThigh },
      ];
    }),
  );
  const ticks = indexTicks(values);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // Broken as the other subtitle lines are (subtitleLines): a first line of more than SUBTITLE_LINE_CHARS widened the figure.
    title: { text: 'Sobol sensitivity indices', subtitle: subtitleLines(['Share of output variance due to each parameter alone (S1) and with its interactions (ST); black lines: 95% bootstrap intervals.', PATHS_IN_TOOLTIP]) },
    data: { values },
    // The metrics in the analysis's order, by their readable names.
    facet: { row: { field: 'panel', type: 'nominal', title: null, sort: Object.entries(sobol).map(([m, rows]) => sobolPanel(m, rows, unmeasured, noIndicesWhy)), header: ROW_PANEL_HEADER } },
    // Each metric ranks its parameters its own way.
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 380,
      // Room for each name's lines (a long one takes several, not cut short); the step is each of a
      // row's two bars' (yOffset), so a row has twice it.
      height: { step: Math.max(14, Math.ceil((13 * rowLines(values.map((v) => v.row)) + 4) / 2)) },
      encoding: {
        // Left to Vega the parameters stood alphabetically, not as the table ranks them; op min as prccSpec's op max (a layered axis drops a sort by a plain field).
        y: { field: 'row', type: 'nominal', title: 'Parameter', sort: { field: 'rank', op: 'min', order: 'ascending' }, axis: ROW_LABEL_AXIS },
        yOffset: { field: 'index', type: 'nominal' },
        color: { field: 'index', type: 'nominal', title: 'Index', scale: { range: [PALETTE[0], PALETTE[1]] } },
      },
      layer: [
        {
          mark: { type: 'bar', opacity: 0.75 },
          encoding: {
            x: { field: 'value', type: 'quantitative', title: 'Index (share of variance)', scale: { domain: [ticks[0], ticks[ticks.length - 1]], nice: false }, axis: { values: ticks } },
            tooltip: [
              { field: 'metric', title: 'Metric' },
              { field: 'parameter', title: 'Parameter' },
              { field: 'path', title: 'Parameter, as the plan names it' },
              { field: 'metricPath', title: 'Metric, as runs.csv names it' },
              { field: 'index', title: 'Index' },
              { field: 'value', title: 'Estimate', format: '.3f' },
              { field: 'low', title: '95% low', format: '.3f' },
              { field: 'high', title: '95% high', format: '.3f' },
            ],
          },
        },
        // After the bars, and in a colour of its own rather than the bar's (the shared colour
        // encoding would paint it in it): an interval drawn in the bar's colour hid its lower part.
        ...intervalWhiskers('low', 'high', INTERVAL_COLOR),
      ],
    },
    config: CONFIG,
  };
}

/** A Morris point's label closer than this share of its panel's axis to another's, across and up, shares one label with it. */
const MORRIS_LABEL_NEAR = { x: 0.05, y: 0.07 };

/**
 * The labels of one metric's Morris points: points that sit close together (MORRIS_LABEL_NEAR of
 * the axes, which start at 0) share one label at the most influential one, their names joined, so
 * that names no longer print over each other where effects cluster (a researcher's panel had two).
 */
export function morrisLabels(rows: readonly MorrisRow[]): { muStar: number; sigma: number; label: string; names: string[] }[] {
  // A parameter without effects (NaN) gets no label and sets no scale.
  const drawn = rows.filter((r) => Number.isFinite(r.muStar) && Number.isFinite(r.sigma));
  const xMax = drawn.reduce((m, r) => Math.max(m, r.muStar, Number.isFinite(r.muStarHigh) ? r.muStarHigh! : 0), 0) || 1;
  const yMax = drawn.reduce((m, r) => Math.max(m, r.sigma), 0) || 1;
  const labels: { muStar: number; sigma: number; names: string[] }[] = [];
  for (const r of [...drawn].sort((a, b) => b.muStar - a.muStar || b.sigma - a.sigma)) {
    const near = labels.find((l) => Math.abs(l.muStar - r.muStar) <= MORRIS_LABEL_NEAR.x * xMax && Math.abs(l.sigma - r.sigma) <= MORRIS_LABEL_NEAR.y * yMax);
    if (near) near.names.push(r.parameter);
    else labels.push({ muStar: r.muStar, sigma: r.sigma, names: [r.parameter] });
  }
  return labels.map(({ muStar, sigma, names }) => ({ muStar, sigma, label: names.join(', '), names }));
}

/** The longest line of a Morris point's label, in characters (a 10 px label, about a third of a 260-pixel panel). */
const MORRIS_LABEL_CHARACTERS = 32;

/** A Morris panel's plot, in pixels. */
const [MORRIS_WIDTH, MORRIS_HEIGHT] = [260, 220];

/** Vega-Lite's room between two facet panels, in pixels (its default: CONFIG sets none). */
const FACET_SPACING_PX = 20;

/** How wide `panels` Morris panels side by side are, in pixels, from the first one's y axis (Y_AXIS_LEAST_PX) to the last plot's end. */
function morrisPanelsWidth(panels: number): number {
  const n = Math.max(1, panels);
  return Y_AXIS_LEAST_PX + n * MORRIS_WIDTH + (n - 1) * (FACET_SPACING_PX + Y_AXIS_LEAST_PX);
}

/**
 * A Morris point's label in lines of at most MORRIS_LABEL_CHARACTERS, broken at spaces, each name
 * on lines of its own, ended by a semicolon but the last: names that hold commas, joined by commas
 * ("... per unit of the day's high-intensity exposure, Probability a crisis ..."), ran together. One
 * line as a plain string.
 */
function labelLines(names: readonly string[]): string | string[] {
  const lines = names.flatMap((name, i) => subtitleLines([i < names.length - 1 ? `${name};` : name], MORRIS_LABEL_CHARACTERS));
  return lines.length === 1 ? lines[0] : lines;
}

/**
 * The invisible corners that give a Morris panel's flat axis a span: where every μ* (with its
 * interval ends) or every σ of the panel is one value, flatDomain's padding around it, from 0 at
 * least (neither is ever negative); the other axis at a value it already has. None where both
 * axes vary; 0 to 1 both ways where the panel has no effect at all (null: nothing measured). Left to
 * Vega, a panel whose effects were all 0, or all null, labelled its one tick "0.000000".
 */
export function morrisFrame(rows: readonly MorrisRow[]): { muStar: number; sigma: number }[] {
  const drawn = rows.filter((r) => Number.isFinite(r.muStar) && Number.isFinite(r.sigma));
  // A panel without any effect (null in analysis.json: no replication measured the metric at every point) spans 0 to 1 both ways.
  if (drawn.length === 0) return rows.length === 0 ? [] : [{ muStar: 0, sigma: 0 }, { muStar: 1, sigma: 1 }];
  const x = sameValue(drawn.flatMap((r) => [r.muStar, ...[r.muStarLow, r.muStarHigh].filter((e): e is number => e !== undefined && Number.isFinite(e))]));
  const y = sameValue(drawn.map((r) => r.sigma));
  if (x === undefined && y === undefined) return [];
  const ends = (flat: number | undefined, at: number) => (flat === undefined ? [at, at] : flatDomain(flat).map((e) => Math.max(0, e)));
  const [xs, ys] = [ends(x, drawn[0].muStar), ends(y, drawn[0].sigma)];
  return [0, 1].map((i) => ({ muStar: xs[i], sigma: ys[i] }));
}

/**
 * A Morris panel's μ* axis: labels that would come closer than AXIS_LABEL_GAP_PX dropped (flush end
 * labels set 0.00 and 0.05 of a 0 to 0.35 axis 1 px apart, read as "0.000.05"). Each label is
 * centred on its tick, the end ones too: flush, "0" began at the axis's start, so a point at μ* 0
 * sat left of its label and the axis read as starting below 0, which μ* (a mean of absolute values)
 * never is.
 */
const MORRIS_X_AXIS = { labelOverlap: true, labelSeparation: AXIS_LABEL_GAP_PX, labelFlush: false } as const;

/**
 * A Morris panel's header: the metric's name, and where it has no effect at all (null in
 * analysis.json) why, as a Sobol panel without indices says it (sobolPanel): its effects compare
 * the points replication by replication, and none is left where no replication measured the
 * metric at every point (`used` 0).
 */
function morrisPanel(metric: string, rows: readonly MorrisRow[], unmeasured: UnmeasuredMetrics): string {
  const none = rows.length > 0 && rows.every((r) => !Number.isFinite(r.muStar ?? NaN));
  if (!none) return panelLabel(metricLabel(metric), COLUMN_PANEL_CHARACTERS);
  const why = unmeasured[metric]?.used === 0 ? 'no replication measured it at every point' : 'none could be computed';
  return panelLabel(`${metricLabel(metric)}: no effects, ${why}`, COLUMN_PANEL_CHARACTERS);
}

/**
 * Morris screening: μ* (importance) against σ (non-linearity and interactions), one panel per
 * metric; a panel without effects says why in its header (morrisPanel), from `unmeasured` where given.
 */
export function morrisSpec(morris: Record<string, readonly MorrisRow[]>, unmeasured: UnmeasuredMetrics = {}): TopLevelSpec {
  // Readable names on the points and panels, a long label in lines; the plan's paths in the tooltip.
  const names = parameterLabels(Object.values(morris).flatMap((rows) => rows.map((r) => r.parameter)));
  const panel = (metric: string) => morrisPanel(metric, morris[metric], unmeasured);
  const points = Object.entries(morris).flatMap(([metric, rows]) => rows.map((r) => ({ metric: metricLabel(metric), panel: panel(metric), metricPath: metric, kind: 'point', ...r, parameter: names.get(r.parameter)!, path: r.parameter })));
  // Each label beside its point where it overlaps no other label nor point (morrisLabelPlaces), on the panel's axes as Vega ends them (niceEnd).
  const labels = Object.entries(morris).flatMap(([metric, rows]) => {
    const merged = morrisLabels(rows.map((r) => ({ ...r, parameter: names.get(r.parameter)! }))).map((l) => ({ ...l, lines: [labelLines(l.names)].flat() }));
    const drawn = rows.filter((r) => Number.isFinite(r.muStar) && Number.isFinite(r.sigma));
    const frame = morrisFrame(rows);
    const xs = [...drawn.flatMap((r) => [r.muStar, ...[r.muStarLow, r.muStarHigh].filter((e): e is number => e !== undefined && Number.isFinite(e))]), ...frame.map((f) => f.muStar)];
    const ys = [...drawn.map((r) => r.sigma), ...frame.map((f) => f.sigma)];
    const [xEnd, yEnd] = [niceEnd(Math.max(0, ...xs)), niceEnd(Math.max(0, ...ys))];
    const places = morrisLabelPlaces(merged.map((l) => ({ x: l.muStar, y: l.sigma, lines: l.lines })), drawn.map((r) => ({ x: r.muStar, y: r.sigma, low: r.muStarLow, high: r.muStarHigh })), xEnd, yEnd, MORRIS_WIDTH, MORRIS_HEIGHT);
    return merged.map(({ muStar, sigma, lines }, i) => ({ metric: metricLabel(metric), panel: panel(metric), kind: 'label', muStar, sigma, label: lines.length === 1 ? lines[0] : lines, ...places[i] }));
  });
  // A flat panel's axes padded around their one value (morrisFrame), by points not drawn.
  const frames = Object.entries(morris).flatMap(([metric, rows]) => morrisFrame(rows).map((f) => ({ panel: panel(metric), kind: 'frame', ...f })));
  // A metric whose every effect is 0 does not respond to the parameters: said, as a flat response is.
  const inert = Object.entries(morris).filter(([, rows]) => rows.length > 0 && rows.every((r) => r.muStar === 0 && r.sigma === 0)).map(([metric]) => inSentence(metricLabel(metric)));
  const values = [...points, ...labels, ...frames];
  const intervals = points.some((p) => Number.isFinite(p.muStarLow) && Number.isFinite(p.muStarHigh));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Morris elementary effects',
      // Every line in lines that end within the panels, measured (linesWithin): broken at 120 characters, one panel's figure was twice its plot's width.
      subtitle: linesWithin(
        [
          `Right = more influential (μ*); up = more non-linear or interacting (σ). Effects are per unit of the parameter's range.${intervals ? ' Lines: 95% bootstrap intervals of μ*.' : ''}`,
          ...(inert.length === 0 ? [] : [`Every elementary effect on ${inert.join(', on ')} is 0: ${inert.length === 1 ? 'that metric does' : 'those metrics do'} not respond to these parameters here.`]),
          PATHS_IN_TOOLTIP,
        ],
        morrisPanelsWidth(Object.keys(morris).length),
        SUBTITLE_FONT_PX,
      ),
    },
    data: { values },
    facet: { column: { field: 'panel', type: 'nominal', title: null, sort: Object.keys(morris).map(panel), header: PANEL_HEADER } },
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: MORRIS_WIDTH,
      height: MORRIS_HEIGHT,
      layer: [
        // μ*'s bootstrap interval, under its point (a line across, at the point's σ).
        {
          transform: [{ filter: "datum.kind === 'point' && isFinite(datum.muStarLow) && isFinite(datum.muStarHigh)" }],
          mark: { type: 'rule', color: INTERVAL_COLOR, strokeWidth: 1.5 },
          encoding: { x: { field: 'muStarLow', type: 'quantitative', title: 'μ* (mean absolute effect)', axis: MORRIS_X_AXIS }, x2: { field: 'muStarHigh' }, y: { field: 'sigma', type: 'quantitative', title: 'σ (spread of effects)' } },
        },
        {
          transform: [{ filter: "datum.kind === 'point'" }],
          mark: { type: 'point', filled: true, size: 70, color: PALETTE[0] },
          encoding: {
            x: { field: 'muStar', type: 'quantitative', title: 'μ* (mean absolute effect)', axis: MORRIS_X_AXIS },
            y: { field: 'sigma', type: 'quantitative', title: 'σ (spread of effects)' },
            tooltip: [
              { field: 'metric', title: 'Metric' },
              { field: 'parameter', title: 'Parameter' },
              { field: 'path', title: 'Parameter, as the plan names it' },
              { field: 'metricPath', title: 'Metric, as runs.csv names it' },
              { field: 'muStar', title: 'μ*', format: '.3f' },
              { field: 'muStarLow', title: 'μ* 95% interval, low', format: '.3f' },
              { field: 'muStarHigh', title: 'μ* 95% interval, high', format: '.3f' },
              { field: 'mu', title: 'μ', format: '.3f' },
              { field: 'sigma', title: 'σ', format: '.3f' },
            ],
          },
        },
        // A flat panel's padded corners (morrisFrame), not drawn: they only widen its scales.
        {
          transform: [{ filter: "datum.kind === 'frame'" }],
          mark: { type: 'point', opacity: 0 },
          encoding: { x: { field: 'muStar', type: 'quantitative' }, y: { field: 'sigma', type: 'quantitative' } },
        },
        {
          transform: [{ filter: "datum.kind === 'label'" }],
          // Beside the point, clear of its interval line, where morrisLabelPlaces put it: its top dy below the point (above where negative), its near end dx across.
          mark: { type: 'text', align: { expr: 'datum.align' }, baseline: 'top', dx: { expr: 'datum.dx' }, dy: { expr: 'datum.dy' }, fontSize: 10 },
          encoding: { x: { field: 'muStar', type: 'quantitative' }, y: { field: 'sigma', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    },
    config: CONFIG,
  };
}

/** A heatmap cell: the mean of a metric over the points sharing its values (and its panel's, where the chart has panels). */
export interface HeatmapCell {
  readonly x: unknown;
  readonly y: unknown;
  /** The panel parameter's value, where the chart has one panel per value (heatmapPanel). */
  readonly panel?: unknown;
  readonly value: number;
  readonly points: number;
  readonly runs: number;
}

/**
 * One heatmap cell per distinct (x, y) pair, or (panel, x, y) triple with a panel parameter: the
 * mean of the metric over the points that share it. Points of a random or Latin hypercube design
 * all differ, so each cell is one point; in a grid over more parameters than those drawn, each
 * cell averages the other parameters' levels.
 */
export function heatmapCells(points: readonly Record<string, unknown>[], x: string, y: string, metric: string, panel?: string): HeatmapCell[] {
  const cells = new Map<string, { x: unknown; y: unknown; panel: unknown; sum: number; points: number; runs: number }>();
  for (const p of points) {
    const value = p[`${metric}.mean`];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const key = JSON.stringify(panel === undefined ? [p[x], p[y]] : [p[panel], p[x], p[y]]);
    const cell = cells.get(key) ?? { x: p[x], y: p[y], panel: panel === undefined ? undefined : p[panel], sum: 0, points: 0, runs: 0 };
    cell.sum += value;
    cell.points += 1;
    cell.runs += typeof p.runs === 'number' ? p.runs : 0;
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({ x: c.x, y: c.y, ...(panel === undefined ? {} : { panel: c.panel }), value: c.sum / c.points, points: c.points, runs: c.runs }));
}

/** The most panels a heatmap is split into: a choice (packages, modes) of up to this many values, or a grid's numeric levels. */
export const MOST_HEATMAP_PANELS = 8;

/**
 * The parameter after the first two whose values split the heatmap into panels, one per value,
 * instead of being averaged over: the first that is not a number (a choice such as the package
 * or a mode, or a true/false field: the average of packages means nothing, and a grid varying
 * `policy` pooled them in each cell), else the first given as a list of values (`orders`: the
 * plan's lists), else in a grid the third parameter, whose levels then leave each cell one point.
 * Only one of at most MOST_HEATMAP_PANELS values; none with two parameters or fewer.
 */
export function heatmapPanel(points: readonly Record<string, unknown>[], parameters: readonly string[], grid: boolean, orders: Readonly<Record<string, readonly unknown[]>> = {}): string | undefined {
  const rest = parameters.slice(2);
  const few = (name: string) => new Set(points.map((p) => JSON.stringify(p[name]))).size <= MOST_HEATMAP_PANELS;
  const notNumber = (name: string) => points.some((p) => p[name] !== undefined && typeof p[name] !== 'number');
  return rest.find((n) => notNumber(n) && few(n)) ?? rest.find((n) => Array.isArray(orders[n]) && few(n)) ?? (grid ? rest.slice(0, 1).find(few) : undefined);
}

/** A choice axis's order: the plan's list of its values where known, else the order the data gives them. */
function choiceSort(values: readonly unknown[] | undefined): (string | boolean)[] | null {
  return values && values.every((v) => typeof v === 'string' || typeof v === 'boolean') ? [...(values as readonly (string | boolean)[])] : null;
}

/** What a sampled heatmap knows of the plan: each range parameter's ends, and the varied parameters it does not draw. */
export interface HeatmapPlan {
  readonly ranges?: Readonly<Record<string, readonly [number, number]>>;
  /** The varied parameters neither on an axis nor the panel; unknown when absent, and then not named. */
  readonly others?: readonly string[];
}

/**
 * A quantitative axis's scale: the plan's range where known (padded so the end points are not
 * drawn on the axis), else the data's, never stretched to 0 (a range of 0.5 to 2.5 started at 0).
 */
function sampledScale(range: readonly [number, number] | undefined) {
  return range === undefined ? { zero: false } : { domain: [...range], zero: false, nice: false, padding: 10 };
}

/** Few enough ticks that a 360-pixel axis's labels do not run together (`0.00.2`), and any that still would are dropped. */
const SAMPLED_AXIS = { tickCount: 5, labelOverlap: true, labelSeparation: 6 } as const;

/** The subtitle of a sampled design's chart, whose cells are single points: what else varied between them, if anything. */
function sampledSubtitle(others: readonly string[] | undefined, panels: string): string[] {
  if (others === undefined) return [`Mean over each point's replications;`, `other varied parameters at their sampled values.${panels}`];
  if (others.length === 0) return [`Mean over each point's replications.${panels}`];
  const one = others.length === 1;
  return [`Mean over each point's replications;`, `${one ? 'the other varied parameter' : 'the other varied parameters'}, ${others.join(', ')}, at ${one ? 'its' : 'their'} sampled values.${panels}`];
}

/**
 * A metric's mean over two varied parameters (a heatmap for grids, coloured points otherwise);
 * cells that several points share show their mean (see heatmapCells). With `panel`, one chart
 * per value of that parameter, side by side on one colour scale.
 */
export function heatmapSpec(points: readonly Record<string, unknown>[], x: string, y: string, metric: string, grid: boolean, orders: Readonly<Record<string, readonly unknown[]>> = {}, panel?: string, plan: HeatmapPlan = {}): TopLevelSpec {
  const values = heatmapCells(points, x, y, metric, panel);
  const pooled = values.some((v) => v.points > 1);
  const numeric = (v: unknown) => typeof v === 'number';
  const xType = values.every((v) => numeric(v.x)) && !grid ? 'quantitative' : 'ordinal';
  const yType = values.every((v) => numeric(v.y)) && !grid ? 'quantitative' : 'ordinal';
  // Readable names on the chart (axes, legend, tooltip, title); the plan's names under the title.
  const [xName, yName, metricName, panelName] = [parameterLabel(x), parameterLabel(y), metricLabel(metric), panel === undefined ? '' : parameterLabel(panel)];
  const panels = panel === undefined ? '' : ` One panel per value of ${inSentence(panelName)}.`;
  const names = namesLine([['x:', x, xName], ['y:', y, yName], ...(panel === undefined ? [] : [['panels:', panel, panelName] as const]), ['colour:', metric, metricName]]);
  // A grid whose cells each hold one point varies nothing else; a sampled design's other parameters vary from point to point.
  // In lines, as the names line below: a long panel parameter's name ("One panel per value of ...") made one line far wider than the chart.
  const subtitle = subtitleLines(pooled
    ? [`Each cell: the mean over the points that share its ${panel === undefined ? 'two values' : 'values'}`, `(the other varied parameters' levels), each the mean of its replications.${panels}`]
    : grid
      ? [`Mean over each point's replications.${panels}`]
      : sampledSubtitle(plan.others, panels));
  if (names) subtitle.push(...subtitleLines([names]));
  const [width, height] = panel === undefined ? [360, 280] : [240, 200];
  const ordinalAxis = (numbers: boolean, extra: object) => (numbers ? { labelExpr: "format(datum.value, '.3~g')", ...extra } : {});
  const chart = {
    width,
    height,
    mark: grid ? { type: 'rect' } : { type: 'circle', size: 120 },
    encoding: {
      // Grid levels are exact fractions: label them with three significant digits.
      // Choices (opt-in, opt-out; packages) in the plan's order (`orders`: its lists), else as the points first give them; numbers in order of size, the largest at the top.
      x: {
        field: 'x',
        type: xType,
        // Long names take more than one line rather than run into the next panel's.
        title: titleLines(xName, width),
        ...(values.every((v) => numeric(v.x)) ? {} : { sort: choiceSort(orders[x]) }),
        ...(xType === 'quantitative' ? { scale: sampledScale(plan.ranges?.[x]), axis: SAMPLED_AXIS } : { axis: ordinalAxis(values.every((v) => numeric(v.x)), { labelAngle: 0 }) }),
      },
      y: {
        field: 'y',
        type: yType,
        title: titleLines(yName, height),
        sort: values.every((v) => numeric(v.y)) ? (grid ? 'descending' : undefined) : choiceSort(orders[y]),
        ...(yType === 'quantitative' ? { scale: sampledScale(plan.ranges?.[y]), axis: SAMPLED_AXIS } : { axis: ordinalAxis(values.every((v) => numeric(v.y)), {}) }),
      },
      color: { field: 'value', type: 'quantitative', title: titleLines(metricName, LEGEND_TITLE_PX), scale: { scheme: 'viridis' } },
      tooltip: [
        ...(panel === undefined ? [] : [{ field: 'panel', title: panelName }]),
        { field: 'x', title: xName },
        { field: 'y', title: yName },
        { field: 'value', title: `${metricName} (mean)`, format: '.3f' },
        ...(pooled ? [{ field: 'points', title: 'Points averaged' }] : []),
        { field: 'runs', title: 'Runs' },
      ],
    },
  };
  const top = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title: { text: titleLines(`${metricName} over ${inSentence(xName)} and ${inSentence(yName)}${panel === undefined ? '' : `, by ${inSentence(panelName)}`}`, (panel === undefined ? 560 : 760), CHART_TITLE_CHARACTER_PX), subtitle }, data: { values } };
  if (panel === undefined) return { ...top, ...chart, config: CONFIG } as TopLevelSpec;
  const panelsNumeric = values.every((v) => numeric(v.panel));
  return {
    ...top,
    // Choices in the plan's order, numbers by size; one colour scale across the panels, so that colours compare.
    facet: { field: 'panel', type: 'ordinal', title: titleLines(panelName, 2 * width), sort: panelsNumeric ? 'ascending' : choiceSort(orders[panel]), ...(panelsNumeric ? { header: { labelExpr: "format(datum.value, '.3~g')" } } : {}) },
    columns: 3,
    spec: chart,
    config: CONFIG,
  } as TopLevelSpec;
}

/**
 * A metric against the one varied parameter: one row per point with its mean and the 90% range
 * of its replications. Points whose runs all failed have no mean and are left out.
 */
export function responsePoints(points: readonly Record<string, unknown>[], parameter: string, metric: string): { x: unknown; mean: number; low: number; high: number; runs: number }[] {
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return points.flatMap((p) => {
    const mean = p[`${metric}.mean`];
    if (!finite(mean)) return [];
    const low = p[`${metric}.p05`];
    const high = p[`${metric}.p95`];
    return [{ x: p[parameter], mean, low: finite(low) ? low : mean, high: finite(high) ? high : mean, runs: typeof p.runs === 'number' ? p.runs : 0 }];
  });
}

/** The one value all of `numbers` share, where they all do; undefined otherwise or without any. */
export function sameValue(numbers: readonly number[]): number | undefined {
  return numbers.length > 0 && numbers.every((x) => x === numbers[0]) ? numbers[0] : undefined;
}

/** The one value every point's mean and range share, where they all do (a flat response); undefined otherwise or without points. */
export function flatValue(values: readonly { mean: number; low: number; high: number }[]): number | undefined {
  return sameValue(values.flatMap((v) => [v.mean, v.low, v.high]));
}

/**
 * A flat response's y domain: the value padded by a tenth of its size (by 1 around 0), so that the
 * axis has a span to tick. Left to Vega, a domain of one value labelled its one tick "0.000000" and
 * ran its labels together.
 */
export function flatDomain(value: number): [number, number] {
  const pad = value === 0 ? 1 : Math.abs(value) / 10;
  return [value - pad, value + pad];
}

/** An axis label's font size, in pixels (CONFIG). */
const AXIS_LABEL_FONT_PX = 11;

/**
 * A choice's name on an ordinal axis of `width` pixels holding `count` choices, in lines that fit
 * the choice's share of the axis, broken after hyphens and at spaces ("opt-out-support-package"
 * as "opt-out-" and "support-package"), joined by newlines for the axis to draw one under another;
 * undefined where one piece alone is too long, and the axis then stands its labels upright.
 * Left at one line each, long names ran into each other and past the chart's ends. Widths are
 * measured with DejaVu Sans's (dejaVuWidth: the widest font the figures are drawn in; the same in
 * the browser and in Node), not reckoned at 0.8 of the font size a character as Vega does without
 * a canvas, which stood names upright that fitted ("mandatory" among five choices).
 */
export function choiceLabel(name: string, width: number, count: number): string | undefined {
  const room = width / Math.max(1, count) - AXIS_LABEL_GAP_PX;
  const fits = (text: string) => dejaVuWidth(text, AXIS_LABEL_FONT_PX) <= room;
  const pieces = name.match(/[^\s-]*-+|[^\s-]+/g) ?? [name];
  if (!pieces.every(fits)) return undefined;
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    const joined = last < 0 ? piece : lines[last].endsWith('-') ? `${lines[last]}${piece}` : `${lines[last]} ${piece}`;
    if (last >= 0 && fits(joined)) lines[last] = joined;
    else lines.push(piece);
  }
  return lines.join('\n');
}

/**
 * A metric over the one varied parameter of a sweep: each point's mean (a dot) with the 90% range
 * of its replications (a bar), joined by a line when the parameter is numeric. A list of choices
 * (opt-in, opt-out) is drawn on an ordinal axis, in the plan's order.
 */
export function responseSpec(points: readonly Record<string, unknown>[], parameter: string, metric: string): TopLevelSpec {
  const [width, height] = [380, 260];
  const drawn = responsePoints(points, parameter, metric);
  const numeric = drawn.length > 0 && drawn.every((v) => typeof v.x === 'number');
  // A list of choices labelled in lines that fit each choice's share of the axis, else upright (choiceLabel).
  const labels = numeric ? [] : drawn.map((v) => choiceLabel(String(v.x), width, drawn.length));
  const upright = labels.some((l) => l === undefined);
  const values = numeric ? drawn : drawn.map((v, i) => ({ ...v, label: upright ? String(v.x) : labels[i]! }));
  // Readable names on the chart (axes, tooltip, title); the plan's names under the title.
  const [parameterName, metricName] = [parameterLabel(parameter), metricLabel(metric)];
  const names = namesLine([['x:', parameter, parameterName], ['y:', metric, metricName]]);
  // Long names take more than one line rather than run past the chart.
  const [xTitle, yTitle] = [titleLines(parameterName, width), titleLines(metricName, height)];
  // Numbers: labels that would come closer than AXIS_LABEL_GAP_PX are dropped (the ends kept flush with the axis); choices: each whole, in lines or upright.
  // A whole-number field (days, seats) is labelled in whole numbers: Vega's ticks at 10, 10.5, 11 read "10.0"; a share swept at 0 and 1 keeps 0.5.
  const whole = numeric && isWholeNumberParameter(parameter, drawn.map((v) => v.x));
  const x = numeric
    ? { field: 'x', type: 'quantitative' as const, title: xTitle, scale: { zero: false }, axis: { labelOverlap: true, labelSeparation: AXIS_LABEL_GAP_PX, labelFlush: true, ...(whole ? WHOLE_NUMBER_AXIS : {}) } }
    : { field: 'label', type: 'ordinal' as const, title: xTitle, sort: null, axis: upright ? { labelAngle: -90, labelLimit: 0 } : { labelAngle: 0, labelExpr: "split(datum.label, '\\n')", labelLimit: 0 } };
  const flat = flatValue(values);
  const y = { field: 'mean', type: 'quantitative' as const, title: yTitle, scale: flat === undefined ? { zero: false } : { domain: flatDomain(flat), zero: false, nice: true } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // Title and subtitle in lines that end within the plot, measured (linesWithin): broken by characters, the title ran past the plot's end, and a PNG drawn in a wider font cut it off.
    title: {
      text: oneOrLines(linesWithin([`${metricName} over ${inSentence(parameterName)}`], width + Y_AXIS_LEAST_PX, CHART_TITLE_FONT_PX, 'bold')),
      subtitle: linesWithin(
        [
          "Dots: each point's mean over its replications; bars: the 90% range of its single runs, not the uncertainty of the mean.",
          ...(flat === undefined ? [] : [`Every point and run gives the same value, ${metricFigure(flat)}: the metric does not change with ${inSentence(parameterName)} here.`]),
          ...(names ? [names] : []),
        ],
        width + Y_AXIS_LEAST_PX,
        SUBTITLE_FONT_PX,
      ),
    },
    data: { values },
    width,
    height,
    layer: [
      { mark: { type: 'rule', color: PALETTE[0], opacity: 0.6 }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } },
      ...(numeric ? [{ mark: { type: 'line' as const, color: PALETTE[0], opacity: 0.5 }, encoding: { x, y, order: { field: 'x' } } }] : []),
      {
        mark: { type: 'point', filled: true, size: 60, color: PALETTE[0] },
        encoding: {
          x,
          y,
          tooltip: [
            { field: 'x', title: parameterName },
            { field: 'mean', title: `${metricName} (mean)`, format: '.3f' },
            { field: 'low', title: '5th percentile', format: '.3f' },
            { field: 'high', title: '95th percentile', format: '.3f' },
            { field: 'runs', title: 'Runs' },
          ],
        },
      },
    ],
    config: CONFIG,
  } as TopLevelSpec;
}

type PrccRow = { parameter: string; towards?: unknown; prcc: number | null; low: number | null; high: number | null };

/** The words of a PRCC's interval: which way the metric clearly goes with the parameter, or unclear (interval holding 0). */
const prccWay = (r: PrccRow) => (r.low !== null && r.low > 0 ? 'rises with it' : r.high !== null && r.high < 0 ? 'falls with it' : 'unclear');

/** A PRCC of ±1 with no interval: the metric follows that parameter's order at every point (prcc's tied case), and the others then get none. */
const exactPrcc = (r: PrccRow) => r.prcc !== null && Math.abs(r.prcc) === 1 && r.low === r.prcc && r.high === r.prcc;

/** Whether a plan's list has no order to rank: more than two values, not all numbers or true/false (bin/analyze's prccTable ranks those). */
const unorderedList = (values: readonly unknown[] | undefined): values is readonly unknown[] =>
  values !== undefined && values.length > 2 && values.some((v) => typeof v !== 'number' && typeof v !== 'boolean');

/**
 * The subtitle lines that say which parameters, and which metrics, a PRCC chart leaves out and
 * why, in readable names: a list of choices (the plan's `lists`) with no order to rank, left out
 * of every panel; in a panel, a parameter without a PRCC there (the metric follows another's
 * order exactly, or it did not vary); a metric without any PRCC, which has no panel. The chart
 * dropped them without a word.
 */
export function prccLeftOut(prcc: Record<string, readonly PrccRow[]>, names: ReadonlyMap<string, string>, lists: Readonly<Record<string, readonly unknown[]>>): string[] {
  const rows = Object.values(prcc).flat();
  const parameters = [...new Set(rows.map((r) => r.parameter))];
  const unordered = parameters.filter((p) => unorderedList(lists[p]) && rows.every((r) => r.parameter !== p || r.prcc === null));
  const said: string[] = [];
  if (unordered.length > 0) said.push(`Left out: ${unordered.map((p) => `${inSentence(names.get(p)!)} (a list of ${lists[p].length} choices, which have no order to rank)`).join('; ')}.`);
  const drawn = Object.entries(prcc).filter(([, r]) => r.some((x) => x.prcc !== null));
  for (const [metric, metricRows] of drawn) {
    const missing = metricRows.filter((r) => r.prcc === null && !unordered.includes(r.parameter)).map((r) => inSentence(names.get(r.parameter)!));
    if (missing.length === 0) continue;
    const tied = metricRows.find(exactPrcc);
    const why = tied ? `${inSentence(metricLabel(metric))} follows ${inSentence(names.get(tied.parameter)!)}'s order exactly, which leaves ${missing.length === 1 ? 'it' : 'them'} nothing to correlate with` : `${missing.length === 1 ? 'it' : 'they'} did not vary across the points, or ${missing.length === 1 ? 'its values have' : 'their values have'} no order`;
    said.push(`Not in the panel of ${inSentence(metricLabel(metric))}: ${missing.join('; ')} (no PRCC: ${why}).`);
  }
  const panelless = Object.entries(prcc).filter(([, r]) => r.length > 0 && r.every((x) => x.prcc === null)).map(([metric]) => inSentence(metricLabel(metric)));
  if (panelless.length > 0) said.push(`No panel for ${panelless.join(', ')}: no PRCC at all (the same at every point, or no parameter with an order varied).`);
  return subtitleLines(said);
}

/**
 * Partial rank correlation coefficients of a Latin hypercube or random sweep (cfsim analyze's
 * `prcc`): one panel per metric, a bar per parameter from 0 to its PRCC, strongest at the top,
 * coloured by which way the metric clearly goes, with the 95% interval; parameters without one
 * left out, and named with the reason under the title (prccLeftOut, from the plan's `lists`).
 */
export function prccSpec(prcc: Record<string, readonly PrccRow[]>, lists: Readonly<Record<string, readonly unknown[]>> = {}): TopLevelSpec {
  // Readable names on the rows and panels; the plan's paths in the tooltip.
  const names = parameterLabels(Object.values(prcc).flatMap((rows) => rows.map((r) => r.parameter)));
  const towards = (r: PrccRow, name: string) => (r.towards === undefined ? name : `${name} (to ${String(r.towards)})`);
  const values = Object.entries(prcc).flatMap(([metric, rows]) =>
    rows
      .filter((r) => r.prcc !== null)
      // The tooltip's figures are the CLI table's (correlationFigure), not a Vega format: ".3~r" read 0.68 where the table reads 0.680.
      .map((r) => ({ metric: metricLabel(metric), panel: panelLabel(metricLabel(metric), ROW_PANEL_CHARACTERS), metricPath: metric, parameter: towards(r, names.get(r.parameter)!), row: rowLabel(towards(r, names.get(r.parameter)!)), path: towards(r, r.parameter), value: r.prcc, low: r.low, high: r.high, shownValue: correlationFigure(r.prcc), shownLow: correlationFigure(r.low), shownHigh: correlationFigure(r.high), strength: Math.abs(r.prcc!), way: prccWay(r) })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Partial rank correlations (PRCC)', subtitle: [...subtitleLines(["How consistently each metric rises (+) or falls (−) with a parameter across the points, the others' effects removed; black lines: 95% intervals."]), ...prccLeftOut(prcc, names, lists), PATHS_IN_TOOLTIP] },
    data: { values },
    facet: { row: { field: 'panel', type: 'nominal', title: null, sort: Object.keys(prcc).map((m) => panelLabel(metricLabel(m), ROW_PANEL_CHARACTERS)), header: ROW_PANEL_HEADER } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 380,
      // Room for each name's lines (a long one takes several, not cut short).
      height: { step: Math.max(18, 13 * rowLines(values.map((v) => v.row)) + 4) },
      encoding: {
        // op max: the bars and the whiskers share the axis, whose unioned domain drops a sort by a plain field (the parameters then stood alphabetically).
        y: { field: 'row', type: 'nominal', title: 'Parameter', sort: { field: 'strength', op: 'max', order: 'descending' }, axis: ROW_LABEL_AXIS },
      },
      layer: [
        {
          mark: { type: 'bar', opacity: 0.8 },
          encoding: {
            x: { field: 'value', type: 'quantitative', title: 'PRCC', scale: { domain: [-1, 1] }, axis: { values: [-1, -0.5, 0, 0.5, 1] } },
            color: { field: 'way', type: 'nominal', title: 'The metric', scale: { domain: ['rises with it', 'falls with it', 'unclear'], range: [PALETTE[1], PALETTE[0], '#bbbbbb'] } },
            tooltip: [
              { field: 'metric', title: 'Metric' },
              { field: 'parameter', title: 'Parameter' },
              { field: 'path', title: 'Parameter, as the plan names it' },
              { field: 'metricPath', title: 'Metric, as runs.csv names it' },
              { field: 'shownValue', title: 'PRCC' },
              { field: 'shownLow', title: '95% low' },
              { field: 'shownHigh', title: '95% high' },
            ],
          },
        },
        ...intervalWhiskers('low', 'high', INTERVAL_COLOR),
      ],
    },
    config: CONFIG,
  };
}
