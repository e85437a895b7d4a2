import { describe, expect, it } from 'vitest';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_LABELS_SOURCE } from '../../../viz/report/chartLabels';

// The phone fitting's label breaking (chartLabels.ts), run outside a browser with 7 px a character,
// its specs compiled by Vega-Lite and drawn by Vega headless: what each label reads.

type Spec = Record<string, unknown>;

const labels = new Function(`return (${CHART_LABELS_SOURCE});`)()((text: string) => text.length * 7) as { lines(text: string, width: number, fontSize: number, bold: boolean): string[]; wrapped(spec: Spec, box: number): Spec };

/** Every text a spec draws, each as its lines. */
async function linesDrawn(spec: Spec): Promise<string[][]> {
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  await view.runAsync();
  const texts: string[][] = [];
  (function visit(node: { marktype?: string; items?: unknown[]; text?: unknown }) {
    if (node.text !== undefined) texts.push(([] as unknown[]).concat(node.text).map(String));
    for (const item of node.items ?? []) visit(item as typeof node);
  })((view.scenegraph() as unknown as { root: never }).root);
  view.finalize();
  return texts;
}

// Names as a user's scenario files may give them: quotes, a backslash, a line separator, and the words
// Vega-Lite replaces in a header's label expression.
const NAMES = [
  'Opt-out supervision datum.value for the whole team',
  'Pre-booked datum.label sessions for everyone on the roster',
  'A "quoted" name with a back\\slash that runs on and on',
  'A line\u2028separated name that runs on and on and on',
];

describe('long labels broken onto lines', () => {
  it("draw each panel's and each axis's name in full, whatever characters it holds (its expression is not misread)", async () => {
    const values = NAMES.map((name, k) => ({ panel: name, group: name, x: k }));
    const spec = {
      data: { values },
      facet: { field: 'panel', type: 'nominal' },
      columns: 1,
      spec: { width: 150, mark: 'bar', encoding: { y: { field: 'group', type: 'nominal' }, x: { field: 'x', type: 'quantitative' } } },
    };
    const wrapped = labels.wrapped(spec, 350);
    expect(((wrapped.facet as Spec).header as Spec).labelExpr, 'the panel names are broken').toBeDefined();
    const drawn = (await linesDrawn(wrapped)).map((lines) => lines.join(' '));
    // Each name is drawn as a panel's header and as an axis label in every panel: its words, in order.
    for (const name of NAMES) expect(drawn.filter((t) => t === name.split(' ').join(' ')).length, name).toBe(NAMES.length + 1);
  });

  it("make a layered view's bands tall enough for its labels' lines where the step is the layered view's (figure 5)", async () => {
    const values = NAMES.map((name) => ({ policy: name, mean: 1 }));
    const layer = (mark: string) => ({ mark, encoding: { y: { field: 'policy', type: 'nominal' }, x: { field: 'mean', type: 'quantitative' } } });
    const spec = { data: { values }, width: 150, height: { step: 18 }, layer: [layer('rule'), layer('point')] };
    const wrapped = labels.wrapped(spec, 350);
    const layers = wrapped.layer as Spec[];
    const axis = ((layers[0].encoding as Spec).y as Spec).axis as Spec;
    expect(axis.labelExpr).toBeDefined();
    // The longest name is on 3 lines of 140 px or less (40% of 350), 11 px apart (10 px labels).
    expect((wrapped.height as Spec).step).toBeGreaterThanOrEqual(3 * 11 + 3);
  });

  it('leave room for a row name beside labels as wide as they are drawn (cut at the labels limit), not as a word too long to break', async () => {
    const values = [{ measure: 'Turnover per year (pct. points), lower is better', policy: 'Extraordinarilylongunbrokennamethatcannotbreakatanyspace' }];
    const spec = {
      data: { values },
      facet: { row: { field: 'measure', type: 'nominal', header: { labelOrient: 'top', labelFontSize: 11 } } },
      spec: { width: 150, height: { step: 18 }, mark: 'point', encoding: { y: { field: 'policy', type: 'nominal' } } },
    };
    // The name (392 px) is drawn cut at 180 px: its row's name has 350 - 12 - 180 - 10 = 148 px, 21 characters a line, not a word.
    const drawn = await linesDrawn(labels.wrapped(spec, 350));
    expect(drawn.filter((lines) => lines[0].startsWith('Turnover'))).toEqual([['Turnover per year', '(pct. points), lower', 'is better']]);
  });

  // Six groups in the data, two kept by the panels' filter: each panel is 2 bands of 20 px tall, and its y title
  // (175 px at 7 px a character) is broken to lines of 40 px, each word alone. Fitted to all six groups' 120 px, it
  // read "Lived experience" / "of staff", taller than the panel, into the next one. An expression, which the fitting
  // cannot evaluate, is taken to leave a single band (20 px): each word alone too.
  it.each([
    ['oneOf', { field: 'group', oneOf: ['g1', 'g2'] }],
    ['range', { field: 'rank', range: [1, 2] }],
    ['and of field predicates', { and: [{ field: 'rank', gte: 1 }, { not: { field: 'rank', gt: 2 } }] }],
    ['expression', "datum.rank <= 2"],
    // Vega's inrange takes a range's ends in either order: [6, 3] is 3 to 6, so not of it keeps ranks 1 and 2.
    ['not of a range given high end first', { not: { field: 'rank', range: [6, 3] } }],
    // A nested field (meta.rank) is not a row's own key: the fitting cannot evaluate it, and takes a single band.
    ['not of a nested field', { not: { field: 'meta.rank', gt: 2 } }],
  ])("fit a wrapped facet's y title to the rows its %s filter keeps", async (_, filter) => {
    const values = ['A', 'B'].flatMap((panel) => [1, 2, 3, 4, 5, 6].map((rank) => ({ panel, group: `g${rank}`, rank, meta: { rank }, x: rank })));
    const spec = {
      data: { values },
      transform: [{ filter }],
      facet: { field: 'panel', type: 'nominal' },
      columns: 1,
      spec: { width: 150, height: { step: 20 }, mark: 'bar', encoding: { y: { field: 'group', type: 'nominal', title: 'Lived experience of staff' }, x: { field: 'x', type: 'quantitative' } } },
    };
    const titles = (await linesDrawn(labels.wrapped(spec, 350))).filter((lines) => lines[0].startsWith('Lived'));
    expect(titles).toEqual([['Lived', 'experience', 'of', 'staff'], ['Lived', 'experience', 'of', 'staff']]);
  });

  it('keep a bracketed aside on one line where it fits ("(≈1 in post)", figures 7, 8 and 11), and break one wider than the line', () => {
    // 260 px is 37 characters: "Harm reduction outreach worker (≈1 in" fitted, leaving "post)" alone.
    expect(labels.lines('Harm reduction outreach worker (≈1 in post)', 260, 10, false)).toEqual(['Harm reduction outreach worker', '(≈1 in post)']);
    expect(labels.lines('Nurse (≈12 in post) on nights', 100, 10, false)).toEqual(['Nurse', '(≈12 in post)', 'on nights']);
    expect(labels.lines('Team (one two three four) x', 100, 10, false)).toEqual(['Team (one two', 'three four) x']);
  });
});
