import { describe, expect, it } from 'vitest';
import { midRankScores } from '../../models/midRankScores';
import { regressionEvppi } from '../../models/regressionEvppi';
import { sortedBinEvppi } from '../../models/sortedBinEvppi';
import { splineSmoother } from '../../models/splineSmoother';
import { normal } from '../../sim/random/samplers';
import { createStream, type Uniform } from '../../sim/random/stream';

const evppiOf = (theta: readonly number[], benefits: readonly (readonly number[])[]) => regressionEvppi(splineSmoother(midRankScores(theta)), benefits);

// 36 futures that drew θ = 1 .. 36, in a scrambled order (7 is prime to 36).
const THETA = Array.from({ length: 36 }, (_, r) => ((r * 7) % 36) + 1);
const ZERO = THETA.map(() => 0);

/** n futures of θ drawn by `draw` and two packages, the second's net benefit against the first `mean(θ)` plus normal noise of sd `sd`. */
function noisyFutures(seed: number, n: number, draw: (u: Uniform) => number, mean: (t: number) => number, sd: number) {
  const u = createStream({ seed, point: n, replication: 0 }, 'test/regression-evppi');
  const theta = Array.from({ length: n }, () => draw(u));
  return { theta, benefits: [theta.map(() => 0), theta.map((t) => mean(t) + normal(u, 0, sd))] };
}

const meanOver = (seeds: number, estimate: (seed: number) => number) => Array.from({ length: seeds }, (_, s) => estimate(s)).reduce((a, b) => a + b, 0) / seeds;

describe('regressionEvppi', () => {
  it('gives the closed form where the best package changes with θ along a straight line and nothing else varies', () => {
    // Net benefits 0 and 1000·θ − 18,500 over θ = 1 .. 36: E[max(0, 1000·(θ − 18.5))] = 4,500, the mean 0.
    expect(evppiOf(THETA, [ZERO, THETA.map((t) => 1000 * t - 18500)])).toBeCloseTo(4500, 6);
  });

  it('is exactly 0 where one package is best in every future, however θ moves the gap', () => {
    expect(evppiOf(THETA, [ZERO, THETA.map((t) => 1000 * t)])).toBe(0);
  });

  it('is exactly 0 where the net benefits are the same in every future', () => {
    expect(evppiOf(THETA, [ZERO, THETA.map(() => -250), THETA.map(() => 120)])).toBe(0);
  });

  it('is exactly 0 where θ was drawn alike in every future', () => {
    expect(evppiOf(THETA.map(() => 2), [ZERO, THETA.map((t) => t - 18.5)])).toBe(0);
  });

  it('gives the two groups\' closed form where θ takes two values (the fit is each group\'s mean)', () => {
    const theta = [0, 1, 1, 0, 1, 0, 0, 1, 0, 1];
    const gain = [-3, 5, 1, 1, 0, -1, -2, 4, 0, 2];
    // Means −1 (θ = 0) and 2.4 (θ = 1), overall 0.7: ½·max(0, −1) + ½·max(0, 2.4) − 0.7 = 0.5.
    expect(evppiOf(theta, [theta.map(() => 0), gain])).toBeCloseTo(0.5, 9);
  });

  it('fits a straight line, not the points, at 3 futures (γ·tr H must stay under n)', () => {
    // The least-squares line through (0, 2), (1, −2), (2, 1) is 5/6, 1/3, −1/6: (5/6 + 1/3)/3 − 1/3 = 1/18. Through the points it would be 2/3.
    expect(evppiOf([0, 1, 2], [[0, 0, 0], [2, -2, 1]])).toBeCloseTo(1 / 18, 3);
  });

  it('does not depend on the order the futures come in, ties in θ included', () => {
    const { theta, benefits } = noisyFutures(3, 80, (u) => 1 + Math.floor(u() * 5), (t) => (t - 3.5) / 4, 0.5);
    const reversed = [...theta.keys()].reverse();
    expect(evppiOf(reversed.map((k) => theta[k]), benefits.map((arm) => reversed.map((k) => arm[k])))).toBeCloseTo(evppiOf(theta, benefits), 12);
  });

  // The figures in docs/EVPPI.md: at 400 futures, bias −0.010 (linear) and −0.034 (θ² − 1); sort-and-bin's for an irrelevant θ 0.035.
  it('comes within 0.02 of the true EVPPI on average over 100 sets of 400 noisy futures where the best package changes linearly with θ', () => {
    const mean = meanOver(100, (seed) => {
      const { theta, benefits } = noisyFutures(seed, 400, (u) => u(), (t) => t - 0.5, 0.5);
      return evppiOf(theta, benefits);
    });
    expect(Math.abs(mean - 0.125)).toBeLessThan(0.02);
  });

  it('comes within 0.05 of the true EVPPI, 2φ(1), on average where the best package changes with θ² − 1, θ normal', () => {
    const mean = meanOver(100, (seed) => {
      const { theta, benefits } = noisyFutures(seed, 400, (u) => normal(u, 0, 1), (t) => t * t - 1, 1);
      return evppiOf(theta, benefits);
    });
    expect(Math.abs(mean - (2 * Math.exp(-0.5)) / Math.sqrt(2 * Math.PI))).toBeLessThan(0.05);
  });

  it('is near 0 on average for a θ unrelated to tied packages, and well under sort-and-bin\'s estimate from the same futures', () => {
    let regression = 0;
    let binned = 0;
    for (let seed = 0; seed < 100; seed++) {
      const { theta, benefits } = noisyFutures(seed, 400, (u) => u(), () => 0, 0.5);
      regression += evppiOf(theta, benefits) / 100;
      binned += sortedBinEvppi([...theta.keys()].sort((a, b) => theta[a] - theta[b]), benefits) / 100;
    }
    expect(regression).toBeLessThan(0.01);
    expect(regression).toBeLessThan(binned / 3);
  });

  it('is deterministic: the same futures give the same bits', () => {
    const { theta, benefits } = noisyFutures(12, 50, (u) => u(), (t) => t - 0.5, 0.5);
    expect(evppiOf(theta, benefits)).toBe(GOLDEN);
  });

  it('is deterministic where GCV picks a roughness inside the grid, and with γ = 1.4 (θ² − 1 at 60 futures)', () => {
    // The linear golden above is the straight line's at any γ; this one moves with γ (0.4587 at γ = 1), tr H and the RSS.
    const { theta, benefits } = noisyFutures(12, 60, (u) => normal(u, 0, 1), (t) => t * t - 1, 1);
    expect(evppiOf(theta, benefits)).toBe(GOLDEN_CURVED);
  });
});

const GOLDEN = 0.14673467154545203;
const GOLDEN_CURVED = 0.3867832099216067;
