import { describe, expect, it } from 'vitest';
import { prcc, ranks } from '../../../sim/analysis/prcc';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 23, point: 0, replication: 0 };

/** `n` points of `k` independent uniform parameters, column by column. */
function inputs(n: number, k: number, name = 'prcc-test'): Float64Array[] {
  const u = createStream(key, name);
  return Array.from({ length: k }, () => Float64Array.from({ length: n }, () => u()));
}

/** Pearson correlation. */
function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('ranks', () => {
  it('ranks from 1, ties sharing the mean of their ranks', () => {
    expect(Array.from(ranks([3, 1, 3, 2]))).toEqual([3.5, 1, 3.5, 2]);
    expect(Array.from(ranks([0.5, 0.5, 0.5]))).toEqual([2, 2, 2]);
    expect(Array.from(ranks([-1, 10, 4]))).toEqual([1, 3, 2]);
  });
});

describe('partial rank correlation coefficients', () => {
  it('with two parameters, is the partial correlation of the ranks by its textbook formula', () => {
    const [a, b] = inputs(60, 2);
    const y = Float64Array.from(a, (v, i) => v + 0.5 * b[i] * b[i] + 0.1 * Math.sin(40 * v));
    const [ra, rb, ry] = [ranks(a), ranks(b), ranks(y)];
    const [rAY, rBY, rAB] = [pearson(ra, ry), pearson(rb, ry), pearson(ra, rb)];
    const partial = (xy: number, xz: number, yz: number) => (xy - xz * yz) / Math.sqrt((1 - xz * xz) * (1 - yz * yz));
    const result = prcc([a, b], y);
    expect(result[0].prcc).toBeCloseTo(partial(rAY, rAB, rBY), 12);
    expect(result[1].prcc).toBeCloseTo(partial(rBY, rAB, rAY), 12);
  });

  it('is strongly positive for a parameter the output rises with, strongly negative for one it falls with, and clearly not zero for either; an inert one has an interval holding 0', () => {
    const [up, down, inert] = inputs(200, 3);
    const noise = createStream(key, 'prcc-noise');
    // Monotone but not linear: PRCC measures monotonicity, so the curve does not weaken it.
    const y = Float64Array.from(up, (v, i) => Math.exp(3 * v) - 4 * down[i] + 0.3 * noise());
    const [rUp, rDown, rInert] = prcc([up, down, inert], y);
    expect(rUp.prcc!).toBeGreaterThan(0.8);
    expect(rDown.prcc!).toBeLessThan(-0.8);
    expect(rUp.low!).toBeGreaterThan(0);
    expect(rDown.high!).toBeLessThan(0);
    expect(rInert.low!).toBeLessThan(0);
    expect(rInert.high!).toBeGreaterThan(0);
    // The interval is Fisher's, around the estimate.
    for (const r of [rUp, rDown, rInert]) {
      expect(r.low!).toBeLessThan(r.prcc!);
      expect(r.high!).toBeGreaterThan(r.prcc!);
    }
  });

  it("removes the other parameters' effect: a weak parameter beside a strong one is still found", () => {
    const [strong, weak] = inputs(300, 2);
    const y = Float64Array.from(strong, (v, i) => 10 * v + 0.5 * weak[i]);
    const [, r] = prcc([strong, weak], y);
    // Its plain rank correlation with the output is small; with the strong parameter's effect removed it is large.
    expect(Math.abs(pearson(ranks(weak), ranks(y)))).toBeLessThan(0.2);
    expect(r.prcc!).toBeGreaterThan(0.5);
    expect(r.low!).toBeGreaterThan(0);
  });

  it('leaves out points without an output, and gives none for a parameter or output that does not vary, or from too few points', () => {
    const [a, b] = inputs(40, 2);
    const y = Float64Array.from(a, (v, i) => v + 0.3 * b[i]);
    const withGaps = Float64Array.from(y, (v, i) => (i % 5 === 0 ? NaN : v));
    const kept = (v: Float64Array) => v.filter((_, i) => i % 5 !== 0);
    expect(prcc([a, b], withGaps)).toEqual(prcc([kept(a), kept(b)], kept(y)));
    expect(prcc([a, b], withGaps)).not.toEqual(prcc([a, b], y));
    // A constant parameter has no PRCC; the others are computed without it.
    const constant = new Float64Array(40).fill(3);
    const [ra, rc] = prcc([a, constant], Float64Array.from(a, (v, i) => v + 0.2 * b[i]));
    expect(rc).toEqual({ prcc: null, low: null, high: null });
    expect(ra.prcc!).toBeGreaterThan(0.9);
    // An output in the order of one parameter: its PRCC is exactly 1 (or −1), the others' undefined with it held fixed.
    expect(prcc([a, b], Float64Array.from(a, (v) => 2 * v + 1))).toEqual([{ prcc: 1, low: 1, high: 1 }, { prcc: null, low: null, high: null }]);
    expect(prcc([a, b], Float64Array.from(b, (v) => -v * v))[1]).toEqual({ prcc: -1, low: -1, high: -1 });
    // A constant output, or n ≤ k + 2 points: nothing to say.
    expect(prcc([a, b], new Float64Array(40).fill(1)).every((r) => r.prcc === null)).toBe(true);
    expect(prcc([a.subarray(0, 4), b.subarray(0, 4)], y.subarray(0, 4)).every((r) => r.prcc === null)).toBe(true);
    expect(prcc([a.subarray(0, 5), b.subarray(0, 5)], Float64Array.from(a.subarray(0, 5), (v, i) => v - b[i])).every((r) => r.prcc !== null)).toBe(true);
  });

  it('gives the same bits every time (golden values)', () => {
    const [a, b, c] = inputs(50, 3, 'prcc-golden');
    const y = Float64Array.from(a, (v, i) => v * b[i] + c[i] * 0.1);
    const result = prcc([a, b, c], y);
    expect(result.map((r) => r.prcc)).toMatchInlineSnapshot(`
      [
        0.8254192927056014,
        0.8187416114568411,
        0.37825171777524363,
      ]
    `);
  });
});
