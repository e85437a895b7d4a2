import { describe, expect, it } from 'vitest';
import { SEGMENTS, SPLINES, splineRows } from '../../models/cubicBSplines';

/** Every B-spline's value at x, zeros included. */
function valuesAt(x: number): number[] {
  const { first, values } = splineRows([x]);
  return Array.from({ length: SPLINES }, (_, j) => (j >= first[0] && j < first[0] + 4 ? values[j - first[0]] : 0));
}

const points = [0, 0.03, 0.1, 0.25, 0.5, 0.61, 0.9, 0.99, 1];

describe('splineRows', () => {
  it('sums to 1 at every point of [0, 1], its ends included', () => {
    for (const x of points) expect(valuesAt(x).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('gives a straight line from coefficients that are one (Σ_j j·B_j(x) = SEGMENTS·x + 1): what leaves lines free of the second-difference penalty', () => {
    for (const x of points) expect(valuesAt(x).reduce((sum, v, j) => sum + j * v, 0)).toBeCloseTo(SEGMENTS * x + 1, 12);
  });

  it('is 1/6, 2/3, 1/6 at a knot, the same from either side, and at 1 uses the last four B-splines', () => {
    expect(valuesAt(0.3).slice(2, 7).map((v) => v * 6)).toEqual([0, 1, 4, 1, 0].map((v) => expect.closeTo(v, 12)));
    const left = valuesAt(0.3 - 1e-12);
    valuesAt(0.3).forEach((v, j) => expect(v).toBeCloseTo(left[j], 9));
    expect(splineRows([1]).first[0]).toBe(SPLINES - 4);
    expect(valuesAt(1).map((v) => v * 6)).toEqual([...Array(SPLINES - 3).fill(0), 1, 4, 1].map((v) => expect.closeTo(v, 12)));
    expect(valuesAt(0).map((v) => v * 6)).toEqual([1, 4, 1, ...Array(SPLINES - 3).fill(0)].map((v) => expect.closeTo(v, 12)));
  });
});
