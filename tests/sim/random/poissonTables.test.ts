import { describe, expect, it } from 'vitest';
import { PoissonTables } from '../../../sim/random/poissonTables';
import { poissonByInversion, poissonFromUniform } from '../../../sim/random/samplers';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 3, point: 0, replication: 0 };

/** One draw: the slot set to `rate`, then the count for uniform `x`. */
function draw(tables: PoissonTables, slot: number, x: number, rate: number): number {
  tables.setRate(slot, rate);
  return tables.count(slot, Float64Array.of(x), 0);
}

describe('PoissonTables', () => {
  it('gives exactly the inversion\'s count for every uniform and rate, as slots change rate and interleave', () => {
    const u = createStream(key, 'tables');
    const pick = createStream(key, 'tables-pick');
    const tables = new PoissonTables(3);
    const rates = [0, 1e-6, 0.4, 3, 7.3, 7.300000000000001, 25, 80, 299, 301, 1000];
    for (let i = 0; i < 60_000; i++) {
      const slot = Math.floor(pick() * 3);
      const rate = rates[Math.floor(pick() * rates.length)];
      const x = u();
      const count = draw(tables, slot, x, rate);
      if (count !== poissonByInversion(x, rate) || count !== poissonFromUniform(x, rate)) expect.fail(`slot ${slot}, rate ${rate}, u ${x}`);
    }
  });

  it('agrees at the extremes of the uniform, beyond the tabulated counts', () => {
    const tables = new PoissonTables(1);
    for (const rate of [0.4, 7.3, 60, 250]) {
      for (const x of [0, 1e-300, 0.5, 1 - 1e-12, 1 - 2 ** -32, 0.9999999999999999]) {
        expect(draw(tables, 0, x, rate), `rate ${rate}, u ${x}`).toBe(poissonByInversion(x, rate));
      }
    }
  });

  it('stops where the inversion stops when the probabilities underflow', () => {
    // At this rate the recursion's probability reaches 0 at count 62, inside the table; a uniform
    // above every cumulative sum gets that count, as the inversion gives.
    const rate = 1.4339309442396503e-4;
    const u = 0.9999999999999999;
    const tables = new PoissonTables(1);
    expect(poissonByInversion(u, rate)).toBe(62);
    expect(draw(tables, 0, u, rate)).toBe(62);
    expect(draw(tables, 0, 0.5, rate)).toBe(0);
    expect(draw(tables, 0, u, rate)).toBe(62);
  });

  it('passes rates it cannot tabulate (NaN, infinite, very large) to the inversion', () => {
    const tables = new PoissonTables(1);
    for (const rate of [Number.NaN, Number.POSITIVE_INFINITY, 1e6]) {
      for (const x of [0.1, 0.9]) expect(draw(tables, 0, x, rate), `rate ${rate}`).toBe(poissonByInversion(x, rate));
    }
  });

  it('treats a non-positive rate as no events', () => {
    const tables = new PoissonTables(1);
    expect(draw(tables, 0, 0.99, 0)).toBe(0);
    expect(draw(tables, 0, 0.99, -1)).toBe(0);
  });
});
