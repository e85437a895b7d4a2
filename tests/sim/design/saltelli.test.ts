import { describe, expect, it } from 'vitest';
import { designPoint } from '../../../sim/design/design';
import { SALTELLI_A, SALTELLI_B, saltelliDesign, saltelliMixedBlock, saltelliPointIndex } from '../../../sim/design/saltelli';
import { sobolSequence } from '../../../sim/design/sobolSequence';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 11, point: 0, replication: 0 };

describe('saltelliDesign', () => {
  it.each([
    ['Sobol', undefined],
    ['uniform', 'uniform'],
  ])('builds A, B and A_B^(i) (A with column i from B) per base row (%s base)', (_, source) => {
    const n = 64;
    const k = 4;
    const design = saltelliDesign(n, k, source ? { uniform: createStream(key, 'saltelli') } : {});
    expect(design.count).toBe(n * (k + 2));
    expect(design.dimension).toBe(k);
    expect(design.baseRows).toBe(n);
    const point = (j: number, block: number) => Array.from(designPoint(design, saltelliPointIndex(k, j, block)));
    for (let j = 0; j < n; j++) {
      const a = point(j, SALTELLI_A);
      const b = point(j, SALTELLI_B);
      for (let i = 0; i < k; i++) {
        const expected = a.slice();
        expected[i] = b[i];
        expect(point(j, saltelliMixedBlock(i))).toEqual(expected);
      }
    }
  });

  it('takes A and B from the halves of a 2k-dimensional Sobol sequence, zero point skipped', () => {
    const k = 3;
    const design = saltelliDesign(8, k);
    const sobol = sobolSequence(8, 2 * k);
    for (let j = 0; j < 8; j++) {
      const row = Array.from(designPoint(sobol, j));
      expect(Array.from(designPoint(design, saltelliPointIndex(k, j, SALTELLI_A)))).toEqual(row.slice(0, k));
      expect(Array.from(designPoint(design, saltelliPointIndex(k, j, SALTELLI_B)))).toEqual(row.slice(k));
    }
  });

  it('orders points A_j, B_j, A_B^(1)_j..A_B^(k)_j for each base row j', () => {
    expect(saltelliPointIndex(3, 0, SALTELLI_A)).toBe(0);
    expect(saltelliPointIndex(3, 0, SALTELLI_B)).toBe(1);
    expect(saltelliPointIndex(3, 0, saltelliMixedBlock(2))).toBe(4);
    expect(saltelliPointIndex(3, 2, SALTELLI_B)).toBe(11);
  });

  it('is deterministic, and says when k is too large for the Sobol base', () => {
    expect(saltelliDesign(16, 5).points).toEqual(saltelliDesign(16, 5).points);
    expect(saltelliDesign(16, 5, { uniform: createStream(key, 'det') }).points).toEqual(
      saltelliDesign(16, 5, { uniform: createStream(key, 'det') }).points,
    );
    expect(() => saltelliDesign(16, 51)).toThrow(/pass a uniform source/);
    expect(saltelliDesign(2, 51, { uniform: createStream(key, 'big') }).count).toBe(2 * 53);
  });
});
