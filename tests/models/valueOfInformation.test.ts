import { describe, expect, it } from 'vitest';
import { netBenefitsInFutures, type ArmReplications } from '../../models/netBenefit';
import { binCount, sortedBinEvppi } from '../../models/sortedBinEvppi';
import { MIN_EVPPI_FUTURES, fieldEvppi, valueOfInformation } from '../../models/valueOfInformation';
import { createStream } from '../../sim/random/stream';

/** An arm from each future's leavers per year and whole-team cost per year. */
const arm = (policy: string, leavers: ArrayLike<number>, cost: ArrayLike<number>): ArmReplications => ({ policy, leavers, cost });

// 36 futures that drew θ = 1 .. 36, in a scrambled replication order (7 is prime to 36).
const N = 36;
const THETA = Array.from({ length: N }, (_, r) => ((r * 7) % N) + 1);
const BASELINE = arm('base', new Array(N).fill(40), new Array(N).fill(0));
const V = 1000;

/** A package avoiding θ departures a year at a net cost of `netCost`: its net benefit is V·θ − netCost. */
const avoidingTheta = (policy: string, netCost: number) => arm(policy, THETA.map((t) => 40 - t), new Array(N).fill(netCost));

describe('sortedBinEvppi and binCount', () => {
  it('cuts n futures into ⌊√n⌋ runs, never a run of one future', () => {
    expect([1, 3, 4, 5, 8, 9, 20, 36, 100].map(binCount)).toEqual([1, 1, 2, 2, 2, 3, 4, 6, 10]);
  });

  it('gives the closed form where the best package changes with θ at a run boundary and nothing else varies', () => {
    // Net benefits 0 and 1000·θ − 18,500 cross at the median 18.5, the boundary of runs 3 and 4: knowing θ
    // gains E[max(0, 1000·(θ − 18.5))] = 1000 · (0.5 + 1.5 + … + 17.5) / 36 = 4,500 over choosing either now (mean 0).
    const order = Array.from({ length: N }, (_, k) => k);
    const benefits = [new Array(N).fill(0), order.map((k) => 1000 * (k + 1) - 18500)];
    expect(sortedBinEvppi(order, benefits)).toBe(4500);
  });
});

describe('valueOfInformation', () => {
  it('gives each field its EVPPI from the net benefits, sorted by the draws whatever the replication order', () => {
    const voi = valueOfInformation(V, [BASELINE, avoidingTheta('a', 18500)], new Map([['coefficients.separationCf', THETA]]), 1)!;
    expect(voi).toMatchObject({ valuePerDeparture: V, futures: N, bins: 6, noiseOrders: 200 });
    expect(voi.fields).toHaveLength(1);
    expect(voi.fields[0].field).toBe('coefficients.separationCf');
    expect(voi.fields[0].evppi).toBe(4500);
    // No order unrelated to θ sorts the runs as cleanly: the estimate is far beyond the floor.
    expect(voi.fields[0].noiseFloor).toBeLessThan(4500);
    expect(voi.fields[0].beyondNoise).toBe(true);
  });

  it('is exactly 0 for a θ that changes the net benefits but never which package is best', () => {
    const voi = valueOfInformation(V, [BASELINE, avoidingTheta('a', 0)], new Map([['costs.supervisionSession', THETA]]), 1)!;
    expect(voi.fields[0]).toMatchObject({ evppi: 0, noiseFloor: 0, beyondNoise: false });
  });

  it('puts a field that has nothing to do with the net benefits within its noise floor where the futures carry chance', () => {
    const chance = createStream({ seed: 5, point: 0, replication: 0 }, 'test/noise');
    const cost = Array.from({ length: 100 }, () => (chance() - 0.5) * 20000);
    const unrelated = Array.from({ length: 100 }, () => chance());
    const voi = valueOfInformation(V, [arm('base', new Array(100).fill(10), new Array(100).fill(0)), arm('a', new Array(100).fill(10), cost)], new Map([['costs.supervisionSession', unrelated]]), 1)!;
    const f = voi.fields[0];
    expect(f.evppi).toBeGreaterThan(0);
    expect(f.noiseFloor).toBeGreaterThan(0);
    expect(f.beyondNoise).toBe(false);
    expect(f.noiseShare).toBeGreaterThanOrEqual(0.05);
  });

  it('is deterministic: the same input and seed give the same result, another seed another floor', () => {
    const chance = createStream({ seed: 6, point: 0, replication: 0 }, 'test/noise');
    const cost = THETA.map(() => 18500 + (chance() - 0.5) * 8000);
    const arms = [BASELINE, arm('a', THETA.map((t) => 40 - t), cost)];
    const draws = new Map([['coefficients.separationCf', THETA]]);
    const once = valueOfInformation(V, arms, draws, 1);
    expect(valueOfInformation(V, arms, draws, 1)).toEqual(once);
    const other = valueOfInformation(V, arms, draws, 2)!;
    expect(other.fields[0].evppi).toBe(once!.fields[0].evppi);
    expect(other.fields[0].noiseFloor).not.toBe(once!.fields[0].noiseFloor);
  });

  it('draws each field\'s unrelated orders from the stream evppi-noise/PATH keyed by the seed, point 0, replication 0', () => {
    const chance = createStream({ seed: 7, point: 0, replication: 0 }, 'test/noise');
    const cost = THETA.map(() => 18500 + (chance() - 0.5) * 8000);
    const arms = [BASELINE, arm('a', THETA.map((t) => 40 - t), cost)];
    const { benefits } = netBenefitsInFutures(V, arms);
    const voi = valueOfInformation(V, arms, new Map([['coefficients.separationCf', THETA], ['costs.supervisionSession', THETA]]), 3)!;
    for (const f of voi.fields) {
      const expected = fieldEvppi(f.field, THETA, benefits, createStream({ seed: 3, point: 0, replication: 0 }, `evppi-noise/${f.field}`));
      expect(f).toEqual(expected);
    }
    // The same draws under two names take two streams: the floors differ.
    expect(voi.fields[0].noiseFloor).not.toBe(voi.fields[1].noiseFloor);
  });

  it('gives nothing without drawn fields or from fewer than 20 futures', () => {
    const few = MIN_EVPPI_FUTURES - 1;
    const arms = [arm('base', new Array(few).fill(1), new Array(few).fill(0)), arm('a', new Array(few).fill(0), new Array(few).fill(1))];
    expect(valueOfInformation(V, arms, new Map([['x', new Array(few).fill(0)]]), 1)).toBeUndefined();
    expect(valueOfInformation(V, [BASELINE, avoidingTheta('a', 18500)], new Map(), 1)).toBeUndefined();
  });
});
