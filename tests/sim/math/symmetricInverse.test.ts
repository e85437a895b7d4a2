import { describe, expect, it } from 'vitest';
import { symmetricInverse } from '../../../sim/math/symmetricInverse';

describe('symmetricInverse', () => {
  it('inverts a symmetric positive definite matrix: A·A⁻¹ is the identity', () => {
    const a = [4, 2, 0.6, 2, 5, 1, 0.6, 1, 3];
    const inv = symmetricInverse(a, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += a[i * 3 + k] * inv[k * 3 + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });

  it('gives the exact inverse of a diagonal matrix', () => {
    expect([...symmetricInverse([4, 0, 0, 16], 2)]).toEqual([0.25, 0, 0, 0.0625]);
  });

  it('names the failing pivot where the matrix is not positive definite', () => {
    expect(() => symmetricInverse([1, 2, 2, 1], 2)).toThrow('symmetricInverse: the matrix is not positive definite (pivot 1 is -3, must be above 0)');
  });
});
