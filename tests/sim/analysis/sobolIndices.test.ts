import { describe, expect, it } from 'vitest';
import { SALTELLI_A, SALTELLI_B, saltelliDesign, saltelliMixedBlock, saltelliPointIndex } from '../../../sim/design/saltelli';
import { sobolIndices } from '../../../sim/analysis/sobolIndices';
import { createStream } from '../../../sim/random/stream';
import { ANALYTIC, ishigamiOutputs } from './ishigami';

const key = { seed: 17, point: 0, replication: 0 };

describe('analytic Ishigami indices (the reference for the estimates)', () => {
  it('are the published values', () => {
    expect(ANALYTIC.firstOrder[0]).toBeCloseTo(0.3139, 4);
    expect(ANALYTIC.firstOrder[1]).toBeCloseTo(0.4424, 4);
    expect(ANALYTIC.total[0]).toBeCloseTo(0.5576, 4);
    expect(ANALYTIC.total[2]).toBeCloseTo(0.2437, 4);
  });
});

describe('sobolIndices on Ishigami', () => {
  const n = 4096; // 20,480 evaluations
  const k = 3;

  function check(random: boolean, tolerance: number, confidence: number): void {
    const design = saltelliDesign(n, k, random ? { uniform: createStream(key, 'ishigami-base') } : {});
    const y = ishigamiOutputs(design);
    const result = sobolIndices(y, n, k, { bootstrap: 300, u: createStream(key, 'bootstrap'), confidence });
    expect(result.confidence).toBe(confidence);
    expect(result.variance).toBeGreaterThan(ANALYTIC.variance * 0.95);
    expect(result.variance).toBeLessThan(ANALYTIC.variance * 1.05);
    for (let i = 0; i < k; i++) {
      expect(Math.abs(result.firstOrder[i] - ANALYTIC.firstOrder[i])).toBeLessThan(tolerance);
      expect(Math.abs(result.total[i] - ANALYTIC.total[i])).toBeLessThan(tolerance);
      for (const [interval, truth] of [
        [result.firstOrderInterval, ANALYTIC.firstOrder[i]],
        [result.totalInterval, ANALYTIC.total[i]],
      ] as const) {
        expect(interval.low[i]).toBeLessThanOrEqual(truth);
        expect(interval.high[i]).toBeGreaterThanOrEqual(truth);
        expect(interval.high[i] - interval.low[i]).toBeGreaterThan(0);
        expect(interval.high[i] - interval.low[i]).toBeLessThan(0.15);
      }
    }
  }

  // With the Sobol base the estimates are within 0.001 of the analytic values (quasi-Monte
  // Carlo), far inside 0.01; the bootstrap treats rows as independent, so its 95% intervals
  // (about 0.03–0.09 wide) are conservative here and cover the truth with room to spare.
  it('recovers S_i and S_Ti within 0.01 from a Sobol base, with narrow 95% intervals that cover them', () => {
    check(false, 0.01, 0.95);
  });

  // With independent uniform rows the standard errors are about 0.01–0.02 at this n: 0.05 is
  // 2.5 or more of them, and 99% intervals keep the chance that one of the six misses small.
  it('recovers them within 0.05 from a uniform base, with 99% intervals that cover them', () => {
    check(true, 0.05, 0.99);
  });

  it('is deterministic for a given bootstrap stream', () => {
    const design = saltelliDesign(256, k);
    const y = ishigamiOutputs(design);
    const a = sobolIndices(y, 256, k, { bootstrap: 50, u: createStream(key, 'same') });
    const b = sobolIndices(y, 256, k, { bootstrap: 50, u: createStream(key, 'same') });
    expect(a).toEqual(b);
  });
});

describe('sobolIndices', () => {
  it('gives exact shares for an additive model (no interactions: S_i = S_Ti)', () => {
    // y = 1·x1 + 2·x2 + 0·x3 with x uniform: V_i ∝ c_i², so S = (0.2, 0.8, 0).
    const n = 2048;
    const design = saltelliDesign(n, 3);
    const y = new Float64Array(design.count);
    for (let p = 0; p < design.count; p++) y[p] = design.points[3 * p] + 2 * design.points[3 * p + 1];
    const result = sobolIndices(y, n, 3, { bootstrap: 0, u: createStream(key, 'unused') });
    expect(result.firstOrder[0]).toBeCloseTo(0.2, 2);
    expect(result.firstOrder[1]).toBeCloseTo(0.8, 2);
    expect(result.firstOrder[2]).toBe(0);
    expect(result.total[0]).toBeCloseTo(0.2, 2);
    expect(result.total[1]).toBeCloseTo(0.8, 2);
    expect(result.total[2]).toBe(0);
    expect(Number.isNaN(result.firstOrderInterval.low[0])).toBe(true);
  });

  it('does not depend on where the output sits: adding a constant changes no index', () => {
    // A noisy output far from zero, like a ProQOL score (mean about 28, SD about 2.6): the first
    // factor matters, the second does nothing, and noise is independent at every point (as a
    // stochastic model's replication means are). Uncentred, the estimator of S_i picked up
    // 28 · mean(f(A_B^i) − f(A)) / V, and the factor with no effect got S_1 ≈ 0.5 here.
    const n = 64;
    const design = saltelliDesign(n, 2);
    const noise = createStream(key, 'noise');
    const y = new Float64Array(design.count);
    for (let p = 0; p < design.count; p++) y[p] = 2 * design.points[2 * p] + 1.5 * (noise() - 0.5);
    const shifted = y.map((v) => v + 28);
    const at0 = sobolIndices(y, n, 2, { bootstrap: 0, u: createStream(key, 'unused') });
    const at28 = sobolIndices(shifted, n, 2, { bootstrap: 0, u: createStream(key, 'unused') });
    for (let i = 0; i < 2; i++) {
      expect(at28.firstOrder[i]).toBeCloseTo(at0.firstOrder[i], 10);
      expect(at28.total[i]).toBeCloseTo(at0.total[i], 10);
    }
    expect(Math.abs(at28.firstOrder[1])).toBeLessThan(0.15);
  });

  it('checks the output count and options', () => {
    const u = createStream(key, 'checks');
    expect(() => sobolIndices(new Float64Array(9), 2, 3, { bootstrap: 0, u })).toThrow(/n·\(k \+ 2\) = 10/);
    expect(() => sobolIndices(new Float64Array(10), 2, 3, { bootstrap: 0, u, confidence: 1 })).toThrow(/confidence/);
  });
});

describe('sobolIndices bootstrap intervals', () => {
  it('leave out resamples whose outputs do not vary, rather than letting their NaN shift the upper bound', () => {
    // Two base rows, one factor: row 0's outputs are all 1, so the resample of row 0 twice (a
    // quarter of them) has no variance; row 1's vary with the factor.
    const k = 1;
    const y = new Float64Array(2 * (k + 2));
    for (const block of [SALTELLI_A, SALTELLI_B, saltelliMixedBlock(0)]) y[saltelliPointIndex(k, 0, block)] = 1;
    y[saltelliPointIndex(k, 1, SALTELLI_A)] = 2;
    y[saltelliPointIndex(k, 1, SALTELLI_B)] = 4;
    y[saltelliPointIndex(k, 1, saltelliMixedBlock(0))] = 4;
    const r = sobolIndices(y, 2, k, { bootstrap: 200, u: createStream(key, 'bootstrap'), confidence: 0.95 });
    for (const bound of [r.firstOrderInterval.low[0], r.firstOrderInterval.high[0], r.totalInterval.low[0], r.totalInterval.high[0]]) expect(Number.isFinite(bound)).toBe(true);
    expect(r.totalInterval.low[0]).toBeLessThanOrEqual(r.total[0]);
    expect(r.totalInterval.high[0]).toBeGreaterThanOrEqual(r.total[0]);
    // About a quarter of the resamples drew row 0 twice; they are counted out of the intervals' resamples.
    expect(r.resamples).toBeGreaterThan(200 * 0.6);
    expect(r.resamples).toBeLessThan(200 * 0.9);
  });

  it('leave out resamples whose outputs at A and B do not vary even where the mixed points do, rather than an infinite draw taking the upper bound', () => {
    // Row 0: A and B give 0, but A with the factor from B gives 5 (a share that is 0 at most points, say).
    const k = 1;
    const y = new Float64Array(3 * (k + 2));
    y[saltelliPointIndex(k, 0, saltelliMixedBlock(0))] = 5;
    y[saltelliPointIndex(k, 1, SALTELLI_A)] = 1;
    y[saltelliPointIndex(k, 1, SALTELLI_B)] = 3;
    y[saltelliPointIndex(k, 1, saltelliMixedBlock(0))] = 2;
    y[saltelliPointIndex(k, 2, SALTELLI_B)] = 2;
    y[saltelliPointIndex(k, 2, saltelliMixedBlock(0))] = 1;
    const r = sobolIndices(y, 3, k, { bootstrap: 300, u: createStream(key, 'bootstrap'), confidence: 0.95 });
    for (const bound of [r.firstOrderInterval.low[0], r.firstOrderInterval.high[0], r.totalInterval.low[0], r.totalInterval.high[0]]) expect(Number.isFinite(bound)).toBe(true);
    // The resamples that drew row 0 alone (three times, 1 in 27) are left out.
    expect(r.resamples).toBeLessThan(300);
    expect(r.resamples).toBeGreaterThan(300 * 0.9);
    // All rows like row 0: no index at all, not an infinite total one.
    const flat = new Float64Array(2 * (k + 2));
    flat[saltelliPointIndex(k, 0, saltelliMixedBlock(0))] = 5;
    const none = sobolIndices(flat, 2, k, { bootstrap: 0, u: createStream(key, 'bootstrap') });
    expect([none.firstOrder[0], none.total[0], none.variance]).toEqual([NaN, NaN, 0]);
  });

  it('count every resample when every base row varies', () => {
    const k = 1;
    const y = new Float64Array(2 * (k + 2));
    for (const row of [0, 1]) {
      y[saltelliPointIndex(k, row, SALTELLI_A)] = 1 + row;
      y[saltelliPointIndex(k, row, SALTELLI_B)] = 3 + row;
      y[saltelliPointIndex(k, row, saltelliMixedBlock(0))] = 3 + row;
    }
    expect(sobolIndices(y, 2, k, { bootstrap: 200, u: createStream(key, 'bootstrap') }).resamples).toBe(200);
  });
});
