import { describe, expect, it } from 'vitest';
import { CHART_FIT_SOURCE } from '../../../viz/report/chartFit';

// The page's chart fitting (chartFit.ts), run outside a browser: a fake vega-embed that records each
// spec drawn and gives it a width, and a figure of a phone's width.

type Spec = Record<string, unknown>;

/** The fitting over a figure `box` px wide, each spec drawn `widthOf(spec)` px wide; the specs drawn, in order. */
function fitting(box: number, widthOf: (spec: Spec) => number) {
  const drawn: Spec[] = [];
  const el = {
    parentElement: { clientWidth: box },
    attributes: new Map<string, string>(),
    svgWidth: 0,
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    },
    removeAttribute(name: string) {
      this.attributes.delete(name);
    },
    querySelector() {
      return { getAttribute: () => String(el.svgWidth) };
    },
  };
  const embed = (target: typeof el, spec: Spec) => {
    drawn.push(spec);
    target.svgWidth = widthOf(spec);
    return Promise.resolve({ finalize() {} });
  };
  const charts = new Function(`return (${CHART_FIT_SOURCE});`)()(embed, (text: string) => text.length * 7);
  return { el, drawn, draw: (spec: Spec) => charts.draw(el, spec, () => {}) as Promise<void> };
}

describe('chart fitting', () => {
  it("lays a wrapped facet's panels (a sweep's, three to a row) one under another on a phone", async () => {
    const spec = { data: { values: [] }, facet: { field: 'panel', type: 'ordinal' }, columns: 3, spec: { width: 240, height: 200, mark: 'rect' } };
    // Three panels to a row are about 800 px; one to a row, about 300.
    const { drawn, draw } = fitting(350, (s) => (s.columns === 1 ? 300 : 800));
    await draw(spec);
    expect(drawn.length).toBe(2);
    expect(drawn[1].columns).toBe(1);
    expect((drawn[1].spec as Spec).width, 'one to a row is enough: the panels keep their width').toBe(240);
  });

  it("lays a concatenation's columns one under another too, and leaves a chart that fits as given", async () => {
    const spec = { concat: [{ width: 300, mark: 'bar' }, { width: 300, mark: 'bar' }], columns: 2 };
    const phone = fitting(350, (s) => (s.columns === 1 ? 320 : 640));
    await phone.draw(spec);
    expect(phone.drawn.map((s) => s.columns)).toEqual([2, 1]);
    const desktop = fitting(1180, () => 640);
    await desktop.draw(spec);
    expect(desktop.drawn).toEqual([spec]);
  });

  it('draws a chart a little too wide as given, shrunk (a 1024 px window), and lays it out again past that', async () => {
    const spec = { hconcat: [{ width: 460, mark: 'bar' }, { width: 460, mark: 'bar' }] };
    const laptop = fitting(984, (s) => (s.concat ? 500 : 990));
    await laptop.draw(spec);
    expect(laptop.drawn).toEqual([spec]);
    const narrower = fitting(930, (s) => (s.concat ? 500 : 990));
    await narrower.draw(spec);
    expect(narrower.drawn.length).toBe(2);
    expect(narrower.drawn[1].columns).toBe(1);
  });
});

describe("a fitted chart's title broken to its box", () => {
  it('runs a line on into the next with one space, and ends a paragraph at a sentence with a space after it', async () => {
    // Lines as a spec may give them: one ending in a space (it runs on), one a sentence with a space after its full stop.
    const spec = { title: { text: 'Title', subtitle: ['Turnover by role ', 'and lived experience. ', 'Pale: fewer than 3.'] }, hconcat: [{ width: 300, mark: 'bar' }, { width: 300, mark: 'bar' }] };
    const { drawn, draw } = fitting(1000, (s) => (s.concat ? 300 : 1100));
    await draw(spec);
    const subtitle = (drawn[1].title as Spec).subtitle as string[];
    expect(subtitle).toEqual(['Turnover by role and lived experience.', 'Pale: fewer than 3.']);
  });
});

describe("a fitted chart's long labels", () => {
  it("are left to a spec's own label expression (a sweep's lines), and broken onto lines where the spec has none", async () => {
    const values = [{ group: 'Peer navigator / community health worker' }, { group: 'Clergy' }];
    const view = (axis: Spec) => ({ mark: 'bar', width: 300, height: { step: 12 }, encoding: { y: { field: 'group', type: 'nominal', axis } } });
    const spec = { data: { values }, hconcat: [view({ labelExpr: "split(datum.label, '\\n')" }), view({})] };
    // 7 px a character: the long name is 280 px, wider than 40% of a 350 px box.
    const { drawn, draw } = fitting(350, (s) => (s.concat ? 340 : 700));
    await draw(spec);
    const axes = ((drawn[1].concat as Spec[]).map((v) => ((v.encoding as Spec).y as Spec).axis)) as Spec[];
    expect(axes[0].labelExpr).toBe("split(datum.label, '\\n')");
    // Each character but a letter, a digit or a space escaped in the expression's literals (chartLabels.ts quoted).
    expect(axes[1].labelExpr).toContain('["Peer navigator \\u002f","community health","worker"]');
  });
});
