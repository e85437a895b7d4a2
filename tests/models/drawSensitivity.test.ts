import { describe, expect, it } from 'vitest';
import { drawSensitivity } from '../../models/drawSensitivity';

describe('how a paired difference moves with a drawn value', () => {
  it('splits the replications at the median draw and averages each half', () => {
    const s = drawSensitivity([0.9, 0.1, 0.5, 0.7, 0.3, 0.8], [-9, -1, -5, -7, -3, -8])!;
    expect(s.median).toBeCloseTo(0.6, 12);
    expect(s.below).toEqual({ mean: -3, reps: 3 });
    expect(s.above).toEqual({ mean: -8, reps: 3 });
    // A difference that falls as the draw rises, in the same order: rank correlation −1.
    expect(s.rankCorrelation).toBeCloseTo(-1, 12);
  });

  it('leaves out the middle replication of an odd count, and replications with nothing measured', () => {
    const s = drawSensitivity([1, 2, 3, 4, 5, 6], [10, 20, NaN, 40, 50, 60])!;
    expect(s.median).toBe(4);
    expect(s.below).toEqual({ mean: 15, reps: 2 });
    expect(s.above).toEqual({ mean: 55, reps: 2 });
    expect(s.rankCorrelation).toBeCloseTo(1, 12);
  });

  it('gives ties their mean rank, no correlation where the difference does not vary, and nothing from one replication', () => {
    // Ranks of the differences: 1.5, 1.5, 3, 4 against the draws' 1, 2, 3, 4.
    expect(drawSensitivity([1, 2, 3, 4], [0, 0, 1, 2])!.rankCorrelation).toBeCloseTo(4.5 / Math.sqrt(5 * 4.5), 12);
    expect(drawSensitivity([1, 2, 3], [0, 0, 0])!.rankCorrelation).toBeNull();
    expect(drawSensitivity([1], [3])).toBeUndefined();
  });
});
