import { describe, expect, it } from 'vitest';
import { SPLINES, splineRows } from '../../models/cubicBSplines';
import { midRankScores } from '../../models/midRankScores';
import { GCV_INFLATION, ROUGHNESS_WEIGHTS, splineSmoother } from '../../models/splineSmoother';
import { symmetricInverse } from '../../sim/math/symmetricInverse';
import { createStream } from '../../sim/random/stream';

const scores = Array.from({ length: 60 }, (_, i) => (i + 0.5) / 60);

/** Each grid weight's fit and GCV score worked out the long way: dense B, hat diagonal h_ii = b_iᵀ(BᵀB + λDᵀD)⁻¹b_i, residuals summed directly. */
function gcvByHand(s: readonly number[], y: readonly number[]) {
  const n = s.length;
  const m = SPLINES;
  const rows = splineRows(s);
  const b = s.map((_, i) => Array.from({ length: m }, (_, j) => (j >= rows.first[i] && j < rows.first[i] + 4 ? rows.values[4 * i + j - rows.first[i]] : 0)));
  const gram = Array.from({ length: m * m }, (_, k) => b.reduce((sum, row) => sum + row[Math.floor(k / m)] * row[k % m], 0));
  const second = Array.from({ length: m - 2 }, (_, r) => Array.from({ length: m }, (_, j) => [1, -2, 1][j - r] ?? 0));
  const penalty = Array.from({ length: m * m }, (_, k) => second.reduce((sum, d) => sum + d[Math.floor(k / m)] * d[k % m], 0));
  const unit = [...Array(m).keys()].reduce((sum, j) => sum + gram[j * m + j], 0) / [...Array(m).keys()].reduce((sum, j) => sum + penalty[j * m + j], 0);
  return ROUGHNESS_WEIGHTS.map((w) => {
    const inverse = symmetricInverse(gram.map((g, k) => g + w * unit * penalty[k]), m);
    const solve = (v: readonly number[]) => Array.from({ length: m }, (_, i) => v.reduce((sum, x, k) => sum + inverse[i * m + k] * x, 0));
    const beta = solve(Array.from({ length: m }, (_, j) => b.reduce((sum, row, i) => sum + row[j] * y[i], 0)));
    const fit = b.map((row) => row.reduce((sum, x, j) => sum + x * beta[j], 0));
    const traceH = b.reduce((sum, row) => sum + solve(row).reduce((t, x, j) => t + x * row[j], 0), 0);
    const rss = fit.reduce((sum, f, i) => sum + (y[i] - f) ** 2, 0);
    return { fit, score: n * rss / (n - GCV_INFLATION * traceH) ** 2 };
  });
}

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

  it('takes, of the grid, the fit with the least GCV score n·RSS/(n − γ·tr H)²', () => {
    const chance = createStream({ seed: 2, point: 0, replication: 0 }, 'test/smoother-gcv');
    for (const n of [25, 40, 80]) {
      for (let set = 0; set < 8; set++) {
        const s = Array.from({ length: n }, () => chance());
        const y = s.map((x) => Math.sin((set + 2) * x) + (chance() - 0.5) * (set % 4));
        const byHand = gcvByHand(s, y);
        const least = byHand.reduce((a, c) => (c.score < a.score ? c : a));
        splineSmoother(s).fit(y).forEach((f, i) => expect(f).toBeCloseTo(least.fit[i], 8));
      }
    }
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

