import { describe, expect, it } from 'vitest';
import { P2Quantiles } from '../../../sim/stats/p2';
import { createStream } from '../../../sim/random/stream';

// A checkpoint of a quantile sketch (run --resume): restored into a new sketch, it goes on exactly
// as the sketch it was taken from, whichever way its cells went (kept, counted, P² markers, late).

/** One call's values for 4 cells: a continuous one, a count, a cell NaN on most early calls (late), and a mostly-zero cost. */
function values(next: () => number, call: number): number[] {
  const u = next();
  return [u * 100, Math.floor(u * 4), call < 45 && call % 3 !== 0 ? NaN : u, u < 0.9 ? 0 : u * 1000];
}

describe('P2Quantiles snapshot and restore', () => {
  for (const at of [0, 7, 39, 40, 60, 150]) {
    it(`restored after ${at} observations, it gives the same estimates bit for bit as one never stopped`, () => {
      const random = createStream({ seed: 11, point: 0, replication: 0 }, 'p2-snapshot');
      const draws = Array.from({ length: 200 }, (_, call) => values(random, call));
      const whole = new P2Quantiles(4, [0.05, 0.5, 0.95], 40, 200);
      const first = new P2Quantiles(4, [0.05, 0.5, 0.95], 40, 200);
      draws.forEach((v, call) => {
        whole.add(v);
        if (call < at) first.add(v);
      });
      const resumed = new P2Quantiles(4, [0.05, 0.5, 0.95], 40, 200);
      resumed.restore(first.snapshot());
      for (const v of draws.slice(at)) resumed.add(v);
      for (let cell = 0; cell < 4; cell++) {
        expect(resumed.estimates(cell), `cell ${cell}`).toEqual(whole.estimates(cell));
        expect(resumed.observationsOf(cell)).toBe(whole.observationsOf(cell));
      }
    });
  }

  it('refuses a snapshot of another shape, and a sketch already added to', () => {
    const state = new P2Quantiles(4, [0.05, 0.5, 0.95]).snapshot();
    expect(() => new P2Quantiles(3, [0.05, 0.5, 0.95]).restore(state)).toThrow('another shape');
    const used = new P2Quantiles(4, [0.05, 0.5, 0.95]);
    used.add([1, 2, 3, 4]);
    expect(() => used.restore(state)).toThrow('only before anything is added');
  });
});
