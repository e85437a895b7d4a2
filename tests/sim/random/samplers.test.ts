import { describe, expect, it } from 'vitest';
import { categorical, normalQuantile, poissonByInversion, poissonFromUniform, unitInterval } from '../../../sim/random/samplers';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 7, point: 0, replication: 0 };

describe('poissonFromUniform', () => {
  it.each([0.3, 2, 9])('has mean and variance equal to the rate %s', (rate) => {
    const u = createStream(key, `poisson-${rate}`);
    const n = 40_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const k = poissonFromUniform(u(), rate);
      sum += k;
      sumSq += k * k;
    }
    const mean = sum / n;
    const variance = sumSq / n - mean * mean;
    expect(mean).toBeCloseTo(rate, 1);
    expect(variance / rate).toBeGreaterThan(0.95);
    expect(variance / rate).toBeLessThan(1.05);
  });

  it('is monotone in the rate for a fixed uniform (coupling between policies)', () => {
    const u = createStream(key, 'monotone');
    for (let i = 0; i < 2000; i++) {
      const x = u();
      expect(poissonFromUniform(x, 1.5)).toBeGreaterThanOrEqual(poissonFromUniform(x, 1.2));
    }
  });

  it('gives zero for a zero rate', () => {
    expect(poissonFromUniform(0.999, 0)).toBe(0);
  });

  it('gives exactly the plain inversion, fast paths included, even next to the fast paths\' bounds', () => {
    const u = createStream(key, 'fast-paths');
    const rates = [1e-9, 1.938773530744775e-9, 1e-4, 0.003, 0.05, 0.3, 0.35, 0.7, 0.999, 1, 1.7, 7.3];
    for (const rate of rates) {
      // Uniforms right at, just below and just above P(0) and P(≤1), where a loose bound would
      // show, and at the fast paths' own bounds (which for tiny rates round to P(0) itself).
      const p0 = Math.exp(-rate);
      const p1 = p0 * (1 + rate);
      const lower = 1 - rate * (1 - rate * (0.5 - rate / 6));
      const ulp = 2 ** -53;
      const edges = [p0, p1, lower, lower * (1 + rate)].flatMap((x) => [x, x - ulp, x + ulp, x - 1e-13, x + 1e-13, x - 1e-9, x + 1e-9, x - rate ** 4 / 24, x + rate ** 4 / 24]);
      for (const x of [0, 1 - 2 ** -32, ...edges.filter((e) => e >= 0 && e < 1)]) {
        expect(poissonFromUniform(x, rate), `rate ${rate}, u ${x}`).toBe(plainInversion(x, rate));
        expect(poissonByInversion(x, rate), `rate ${rate}, u ${x}`).toBe(plainInversion(x, rate));
      }
      for (let i = 0; i < 20_000; i++) {
        const x = u();
        if (poissonFromUniform(x, rate) !== plainInversion(x, rate)) expect.fail(`rate ${rate}, u ${x}`);
      }
    }
  });
});

/** The textbook inversion the sampler's fast paths must agree with. */
function plainInversion(u: number, rate: number): number {
  let p = Math.exp(-rate);
  let cdf = p;
  let k = 0;
  while (u > cdf && k < 10_000) {
    k++;
    p *= rate / k;
    cdf += p;
    if (p === 0) break;
  }
  return k;
}

describe('normalQuantile', () => {
  it('matches known quantiles', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
});

describe('unitInterval', () => {
  it('stays inside (0, 1) with roughly the requested mean and spread', () => {
    const u = createStream(key, 'unit');
    const values = Array.from({ length: 20_000 }, () => unitInterval(u, 0.7, 0.1));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean).toBeGreaterThan(0.67);
    expect(mean).toBeLessThan(0.72);
    expect(sd).toBeGreaterThan(0.08);
    expect(sd).toBeLessThan(0.12);
  });

  it('near 0 or 1 stays near the requested level instead of splitting between the ends; from 0.1 to 0.9 its logit spread is sd / (m(1 - m))', () => {
    const stats = (m: number, sd: number) => {
      const u = createStream(key, `unit-${m}`);
      const values = Array.from({ length: 20_000 }, () => unitInterval(u, m, sd));
      return { mean: values.reduce((a, b) => a + b, 0) / values.length, max: Math.max(...values), min: Math.min(...values) };
    };
    const zero = stats(0, 0.08);
    expect(zero.mean).toBeLessThan(0.005);
    expect(zero.max).toBeLessThan(0.05);
    expect(stats(1, 0.08).min).toBeGreaterThan(0.95);
    const low = stats(0.03, 0.08);
    expect(low.mean).toBeGreaterThan(0.03);
    expect(low.mean).toBeLessThan(0.06);
    // Inside 0.1-0.9 the draw is the plain delta-method logit-normal: the value of a fixed quantile.
    const q = normalQuantile(0.975);
    const at = (m: number) => unitInterval(() => 0.975, m, 0.08);
    expect(at(0.1)).toBeCloseTo(1 / (1 + Math.exp(-(Math.log(0.1 / 0.9) + (0.08 / (0.1 * 0.9)) * q))), 12);
    expect(at(0.25)).toBeCloseTo(1 / (1 + Math.exp(-(Math.log(0.25 / 0.75) + (0.08 / (0.25 * 0.75)) * q))), 12);
  });

  it('consumes one draw even when the spread is zero (fixed draw counts keep streams aligned)', () => {
    let calls = 0;
    const u = () => {
      calls++;
      return 0.5;
    };
    unitInterval(u, 0.4, 0);
    unitInterval(u, 0.4, 0.1);
    expect(calls).toBe(2);
  });
});

describe('categorical', () => {
  it('draws indices in proportion to weights', () => {
    const u = createStream(key, 'categorical');
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[categorical(u, [1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.8);
    expect(counts[2] / counts[0]).toBeLessThan(3.2);
  });
});
