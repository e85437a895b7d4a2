import { describe, expect, it } from 'vitest';
import { morrisDesign } from '../../../sim/design/morris';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 13, point: 0, replication: 0 };

describe('morrisDesign', () => {
  it.each([
    [10, 3, 4],
    [25, 6, 4],
    [8, 5, 6],
    [5, 1, 2],
  ])('builds %i trajectories in %i factors on a %i-level grid, one factor moving by Δ per step', (r, k, p) => {
    const design = morrisDesign(r, k, p, createStream(key, `morris-${r}-${k}-${p}`));
    const delta = p / (2 * (p - 1));
    expect(design.delta).toBe(delta);
    expect(design.count).toBe(r * (k + 1));
    expect(design.dimension).toBe(k);
    expect(design.trajectories).toBe(r);
    const x = design.points;
    for (const value of x) {
      const level = value * (p - 1);
      expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-12);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    for (let j = 0; j < r; j++) {
      const moved = new Uint32Array(k);
      for (let t = 0; t < k; t++) {
        const p0 = (j * (k + 1) + t) * k;
        const changed: number[] = [];
        for (let i = 0; i < k; i++) if (x[p0 + k + i] !== x[p0 + i]) changed.push(i);
        expect(changed).toHaveLength(1);
        expect(Math.abs(Math.abs(x[p0 + k + changed[0]] - x[p0 + changed[0]]) - delta)).toBeLessThan(1e-12);
        moved[changed[0]]++;
      }
      expect(Array.from(moved)).toEqual(new Array(k).fill(1));
    }
  });

  it('starts factors at every level, moves both ways and varies the order of moves', () => {
    const k = 4;
    const design = morrisDesign(200, k, 4, createStream(key, 'spread'));
    const startLevels = new Set<number>();
    const firstMoved = new Set<number>();
    let up = 0;
    let down = 0;
    for (let j = 0; j < 200; j++) {
      const start = j * (k + 1) * k;
      for (let i = 0; i < k; i++) startLevels.add(Math.round(design.points[start + i] * 3));
      for (let i = 0; i < k; i++) {
        const change = design.points[start + k + i] - design.points[start + i];
        if (change !== 0) firstMoved.add(i);
      }
      for (let t = 0; t < k; t++) {
        for (let i = 0; i < k; i++) {
          const change = design.points[start + (t + 1) * k + i] - design.points[start + t * k + i];
          if (change > 0) up++;
          if (change < 0) down++;
        }
      }
    }
    expect([...startLevels].sort()).toEqual([0, 1, 2, 3]);
    expect(firstMoved.size).toBe(k);
    expect(up).toBeGreaterThan(300);
    expect(down).toBeGreaterThan(300);
  });

  it('is deterministic and rejects odd or too few levels', () => {
    expect(morrisDesign(5, 3, 4, createStream(key, 'det')).points).toEqual(morrisDesign(5, 3, 4, createStream(key, 'det')).points);
    expect(() => morrisDesign(5, 3, 5, createStream(key, 'odd'))).toThrow(/even/);
    expect(() => morrisDesign(5, 3, 1, createStream(key, 'one'))).toThrow(RangeError);
  });
});
