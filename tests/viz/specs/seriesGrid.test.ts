import { describe, expect, it } from 'vitest';
import { proqolBandsSpec, proqolTrajectoriesSpec, seriesPanels } from '../../../viz/specs/timeSeries';
import { chartSvg, compileSpec } from '../../../viz/report/export';
import { REFERENCE_COLOR, seriesGrid } from '../../../viz/specs/seriesGrid';
import { PALETTE } from '../../../viz/specs/theme';
import { renderedTitleAndScopesEnd } from './renderedTitle';

type Row = { panel?: string; policy?: string; measure: string; day: number; mean?: number; p05?: number; reference?: number; change?: string };
type Column = { title: { text: string }; facet: { row: { field: string; sort: string[] } }; spec: { layer: { mark: { type: string; strokeDash?: number[] } }[] } };
type Grid = { title: { subtitle: string[] }; data: { values: Row[] }; hconcat?: Column[]; facet?: unknown };

const arms = ['status-quo', 'opt-out-support', 'multi-level', 'stigma-reduction', 'individual-resilience'];
const METRICS = ['proqolSTS', 'proqolBO', 'proqolCS'];
const points = (policies: readonly string[]) =>
  policies.flatMap((policy, k) => METRICS.flatMap((metric) => [0, 5, 10].map((day) => ({ policy, day, metric, mean: 20 + k + day / 10, p05: 18 + k, p50: 20 + k, p95: 22 + k }))));

describe('the series charts with several packages (figures 1 to 3)', () => {
  it('draw each package in a row of its own, its band and line alone, with the baseline mean in every other row for reference', () => {
    const spec = proqolTrajectoriesSpec(points(arms), arms) as unknown as Grid;
    expect(spec.facet).toBeUndefined();
    expect(spec.hconcat!.map((c) => c.title.text)).toEqual(['Secondary traumatic stress', 'Burnout', 'Compassion satisfaction']);
    for (const column of spec.hconcat!) expect(column.facet.row).toMatchObject({ field: 'panel', sort: arms });
    const rows = spec.data.values;
    // Each row (panel) holds one package's band and line: five bands are never drawn over each other.
    const own = rows.filter((r) => r.mean !== undefined);
    expect(own.every((r) => r.panel === r.policy)).toBe(true);
    expect(own).toHaveLength(arms.length * 3 * 3);
    // The reference: status-quo's means, in every row but its own.
    const references = rows.filter((r) => r.reference !== undefined);
    expect(new Set(references.map((r) => r.panel))).toEqual(new Set(arms.slice(1)));
    const baselineMean = (measure: string, day: number) => own.find((r) => r.policy === 'status-quo' && r.measure === measure && r.day === day)!.mean;
    expect(references.every((r) => r.reference === baselineMean(r.measure, r.day))).toBe(true);
    expect(references).toHaveLength((arms.length - 1) * 3 * 3);
    expect(spec.hconcat![0].spec.layer.map((l) => l.mark.type)).toEqual(['area', 'line', 'line', 'text']);
    expect(spec.hconcat![0].spec.layer[2].mark.strokeDash).toBeDefined();
    expect(spec.title.subtitle.join(' ')).toContain("In every row but status-quo's, status-quo's mean is drawn dashed grey for reference.");
    expect(compileSpec(spec as never).warnings).toEqual([]);
  });

  it('start at three packages: two stay overlaid in one panel per metric, as they read well so', () => {
    const two = proqolTrajectoriesSpec(points(arms.slice(0, 2)), arms.slice(0, 2)) as unknown as Grid;
    expect(two.hconcat).toBeUndefined();
    expect(two.facet).toBeDefined();
    const three = proqolTrajectoriesSpec(points(arms.slice(0, 3)), arms.slice(0, 3)) as unknown as Grid;
    expect(three.hconcat).toHaveLength(3);
  });

  it('mark each scheduled change in every row of every column', () => {
    const shares = ['highSTSShare', 'highBOShare', 'lowCSShare'].flatMap((metric) => points(arms.slice(0, 3)).filter((p) => p.metric === 'proqolSTS').map((p) => ({ ...p, metric, mean: 0.1, p05: 0, p95: 0.2 })));
    const spec = proqolBandsSpec(shares, arms.slice(0, 3), [{ day: 5, label: 'day 5: change' }]) as unknown as Grid;
    const marks = spec.data.values.filter((r) => r.change !== undefined);
    expect(marks).toHaveLength(3 * 3);
    expect(new Set(marks.map((m) => `${m.panel} ${m.measure}`)).size).toBe(9);
    expect(spec.hconcat![0].spec.layer.map((l) => l.mark.type)).toEqual(['area', 'line', 'line', 'rule', 'text', 'text']);
    expect(compileSpec(spec as never).warnings).toEqual([]);
  });

  it('break the subtitle so that the title block ends within the panels', async () => {
    const { title, plot } = await renderedTitleAndScopesEnd(proqolTrajectoriesSpec(points(arms), arms));
    expect(title, `plot ${plot}`).toBeLessThanOrEqual(plot);
  });

  it("line up each row's panels across the columns, whatever each column's axis labels", async () => {
    // A 0 to 10.5% column, a 0 to 1.9% one and one all 0 (a single label, mid-plot): laid out with
    // their labels, the first spaced its rows 2 px further apart than the others, so that from the
    // second row on the columns' rows no longer lined up.
    const shares = ['highSTSShare', 'highBOShare', 'lowCSShare'].flatMap((metric, m) =>
      arms.slice(0, 3).flatMap((policy) => [0, 300, 729].map((day) => ({ policy, day, metric, mean: m === 2 ? 0 : 0.003, p05: 0, p50: 0.003, p95: [0.105, 0.019, 0][m] }))),
    );
    await chartSvg({ data: { values: [] }, mark: 'point' });
    const vega = await import('vega');
    const { compile } = await import('vega-lite');
    const view = new vega.View(vega.parse(compile(proqolBandsSpec(shares, arms.slice(0, 3)) as never).spec), { renderer: 'none' });
    await view.runAsync();
    type Item = { x?: number; y?: number; items?: Mark[] };
    type Mark = { marktype?: string; name?: string; items?: Item[] };
    // Each panel's top, by column (concat_K_cell), in the figure's coordinates.
    const tops = new Map<string, number[]>();
    const walk = (mark: Mark, y: number): void => {
      for (const item of mark.items ?? []) {
        const top = y + (item.y ?? 0);
        const column = /^(concat_\d+)_cell$/.exec(mark.name ?? '')?.[1];
        if (column) tops.set(column, [...(tops.get(column) ?? []), top]);
        if (mark.marktype === 'group' || mark.marktype === undefined) for (const child of item.items ?? []) walk(child, top);
      }
    };
    walk((view.scenegraph() as unknown as { root: Mark }).root, 0);
    view.finalize();
    const columns = [...tops.values()];
    expect(columns).toHaveLength(3);
    for (const column of columns) expect(column).toEqual(columns[0]);
    expect(columns[0]).toHaveLength(3);
  });

  it("break a long name to its panel's width, so that it neither widens every column nor is cut to a prefix other names share", async () => {
    const long = ['Riverside county outreach with the status quo supports', 'Riverside county outreach with the opt-out supervision', 'Riverside county\'s "multi-level" bundle of supports \\ 2027'];
    const short = ['a', 'b', 'c'];
    await chartSvg({ data: { values: [] }, mark: 'point' });
    const vega = await import('vega');
    const { compile } = await import('vega-lite');
    type Mark = { marktype?: string; name?: string; items?: { text?: string | string[]; items?: Mark[] }[] };
    const laidOut = async (names: string[]) => {
      const view = new vega.View(vega.parse(compile(proqolTrajectoriesSpec(points(names), names) as never).spec), { renderer: 'none' });
      await view.runAsync();
      const headers: (string | string[])[] = [];
      const walk = (mark: Mark): void => {
        for (const item of mark.items ?? []) {
          if (mark.marktype === 'text' && item.text !== undefined) headers.push(item.text);
          for (const child of item.items ?? []) walk(child);
        }
      };
      walk((view.scenegraph() as unknown as { root: Mark }).root);
      const bounds = (view.scenegraph() as unknown as { root: { bounds: { x2: number } } }).root.bounds.x2;
      view.finalize();
      return { headers, bounds };
    };
    const [wide, narrow] = [await laidOut(long), await laidOut(short)];
    // Whole, the names set each column as wide as the longest: 1,187 px against 747 with short names.
    expect(wide.bounds).toBeLessThanOrEqual(narrow.bounds + 1);
    // Every word kept, each name in two lines, in every column.
    const named = wide.headers.map((h) => (Array.isArray(h) ? h : [h])).filter((lines) => long.includes(lines.join(' ')));
    expect(named).toHaveLength(long.length * 3);
    expect(named.every((lines) => lines.length === 2)).toBe(true);
  });

  it("name each row to a screen reader too, in every column, with its whole name", async () => {
    const long = 'Riverside county outreach with the status quo supports';
    const names = [long, 'opt-out-support', 'multi-level'];
    const svg = await chartSvg(proqolTrajectoriesSpec(points(names), names) as never);
    // As a facet's header each was a title the SVG labelled ("Title text 'multi-level'"); drawn as text, it is labelled by its name.
    for (const name of names) expect(svg.match(new RegExp(`aria-label="${name}"`, 'g')), name).toHaveLength(METRICS.length);
  });

  it("draw the baseline's reference in a grey that stands apart from the page and from black, the eighth package's colour", () => {
    // WCAG's relative luminance and contrast ratio.
    const luminance = (color: string) => {
      const hex = color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;
      const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
    const grid = proqolTrajectoriesSpec(points(arms), arms) as unknown as { hconcat: { spec: { layer: { encoding: { color?: { value?: string } } }[] } }[] };
    expect(grid.hconcat[0].spec.layer[2].encoding.color?.value).toBe(REFERENCE_COLOR);
    expect(PALETTE[7]).toBe('#000000');
    // #333 against the eighth package's black line: 1.7.
    expect(contrast(REFERENCE_COLOR, PALETTE[7])).toBeGreaterThanOrEqual(3);
    expect(contrast(REFERENCE_COLOR, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

describe('seriesPanels and seriesGrid take one chart object', () => {
  const chart = {
    points: points(['status-quo', 'a', 'b']),
    policies: ['status-quo', 'a', 'b'],
    metrics: [['proqolSTS', 'Secondary traumatic stress']] as const,
    title: 'T',
    subtitle: 'S',
    yTitle: 'Y',
    yFormat: '.1f',
  };

  it('fills the defaults once (y from zero, no changes, arms called packages, no day tooltips) and hands the grid the same object shape', () => {
    expect(seriesPanels(chart)).toEqual(seriesGrid({ ...chart, zero: true, changes: [], armTitle: 'Package', dayTooltips: false }));
    expect(seriesPanels({ ...chart, zero: false, armTitle: 'Scenario' })).toEqual(seriesGrid({ ...chart, zero: false, changes: [], armTitle: 'Scenario', dayTooltips: false }));
  });
});
