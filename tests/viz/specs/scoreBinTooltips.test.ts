import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { binRows } from '../../../viz/specs/scoreBinTooltips';
import { distributionSpec } from '../../../viz/specs/distribution';
import { distributionBins } from '../../../viz/report/scoreBins';
import { tooltipRowKey } from '../../../viz/specs/tooltipRowKeys';

const SCALES = ['Secondary traumatic stress', 'Burnout', 'Compassion satisfaction'];
const bins = distributionBins(['status-quo', 'multi-level'], SCALES, (policy, scale, bin) => (policy === 'status-quo' && bin === 30 ? 1 : 0), () => 3);

/** The tooltips of the drawn chart's rects (its lines' points have theirs), in scenegraph order. */
async function rectTooltips(spec: unknown): Promise<Record<string, unknown>[]> {
  const view = new View(parse(compile(spec as never).spec), { renderer: 'none' });
  await view.runAsync();
  const found: Record<string, unknown>[] = [];
  type Node = { marktype?: string; items?: Node[]; tooltip?: Record<string, unknown> };
  const walk = (node: Node, marktype?: string) => {
    if (node.tooltip && marktype === 'rect') found.push(node.tooltip);
    for (const child of node.items ?? []) walk(child, node.marktype ?? marktype);
  };
  // vega-typings type the scenegraph as its root's Scene; it is the graph, which holds the root.
  walk((view.scenegraph() as unknown as { root: Node }).root);
  view.finalize();
  return found;
}

describe('the score bins\' tooltip rects', () => {
  it('have a row per scale and 2-point bin, none for the point closing each line at 50, each share rounded as its tooltip shows it', () => {
    const rows = binRows(bins, ['status-quo', 'multi-level']);
    expect(rows).toHaveLength(3 * 20);
    expect(rows.find((r) => r.scale === 'Burnout' && r.binFrom === 30)).toEqual({ scale: 'Burnout', binFrom: 30, binTo: 32, bin: '30–32', share0: 0.333, share1: 0 });
    expect(rows.some((r) => r.binFrom === 50)).toBe(false);
  });

  it("give one package's bin in the words of its line's tooltip", async () => {
    const one = bins.filter((b) => b.policy === 'status-quo');
    const shown = await rectTooltips(distributionSpec(one, ['status-quo'], 'Package', true));
    expect(shown).toContainEqual({ Package: 'status-quo', Scale: 'Burnout', Scores: '30–32', 'Share of staff': '33.3%' });
  });
});

describe("a bin's tooltip for a package with nobody in post at the end", () => {
  it("says so on the package's line", async () => {
    const empty = distributionBins(['status-quo', 'multi-level'], SCALES, () => 1, (policy) => (policy === 'multi-level' ? 0 : 3));
    expect(binRows(empty, ['status-quo', 'multi-level']).find((r) => r.scale === 'Burnout' && r.binFrom === 30)).toMatchObject({ share0: 0.333, share1: null });
    const shown = await rectTooltips(distributionSpec(empty, ['status-quo', 'multi-level'], 'Package', true));
    expect(shown).toContainEqual({ Scale: 'Burnout', Scores: '30–32', [tooltipRowKey(0, 'status-quo')]: '33.3%', [tooltipRowKey(1, 'multi-level')]: 'nobody in post' });
  });
});
