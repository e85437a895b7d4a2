import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../viz/report/export';
import { morrisSpec } from '../../../viz/specs/sweep';
import { morrisLabelPlaces, niceEnd, type LabelPlace } from '../../../viz/specs/morrisLabelPlaces';
import { dejaVuWidth } from '../../../viz/report/textWidth';

type Bounds = { x1: number; x2: number; y1: number; y2: number };

/** The text marks' items of each panel (a cell of the facet) as Vega lays them out with the exported figures' widths, by panel. */
async function renderedPointLabels(spec: unknown): Promise<{ text: string; bounds: Bounds }[][]> {
  await chartSvg({ data: { values: [] }, mark: 'point' }); // sets the exported figures' text measure
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
  await view.runAsync();
  type Node = { role?: string; name?: string; marktype?: string; items?: Node[]; text?: unknown; bounds?: Bounds };
  const panels: { text: string; bounds: Bounds }[][] = [];
  const walk = (node: Node) => {
    for (const item of node.items ?? []) {
      if (node.marktype === 'group' && node.role === 'scope') panels.push([]);
      if (node.marktype === 'text' && node.role === 'mark') panels.at(-1)!.push({ text: [item.text].flat().join(' '), bounds: item.bounds! });
      walk(item);
    }
  };
  walk((view.scenegraph() as unknown as { root: Node }).root);
  view.finalize();
  return panels;
}

const overlap = (a: Bounds, b: Bounds) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe("a Morris panel's point labels", () => {
  it('never print over each other where points sit close but apart enough to keep labels of their own', async () => {
    const row = (parameter: string, muStar: number, sigma: number) => ({ parameter, mu: muStar, muStar, sigma });
    const spec = morrisSpec({
      turnoverPerYear: [row('policy.supervision.intervalDays', 0.5, 0.3), row('community.stigma', 0.56, 0.33), row('coefficients.separationBase', 0.64, 0.37), row('community.overdoseBurden', 0.1, 0.05), row('policy.staffing.hiringDelayDays', 0.9, 0.1)],
      proqolSTS: [row('policy.supervision.intervalDays', 0.2, 0.2), row('community.stigma', 0.26, 0.2), row('coefficients.separationBase', 0.2, 0.24), row('community.overdoseBurden', 0.26, 0.24)],
    });
    const panels = await renderedPointLabels(spec);
    expect(panels.map((p) => p.length)).toEqual([5, 4]);
    for (const labels of panels) {
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i].bounds, labels[j].bounds), `${labels[i].text} / ${labels[j].text}`).toBe(false);
      }
    }
  });

  it('stay above the μ* axis, where they would print over its labels and title, even where the points crowd its bottom', async () => {
    const row = (parameter: string, muStar: number, sigma: number) => ({ parameter, mu: muStar, muStar, sigma });
    const names = ['community.stigma', 'coefficients.separationBase', 'community.overdoseBurden', 'policy.staffing.hiringDelayDays', 'coefficients.stsGain', 'coefficients.boGain', 'policy.supervision.quality', 'community.supportAccess', 'coefficients.csGain'];
    const spec = morrisSpec({ turnoverPerYear: [row('policy.supervision.intervalDays', 1, 0.8), ...names.map((p, i) => row(p, 0.06 * (i + 1), 0.06 * ((i * 7) % 5)))] });
    const [labels] = await renderedPointLabels(spec);
    expect(labels).toHaveLength(10);
    // The panel's plot is 220 pixels high, from its top at 0.
    for (const label of labels) expect(label.bounds.y2, label.text).toBeLessThanOrEqual(220);
  });

  it("reckon the axes' ends as Vega's nice scale makes them", () => {
    expect([niceEnd(0.9), niceEnd(0.37), niceEnd(1), niceEnd(0), niceEnd(12.3), niceEnd(0.0123)]).toEqual([0.9, 0.4, 1, 1, 13, 0.013]);
  });

  describe('in a very tight cluster (points a few pixels apart, each with a label of its own)', () => {
    const [width, height] = [260, 220];
    /** `n` one-line labels on a spiral of `spread` (in axis units, the axes from 0 to 1) around the plot's middle. */
    const cluster = (n: number, spread: number) => Array.from({ length: n }, (_, i) => ({ x: 0.5 + spread * Math.cos(i * 2.4), y: 0.4 + spread * Math.sin(i * 2.4), lines: [`parameter number ${i}`] }));
    const boxes = (labels: ReturnType<typeof cluster>, places: LabelPlace[]): Bounds[] =>
      places.map((p, i) => {
        const [x, y, w] = [labels[i].x * width, height - labels[i].y * height, dejaVuWidth(labels[i].lines[0], 10)];
        const x1 = p.align === 'left' ? x + p.dx : x + p.dx - w;
        return { x1, x2: x1 + w, y1: y + p.dy, y2: y + p.dy + 12 };
      });

    it('places ten labels where none overlaps another', () => {
      const labels = cluster(10, 0.015);
      const placed = boxes(labels, morrisLabelPlaces(labels, labels, 1, 1, width, height));
      for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j]), `${i} / ${j}`).toBe(false);
    });

    it('keeps six labels within a line of their points, level with a point before a line further out', () => {
      const labels = cluster(6, 0.01);
      const places = morrisLabelPlaces(labels, labels, 1, 1, width, height);
      // A one-line label above its point starts 3 + 12 px up; a line further out, 27: none goes further.
      for (const p of places) expect(Math.abs(p.dy)).toBeLessThanOrEqual(27);
      expect(places.some((p) => p.dy === -6)).toBe(true);
    });

    // A label level with its point lay across the point's own μ* interval line, which struck through its text.
    it("never lays a label across its own point's μ* interval line", () => {
      const labels = cluster(6, 0.01);
      const points = labels.map((l) => ({ x: l.x, y: l.y, low: l.x - 0.05, high: l.x + 0.05 }));
      const placed = boxes(labels, morrisLabelPlaces(labels, points, 1, 1, width, height));
      placed.forEach((b, i) => {
        const y = height - labels[i].y * height;
        expect(overlap(b, { x1: points[i].low * width, x2: points[i].high * width, y1: y - 1, y2: y + 1 }), `${i}`).toBe(false);
      });
    });
  });
});
