import { describe, expect, it } from 'vitest';
import { designPoint } from '../../../sim/design/design';
import { fullGrid } from '../../../sim/design/fullGrid';
import { scaleToRanges } from '../../../sim/design/scale';

describe('fullGrid', () => {
  it.each([[[3]], [[2, 3]], [[4, 1, 5]], [[2, 2, 2, 2]]])('has product-of-levels points, each combination once: %j', (levels) => {
    const grid = fullGrid(levels);
    const count = levels.reduce((a, b) => a * b, 1);
    expect(grid.count).toBe(count);
    expect(grid.dimension).toBe(levels.length);
    expect(grid.points.length).toBe(count * levels.length);
    const seen = new Set<string>();
    for (let i = 0; i < grid.count; i++) {
      // Back from bin centre to level index: every coordinate is a centre (j + 0.5) / p.
      const combination = Array.from(designPoint(grid, i), (x, d) => {
        const j = x * levels[d] - 0.5;
        expect(Math.abs(j - Math.round(j))).toBeLessThan(1e-9);
        return Math.round(j);
      });
      seen.add(combination.join(','));
    }
    expect(seen.size).toBe(count);
  });

  it('puts levels at bin centres, last dimension fastest', () => {
    expect(Array.from(fullGrid([2, 3]).points)).toEqual([0.25, 1 / 6, 0.25, 0.5, 0.25, 5 / 6, 0.75, 1 / 6, 0.75, 0.5, 0.75, 5 / 6]);
  });

  it('puts levels at 0..1 with endpoints (a single level at 0.5)', () => {
    expect(Array.from(fullGrid([3, 1], { endpoints: true }).points)).toEqual([0, 0.5, 0.5, 0.5, 1, 0.5]);
  });

  it('maps onto every value of list and integer ranges when the level counts match', () => {
    const grid = fullGrid([3, 4]);
    const scaled = scaleToRanges(grid, [{ values: [10, 20, 30] }, { min: 1, max: 4, integer: true }]);
    const pairs = new Set<string>();
    for (let i = 0; i < grid.count; i++) pairs.add(`${scaled[2 * i]},${scaled[2 * i + 1]}`);
    expect([...pairs].sort()).toEqual(['10,1', '10,2', '10,3', '10,4', '20,1', '20,2', '20,3', '20,4', '30,1', '30,2', '30,3', '30,4']);
  });

  it('rejects bad level counts', () => {
    expect(() => fullGrid([])).toThrow(RangeError);
    expect(() => fullGrid([2, 0])).toThrow(/levels/);
    expect(() => fullGrid([2.5])).toThrow(/integer/);
  });
});
