import { describe, expect, it } from 'vitest';
import { drawSensitivity } from '../../models/drawSensitivity';
import { drawSensitivityTable } from '../../viz/report/drawSensitivityTable';

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

  it('gives the |ρ| chance alone reaches in 5% of samples of this many replications, and the table says "within noise" below it', () => {
    // 12 replications: 1.96 / √11 ≈ 0.59, so a ρ of 0.58 (a price that changes nothing, from a reviewer's run) is within noise.
    expect(drawSensitivity(Array.from({ length: 12 }, (_, k) => k), Array.from({ length: 12 }, () => 1))!.noise).toBeCloseTo(1.96 / Math.sqrt(11), 12);
    expect(drawSensitivity(Array.from({ length: 40 }, (_, k) => k), Array.from({ length: 40 }, (_, k) => k))!.noise).toBeCloseTo(1.96 / Math.sqrt(39), 12);
    const draws = new Map([['costs.supervisionSession', Float64Array.from({ length: 12 }, (_, k) => k)]]);
    // Differences in an order that gives ρ ≈ 0.25 against the draws, and in the draws' own order (ρ = 1).
    const weak = [3, 1, 4, 12, 5, 9, 2, 6, 10, 8, 7, 11];
    const table = (differences: number[]) => drawSensitivityTable(draws, () => Float64Array.from(differences), (metric) => metric)!.rows[0][1];
    expect(table(weak)).toMatch(/; ρ 0\.\d\d \(within noise\)$/);
    expect(table(Array.from({ length: 12 }, (_, k) => k))).toMatch(/; ρ 1\.00$/);
  });
});
