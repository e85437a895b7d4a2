import { describe, expect, it } from 'vitest';
import { DISTINCT_LIMIT, P2Quantiles, tableRoom } from '../../../sim/stats/p2';
import { quantile } from '../../../sim/stats/summary';
import { createStream } from '../../../sim/random/stream';
import { normalQuantile } from '../../../sim/random/samplers';

describe('P2Quantiles', () => {
  it('is exact for up to five observations', () => {
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    const values = [3, 1, 4, 1.5, 2];
    for (const v of values) p2.add([v]);
    const sorted = Float64Array.from(values).sort();
    expect(p2.estimate(0, 0)).toBeCloseTo(quantile(sorted, 0.05), 12);
    expect(p2.estimate(1, 0)).toBeCloseTo(quantile(sorted, 0.5), 12);
    expect(p2.estimate(2, 0)).toBeCloseTo(quantile(sorted, 0.95), 12);
  });

  it('follows Jain & Chlamtac\'s P² step exactly: their worked example\'s 20 observations give the median a textbook implementation gives', () => {
    // With exactUpTo 5 and p = 0.5 the markers start as the paper's do (the five sorted values at positions 1 to 5).
    // The reference, 4.2462394088036435, is from an independent implementation of the paper's steps (the paper's
    // table rounds its figures); the markers' heights and positions pin every parabolic and linear adjustment.
    const xs = [0.02, 0.5, 0.74, 3.39, 0.83, 22.37, 10.15, 15.43, 38.62, 15.92, 34.6, 10.28, 1.47, 0.4, 0.05, 11.39, 0.27, 0.42, 0.09, 11.37];
    const p2 = new P2Quantiles(1, [0.5], 5);
    for (const x of xs) p2.add([x]);
    expect(p2.estimate(0, 0)).toBeCloseTo(4.2462394088036435, 12);
  });

  it('falls back to the linear step where the parabola would leave the neighbouring markers, as the paper does', () => {
    // Jumps between 0 and 100 send five parabolic predictions past a neighbour (the same reference implementation).
    const xs = [0, 1, 2, 3, 4, 100, 100, 100, 100, 0, 0, 0, 0, 100, 100, 100, 0, 0, 0, 50, 50, 100, 0, 100, 0];
    const p2 = new P2Quantiles(1, [0.5], 5);
    for (const x of xs) p2.add([x]);
    expect(p2.estimate(0, 0)).toBeCloseTo(12.714778412274613, 12);
  });

  it('is exact while it still holds every observation, and close right after', () => {
    const u = createStream({ seed: 5, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95], 40);
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      const x = normalQuantile(u());
      seen.push(x);
      p2.add([x]);
      const sorted = Float64Array.from(seen).sort();
      expect(p2.estimate(2, 0)).toBeCloseTo(quantile(sorted, 0.95), 12);
    }
    for (let i = 0; i < 20; i++) {
      const x = normalQuantile(u());
      seen.push(x);
      p2.add([x]);
    }
    const sorted = Float64Array.from(seen).sort();
    for (const [k, q] of [[0, 0.05], [1, 0.5], [2, 0.95]] as const) expect(Math.abs(p2.estimate(k, 0) - quantile(sorted, q))).toBeLessThan(0.25);
    const [a, b, c] = p2.estimates(0);
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThanOrEqual(c);
  });

  it('tracks the quantiles of a long normal stream in every cell independently', () => {
    const u = createStream({ seed: 3, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(2, [0.05, 0.5, 0.95]);
    for (let i = 0; i < 20_000; i++) p2.add([normalQuantile(u()), 10 + 2 * normalQuantile(u())]);
    expect(p2.observations).toBe(20_000);
    expect(p2.estimate(0, 0)).toBeCloseTo(-1.645, 1);
    expect(p2.estimate(1, 0)).toBeCloseTo(0, 1);
    expect(p2.estimate(2, 0)).toBeCloseTo(1.645, 1);
    expect(p2.estimate(1, 1)).toBeCloseTo(10, 1);
    expect(p2.estimate(2, 1)).toBeCloseTo(10 + 2 * 1.645, 0);
  });

  it('stays within the observed range and is monotone across quantiles', () => {
    const u = createStream({ seed: 4, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 300; i++) {
      const x = u() ** 3;
      min = Math.min(min, x);
      max = Math.max(max, x);
      p2.add([x]);
    }
    const [a, b, c] = [0, 1, 2].map((k) => p2.estimate(k, 0));
    expect(a).toBeGreaterThanOrEqual(min);
    expect(c).toBeLessThanOrEqual(max);
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThanOrEqual(c);
  });

  it("leaves NaN out of a cell: each cell's quantiles are those of its own numbers, and a cell short of them when the others start P² stays exact until it has them", () => {
    const u = createStream({ seed: 6, point: 0, replication: 0 }, 'p2');
    const e = 10;
    const p2 = new P2Quantiles(3, [0.05, 0.5, 0.95], e);
    // The same stream in all three cells, where cell 1 has NaN in every third call and cell 2 only NaN.
    const reference = new P2Quantiles(1, [0.05, 0.5, 0.95], e);
    const own: number[] = [];
    for (let i = 0; i < 200; i++) {
      const x = normalQuantile(u());
      const gap = i % 3 === 0;
      p2.add([x, gap ? NaN : x, NaN]);
      if (!gap) {
        own.push(x);
        reference.add([x]);
      }
      // Cell 1 is exactly a P² of its own numbers alone, in order, exact until it has e of them (past the 10th call, when cell 0's buffer went).
      expect(p2.observationsOf(1)).toBe(own.length);
      expect(p2.estimates(1)).toEqual(reference.estimates(0));
      if (own.length > 0 && own.length < e) expect(p2.estimate(2, 1)).toBeCloseTo(quantile(Float64Array.from(own).sort(), 0.95), 12);
    }
    expect(p2.observations).toBe(200);
    expect(p2.observationsOf(0)).toBe(200);
    expect(p2.observationsOf(2)).toBe(0);
    expect(p2.estimates(2).every((q) => Number.isNaN(q))).toBe(true);
  });

  it('sized for fewer observations than it keeps exactly, gives the same estimates after every call as one sized in full, also past the expected count', () => {
    const u = createStream({ seed: 7, point: 0, replication: 0 }, 'p2');
    const full = new P2Quantiles(3, [0.05, 0.5, 0.95], 10);
    const sized = new P2Quantiles(3, [0.05, 0.5, 0.95], 10, 3);
    for (let i = 0; i < 60; i++) {
      const x = normalQuantile(u());
      const values = [x, i % 4 === 0 ? NaN : 2 * x, i < 12 ? NaN : x + 1];
      full.add(values);
      sized.add(values);
      for (let c = 0; c < 3; c++) expect(sized.estimates(c), `cell ${c} after ${i + 1}`).toEqual(full.estimates(c));
    }
  });

  it('stays exact on a cell that takes few values: a daily count, for any number of observations', () => {
    const u = createStream({ seed: 8, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    const seen: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      // A small team's head count: 10 to 14, mostly 13 (where P² settles between the counts).
      const r = u();
      const x = r < 0.05 ? 10 : r < 0.15 ? 11 : r < 0.3 ? 12 : r < 0.8 ? 13 : 14;
      seen.push(x);
      p2.add([x]);
      if (i % 97 === 0 || i === 1_999) {
        const sorted = Float64Array.from(seen).sort();
        expect(p2.estimates(0), `after ${i + 1}`).toEqual([0.05, 0.5, 0.95].map((q) => quantile(sorted, q)));
      }
    }
    expect(p2.isExact(0)).toBe(true);
  });

  it('gives 0 for the quantiles of a usually-zero cost, also after its distinct values overflow the table and P² takes over', () => {
    const u = createStream({ seed: 9, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    const seen: number[] = [];
    // 3% of days carry a departure's cost (a different amount each time); 97% cost nothing. Every quantile asked for is 0.
    for (let i = 0; i < 5_000; i++) {
      const x = u() < 0.03 ? 500 + 1_000 * u() : 0;
      seen.push(x);
      p2.add([x]);
      if (i === 99) expect(p2.isExact(0)).toBe(true);
    }
    expect(p2.isExact(0)).toBe(false);
    const sorted = Float64Array.from(seen).sort();
    expect(quantile(sorted, 0.95)).toBe(0);
    expect(p2.estimates(0)).toEqual([0, 0, 0]);
  });

  it('keeps a quantile beside the atom on its side once marked, and follows P² there', () => {
    const u = createStream({ seed: 10, point: 0, replication: 0 }, 'p2');
    const p2 = new P2Quantiles(1, [0.05, 0.5, 0.95]);
    const seen: number[] = [];
    // Zero on 60% of days, else a continuous amount: the median is 0, the 95th percentile well above it.
    for (let i = 0; i < 5_000; i++) {
      const x = u() < 0.6 ? 0 : 100 * u();
      seen.push(x);
      p2.add([x]);
    }
    expect(p2.isExact(0)).toBe(false);
    const sorted = Float64Array.from(seen).sort();
    const [low, mid, high] = p2.estimates(0);
    expect(low).toBe(0);
    expect(mid).toBe(0);
    expect(high).toBeGreaterThan(0);
    expect(Math.abs(high - quantile(sorted, 0.95))).toBeLessThan(5);
  });

  it('gives the atom for a quantile on its last rank exactly (a whole (n − 1)·p)', () => {
    // Marked from the first five (four distinct values), with 0 repeated: the median of 0,0,0,0,1,2,3 is 0, the atom's last rank.
    const p2 = new P2Quantiles(1, [0.5], 5);
    for (const x of [0, 0, 1, 2, 3, 0, 0]) p2.add([x]);
    expect(p2.isExact(0)).toBe(false);
    expect(p2.estimate(0, 0)).toBe(0);
  });

  it('counts a cell by value only if its first observations repeat (at most DISTINCT_LIMIT values, at most half as many as observations), up to twice as many values', () => {
    const e = 40;
    const cells = [DISTINCT_LIMIT, DISTINCT_LIMIT + 1, e / 2, e / 2 + 1];
    const p2 = new P2Quantiles(cells.length, [0.5], e);
    for (let i = 0; i < e; i++) p2.add(cells.map((distinct) => i % distinct));
    expect(cells.map((_, c) => p2.isExact(c))).toEqual([true, false, DISTINCT_LIMIT >= e / 2, false]);
    // A counted cell stays exact up to the values its table has room for (twice its first ones' 4), and turns to P² at the next.
    expect(tableRoom(4)).toBe(8);
    const growing = new P2Quantiles(1, [0.05, 0.5, 0.95], e);
    const seen: number[] = [];
    for (let i = 0; i < e; i++) seen.push(i % 4);
    for (let v = 4; v < tableRoom(4); v++) seen.push(v, v, 3);
    for (const x of seen) growing.add([x]);
    expect(growing.isExact(0)).toBe(true);
    expect(growing.estimates(0)).toEqual([0.05, 0.5, 0.95].map((q) => quantile(Float64Array.from(seen).sort(), q)));
    growing.add([tableRoom(4)]);
    expect(growing.isExact(0)).toBe(false);
  });

  it('counts a late cell by value too, once it has its first observations', () => {
    const p2 = new P2Quantiles(2, [0.05, 0.5, 0.95], 10);
    const seen: number[] = [];
    for (let i = 0; i < 300; i++) {
      const x = i % 7 === 0 ? 2 : i % 3;
      const gap = i % 2 === 0;
      p2.add([x, gap ? NaN : x]);
      if (!gap) seen.push(x);
    }
    expect(p2.isExact(1)).toBe(true);
    expect(p2.estimates(1)).toEqual([0.05, 0.5, 0.95].map((q) => quantile(Float64Array.from(seen).sort(), q)));
  });
});
