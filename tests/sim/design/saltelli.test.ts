import { describe, expect, it } from 'vitest';
import { designPoint } from '../../../sim/design/design';
import { SALTELLI_A, SALTELLI_B, saltelliDesign, saltelliMixedBlock, saltelliPointIndex, saltelliSkip } from '../../../sim/design/saltelli';
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

  it('takes A and B from the halves of a 2k-dimensional Sobol sequence, from the power of two at or above n on', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 100, 256].map(saltelliSkip)).toEqual([2, 2, 4, 4, 8, 8, 16, 128, 256]);
    const k = 3;
    const design = saltelliDesign(8, k);
    const sobol = sobolSequence(8, 2 * k, { skip: 8 });
    for (let j = 0; j < 8; j++) {
      const row = Array.from(designPoint(sobol, j));
      expect(Array.from(designPoint(design, saltelliPointIndex(k, j, SALTELLI_A)))).toEqual(row.slice(0, k));
      expect(Array.from(designPoint(design, saltelliPointIndex(k, j, SALTELLI_B)))).toEqual(row.slice(k));
    }
  });

  it('has no base row whose A and B are equal, which would add nothing to an index yet count among the n rows', () => {
    // (With one factor A and B are the sequence's first two coordinates, which coincide at points
    // scattered along it, 4 and 5, 24 and 25, …, wherever it starts: a one-factor design is trivial anyway.)
    for (const k of [2, 3, 5, 10]) {
      for (let n = 1; n <= 300; n++) {
        const design = saltelliDesign(n, k);
        for (let j = 0; j < n; j++) {
          const a = Array.from(designPoint(design, saltelliPointIndex(k, j, SALTELLI_A)));
          const b = Array.from(designPoint(design, saltelliPointIndex(k, j, SALTELLI_B)));
          expect(a, `n ${n}, k ${k}, row ${j}`).not.toEqual(b);
        }
      }
    }
    // Point 1 of the sequence, where the base rows used to start, is 0.5 in every coordinate.
    const from1 = saltelliDesign(4, 2, { skip: 1 });
    expect(Array.from(designPoint(from1, saltelliPointIndex(2, 0, SALTELLI_A)))).toEqual([0.5, 0.5]);
    expect(Array.from(designPoint(from1, saltelliPointIndex(2, 0, SALTELLI_B)))).toEqual([0.5, 0.5]);
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
