import { describe, expect, it } from 'vitest';
import { runChunk } from '../../models/chunk';
import { ExperimentAggregator } from '../../models/experimentAggregator';
import { resolveScenario } from '../../scenarios/resolve';

// The aggregator's snapshot (checkpoint.bin of a run stopped short) holds its own summaries, not
// copies of them: at a stop, memory then holds the summaries once, not twice. A restored aggregator
// takes copies, so it goes on from the snapshot exactly as the one it came from.

const DAYS = 20;
const scenario = resolveScenario({ policy: 'status-quo', overrides: [['days', DAYS]] });
const chunk = (firstRep: number) => runChunk({ scenario, seed: 3, point: 0, firstRep, reps: 1 });

describe('ExperimentAggregator snapshot', () => {
  it('gives the aggregator arrays themselves (no copies), and a restore that copies them goes on as the original', () => {
    const whole = new ExperimentAggregator(1, 4, DAYS);
    const stopped = new ExperimentAggregator(1, 4, DAYS);
    for (let rep = 0; rep < 4; rep++) whole.add(0, chunk(rep));
    for (let rep = 0; rep < 2; rep++) stopped.add(0, chunk(rep));
    const state = stopped.snapshot();
    const sums = state['seriesSums.0'] as Float64Array;
    const counts = state['sketch.0.counts'] as Uint32Array;
    const bytes = (a: Float64Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const before = [Buffer.from(bytes(sums)), Buffer.from(bytes(counts))];
    const resumed = new ExperimentAggregator(1, 4, DAYS);
    resumed.restore(state);
    // The snapshot's arrays move with the aggregator they came from: they are its own.
    for (let rep = 2; rep < 4; rep++) stopped.add(0, chunk(rep));
    expect(bytes(sums).equals(before[0])).toBe(false);
    expect(bytes(counts).equals(before[1])).toBe(false);
    // The restored one took copies: the original going on did not change it.
    for (let rep = 2; rep < 4; rep++) resumed.add(0, chunk(rep));
    for (let day = 0; day < DAYS; day++) {
      expect(resumed.seriesMean(0, day, 0)).toBe(whole.seriesMean(0, day, 0));
      expect(resumed.seriesQuantiles(0, day, 0)).toEqual(whole.seriesQuantiles(0, day, 0));
    }
    expect(resumed.values(0, 'leaversPerYear')).toEqual(whole.values(0, 'leaversPerYear'));
  });

  it('refuses a state whose quantile sketch holds another count of replications than it folded (pieced together from two checkpoints)', () => {
    const stopped = new ExperimentAggregator(1, 4, DAYS);
    for (let rep = 0; rep < 2; rep++) stopped.add(0, chunk(rep));
    const state = { ...stopped.snapshot(), folded: 1 };
    expect(() => new ExperimentAggregator(1, 4, DAYS).restore(state)).toThrow("checkpoint's quantile sketch of policy 0 holds 2 replications, and the checkpoint 1");
  });
});
