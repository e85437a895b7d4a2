import { describe, expect, it } from 'vitest';
import { morrisDesign } from '../../../sim/design/morris';
import { scaleToRanges } from '../../../sim/design/scale';
import { morrisIndices } from '../../../sim/analysis/morrisIndices';
import { createStream } from '../../../sim/random/stream';
import { A, B, ishigamiOutputs } from './ishigami';

const key = { seed: 19, point: 0, replication: 0 };

describe('morrisIndices', () => {
  it('gives exact effects for a linear model: μ = c_i·range, μ* = |μ|, σ = 0', () => {
    const coefficients = [3, -2, 0.5, 0];
    const ranges = [
      { min: 0, max: 10 },
      { min: -1, max: 1 },
      { min: 100, max: 104 },
      { min: 0, max: 1 },
    ];
    const r = 12;
    const k = coefficients.length;
    const design = morrisDesign(r, k, 4, createStream(key, 'linear'));
    const x = scaleToRanges(design, ranges);
    const y = new Float64Array(design.count);
    for (let p = 0; p < design.count; p++) for (let i = 0; i < k; i++) y[p] += coefficients[i] * x[p * k + i];
    const result = morrisIndices(y, design, r, k);
    for (let i = 0; i < k; i++) {
      const effect = coefficients[i] * (ranges[i].max - ranges[i].min);
      expect(result.mu[i]).toBeCloseTo(effect, 9);
      expect(result.muStar[i]).toBeCloseTo(Math.abs(effect), 9);
      expect(result.sigma[i]).toBeCloseTo(0, 9);
    }
    expect(result.effects.length).toBe(r * k);
  });

  it('measures a whole-number factor\'s steps as taken: exact effects for a linear model though its levels are unevenly spaced', () => {
    // 0 to 50 in 4 levels rounds to 0, 17, 34, 50: steps of 17 and 16, not the design's 50/3.
    const ranges = [
      { min: 0, max: 50, integer: true },
      { min: 0, max: 1 },
    ];
    const coefficients = [2, -1];
    const r = 10;
    const k = 2;
    const design = morrisDesign(r, k, 4, createStream(key, 'whole'));
    const x = scaleToRanges(design, ranges);
    expect(new Set(Array.from({ length: design.count }, (_, p) => x[p * k]))).toEqual(new Set([0, 17, 34, 50]));
    const y = new Float64Array(design.count);
    for (let p = 0; p < design.count; p++) for (let i = 0; i < k; i++) y[p] += coefficients[i] * x[p * k + i];
    const at = Float64Array.from(design.points);
    for (let p = 0; p < design.count; p++) at[p * k] = x[p * k] / 50;
    const measured = morrisIndices(y, design, r, k, at);
    expect(measured.mu[0]).toBeCloseTo(100, 9);
    expect(measured.sigma[0]).toBeCloseTo(0, 9);
    expect(measured.mu[1]).toBeCloseTo(-1, 9);
    // Measured in the design's coordinates the same effects are uneven: a spread that is not in the model.
    const unmeasured = morrisIndices(y, design, r, k);
    expect(unmeasured.sigma[0]).toBeGreaterThan(1);
  });

  it('gives no effect for a step that does not move its factor where the steps are measured, and the measures over the others', () => {
    const r = 6;
    const k = 2;
    const design = morrisDesign(r, k, 4, createStream(key, 'still'));
    const y = new Float64Array(design.count);
    for (let p = 0; p < design.count; p++) y[p] = 3 * design.points[p * k] + design.points[p * k + 1];
    // Factor 0 measured on 2 values: levels 0, 1/3 and 2/3 are one value, 1 the other. The design's
    // steps are 2/3 (0 to 2/3, or 1/3 to 1), so only those to or from level 1 move it.
    const at = Float64Array.from(design.points);
    for (let p = 0; p < design.count; p++) at[p * k] = design.points[p * k] > 0.9 ? 1 : 0;
    const result = morrisIndices(y, design, r, k, at);
    let moved = 0;
    for (let j = 0; j < r; j++) {
      const e = result.effects[j * k];
      if (Number.isNaN(e)) continue;
      moved++;
      expect(e).toBeCloseTo(3 * (2 / 3), 9); // a step of 2/3 in the design, measured as 1
    }
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(r);
    expect(result.mu[0]).toBeCloseTo(2, 9);
    expect(result.sigma[0]).toBeCloseTo(0, 9);
    expect(result.mu[1]).toBeCloseTo(1, 9);
  });

  it('on Ishigami (p = 4): exact effects on the grid show x2 additive and x1, x3 interacting', () => {
    // On the 4-level grid every factor takes the values −π, −π/3, π/3, π, and a step of
    // Δ = 2/3 (in unit coordinates) joins −π with π/3 or −π/3 with π. So on every step:
    //   x2 changes sin² x2 by ±3/4 whatever the rest (additive): |EE₂| = 7·(3/4)/Δ always;
    //   x1 changes sin x1 by ±√3/2, scaled by 1 + b·x3⁴ with x3⁴ ∈ {π⁴, π⁴/81};
    //   x3 changes x3⁴ by ±(π⁴ − π⁴/81), scaled by b·sin x1 with sin x1 ∈ {0, ±√3/2}.
    const r = 60;
    const delta = 2 / 3;
    const root3Half = Math.sqrt(3) / 2;
    const pi4 = Math.PI ** 4;
    const design = morrisDesign(r, 3, 4, createStream(key, 'ishigami'));
    const result = morrisIndices(ishigamiOutputs(design), design, r, 3);
    const magnitudes = (i: number) => new Set(Array.from({ length: r }, (_, j) => Math.abs(result.effects[j * 3 + i]).toFixed(9)));
    const values = (...xs: number[]) => new Set(xs.map((x) => x.toFixed(9)));

    expect(result.muStar[1]).toBeCloseTo((A * 0.75) / delta, 9);
    expect(result.sigma[1]).toBeGreaterThan(0); // signs differ: the effect of x2 is not monotone
    expect(magnitudes(0)).toEqual(values((root3Half * (1 + B * pi4)) / delta, (root3Half * (1 + (B * pi4) / 81)) / delta));
    expect(magnitudes(2)).toEqual(values(0, (B * (pi4 - pi4 / 81) * root3Half) / delta));
    // The interaction makes the effects of x1 and x3 spread widely.
    expect(result.sigma[0]).toBeGreaterThan(1);
    expect(result.sigma[2]).toBeGreaterThan(1);
    expect(result.muStar[0]).toBeGreaterThan(1);
    expect(result.muStar[2]).toBeGreaterThan(1);
  });

  it('rejects a design that does not match r and k, or a wrong output count', () => {
    const design = morrisDesign(3, 2, 4, createStream(key, 'checks'));
    expect(() => morrisIndices(new Float64Array(9), design, 3, 3)).toThrow(/not 3 trajectories/);
    expect(() => morrisIndices(new Float64Array(8), design, 3, 2)).toThrow(/expected 9 outputs/);
    const notMorris = { points: new Float64Array(6), count: 3, dimension: 2 };
    expect(() => morrisIndices(new Float64Array(3), notMorris, 1, 2)).toThrow(/moves no factor/);
  });
});
