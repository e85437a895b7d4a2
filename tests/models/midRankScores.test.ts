import { describe, expect, it } from 'vitest';
import { midRankScores } from '../../models/midRankScores';

describe('midRankScores', () => {
  it('gives (rank − ½)/n, tied values the mean of their ranks', () => {
    expect([...midRankScores([3, 1, 3, 2])]).toEqual([0.75, 0.125, 0.75, 0.375]);
  });

  it('is the same for any increasing transform of the values', () => {
    const values = [0.3, -2, 5, 0.3, 1e6, 7];
    expect(midRankScores(values.map((v) => v * v * v + 4))).toEqual(midRankScores(values));
  });

  it('gives every value ½ where all are the same', () => {
    expect([...midRankScores([2, 2, 2])]).toEqual([0.5, 0.5, 0.5]);
  });
});
