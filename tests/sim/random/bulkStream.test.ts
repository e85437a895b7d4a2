import { describe, expect, it } from 'vitest';
import alea from 'seedrandom/lib/alea.js';
import { BulkStream, bulkStream } from '../../../sim/random/bulkStream';

/** The next `count` numbers of a seedrandom generator. */
const draws = (prng: () => number, count: number) => Float64Array.from({ length: count }, () => prng());

describe('BulkStream', () => {
  it('fills exactly the numbers seedrandom draws for the same seed, in order, however the fills are split', () => {
    for (const seed of ['cfsim/v1/seed=1/point=0/rep=0/events', 'a', '']) {
      const reference = draws(alea(seed), 50_000);
      const stream = bulkStream(seed);
      const out = new Float64Array(reference.length);
      let at = 0;
      for (const count of [1, 2, 7, 1000, 30_000]) {
        stream.fill(out, at, count);
        at += count;
      }
      stream.fill(out, at, reference.length - at);
      expect(out).toEqual(reference);
    }
  });

  it('carries into the integer part when the fraction reaches 1, as seedrandom does', () => {
    // States whose s0 = k·2⁻³² makes 2091639·s0 end in a fraction above 1 − c·2⁻³², so the
    // first step overflows into the carry (rare in a stream: about one step in 4,000).
    const carry = 2_000_000;
    const starts: number[] = [];
    for (let k = 1; starts.length < 20; k++) {
      const fraction = (2091639 * k) % 2 ** 32;
      if (fraction + carry >= 2 ** 32) starts.push(k / 2 ** 32);
    }
    for (const s0 of starts) {
      const state = { s0, s1: 0.25, s2: 0.5, c: carry };
      const reference = alea('', { state });
      const stream = new BulkStream(state);
      const first = new BulkStream(state);
      first.fill(new Float64Array(1), 0, 1);
      expect(first.state().c).toBe(Math.floor(2091639 * s0) + 1);
      const out = new Float64Array(50);
      stream.fill(out, 0, out.length);
      expect(out).toEqual(draws(reference, out.length));
      expect(stream.state()).toEqual(reference.state());
    }
  });

  it('hands on a state seedrandom continues from', () => {
    const stream = bulkStream('state');
    stream.fill(new Float64Array(123), 0, 123);
    const reference = alea('state');
    draws(reference, 123);
    expect(draws(alea('', { state: stream.state() }), 10)).toEqual(draws(reference, 10));
  });
});
