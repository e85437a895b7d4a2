import { describe, expect, it } from 'vitest';
import { choiceLabel, flatDomain, flatValue, heatmapCells, morrisFrame, heatmapPanel, heatmapSpec, indexTicks, INTERVAL_COLOR, morrisLabels, morrisSpec, responsePoints, prccSpec, responseSpec, sobolIndicesSpec } from '../../../viz/specs/sweep';
import { firstPhrase, metricLabel, parameterLabel, parameterLabels } from '../../../viz/specs/readableNames';
import { isSweepChartId, sweepCharts } from '../../../viz/report/sweepReport';
import type { SweepAnalysis } from '../../../scenarios/sweepAnalysis';
import { singleValuePaths } from '../../../sim/params/fields';
import { scenarioField } from '../../../scenarios/schema';
import { METRICS } from '../../../models/metrics';
import { renderedSvg } from './renderedSvg';
import { labelsApart, renderedAxisLabels, responseXLabels } from './renderedLabels';

// A 2×2×2 grid: the third parameter (c) must be averaged out, not drawn as overlapping marks.
const grid = [0, 1].flatMap((a) => [0, 1].flatMap((b) => [0, 1].map((c) => ({ a, b, c, 'm.mean': 10 * a + b + 100 * c, runs: 3 }))));

describe('heatmap cells', () => {
  it('averages the points that share an (x, y) cell over the other parameters', () => {
    const cells = heatmapCells(grid, 'a', 'b', 'm');
    expect(cells).toHaveLength(4);
    expect(cells.find((c) => c.x === 1 && c.y === 0)).toEqual({ x: 1, y: 0, value: 60, points: 2, runs: 6 });
  });

  it('keeps one cell per point when the points differ (random and LHS designs)', () => {
    const sampled = [{ a: 0.1, b: 0.7, 'm.mean': 2, runs: 1 }, { a: 0.4, b: 0.2, 'm.mean': 5, runs: 1 }];
    expect(heatmapCells(sampled, 'a', 'b', 'm')).toEqual([
      { x: 0.1, y: 0.7, value: 2, points: 1, runs: 1 },
      { x: 0.4, y: 0.2, value: 5, points: 1, runs: 1 },
    ]);
  });

  it('leaves out points whose metric is missing (every run failed)', () => {
    expect(heatmapCells([{ a: 0, b: 0, 'm.mean': null, runs: 0 }, { a: 0, b: 0, 'm.mean': 4, runs: 2 }], 'a', 'b', 'm')).toEqual([{ x: 0, y: 0, value: 4, points: 1, runs: 2 }]);
  });

  it('says in the subtitle and tooltip when cells pool several points', () => {
    const pooled = heatmapSpec(grid, 'a', 'b', 'm', true) as unknown as { title: { subtitle: string[] }; encoding: { tooltip: { field: string }[] } };
    expect(pooled.title.subtitle.join(' ')).toMatch(/mean over the points that share/);
    expect(pooled.encoding.tooltip.map((t) => t.field)).toContain('points');
    const single = heatmapSpec(grid.filter((p) => p.c === 0), 'a', 'b', 'm', true) as unknown as { title: { subtitle: string[] }; encoding: { tooltip: { field: string }[] } };
    expect(single.title.subtitle.join(' ')).not.toMatch(/share/);
    expect(single.encoding.tooltip.map((t) => t.field)).not.toContain('points');
  });
});

describe('heatmap axes', () => {
  type Axes = { encoding: { x: { sort?: unknown; type: string }; y: { sort?: unknown; type: string } } };
  it("draws choices (packages, modes) in the plan's order and numbers by size, the largest at the top", () => {
    // A grid over burden × package, packages listed as the plan gives them (status-quo first), not alphabetically.
    const points = [0.5, 2].flatMap((burden) => ['status-quo', 'opt-out-support'].map((policy) => ({ burden, policy, 'm.mean': burden, runs: 1 })));
    const byPackage = heatmapSpec(points, 'burden', 'policy', 'm', true) as unknown as Axes;
    expect(byPackage.encoding.y.sort).toBeNull();
    expect(heatmapCells(points, 'burden', 'policy', 'm').map((c) => c.y).slice(0, 2)).toEqual(['status-quo', 'opt-out-support']);
    expect(byPackage.encoding.x.sort).toBeUndefined();
    const byBurden = heatmapSpec(points, 'policy', 'burden', 'm', true) as unknown as Axes;
    expect(byBurden.encoding.x.sort).toBeNull();
    expect(byBurden.encoding.y.sort).toBe('descending');
    // With the plan's lists (any design: a random one's first points need not follow them), their order.
    const sampled = [{ burden: 1.2, policy: 'opt-out-support', 'm.mean': 1, runs: 1 }, { burden: 0.7, policy: 'status-quo', 'm.mean': 2, runs: 1 }];
    const planned = heatmapSpec(sampled, 'burden', 'policy', 'm', false, { policy: ['status-quo', 'opt-out-support'] }) as unknown as Axes;
    expect(planned.encoding.y.sort).toEqual(['status-quo', 'opt-out-support']);
    expect(planned.encoding.x.sort).toBeUndefined();
  });
});

describe('sampled heatmap axes (random and LHS designs)', () => {
  type Axis = { scale?: { zero?: boolean; domain?: number[]; nice?: boolean }; axis?: { labelOverlap?: unknown; tickCount?: number } };
  type Sampled = { title: { subtitle: string[] }; encoding: { x: Axis; y: Axis } };
  // An LHS sweep of separationCf over 0.5 to 2.5 and a supervision interval over 7 to 28 days.
  const lhs = [
    { cf: 0.54, interval: 24, 'm.mean': 0.2, runs: 5 },
    { cf: 1.6, interval: 7, 'm.mean': 0.3, runs: 5 },
    { cf: 2.47, interval: 28, 'm.mean': 0.35, runs: 5 },
  ];
  const ranges = { cf: [0.5, 2.5], interval: [7, 28] } as const;

  it("span the plan's ranges, not 0 to the largest value, with labels that do not run together", () => {
    const spec = heatmapSpec(lhs, 'cf', 'interval', 'm', false, {}, undefined, { ranges, others: [] }) as unknown as Sampled;
    expect(spec.encoding.x.scale).toMatchObject({ domain: [0.5, 2.5], zero: false, nice: false });
    expect(spec.encoding.y.scale).toMatchObject({ domain: [7, 28], zero: false, nice: false });
    for (const axis of [spec.encoding.x.axis, spec.encoding.y.axis]) {
      expect(axis?.labelOverlap).toBe(true);
      expect(axis?.tickCount).toBeLessThanOrEqual(6);
    }
    // Without the plan's ranges (a caller that does not know them), at least not from 0.
    const unplanned = heatmapSpec(lhs, 'cf', 'interval', 'm', false) as unknown as Sampled;
    expect(unplanned.encoding.x.scale).toEqual({ zero: false });
    expect(unplanned.encoding.y.scale).toEqual({ zero: false });
  });

  it('names the other varied parameters in the subtitle only where there are any', () => {
    const two = heatmapSpec(lhs, 'cf', 'interval', 'm', false, {}, undefined, { ranges, others: [] }) as unknown as Sampled;
    expect(two.title.subtitle).toEqual(["Mean over each point's replications."]);
    const three = heatmapSpec(lhs, 'cf', 'interval', 'm', false, {}, undefined, { ranges, others: ['stigma'] }) as unknown as Sampled;
    expect(three.title.subtitle.join(' ')).toBe("Mean over each point's replications; the other varied parameter, stigma, at its sampled values.");
    const four = heatmapSpec(lhs, 'cf', 'interval', 'm', false, {}, undefined, { ranges, others: ['stigma', 'raise'] }) as unknown as Sampled;
    expect(four.title.subtitle.join(' ')).toBe("Mean over each point's replications; the other varied parameters, stigma, raise, at their sampled values.");
  });

  it('get the ranges and the other parameters from sweepCharts', () => {
    const analysis = { design: 'lhs', points: lhs } as unknown as SweepAnalysis;
    const [chart] = sweepCharts(analysis, ['cf', 'interval'], ['m'], {}, ranges);
    const spec = chart.spec as unknown as Sampled;
    expect(spec.encoding.x.scale?.domain).toEqual([0.5, 2.5]);
    expect(spec.title.subtitle.join(' ')).not.toMatch(/other varied/);
    expect(chart.caption).toBe('m over cf and interval.');
  });
});

describe('Morris chart labels', () => {
  const row = (parameter: string, muStar: number, sigma: number) => ({ parameter, mu: muStar, muStar, sigma });

  it('joins the names of points that sit close together into one label at the most influential, so they do not print over each other', () => {
    const rows = [row('a', 1, 1), row('b', 0.98, 0.97), row('c', 0.5, 0.2), row('d', 0.02, 0.01), row('e', 0, 0)];
    expect(morrisLabels(rows)).toEqual([
      { muStar: 1, sigma: 1, label: 'a, b', names: ['a', 'b'] },
      { muStar: 0.5, sigma: 0.2, label: 'c', names: ['c'] },
      { muStar: 0.02, sigma: 0.01, label: 'd, e', names: ['d', 'e'] },
    ]);
    // Apart on either axis: labels of their own.
    expect(morrisLabels([row('a', 1, 1), row('b', 1, 0.5), row('c', 0.5, 1)]).map((l) => l.label)).toEqual(['a', 'b', 'c']);
    // A parameter without effects (NaN) has no label and does not change the others' (it set the scale to 1).
    expect(morrisLabels([row('a', 0.02, 0.01), row('b', 0.08, 0.01), row('n', NaN, NaN)]).map((l) => l.label)).toEqual(['b', 'a']);
    // Every effect zero (an inert parameter, or all): one label, no division by zero.
    expect(morrisLabels([row('a', 0, 0), row('b', 0, 0)])).toEqual([{ muStar: 0, sigma: 0, label: 'a, b', names: ['a', 'b'] }]);
  });

  it('draws every point and one text mark per label', () => {
    const spec = morrisSpec({ proqolBO: [row('a', 1, 1), row('b', 0.99, 1), row('c', 0.3, 0.1)] }) as unknown as { data: { values: { kind: string; label?: string }[] }; spec: { layer: { transform: { filter: string }[]; mark: { type: string } }[] } };
    expect(spec.data.values.filter((v) => v.kind === 'point')).toHaveLength(3);
    // Each name on a line of its own, ended by a semicolon but the last.
    expect(spec.data.values.filter((v) => v.kind === 'label').map((v) => v.label)).toEqual([['a;', 'b'], 'c']);
    expect(spec.spec.layer.map((l) => [l.mark.type, l.transform[0].filter])).toEqual([
      ['rule', "datum.kind === 'point' && isFinite(datum.muStarLow) && isFinite(datum.muStarHigh)"],
      ['point', "datum.kind === 'point'"],
      ['point', "datum.kind === 'frame'"],
      ['text', "datum.kind === 'label'"],
    ]);
  });

  it("draws μ*'s bootstrap interval as a dark line across each point, and says so, where the analysis has intervals", () => {
    const withIntervals = morrisSpec({ proqolBO: [{ ...row('a', 1, 1), muStarLow: 0.8, muStarHigh: 1.3 }] }) as unknown as { title: { subtitle: string[] }; spec: { layer: { mark: { type: string; color?: string }; encoding: Record<string, { field: string }> }[] } };
    const rule = withIntervals.spec.layer[0];
    expect([rule.mark.type, rule.mark.color, rule.encoding.x.field, rule.encoding.x2.field, rule.encoding.y.field]).toEqual(['rule', INTERVAL_COLOR, 'muStarLow', 'muStarHigh', 'sigma']);
    expect(withIntervals.title.subtitle.join(' ')).toContain('Lines: 95% bootstrap intervals of μ*.');
    expect((morrisSpec({ proqolBO: [row('a', 1, 1)] }) as unknown as { title: { subtitle: string[] } }).title.subtitle.join(' ')).not.toContain('Lines:');
  });
});

describe('a Morris panel whose effects are all the same', () => {
  const zero = (parameter: string) => ({ parameter, mu: 0, muStar: 0, muStarLow: 0, muStarHigh: 0, sigma: 0 });

  it('pads its axes from 0, labels them as ordinary numbers and says the metric does not respond (Vega labelled one tick 0.000000)', async () => {
    const spec = morrisSpec({ turnoverPerYear: [zero('policy.supervision.intervalDays'), zero('community.demandPerSeat')] }) as unknown as { title: { subtitle: string[] } };
    expect(spec.title.subtitle.join(' ')).toContain('Every elementary effect on turnover per year is 0: that metric does not respond to these parameters here.');
    const svg = await renderedSvg(spec);
    const numbers = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((t) => /^\d+(\.\d+)?$/.test(t));
    expect(numbers).not.toContain('0.000000');
    expect(numbers.every((t) => t.length <= 4)).toBe(true);
    // Ticks on both axes, from 0 to 1.
    expect(numbers.filter((t) => t === '1.0')).toHaveLength(2);
  });

  it('pads only the flat axis, and leaves a panel that varies and its subtitle as they were', () => {
    expect(morrisFrame([zero('a'), zero('b')])).toEqual([{ muStar: 0, sigma: 0 }, { muStar: 1, sigma: 1 }]);
    // σ 0 everywhere (linear effects), μ* varying: σ padded, μ* at a value it has.
    expect(morrisFrame([{ parameter: 'a', mu: 2, muStar: 2, sigma: 0 }, { parameter: 'b', mu: 1, muStar: 1, sigma: 0 }])).toEqual([{ muStar: 2, sigma: 0 }, { muStar: 2, sigma: 1 }]);
    expect(morrisFrame([{ parameter: 'a', mu: 2, muStar: 2, sigma: 0.5 }, { parameter: 'b', mu: 1, muStar: 1, sigma: 0.2 }])).toEqual([]);
    const varied = morrisSpec({ proqolBO: [{ parameter: 'a', mu: 2, muStar: 2, sigma: 0.5 }] }) as unknown as { title: { subtitle: string[] } };
    expect(varied.title.subtitle.join(' ')).not.toContain('does not respond');
  });
});

describe("a Morris panel's μ* axis", () => {
  it('keeps its labels at least 8 pixels apart, the end labels too (0.00 and 0.05 of a 0 to 0.35 axis were drawn 1 px apart, read as "0.000.05")', async () => {
    // A browser's narrower text put 0.00 and 0.05 of a 0 to 0.35 axis 1 px apart; Vega's headless widths do so with 0.0 and 0.2 of 0 to 1.2 (4 px).
    const rows = [{ parameter: 'a', mu: 0, muStar: 0, sigma: 0 }, { parameter: 'b', mu: 1.1, muStar: 1.1, sigma: 0.298 }, { parameter: 'c', mu: 1.15, muStar: 1.15, sigma: 0.3047 }];
    const labels = (await renderedAxisLabels(morrisSpec({ turnoverPerYear: rows }))).filter((l) => l.shown && l.orient === 'bottom').sort((a, b) => a.x1 - b.x1);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.every((l, i) => i === 0 || l.x1 - labels[i - 1].x2 >= 8)).toBe(true);
  });
});

describe("a Morris panel's μ* axis at 0", () => {
  it('centres its 0 label on the axis start, so that a point at μ* 0 sits under its label and the axis never reads as starting below 0', async () => {
    // Flush, "0.00" began at the axis start: the point at 0 sat left of the label's middle.
    const rows = [{ parameter: 'a', mu: 0, muStar: 0, sigma: 0 }, { parameter: 'b', mu: 0.21, muStar: 0.21, sigma: 0.1, muStarLow: 0.12, muStarHigh: 0.26 }, { parameter: 'c', mu: 0.07, muStar: 0.07, sigma: 0.11, muStarLow: 0.0007, muStarHigh: 0.156 }];
    const labels = (await renderedAxisLabels(morrisSpec({ turnoverPerYear: rows }))).filter((l) => l.shown && l.orient === 'bottom').sort((a, b) => a.x1 - b.x1);
    expect(Number(labels[0].text)).toBe(0);
    expect(Math.abs((labels[0].x1 + labels[0].x2) / 2)).toBeLessThan(1);
  });
});

describe('a Morris panel without effects', () => {
  // analysis.json's null: no replication measured the metric at every point (nobody in post at some point in each).
  const none = (parameter: string) => ({ parameter, mu: null, muStar: null, muStarLow: null, muStarHigh: null, sigma: null }) as unknown as { parameter: string; mu: number; muStar: number; sigma: number };
  const some = [{ parameter: 'policy.supervision.intervalDays', mu: 2, muStar: 2, sigma: 0.5 }, { parameter: 'community.demandPerSeat', mu: 1, muStar: 1, sigma: 0.2 }];
  const headers = (svg: string) => [...svg.matchAll(/<text[^>]*font-weight="bold"[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<tspan[^>]*>([^<]*)<\/tspan>/g, '$1 ').trim());

  it('says why in its header and spans 0 to 1 both ways (it read 0.000000 on each axis, under the bare metric name)', async () => {
    expect(morrisFrame([none('a'), none('b')])).toEqual([{ muStar: 0, sigma: 0 }, { muStar: 1, sigma: 1 }]);
    const spec = morrisSpec({ proqolSTS: [none('policy.supervision.intervalDays'), none('community.demandPerSeat')], turnoverPerYear: some }, { proqolSTS: { used: 0 } });
    const svg = await renderedSvg(spec);
    expect(svg).not.toContain('0.000000');
    expect(headers(svg).join(' | ')).toContain('ProQOL STS (points): no effects, no replication measured it at every point');
    expect(headers(svg)).toContain('Turnover per year');
  });

  it('gets its reason from the report, which passes analysis.json\'s unmeasured on', () => {
    const analysis = { design: 'morris', morris: { proqolSTS: [none('a')] }, unmeasured: { proqolSTS: { leftOut: [0, 1], used: 0 } } } as unknown as SweepAnalysis;
    const sort = (sweepCharts(analysis, ['a'], ['proqolSTS'])[0].spec as unknown as { facet: { column: { sort: string[] } } }).facet.column.sort;
    expect(sort.map((p) => p.replace(/\n/g, ' '))).toEqual(['ProQOL STS (points): no effects, no replication measured it at every point']);
  });
});

describe('Sobol index axis', () => {
  const at = (...ends: number[]) => ends.map((x) => ({ value: x, low: x, high: x }));

  it('ticks multiples of 0.2 from 0 to 1 at least, so 0 is labelled (Vega labelled −0.1, 0.1, 0.3, ...)', () => {
    expect(indexTicks(at(0.05, 0.74))).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(indexTicks(at(-0.13, 1.02))).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(indexTicks([{ value: 0.3, low: NaN, high: Infinity }])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('widens its step for indices far outside 0 to 1, keeping a dozen ticks at most', () => {
    const wide = indexTicks(at(-3.2, 6.5));
    expect(wide.length).toBeLessThanOrEqual(12);
    expect(wide).toContain(0);
    expect(wide[0]).toBeLessThanOrEqual(-3.2);
    expect(wide[wide.length - 1]).toBeGreaterThanOrEqual(6.5);
    // An estimate over a near-zero variance is unbounded: still a dozen ticks at most, and no throw.
    for (const huge of [5000, 1e6, 1e12, -1e9]) {
      const ticks = indexTicks(at(huge));
      expect(ticks.length, String(huge)).toBeLessThanOrEqual(12);
      expect(ticks).toContain(0);
      expect(Math.max(...ticks.map(Math.abs))).toBeGreaterThanOrEqual(Math.abs(huge));
    }
  });

  it('sets the scale to the ticks\' ends', () => {
    const spec = sobolIndicesSpec({ proqolBO: [{ parameter: 'a', S1: 0.2, S1low: -0.13, S1high: 0.5, ST: 0.3, STlow: 0.1, SThigh: 0.6 }] }) as unknown as { spec: { layer: { encoding: { x?: { scale?: unknown; axis?: { values?: number[] } } } }[] } };
    const x = spec.spec.layer[0].encoding.x!;
    expect(x.axis!.values).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(x.scale).toEqual({ domain: [-0.2, 1], nice: false });
  });
});

describe('Sobol index chart', () => {
  type Layer = { mark: { type: string; opacity?: number }; encoding: { x?: { field: string }; color?: { value?: string } } };
  const spec = sobolIndicesSpec({ m: [{ parameter: 'policy', S1: 0.739, S1low: 0.497, S1high: 1.02, ST: 0.74, STlow: 0.55, SThigh: 1.02 }] }) as unknown as { spec: { layer: Layer[]; encoding: { color: { field: string } } }; title: { subtitle: string[] } };
  const layers = spec.spec.layer;

  it('draws the whole interval over the bar, in a colour of its own, with a tick at each end', () => {
    // The bar's colour is encoded for every layer, so an interval without its own colour was drawn in the bar's and hid inside it.
    expect(spec.spec.encoding.color.field).toBe('index');
    const bar = layers.findIndex((l) => l.mark.type === 'bar');
    const rule = layers.findIndex((l) => l.mark.type === 'rule');
    expect(bar).toBe(0);
    expect(rule).toBeGreaterThan(bar);
    expect(layers[rule].encoding.color).toEqual({ value: INTERVAL_COLOR });
    const ticks = layers.filter((l) => l.mark.type === 'tick');
    expect(ticks.map((t) => t.encoding.x?.field)).toEqual(['low', 'high']);
    for (const t of ticks) expect(t.encoding.color).toEqual({ value: INTERVAL_COLOR });
    expect(layers.indexOf(ticks[0])).toBeGreaterThan(bar);
    expect(spec.title.subtitle.join(' ')).not.toMatch(/bars show 95%/);
  });
});

describe('a Sobol panel without indices', () => {
  const none = (parameter: string) => ({ parameter, S1: null, S1low: null, S1high: null, ST: null, STlow: null, SThigh: null }) as unknown as { parameter: string; S1: number; S1low: number; S1high: number; ST: number; STlow: number; SThigh: number };
  const some = { parameter: 'policy.supervision.intervalDays', S1: 0.3, S1low: 0.2, S1high: 0.4, ST: 0.4, STlow: 0.3, SThigh: 0.5 };
  const headers = (svg: string) => [...svg.matchAll(/<text[^>]*font-weight="bold"[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<tspan[^>]*>([^<]*)<\/tspan>/g, '$1 ').trim());

  it('says over its empty panel why it has none (a metric with no variance: null in analysis.json, NaN as computed), and nothing over a panel with indices', async () => {
    const spec = sobolIndicesSpec({ turnoverPerYear: [none('policy.supervision.intervalDays'), { ...none('community.demandPerSeat'), S1: NaN, ST: NaN }], meanSTS: [some] });
    const said = headers(await renderedSvg(spec));
    expect(said).toContain('Turnover per year: no indices, no variance (the same at every point), so shares of it are undefined');
    expect(said).toContain('meanSTS');
  });

  it('says why from analysis.json noIndices where it records it: no variance with its value, or a failed estimate, not guessed from the nulls', () => {
    const panels = (spec: unknown) => (spec as { facet: { row: { sort: string[] } } }).facet.row.sort.map((p) => p.replace(/\n/g, ' '));
    const sobol = { turnoverPerYear: [none('a')], proqolSTS: [none('a')], proqolBO: [none('a')], meanSTS: [none('a')] };
    const why = { turnoverPerYear: { reason: 'constant', value: 0.708 }, proqolSTS: { reason: 'failed', point: 3 }, proqolBO: { reason: 'failed' }, meanSTS: { reason: 'unmeasured' } } as const;
    expect(panels(sobolIndicesSpec(sobol, {}, why))).toEqual([
      'Turnover per year: no indices, no variance (0.708 at every base point), so shares of it are undefined',
      'ProQOL STS (points): no indices, the estimate failed: its mean at point 3 is not a finite number',
      'ProQOL burnout (points): no indices, the estimate failed: the variance of its means is not a finite number',
      'meanSTS: no indices, no replication measured it at every point',
    ].map((p) => panels({ facet: { row: { sort: [p] } } })[0]));
    // An analysis.json from before noIndices was recorded: as before.
    expect(panels(sobolIndicesSpec({ turnoverPerYear: [none('a')] }))).toEqual(['Turnover per year: no indices, no variance (the same at every point), so shares of it are undefined']);
  });

  it('says no replication measured it where analysis.json records none used, and the report passes that on', () => {
    const panels = (spec: unknown) => (spec as { facet: { row: { sort: string[] } } }).facet.row.sort.map((p) => p.replace(/\n/g, ' '));
    expect(panels(sobolIndicesSpec({ turnoverPerYear: [none('a')] }, { turnoverPerYear: { used: 0 } }))).toEqual(['Turnover per year: no indices, no replication measured it at every point']);
    const analysis = { design: 'sobol', sobol: { turnoverPerYear: [none('a')] }, unmeasured: { turnoverPerYear: { leftOut: [0, 1], used: 0 } } } as unknown as SweepAnalysis;
    expect(panels(sweepCharts(analysis, ['a'], ['turnoverPerYear'])[0].spec)).toEqual(['Turnover per year: no indices, no replication measured it at every point']);
    // And the reason analysis.json records, where it records one.
    const constant = { design: 'sobol', sobol: { turnoverPerYear: [none('a')] }, noIndices: { turnoverPerYear: { reason: 'constant', value: 0.708 } } } as unknown as SweepAnalysis;
    expect(panels(sweepCharts(constant, ['a'], ['turnoverPerYear'])[0].spec)).toEqual(['Turnover per year: no indices, no variance (0.708 at every base point), so shares of it are undefined']);
  });
});

describe('the Sobol chart\'s order', () => {
  // The chart listed the parameters alphabetically while cfsim analyze's table ranks them by ST.
  const row = (parameter: string, ST: number) => ({ parameter, S1: ST / 2, S1low: 0, S1high: ST, ST, STlow: ST / 2, SThigh: ST * 1.2 });
  const sobol = {
    proqolSTS: [row('p.small', 0.05), row('p.none', NaN), row('p.large', 0.7), row('p.tieA', 0.2), row('p.mid', 0.3), row('p.tieB', 0.2)],
    proqolBO: [row('p.small', 0.9), row('p.none', 0.1), row('p.large', 0.2), row('p.tieA', 0.3), row('p.mid', 0.5), row('p.tieB', 0.4)],
  };

  it("ranks each metric's panel as the table does, by ST, largest at the top, and renders so in Vega", async () => {
    const spec = sobolIndicesSpec(sobol);
    const values = (spec as unknown as { data: { values: { metricPath: string; parameter: string; rank: number; index: string }[] } }).data.values;
    const ranked = (metric: string) => values.filter((v) => v.metricPath === metric && v.index === 'total (ST)').sort((x, y) => x.rank - y.rank).map((v) => v.parameter);
    expect(ranked('proqolSTS')).toEqual(['p.large', 'p.mid', 'p.tieA', 'p.tieB', 'p.small', 'p.none']);
    expect(ranked('proqolBO')).toEqual(['p.small', 'p.mid', 'p.tieB', 'p.tieA', 'p.large', 'p.none']);
    // The facets come in the analysis's order (proqolSTS, then proqolBO), each with its own order, top to bottom.
    const svg = await renderedSvg(spec);
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((t) => t.startsWith('p.'));
    expect(labels).toEqual([...ranked('proqolSTS'), ...ranked('proqolBO')]);
  });

  it('is the sweep report\'s chart of a Sobol sweep', () => {
    const charts = sweepCharts({ design: 'sobol', sobol } as unknown as SweepAnalysis, ['a'], ['proqolSTS', 'proqolBO']);
    expect(charts.map((c) => c.id)).toEqual(['sobol-indices']);
    expect(charts[0].spec).toEqual(sobolIndicesSpec(sobol));
  });
});

describe('heatmap panels', () => {
  // A grid of burden × interval × package: averaging the packages in a cell would mean nothing.
  const byPackage = [0.5, 2].flatMap((burden) => [14, 28].flatMap((interval) => ['status-quo', 'opt-out-support'].map((policy) => ({ burden, interval, policy, 'm.mean': burden + (policy === 'status-quo' ? 0 : 10), runs: 2 }))));

  it('splits by the first choice after the first two parameters, else by a grid\'s third, up to eight values', () => {
    expect(heatmapPanel(byPackage, ['burden', 'interval', 'policy'], true)).toBe('policy');
    expect(heatmapPanel(byPackage, ['burden', 'interval', 'policy'], false)).toBe('policy');
    expect(heatmapPanel(grid, ['a', 'b', 'c'], true)).toBe('c');
    // A random design's numeric third parameter is sampled, not levels: no panels.
    expect(heatmapPanel(grid, ['a', 'b', 'c'], false)).toBeUndefined();
    expect(heatmapPanel(grid, ['a', 'b'], true)).toBeUndefined();
    // A later choice is preferred to a numeric third parameter.
    const four = byPackage.map((p) => ({ ...p, c: 1 }));
    expect(heatmapPanel(four, ['burden', 'interval', 'c', 'policy'], true)).toBe('policy');
    const many = Array.from({ length: 9 }, (_, k) => ({ a: 0, b: 0, c: k, 'm.mean': k, runs: 1 }));
    expect(heatmapPanel(many, ['a', 'b', 'c'], true)).toBeUndefined();
    // A true/false field is not a number either; a choice of more than eight values gives way to a later one.
    const flags = grid.map((p) => ({ ...p, d: p.c === 1 }));
    expect(heatmapPanel(flags, ['a', 'b', 'c', 'd'], true)).toBe('d');
    const wide = many.map((p) => ({ ...p, c: `choice-${p.c}`, d: p.c % 2 === 0 ? 'x' : 'y' }));
    expect(heatmapPanel(wide, ['a', 'b', 'c', 'd'], false)).toBe('d');
    // A numeric list of values in a sampled design (leave days 0, 2, 4) splits it; a sampled range does not.
    const listed = [0, 2, 4].flatMap((days) => [0.1, 0.5].map((a) => ({ a, b: a * 2, days, 'm.mean': days, runs: 1 })));
    expect(heatmapPanel(listed, ['a', 'b', 'days'], false, { days: [0, 2, 4] })).toBe('days');
    expect(heatmapPanel(listed, ['a', 'b', 'days'], false)).toBeUndefined();
  });

  it('keeps each panel\'s cells apart and draws them on one colour scale, in the plan\'s order', () => {
    const cells = heatmapCells(byPackage, 'burden', 'interval', 'm', 'policy');
    expect(cells).toHaveLength(8);
    expect(cells.filter((c) => c.x === 2 && c.y === 14)).toEqual([
      { x: 2, y: 14, panel: 'status-quo', value: 2, points: 1, runs: 2 },
      { x: 2, y: 14, panel: 'opt-out-support', value: 12, points: 1, runs: 2 },
    ]);
    // Without a panel the two packages were pooled: 7, the mean of 2 and 12.
    expect(heatmapCells(byPackage, 'burden', 'interval', 'm').find((c) => c.x === 2 && c.y === 14)?.value).toBe(7);
    const spec = heatmapSpec(byPackage, 'burden', 'interval', 'm', true, { policy: ['status-quo', 'opt-out-support'] }, 'policy') as unknown as {
      facet: { field: string; sort: unknown };
      resolve?: unknown;
      spec: { encoding: { tooltip: { field: string }[] } };
      title: { text: string; subtitle: string[] };
    };
    expect(spec.facet).toMatchObject({ field: 'panel', sort: ['status-quo', 'opt-out-support'] });
    expect(spec.resolve).toBeUndefined();
    expect(spec.spec.encoding.tooltip[0]).toEqual({ field: 'panel', title: "The organization's support package" });
    expect(spec.title.text).toBe("m over burden and interval, by the organization's support package");
    expect(spec.title.subtitle).toEqual(["Mean over each point's replications. One panel per value of the organization's support package.", 'As the plan and runs.csv name them: x: burden · y: interval · panels: policy · colour: m.']);
    // A cell that still pools points says so, with its panel.
    const pooled = heatmapSpec(byPackage.map((p) => ({ ...p, extra: 1 })).concat(byPackage.map((p) => ({ ...p, extra: 2 }))), 'burden', 'interval', 'm', true, {}, 'policy') as unknown as { title: { subtitle: string[] } };
    expect(pooled.title.subtitle.join(' ')).toBe("Each cell: the mean over the points that share its values (the other varied parameters' levels), each the mean of its replications. One panel per value of the organization's support package. As the plan and runs.csv name them: x: burden · y: interval · panels: policy · colour: m.");
  });

  it("splits the subtitle's 'One panel per value of ...' line as the other long lines are, however long the panel parameter's name", async () => {
    const points = [1, 2].flatMap((a) => [3, 4].flatMap((b) => [0.1, 0.2].flatMap((gain) => [1, 2].map((extra) => ({ 'policy.supervision.intervalDays': a, 'community.demandPerSeat': b, 'coefficients.stsGain': gain, extra, 'turnoverPerYear.mean': a + b + extra, runs: 2 })))));
    const pooled = heatmapSpec(points, 'policy.supervision.intervalDays', 'community.demandPerSeat', 'turnoverPerYear', true, {}, 'coefficients.stsGain') as unknown as { title: { subtitle: string[] } };
    expect(pooled.title.subtitle.every((l) => l.length <= 120)).toBe(true);
    expect(pooled.title.subtitle.join(' ')).toContain('One panel per value of α: STS gained per unit of unbuffered compassion stress.');
    // A sampled design's subtitle, naming the other varied parameters, too; and as Vega draws it.
    const sampled = heatmapSpec(points.filter((p) => p.extra === 1).map((p, i) => ({ ...p, 'policy.supervision.intervalDays': p['policy.supervision.intervalDays'] + i / 10 })), 'policy.supervision.intervalDays', 'community.demandPerSeat', 'turnoverPerYear', false, {}, 'coefficients.stsGain', { others: ['population.roleMix.police', 'community.stigma'] }) as unknown as { title: { subtitle: string[] } };
    expect(sampled.title.subtitle.every((l) => l.length <= 120)).toBe(true);
    const svg = await renderedSvg(sampled);
    expect(svg).toContain('One panel per value of');
  });

  it('names the panel and what is still averaged in the chart captions', () => {
    const analysis = { design: 'grid', points: byPackage.map((p) => ({ ...p, extra: 1 })) } as unknown as SweepAnalysis;
    expect(sweepCharts(analysis, ['burden', 'interval', 'policy'], ['m'])[0].caption).toBe('m over burden and interval, one panel per policy.');
    expect(sweepCharts(analysis, ['burden', 'interval', 'policy', 'extra'], ['m'])[0].caption).toBe('m over burden and interval, one panel per policy, averaged over extra where points share a cell.');
  });
});

describe('a sweep of one parameter', () => {
  const points = [
    { point: 0, x: 0.1, runs: 3, 'm.mean': 2, 'm.p05': 1, 'm.p95': 3 },
    { point: 1, x: 0.5, runs: 0, 'm.mean': NaN, 'm.p05': NaN, 'm.p95': NaN },
    { point: 2, x: 0.9, runs: 3, 'm.mean': 5, 'm.p05': 4, 'm.p95': 7 },
  ];
  const analysis: SweepAnalysis = { plan: 'p', design: 'grid', status: 'complete', runs: 9, completedRuns: 9, planRuns: 9, failures: 0, points };

  it('gets one chart per metric: the metric against the parameter', () => {
    const charts = sweepCharts(analysis, ['x'], ['m', 'n']);
    expect(charts.map((c) => c.id)).toEqual(['response-m', 'response-n']);
    expect(charts.every((c) => c.spec !== undefined && isSweepChartId(c.id))).toBe(true);
  });

  it('draws each point\'s mean with the 90% range of its replications, leaving out points whose runs all failed', () => {
    expect(responsePoints(points, 'x', 'm')).toEqual([
      { x: 0.1, mean: 2, low: 1, high: 3, runs: 3 },
      { x: 0.9, mean: 5, low: 4, high: 7, runs: 3 },
    ]);
    const spec = responseSpec(points, 'x', 'm') as unknown as { layer: { mark: { type: string }; encoding: { x: { type: string } } }[] };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['rule', 'line', 'point']);
    expect(spec.layer[0].encoding.x.type).toBe('quantitative');
  });

  it('puts a list of choices on an ordinal axis in the plan\'s order, with no line between them', () => {
    const choices = [{ mode: 'opt-out', 'm.mean': 1, 'm.p05': 0, 'm.p95': 2, runs: 2 }, { mode: 'opt-in', 'm.mean': 3, 'm.p05': 2, 'm.p95': 4, runs: 2 }];
    const spec = responseSpec(choices, 'mode', 'm') as unknown as { layer: { mark: { type: string }; encoding: { x: { type: string; sort: unknown } } }[] };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['rule', 'point']);
    expect(spec.layer[1].encoding.x).toMatchObject({ type: 'ordinal', sort: null });
  });
});

describe('the PRCC chart', () => {
  const prcc = {
    proqolSTS: [
      { parameter: 'costs.supervisionSession', prcc: -0.002, low: -0.375, high: 0.372 },
      { parameter: 'coefficients.stsGain', prcc: 0.986, low: 0.97, high: 0.994 },
      { parameter: 'policy.supervision.mode', towards: 'opt-out', prcc: -0.76, low: -0.883, high: -0.541 },
      { parameter: 'policy', prcc: null, low: null, high: null },
    ],
  };

  it('draws each parameter with a PRCC, strongest first, coloured by which way the metric clearly goes, and renders in Vega', async () => {
    const spec = prccSpec(prcc);
    const values = (spec as unknown as { data: { values: { parameter: string; way: string; strength: number }[] } }).data.values;
    expect(values.map((v) => [v.parameter, v.way])).toEqual([
      ['Cost of one supervision session ($/session)', 'unclear'],
      ['α: STS gained per unit of unbuffered compassion stress', 'rises with it'],
      ['Supervision (to opt-out)', 'falls with it'],
    ]);
    // The bars' order on the y axis: strongest first, though the data lists the weakest first (alphabetically
    // coefficients.stsGain comes first too: the mode, second by strength and last by name, tells the two apart),
    // each label whole, with the direction of a list of two choices.
    const svg = await renderedSvg(spec);
    // A long name takes lines (tspans) rather than being cut with an ellipsis.
    const labels = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<tspan[^>]*>([^<]*)<\/tspan>/g, '$1|').replace(/\|$/, '')).filter((t) => /^(α|Cost|Supervision)/.test(t));
    expect(labels).toEqual(['α: STS gained per unit of unbuffered|compassion stress', 'Supervision (to opt-out)', 'Cost of one supervision session ($/session)']);
    expect(svg).not.toContain('…');
  });

  it("gives the tooltip's PRCC and interval ends as the analyze table does: three decimals, a first significant digit for an end that would read 0.000", () => {
    const spec = prccSpec({ burnout: [{ parameter: 'a', prcc: 0.68, low: 0.0004, high: 0.9 }, { parameter: 'b', prcc: -0.5, low: -0.8, high: -0.0002 }] });
    const values = (spec as unknown as { data: { values: { shownValue: string; shownLow: string; shownHigh: string }[] } }).data.values;
    expect(values.map((v) => [v.shownValue, v.shownLow, v.shownHigh])).toEqual([['0.680', '0.0004', '0.900'], ['−0.500', '−0.800', '−0.0002']]);
    const tooltip = JSON.stringify(spec);
    expect(tooltip).toContain('"field":"shownLow","title":"95% low"');
    expect(tooltip).not.toContain('~r');
  });

  it('is the first chart of a Latin hypercube sweep with PRCC, and absent without any', () => {
    const analysis = { design: 'lhs', prcc, points: [{ point: 0, a: 1, b: 2, runs: 1, 'proqolSTS.mean': 30 }] } as unknown as SweepAnalysis;
    const charts = sweepCharts(analysis, ['a', 'b'], ['proqolSTS']);
    expect(charts.map((c) => c.id)).toEqual(['prcc', 'heatmap-proqolSTS']);
    expect(isSweepChartId('prcc')).toBe(true);
    const none = { ...analysis, prcc: { proqolSTS: [prcc.proqolSTS[3]] } } as unknown as SweepAnalysis;
    expect(sweepCharts(none, ['a', 'b'], ['proqolSTS']).map((c) => c.id)).toEqual(['heatmap-proqolSTS']);
  });
});

describe('the PRCC chart\'s left-out parameters', () => {
  const row = (parameter: string, prcc: number | null) => ({ parameter, prcc, low: prcc === null ? null : prcc - 0.1, high: prcc === null ? null : Math.min(1, prcc + 0.1) });
  const subtitle = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle.join(' ');

  it('names a list of choices it leaves out, and why, in words, on the rendered chart', async () => {
    const prcc = { turnoverPerYear: [row('policy', null), row('policy.supervision.intervalDays', 0.5), row('community.demandPerSeat', -0.3)] };
    const spec = prccSpec(prcc, { policy: ['current', 'opt-in', 'opt-out'] });
    expect(subtitle(spec)).toContain("Left out: the organization's support package (a list of 3 choices, which have no order to rank).");
    const svg = await renderedSvg(spec);
    expect(svg).toContain("Left out: the organization's support package (a list of 3 choices, which have no order to rank).");
    // From the report, with the plan's lists.
    const analysis = { design: 'lhs', prcc, points: [{ point: 0, policy: 'opt-in', 'policy.supervision.intervalDays': 7, runs: 1, 'turnoverPerYear.mean': 3 }] } as unknown as SweepAnalysis;
    expect(subtitle(sweepCharts(analysis, ['policy.supervision.intervalDays', 'community.demandPerSeat', 'policy'], ['turnoverPerYear'], { policy: ['current', 'opt-in', 'opt-out'] })[0].spec)).toContain('Left out: the organization');
  });

  it('names a parameter without a PRCC in one panel, with the parameter the metric follows exactly, and a metric without a panel', () => {
    const spec = prccSpec({
      turnoverPerYear: [{ parameter: 'policy.supervision.intervalDays', prcc: 1, low: 1, high: 1 }, row('community.demandPerSeat', null)],
      meanSTS: [row('policy.supervision.intervalDays', 0.2), row('community.demandPerSeat', null)],
      proqolBO: [row('policy.supervision.intervalDays', null), row('community.demandPerSeat', null)],
    });
    const said = subtitle(spec);
    expect(said).toContain("Not in the panel of turnover per year: client contacts per workday per funded full-caseload seat (contacts/seat/workday) (no PRCC: turnover per year follows supervision every (days)'s order exactly, which leaves it nothing to correlate with).");
    expect(said).toContain('Not in the panel of meanSTS: client contacts per workday per funded full-caseload seat (contacts/seat/workday) (no PRCC: it did not vary across the points, or its values have no order).');
    expect(said).toMatch(/No panel for \S.*: no PRCC at all/);
    expect((spec as { title: { subtitle: string[] } }).title.subtitle.slice(1).every((l) => l.length <= 120)).toBe(true);
    // Every parameter drawn: nothing said.
    expect(subtitle(prccSpec({ meanSTS: [row('policy.supervision.intervalDays', 0.2)] }))).not.toMatch(/Left out|Not in the panel|No panel/);
  });
});

describe("a one-parameter chart's x labels", () => {
  it('stand a choice upright where one piece of its name is too long for its share of the axis', async () => {
    expect(choiceLabel('opt-in', 380, 2)).toBe('opt-in');
    expect(choiceLabel('a_very_long_package_identifier_without_breaks', 380, 3)).toBeUndefined();
    const labels = await responseXLabels(['a_very_long_package_identifier_without_breaks', 'another_long_package_identifier_too', 'x']);
    expect(labels).toHaveLength(3);
    expect(labelsApart(labels, 1)).toBe(true);
  });

  it('keep numbers at least 8 pixels apart, the ends flush with the axis', async () => {
    // With the ends flush, 10 to 17 put 10.0 and 11.0 (and 16.0 and 17.0) 2 pixels apart, 1,000 to 1,011 1,000 and 1,002 3.
    for (const xs of [[10, 17], [1000, 1011], [1000000.5, 2500000.25], [0.1234567, 0.1234999], [0.000123, 0.000124, 0.000125]]) {
      const labels = await responseXLabels(xs);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labelsApart(labels, 8)).toBe(true);
      expect(labels[0].x1).toBeGreaterThanOrEqual(0);
      expect(labels.at(-1)!.x2).toBeLessThanOrEqual(380);
    }
  });
});

describe('a flat response (every point the same mean)', () => {
  const flat = (value: number) => [14, 21, 28].map((v) => ({ 'policy.supervision.intervalDays': v, 'turnoverPerYear.mean': value, 'turnoverPerYear.p05': value, 'turnoverPerYear.p95': value, runs: 2 }));

  it('pads the y axis around the value and says so, so its ticks read as ordinary numbers (Vega labelled one tick 0.250000)', async () => {
    const spec = responseSpec(flat(0.25), 'policy.supervision.intervalDays', 'turnoverPerYear') as unknown as { title: { subtitle: string[] }; layer: { encoding: { y: { scale?: { domain?: number[] } } } }[] };
    expect(spec.layer[2].encoding.y.scale?.domain).toEqual([0.225, 0.275]);
    expect(spec.title.subtitle.join(' ')).toContain('Every point and run gives the same value, 0.2500: the metric does not change with supervision every (days) here.');
    const svg = await renderedSvg(spec);
    const numbers = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((t) => /^0\.\d+$/.test(t));
    expect(numbers).toEqual(['0.23', '0.24', '0.25', '0.26', '0.27', '0.28']);
  });

  it("says so in lines no wider than the chart, however long the parameter's name", () => {
    const points = [100, 300, 500].map((v) => ({ 'costs.affirmation': v, 'sessionCostPerWorkerYear.mean': 0, 'sessionCostPerWorkerYear.p05': 0, 'sessionCostPerWorkerYear.p95': 0, runs: 2 }));
    const spec = responseSpec(points, 'costs.affirmation', 'sessionCostPerWorkerYear') as unknown as { title: { subtitle: string[] } };
    const says = spec.title.subtitle.findIndex((l) => l.startsWith('Every point and run gives the same value, 0:'));
    expect(spec.title.subtitle.slice(says).join(' ')).toMatch(/^Every point and run gives the same value, 0: the metric does not change with supervisor affirmation .* here\./);
    expect(spec.title.subtitle.every((l) => l.length <= 80)).toBe(true);
  });

  it('pads a value of 0 by 1 each way, and leaves a response that varies to Vega', () => {
    expect(flatDomain(0)).toEqual([-1, 1]);
    expect(flatDomain(-20)).toEqual([-22, -18]);
    expect(flatValue([{ mean: 1, low: 1, high: 1 }, { mean: 1, low: 0.5, high: 1 }])).toBeUndefined();
    expect(flatValue([])).toBeUndefined();
    const varied = responseSpec([{ a: 1, 'm.mean': 1, runs: 1 }, { a: 2, 'm.mean': 2, runs: 1 }], 'a', 'm') as unknown as { layer: { encoding: { y: { scale?: object } } }[] };
    expect(varied.layer[2].encoding.y.scale).toEqual({ zero: false });
  });
});

describe("a sweep chart's names", () => {
  type Titled = {
    title: { text: string | string[]; subtitle: string[] };
    encoding: { x: { title: string | string[] }; y: { title: string | string[] }; color: { title: string | string[] }; tooltip: { field: string; title: string }[] };
  };
  const points = [
    { 'policy.supervision.intervalDays': 14, 'community.demandPerSeat': 4, 'turnoverPerYear.mean': 0.2, 'turnoverPerYear.p05': 0.1, 'turnoverPerYear.p95': 0.3, runs: 2 },
    { 'policy.supervision.intervalDays': 28, 'community.demandPerSeat': 6, 'turnoverPerYear.mean': 0.3, 'turnoverPerYear.p05': 0.2, 'turnoverPerYear.p95': 0.4, runs: 2 },
  ];

  it('titles a heatmap, its axes, legend and tooltip with readable names, and gives the plan\'s paths under the title', () => {
    const spec = heatmapSpec(points, 'policy.supervision.intervalDays', 'community.demandPerSeat', 'turnoverPerYear', true) as unknown as Titled;
    // The lever's label in the app, the schema's doc with its unit, the key metric's label.
    // A name too long for its axis (280 px) or the title's width takes lines broken at spaces.
    expect(spec.title.text).toEqual(['Turnover per year over supervision every (days) and client', 'contacts per workday per funded full-caseload seat', '(contacts/seat/workday)']);
    expect(spec.encoding.x.title).toBe('Supervision every (days)');
    expect(spec.encoding.y.title).toEqual(['Client contacts per workday per funded', 'full-caseload seat', '(contacts/seat/workday)']);
    expect(spec.encoding.color.title).toBe('Turnover per year');
    expect(spec.encoding.tooltip.map((t) => t.title)).toEqual(['Supervision every (days)', 'Client contacts per workday per funded full-caseload seat (contacts/seat/workday)', 'Turnover per year (mean)', 'Runs']);
    // The plan's names, in lines no longer than the subtitle's others.
    // Each role kept with its name: the line breaks before "colour:", not between it and turnoverPerYear.
    expect(spec.title.subtitle.slice(-2)).toEqual(['As the plan and runs.csv name them: x: policy.supervision.intervalDays · y: community.demandPerSeat ·', 'colour: turnoverPerYear.']);
    expect(spec.title.subtitle.join(' ')).not.toContain('\u00a0');
  });

  it("titles a one-parameter chart's axes and title with readable names, the paths under the title", () => {
    const spec = responseSpec(points, 'community.demandPerSeat', 'turnoverPerYear') as unknown as { title: Titled['title']; layer: { encoding: { x: { title: string | string[] }; y: { title?: string } } }[] };
    // The title and subtitle in lines that end within the 380-pixel plot (tests/viz/specs/responseChart.test.ts renders them).
    expect(spec.title.text).toEqual(['Turnover per year over client contacts per', 'workday per funded full-caseload seat', '(contacts/seat/workday)']);
    expect(spec.layer[2].encoding.x.title).toEqual(['Client contacts per workday per funded full-caseload', 'seat (contacts/seat/workday)']);
    expect(spec.layer[2].encoding.y.title).toBe('Turnover per year');
    expect(spec.title.subtitle.slice(-2)).toEqual(['As the plan and runs.csv name them: x: community.demandPerSeat ·', 'y: turnoverPerYear.']);
  });
});

describe("a panelled heatmap's long names", () => {
  it('take lines no wider than a panel (x), its height (y) or the legend, so that they do not run into the next panel nor are cut short', () => {
    const points = [4, 6].flatMap((demand) => [0.2, 0.5].flatMap((fraction) => [4, 5].map((workdays) => ({ 'community.demandPerSeat': demand, 'costs.replacementCostFraction': fraction, 'practice.staffing.workdaysPerWeek': workdays, 'leaveDaysPerWorkerYear.mean': 12, runs: 2 }))));
    const spec = heatmapSpec(points, 'community.demandPerSeat', 'costs.replacementCostFraction', 'leaveDaysPerWorkerYear', true, {}, 'practice.staffing.workdaysPerWeek') as unknown as {
      facet: { title: string | string[] };
      spec: { width: number; height: number; encoding: { x: { title: string[] }; y: { title: string[] }; color: { title: string[] } } };
    };
    const { width, height, encoding } = spec.spec;
    expect(encoding.x.title).toEqual(['Client contacts per workday per', 'funded full-caseload seat', '(contacts/seat/workday)']);
    expect(encoding.y.title).toEqual(['Cost of replacing a leaver', 'as a share of salary']);
    expect(encoding.color.title).toEqual(['Calendar days on leave', 'per worker-year in post']);
    // About 7 px a character of a bold 12 px title.
    for (const line of encoding.x.title) expect(line.length * 7).toBeLessThanOrEqual(width);
    for (const line of encoding.y.title) expect(line.length * 7).toBeLessThanOrEqual(height);
    for (const line of encoding.color.title) expect(line.length * 7).toBeLessThanOrEqual(180);
    expect(spec.facet.title).toBe('Current practice: Workdays per week per worker');
  });
});

describe('readable names of fields and metrics', () => {
  it('takes a lever\'s label, else the first phrase of the schema\'s doc with its unit; a metric\'s key label, else its doc\'s first phrase', () => {
    expect(parameterLabel('policy.compensation.payRaise')).toBe('Pay raise (share of salary)');
    // A unit the phrase already says, in any case, is not said again.
    expect(parameterLabel('population.teamSize')).toBe('Seats per team');
    expect(parameterLabel('practice.supervision.intervalDays')).toBe('Current practice: Supervision every (days)');
    // A symbol before the colon and a short word before the bracket are read on past.
    expect(parameterLabel('coefficients.stsGain')).toBe('α: STS gained per unit of unbuffered compassion stress');
    // A bracket does not end the phrase; its aside is left out, but for a formula that ends it.
    expect(parameterLabel('population.baseSatisfaction')).toBe('Typical compassion satisfaction a worker reverts to');
    expect(parameterLabel('costs.replacementCostFraction')).toBe('Cost of replacing a leaver as a share of salary');
    expect(parameterLabel('coefficients.optOutAttendance')).toBe('Probability an average worker keeps a pre-booked session');
    expect(parameterLabel('coefficients.deathWeight')).toBe('Exposure weight of a client death, multiplied by (1 + attachment)');
    expect(parameterLabel('coefficients.guiltDetachment')).toBe('Detachment lost per unit (empathic concern × unmet demand share)');
    // ... where it fits: a formula that would push the name past 70 characters is left out, not cut.
    expect(parameterLabel('population.payAdequacy')).toBe('How adequate pay is for living costs without a second job');
    expect(metricLabel('leaveDaysPerWorkerYear')).toBe('Calendar days on leave per worker-year in post');
    expect(metricLabel('cf')).toBe('Team mean compassion fatigue, last 90 days');
    // Brackets inside a quotation are the quotation's.
    expect(firstPhrase('Chance that "Recovery coach (peer)" staff have lived experience.')).toBe('Chance that "Recovery coach (peer)" staff have lived experience');
    // A current-practice field without a lever is still told from the package's.
    expect(parameterLabel('practice.staffing.workdaysPerWeek')).toBe('Current practice: Workdays per week per worker');
    expect(parameterLabel('policy.staffing.workdaysPerWeek')).toBe('Workdays per week per worker');
    expect(parameterLabel('population.roleMix.police')).toBe('Relative share of seats by role: police');
    expect(parameterLabel('not.a.field')).toBe('not.a.field');
    expect(metricLabel('proqolBO')).toBe('ProQOL burnout (points)');
    expect(metricLabel('leaversPerYear')).toBe('Staff who left per year, whole team');
    expect(metricLabel('m')).toBe('m');
    // A long phrase is whole: the charts break it into lines rather than cut it.
    expect(firstPhrase(`${'word '.repeat(30)}end.`)).toBe(`${'word '.repeat(30)}end`);
  });

  it('are never cut short with an ellipsis, for any field of the schema or any metric', () => {
    // About 50 were ("Traumatic memories of a day-0 worker as a multiple of their trauma… (× trauma history)").
    const cut = [...singleValuePaths(scenarioField).map(parameterLabel), ...METRICS.map((m) => metricLabel(m.name))].filter((l) => l.includes('…'));
    expect(cut).toEqual([]);
    expect(parameterLabel('population.startingLevels.traumaticMemoriesRatio')).toBe('Traumatic memories of a day-0 worker as a multiple of their trauma history (× trauma history)');
    expect(metricLabel('sessionCostPerWorkerYear')).toBe('Of the cost: supervision sessions, single-session debriefs and grief check-ins, per worker-year in post');
  });

  it('take lines on a chart where they are long, whole', () => {
    const points = [0.5, 1].map((v) => ({ 'coefficients.singleSessionHarm': v, 'sessionCostPerWorkerYear.mean': 3 * v, runs: 1 }));
    const spec = responseSpec(points, 'coefficients.singleSessionHarm', 'sessionCostPerWorkerYear') as unknown as { layer: { encoding: { x: { title: string[] }; y: { title: string[] } } }[] };
    const { x, y } = spec.layer[2].encoding;
    expect(x.title.join(' ')).toBe(parameterLabel('coefficients.singleSessionHarm'));
    expect(x.title.join(' ')).toMatch(/high-intensity exposure$/);
    expect(y.title.join(' ')).toBe(metricLabel('sessionCostPerWorkerYear'));
    const rows = prccSpec({ sessionCostPerWorkerYear: [{ parameter: 'coefficients.singleSessionHarm', prcc: 0.5, low: 0.2, high: 0.7 }] }) as unknown as { data: { values: { row: string }[] } };
    expect(rows.data.values[0].row.split('\n').length).toBeGreaterThan(2);
    expect(rows.data.values[0].row.replace(/\n/g, ' ')).toBe(parameterLabel('coefficients.singleSessionHarm'));
  });
});

describe("the sensitivity charts' names", () => {
  type Named = { title: { subtitle: string[] }; data: { values: Record<string, unknown>[] }; facet: Record<string, { field: string; sort: string[] }> };
  const tooltipFields = (spec: unknown) => [...JSON.stringify(spec).matchAll(/"field":"(\w+)","title":"([^"]+)"/g)].map((m) => `${m[1]}: ${m[2]}`);

  it('name Sobol rows and panels in words, in the analysis order, with the plan\'s paths in the tooltip', () => {
    const spec = sobolIndicesSpec({ turnoverPerYear: [{ parameter: 'policy.supervision.intervalDays', S1: 0.5, S1low: 0.4, S1high: 0.6, ST: 0.6, STlow: 0.5, SThigh: 0.7 }], proqolSTS: [] }) as unknown as Named;
    expect(spec.data.values[0]).toMatchObject({ metric: 'Turnover per year', metricPath: 'turnoverPerYear', parameter: 'Supervision every (days)', path: 'policy.supervision.intervalDays' });
    expect(spec.facet.row.sort).toEqual(['Turnover per year', metricLabel('proqolSTS')]);
    expect(tooltipFields(spec)).toContain('path: Parameter, as the plan names it');
    expect(tooltipFields(spec)).toContain('metricPath: Metric, as runs.csv names it');
    expect(spec.title.subtitle.at(-1)).toMatch(/tooltips give each as the plan and runs.csv write it/);
  });

  it('name Morris points and panels in words, a long label in lines, with the paths in the tooltip', () => {
    const spec = morrisSpec({ turnoverPerYear: [{ parameter: 'coefficients.stsGain', mu: 1, muStar: 1, sigma: 1 }] }) as unknown as Named;
    const label = spec.data.values.find((v) => v.kind === 'label');
    expect(label?.label).toEqual(['α: STS gained per unit of', 'unbuffered compassion stress']);
    expect(spec.data.values.find((v) => v.kind === 'point')).toMatchObject({ metric: 'Turnover per year', parameter: 'α: STS gained per unit of unbuffered compassion stress', path: 'coefficients.stsGain' });
    expect(spec.facet.column.field).toBe('panel');
    expect(tooltipFields(spec)).toContain('path: Parameter, as the plan names it');
  });


  /** The <text> elements of `spec` rendered by Vega: each one's lines and the y it is placed at. */
  const renderedTexts = async (spec: unknown) => {
    const svg = await renderedSvg(spec);
    return [...svg.matchAll(/<text[^>]*translate\(([-\d.]+),([-\d.]+)\)[^>]*>(.*?)<\/text>/g)].map((m) => ({ y: Number(m[2]), lines: m[3].includes('<tspan') ? [...m[3].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]) : [m[3]] }));
  };

  it("centre a row's name of several lines on its row, as a one-line name is (Vega set its first line there and hung the rest over the next row)", async () => {
    const spec = prccSpec({ proqolSTS: [{ parameter: 'coefficients.singleSessionHarm', prcc: 0.5, low: 0.2, high: 0.7 }, { parameter: 'policy.supervision.intervalDays', prcc: 0.3, low: 0.1, high: 0.6 }] });
    const step = (spec as unknown as { spec: { height: { step: number } } }).spec.height.step;
    const texts = await renderedTexts(spec);
    const long = texts.find((t) => t.lines[0].startsWith('Extra compassion stress'))!;
    const short = texts.find((t) => t.lines[0] === 'Supervision every (days)')!;
    expect(long.lines).toHaveLength(3);
    // The long name's middle line (13 px below its first) stands where the one-line name does, a row (step) above.
    expect(Math.abs(long.y + 13 - (short.y - step))).toBeLessThanOrEqual(1);
    // Without an axis title, and the bars described to screen readers as parameters (the field's name read "row: ...").
    const svg = await renderedSvg(spec);
    expect(svg).toContain('Parameter: Supervision every (days)');
    expect(svg).not.toMatch(/row: |>Parameter</);
  });

  it("put a long metric's name over its panel in lines, whole, not in one line beside the rows (it pushed the plots off to the right) nor across the next panel's", async () => {
    const name = metricLabel('sessionCostPerWorkerYear');
    const prcc = prccSpec({ sessionCostPerWorkerYear: [{ parameter: 'policy.supervision.intervalDays', prcc: 0.5, low: 0.2, high: 0.7 }], turnoverPerYear: [{ parameter: 'policy.supervision.intervalDays', prcc: 0.5, low: 0.2, high: 0.7 }] }) as unknown as Named;
    const sobol = sobolIndicesSpec({ sessionCostPerWorkerYear: [{ parameter: 'policy.supervision.intervalDays', S1: 0.5, S1low: 0.4, S1high: 0.6, ST: 0.6, STlow: 0.5, SThigh: 0.7 }] }) as unknown as Named;
    const morris = morrisSpec({ sessionCostPerWorkerYear: [{ parameter: 'coefficients.stsGain', mu: 1, muStar: 1, sigma: 1 }], turnoverPerYear: [{ parameter: 'coefficients.stsGain', mu: 1, muStar: 1, sigma: 1 }] }) as unknown as Named;
    for (const [spec, most] of [[prcc, 54], [sobol, 54], [morris, 37]] as const) {
      const facet = Object.values(spec.facet)[0];
      expect(facet.field).toBe('panel');
      const panel = String(spec.data.values.find((v) => v.metricPath === 'sessionCostPerWorkerYear')?.panel);
      expect(panel.split('\n').length).toBeGreaterThan(1);
      expect(panel.split('\n').every((line) => line.length <= most)).toBe(true);
      expect(panel.replace(/\n/g, ' ')).toBe(name);
      expect(facet.sort[0]).toBe(panel);
    }
    const lines = (await renderedTexts(prcc)).find((t) => t.lines[0].startsWith('Of the cost'))!.lines;
    expect(lines.join(' ')).toBe(name);
    // Over the plot (its left edge at x 0), not to the left of the rows' names.
    expect(JSON.stringify(prcc.facet)).toContain('"labelOrient":"top"');
    expect((await renderedTexts(morris)).find((t) => t.lines[0].startsWith('Of the cost'))!.lines.join(' ')).toBe(name);
  });

  it('put each name of a shared Morris label on lines of its own, so that names holding commas do not run together', () => {
    const spec = morrisSpec({ turnoverPerYear: [{ parameter: 'coefficients.singleSessionHarm', mu: 0, muStar: 0, sigma: 0 }, { parameter: 'policy.supervision.intervalDays', mu: 0, muStar: 0, sigma: 0 }] }) as unknown as Named;
    const label = spec.data.values.find((v) => v.kind === 'label')?.label as string[];
    expect(label.at(-2)).toBe('exposure;');
    expect(label.at(-1)).toBe('Supervision every (days)');
    expect(label.join(' ')).toBe(`${parameterLabel('coefficients.singleSessionHarm')}; Supervision every (days)`);
    expect(label.every((line) => line.length <= 32)).toBe(true);
  });

  it("raise a Morris label of several lines so that its last line, not its first, sits just above the point", async () => {
    const spec = morrisSpec({ turnoverPerYear: [{ parameter: 'coefficients.stsGain', mu: 1, muStar: 1, sigma: 1 }, { parameter: 'policy.supervision.intervalDays', mu: 0, muStar: 0, sigma: 0 }] });
    const texts = await renderedTexts(spec);
    const long = texts.find((t) => t.lines[0] === 'α: STS gained per unit of')!;
    const short = texts.find((t) => t.lines[0] === 'Supervision every (days)')!;
    expect(long.lines).toEqual(['α: STS gained per unit of', 'unbuffered compassion stress']);
    // Both points are at the same height of their own axes' ends (σ 1 is the top of the axis, 0 the bottom): the
    // two-line label's first line stands 12 px higher above its point than the one-line label above its own.
    const plotHeight = 220;
    expect(Math.abs(short.y - plotHeight - (long.y + 12))).toBeLessThanOrEqual(1);
  });

  it('tell apart two parameters that would read alike by their paths', () => {
    expect([...parameterLabels(['population.teamSize', 'policy.supervision.intervalDays']).values()]).toEqual(['Seats per team', 'Supervision every (days)']);
    const same = parameterLabels(['a.unknownField', 'a.unknownField']);
    expect(same.size).toBe(1);
  });
});
