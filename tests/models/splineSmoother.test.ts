import { describe, expect, it } from 'vitest';
import { midRankScores } from '../../models/midRankScores';
import { splineSmoother } from '../../models/splineSmoother';
import { createStream } from '../../sim/random/stream';

const scores = Array.from({ length: 60 }, (_, i) => (i + 0.5) / 60);

describe('splineSmoother', () => {
  it('reproduces a constant exactly and a straight line to rounding, whatever the roughness chosen', () => {
    const smoother = splineSmoother(scores);
    expect([...smoother.fit(scores.map(() => 7.25))]).toEqual(scores.map(() => 7.25));
    smoother.fit(scores.map((s) => 3 - 2 * s)).forEach((f, i) => expect(f).toBeCloseTo(3 - 2 * scores[i], 9));
  });

  it('follows a curve through noise more closely than the noise strays', () => {
    const chance = createStream({ seed: 1, point: 0, replication: 0 }, 'test/smoother');
    const many = Array.from({ length: 400 }, (_, i) => (i + 0.5) / 400);
    const curve = many.map((s) => Math.sin(6 * s));
    const fitted = splineSmoother(many).fit(curve.map((c) => c + (chance() - 0.5)));
    const error = Math.sqrt(fitted.reduce((sum, f, i) => sum + (f - curve[i]) ** 2, 0) / many.length);
    // The noise's own root mean square is 1/√12 ≈ 0.29.
    expect(error).toBeLessThan(0.08);
  });

  it('gives group means where the scores take two values', () => {
    const two = midRankScores([0, 1, 1, 0, 1, 0, 0]);
    const y = [1, 5, 7, 3, 6, 2, 10];
    splineSmoother(two).fit(y).forEach((f, i) => expect(f).toBeCloseTo(i === 1 || i === 2 || i === 4 ? 6 : 4, 9));
  });

  it('does not pass through 10 noisy points: γ·tr H stays under n, where the GCV score would turn and favour the roughest fit', () => {
    const y = [0.3, -0.7, 0.5, 0.1, -0.4, 0.9, -0.2, -0.8, 0.6, 0];
    const fitted = splineSmoother(y.map((_, i) => (i + 0.5) / 10)).fit(y);
    const mean = y.reduce((a, b) => a + b, 0) / y.length;
    const residual = fitted.reduce((sum, f, i) => sum + (y[i] - f) ** 2, 0);
    expect(residual).toBeGreaterThan(y.reduce((sum, v) => sum + (v - mean) ** 2, 0) / 2);
  });

  it('gives the mean everywhere where every score is the same', () => {
    expect([...splineSmoother([0.5, 0.5, 0.5, 0.5]).fit([1, 2, 3, 6])]).toEqual([3, 3, 3, 3]);
  });
});

