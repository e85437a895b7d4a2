import { describe, expect, it } from 'vitest';
import { heatmapCells, heatmapSpec } from '../../../viz/specs/sweep';

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
