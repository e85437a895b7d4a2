import { describe, expect, it } from 'vitest';
import { PoissonTables } from '../../../sim/random/poissonTables';
import { poissonFromUniform } from '../../../sim/random/samplers';
import { createStream } from '../../../sim/random/stream';

const key = { seed: 3, point: 0, replication: 0 };

describe('PoissonTables', () => {
  it('gives exactly poissonFromUniform for every uniform and rate, as slots change rate and interleave', () => {
    const u = createStream(key, 'tables');
    const pick = createStream(key, 'tables-pick');
    const tables = new PoissonTables(3);
    const rates = [0, 1e-6, 0.4, 3, 7.3, 7.300000000000001, 25, 80, 299, 301, 1000];
    for (let i = 0; i < 60_000; i++) {
      const slot = Math.floor(pick() * 3);
      const rate = rates[Math.floor(pick() * rates.length)];
      const x = u();
      if (tables.count(slot, x, rate) !== poissonFromUniform(x, rate)) expect.fail(`slot ${slot}, rate ${rate}, u ${x}`);
    }
  });

  it('agrees at the extremes of the uniform, beyond the tabulated counts', () => {
    const tables = new PoissonTables(1);
    for (const rate of [0.4, 7.3, 60, 250]) {
      for (const x of [0, 1e-300, 0.5, 1 - 1e-12, 1 - 2 ** -32, 0.9999999999999999]) {
        expect(tables.count(0, x, rate), `rate ${rate}, u ${x}`).toBe(poissonFromUniform(x, rate));
      }
    }
  });

  it('treats a non-positive rate as no events', () => {
    const tables = new PoissonTables(1);
    expect(tables.count(0, 0.99, 0)).toBe(0);
    expect(tables.count(0, 0.99, -1)).toBe(0);
  });
});
