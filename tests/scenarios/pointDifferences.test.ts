import { describe, expect, it } from 'vitest';
import { pointDifferences } from '../../scenarios/pointDifferences';

describe('pointDifferences', () => {
  it("pairs each point's runs with point 0's by replication, whatever order runs.csv lists them in", () => {
    // Point 0 ran replications 0, 1, 2; point 1 finished them in the order 2, 0, 1.
    const [d] = pointDifferences([[10, 20, 30], [33, 11, 22]], [[0, 1, 2], [2, 0, 1]]);
    expect(d).toMatchObject({ point: 1, pairs: 3, mean: 2, p05: 1, p95: 3, positive: 3, zero: 0, negative: 0 });
  });

  it('leaves out a replication only one of the two points has, and one in which either had nothing to measure', () => {
    // Point 1 lacks replication 1 (a failed run); point 2 had nobody in post in replication 0 (NaN).
    const [one, two] = pointDifferences([[10, 20, 30], [9, 29], [NaN, 25, 35]], [[0, 1, 2], [0, 2], [0, 1, 2]]);
    expect(one).toMatchObject({ point: 1, pairs: 2, mean: -1, positive: 0, zero: 0, negative: 2 });
    expect(two).toMatchObject({ point: 2, pairs: 2, mean: 5, positive: 2 });
  });

  it('gives no pair, and no mean, where point 0 has none of the replications', () => {
    const [d] = pointDifferences([[10], [12, 14]], [[0], [1, 2]]);
    expect(d.pairs).toBe(0);
    expect(d.mean).toBeNaN();
  });

  it('measures every other point from point vs, in the points\' order, point 0 as minus its difference', () => {
    const values = [[10, 20, 30], [33, 11, 22], [12, 25, 31]];
    const reps = [[0, 1, 2], [2, 0, 1], [0, 1, 2]];
    const [zero, one] = pointDifferences(values, reps, 2);
    expect(zero).toMatchObject({ point: 0, pairs: 3, p05: -5, p95: -1, negative: 3 });
    expect(zero.mean).toBeCloseTo(-pointDifferences(values, reps)[1].mean, 12);
    expect(one).toMatchObject({ point: 1, pairs: 3, positive: 1, negative: 2 });
    expect(pointDifferences(values, reps, 2)).toHaveLength(2);
  });

  it('counts a point the same as point 0 in every replication as no difference', () => {
    const [d] = pointDifferences([[1.5, 2.5], [1.5, 2.5]], [[0, 1], [0, 1]]);
    expect(d).toMatchObject({ mean: 0, zero: 2, positive: 0, negative: 0 });
  });
});
