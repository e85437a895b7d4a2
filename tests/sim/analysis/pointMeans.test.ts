import { describe, expect, it } from 'vitest';
import { pointMeans } from '../../../sim/analysis/pointMeans';

describe('pointMeans', () => {
  // Three points, replications 0–2; point 1 had nothing to measure in replication 2.
  const values = [
    [1, 2, 3],
    [10, 20, NaN],
    [100, 200, 300],
  ];
  const reps = [
    [0, 1, 2],
    [0, 1, 2],
    [0, 1, 2],
  ];

  it('averages each point over its own runs with a value where points are not compared replication by replication', () => {
    const { means, used } = pointMeans(values, reps);
    expect([...means]).toEqual([2, 15, 200]);
    expect(used).toBeUndefined();
  });

  it('leaves a replication with nothing to measure at one point out at every point, for Sobol and Morris', () => {
    const { means, used } = pointMeans(values, reps, new Set([0, 1, 2]));
    expect([...means]).toEqual([1.5, 15, 150]);
    expect(used).toEqual([0, 1]);
  });

  it('takes only the replications it is given, in whatever order the runs are', () => {
    const { means, used } = pointMeans([[3, 1], [30, 10]], [[2, 0], [2, 0]], new Set([2]));
    expect([...means]).toEqual([3, 30]);
    expect(used).toEqual([2]);
  });

  it('gives NaN means and no replications for a metric no replication measured everywhere', () => {
    const { means, used } = pointMeans([[NaN, 1], [2, NaN]], [[0, 1], [0, 1]], new Set([0, 1]));
    expect([...means].every((m) => Number.isNaN(m))).toBe(true);
    expect(used).toEqual([]);
  });
});
