import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../../sim/design/latinHypercube';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 5, point: 0, replication: 0 };

describe('latinHypercube', () => {
  it.each([1, 2, 7, 50, 1000])('puts exactly one of %i points in every bin of every dimension', (n) => {
    const k = 5;
    const design = latinHypercube(n, k, createStream(key, `lhs-${n}`));
    expect(design.count).toBe(n);
    expect(design.points.length).toBe(n * k);
    for (let d = 0; d < k; d++) {
      const hits = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const x = design.points[i * k + d];
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThan(1);
        hits[Math.floor(x * n)]++;
      }
      expect(hits.every((h) => h === 1)).toBe(true);
    }
  });

  it('pairs bins differently across dimensions and is deterministic', () => {
    const a = latinHypercube(20, 2, createStream(key, 'pairing'));
    const b = latinHypercube(20, 2, createStream(key, 'pairing'));
    expect(a.points).toEqual(b.points);
    let sameBin = 0;
    for (let i = 0; i < 20; i++) if (Math.floor(a.points[2 * i] * 20) === Math.floor(a.points[2 * i + 1] * 20)) sameBin++;
    expect(sameBin).toBeLessThan(20);
  });
});
