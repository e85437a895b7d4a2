import type { TopLevelSpec } from 'vega-lite';
import { CONFIG, PALETTE } from './theme';

// Charts of a sweep analysis (cfsim analyze): index bars with intervals, Morris μ*–σ planes and
// heatmaps over two parameters.

type SobolRow = { parameter: string; S1: number; S1low: number; S1high: number; ST: number; STlow: number; SThigh: number };
type MorrisRow = { parameter: string; mu: number; muStar: number; sigma: number };

/** Sobol first-order and total indices per parameter, with bootstrap intervals, one panel per metric. */
export function sobolIndicesSpec(sobol: Record<string, readonly SobolRow[]>): TopLevelSpec {
  const values = Object.entries(sobol).flatMap(([metric, rows]) =>
    rows.flatMap((r) => [
      { metric, parameter: r.parameter, index: 'first-order (S1)', value: r.S1, low: r.S1low, high: r.S1high },
      { metric, parameter: r.parameter, index: 'total (ST)', value: r.ST, low: r.STlow, high: r.SThigh },
    ]),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Sobol sensitivity indices', subtitle: 'Share of output variance due to each parameter alone (S1) and with its interactions (ST); bars show 95% bootstrap intervals.' },
    data: { values },
    facet: { row: { field: 'metric', type: 'nominal', title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
    spec: {
      width: 380,
      height: { step: 14 },
      encoding: {
        y: { field: 'parameter', type: 'nominal', title: null },
        yOffset: { field: 'index', type: 'nominal' },
        color: { field: 'index', type: 'nominal', title: 'Index', scale: { range: [PALETTE[0], PALETTE[1]] } },
      },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'value', type: 'quantitative', title: 'Index (share of variance)' },
            tooltip: [
              { field: 'metric', title: 'Metric' },
              { field: 'parameter', title: 'Parameter' },
              { field: 'index', title: 'Index' },
              { field: 'value', title: 'Estimate', format: '.3f' },
              { field: 'low', title: '95% low', format: '.3f' },
              { field: 'high', title: '95% high', format: '.3f' },
            ],
          },
        },
        { mark: { type: 'rule', color: '#222' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
      ],
    },
    config: CONFIG,
  };
}

/** Morris screening: μ* (importance) against σ (non-linearity and interactions), one panel per metric. */
export function morrisSpec(morris: Record<string, readonly MorrisRow[]>): TopLevelSpec {
  const values = Object.entries(morris).flatMap(([metric, rows]) => rows.map((r) => ({ metric, ...r })));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Morris elementary effects', subtitle: 'Right = more influential (μ*); up = more non-linear or interacting (σ). Effects are per unit of the parameter\'s range.' },
    data: { values },
    facet: { column: { field: 'metric', type: 'nominal', title: null } },
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 260,
      height: 220,
      layer: [
        {
          mark: { type: 'point', filled: true, size: 70, color: PALETTE[0] },
          encoding: {
            x: { field: 'muStar', type: 'quantitative', title: 'μ* (mean absolute effect)' },
            y: { field: 'sigma', type: 'quantitative', title: 'σ (spread of effects)' },
            tooltip: [
              { field: 'parameter', title: 'Parameter' },
              { field: 'muStar', title: 'μ*', format: '.3f' },
              { field: 'mu', title: 'μ', format: '.3f' },
              { field: 'sigma', title: 'σ', format: '.3f' },
            ],
          },
        },
        { mark: { type: 'text', align: 'left', dx: 6, fontSize: 10 }, encoding: { x: { field: 'muStar', type: 'quantitative' }, y: { field: 'sigma', type: 'quantitative' }, text: { field: 'parameter' } } },
      ],
    },
    config: CONFIG,
  };
}

/** A metric's mean over the first two varied parameters (a heatmap for grids, coloured points otherwise). */
export function heatmapSpec(points: readonly Record<string, unknown>[], x: string, y: string, metric: string, grid: boolean): TopLevelSpec {
  const values = points.map((p) => ({ x: p[x], y: p[y], value: p[`${metric}.mean`], runs: p.runs }));
  const numeric = (v: unknown) => typeof v === 'number';
  const xType = values.every((v) => numeric(v.x)) && !grid ? 'quantitative' : 'ordinal';
  const yType = values.every((v) => numeric(v.y)) && !grid ? 'quantitative' : 'ordinal';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `${metric} over ${x} and ${y}`, subtitle: 'Mean over each point\'s replications; other varied parameters at their sampled values.' },
    data: { values },
    width: 360,
    height: 280,
    mark: grid ? { type: 'rect' } : { type: 'circle', size: 120 },
    encoding: {
      // Grid levels are exact fractions: label them with three significant digits.
      x: { field: 'x', type: xType, title: x, axis: xType === 'ordinal' && values.every((v) => numeric(v.x)) ? { labelExpr: "format(datum.value, '.3~g')", labelAngle: 0 } : {} },
      y: { field: 'y', type: yType, title: y, sort: grid ? 'descending' : undefined, axis: yType === 'ordinal' && values.every((v) => numeric(v.y)) ? { labelExpr: "format(datum.value, '.3~g')" } : {} },
      color: { field: 'value', type: 'quantitative', title: metric, scale: { scheme: 'viridis' } },
      tooltip: [
        { field: 'x', title: x },
        { field: 'y', title: y },
        { field: 'value', title: `${metric} (mean)`, format: '.3f' },
        { field: 'runs', title: 'Runs' },
      ],
    },
    config: CONFIG,
  } as TopLevelSpec;
}
