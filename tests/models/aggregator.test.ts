import { beforeAll, describe, expect, it } from 'vitest';
import { runChunk, SEPARATION_WIDTH, WORKER_WIDTH, type ChunkResult } from '../../models/chunk';
import { ExperimentAggregator, SAME_WITHIN, SERIES_QUANTILES } from '../../models/experimentAggregator';
import { METRIC_NAMES } from '../../models/metrics';
import { WORKER_COLUMNS } from '../../models/outputs';
import { DAILY_SERIES, SERIES, SERIES_COUNT } from '../../models/observables';
import { quantile } from '../../sim/stats/summary';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';

// The experiment aggregator, fed with real chunk results computed in-process (no threads).
// Whatever order or chunking results arrive in, the folded outputs must be bit-for-bit the same.

const DAYS = 60;
const REPS = 6;
const SEED = 5;

const scenario = (policy: string, overrides: [string, unknown][] = []): Scenario =>
  resolveScenario({ policy, overrides: [['days', DAYS], ...overrides] });

/** A task: one policy's chunk, as a worker thread would return it. */
interface Task {
  readonly policy: number;
  readonly chunk: ChunkResult;
}

/** Chunks of every policy for the chunk sizes given (which must sum to REPS), in order. */
function chunked(scenarios: readonly Scenario[], sizes: readonly number[]): Task[] {
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(REPS);
  const tasks: Task[] = [];
  let first = 0;
  for (const size of sizes) {
    scenarios.forEach((s, policy) => tasks.push({ policy, chunk: runChunk({ scenario: s, seed: SEED, point: 0, firstRep: first, reps: size }) }));
    first += size;
  }
  return tasks;
}

/** A deterministic permutation (seeded linear congruential shuffle). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface SinkCall {
  readonly policy: number;
  readonly rep: number;
  readonly workers: number[];
  readonly separations: number[];
  readonly metrics: number[];
}

function aggregate(policies: number, tasks: readonly Task[]): { aggregator: ExperimentAggregator; calls: SinkCall[] } {
  const calls: SinkCall[] = [];
  const aggregator = new ExperimentAggregator(policies, REPS, DAYS, (policy, rep, workers, separations, metrics) =>
    calls.push({ policy, rep, workers: Array.from(workers), separations: Array.from(separations), metrics: Array.from(metrics) }),
  );
  for (const t of tasks) aggregator.add(t.policy, t.chunk);
  return { aggregator, calls };
}

/** Everything the aggregator reports, as plain data, for exact comparison. */
function outputs(aggregator: ExperimentAggregator) {
  const policies = Array.from({ length: aggregator.policies }, (_, p) => {
    const means: number[] = [];
    const quantiles: number[] = [];
    for (let day = 0; day < aggregator.days; day++) {
      for (let s = 0; s < SERIES_COUNT; s++) {
        means.push(aggregator.seriesMean(p, day, s));
        for (let k = 0; k < SERIES_QUANTILES.length; k++) quantiles.push(aggregator.seriesQuantiles(p, day, s)[k]);
      }
    }
    return {
      summaries: aggregator.metricSummaries(p),
      values: METRIC_NAMES.map((m) => Array.from(aggregator.values(p, m))),
      groups: aggregator.groupOutcomes(p),
      means,
      quantiles,
    };
  });
  const differences = Array.from({ length: aggregator.policies }, (_, p) => aggregator.differences(p, 0));
  const groupDifferences = Array.from({ length: aggregator.policies }, (_, p) => aggregator.groupDifferences(p, 0));
  const endBurnoutSds = Array.from({ length: aggregator.policies }, (_, p) => aggregator.endBurnoutSd(p));
  return { completedReps: aggregator.completedReps, policies, differences, groupDifferences, endBurnoutSds };
}

/** Bit-exact equality of two outputs (distinguishes −0 from 0 and compares NaN as equal). */
function expectIdentical(actual: unknown, expected: unknown): void {
  const bits = (value: unknown): unknown =>
    JSON.stringify(value, (_, v) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v) : v));
  expect(bits(actual)).toBe(bits(expected));
}

let scenarios: Scenario[];
let bySixes: Task[]; // [1×6]
let byPairs: Task[]; // [2, 2, 2]
let byThrees: Task[]; // [3, 3]

beforeAll(() => {
  scenarios = [scenario('status-quo'), scenario('opt-out-support')];
  bySixes = chunked(scenarios, [1, 1, 1, 1, 1, 1]);
  byPairs = chunked(scenarios, [2, 2, 2]);
  byThrees = chunked(scenarios, [3, 3]);
});

describe('ExperimentAggregator', () => {
  it('folds every replication of every policy, with finite summaries that differ between the policies', () => {
    const { aggregator } = aggregate(2, byPairs);
    expect(aggregator.completedReps).toBe(REPS);
    const out = outputs(aggregator);
    for (const p of out.policies) {
      for (const m of METRIC_NAMES) {
        expect(p.values[METRIC_NAMES.indexOf(m)]).toHaveLength(REPS);
        for (const v of Object.values(p.summaries[m])) expect(Number.isFinite(v), m).toBe(true);
      }
      expect(p.means.every(Number.isFinite)).toBe(true);
      expect(p.quantiles.every(Number.isFinite)).toBe(true);
    }
    // The two packages really differ (so the equality tests below are not trivially true).
    expect(out.policies[1].summaries.supportUptake.mean).not.toBe(out.policies[0].summaries.supportUptake.mean);
    expect(out.differences[1].supportUptake.mean).not.toBe(0);
  });

  it('gives exactly the same results whatever order the chunks arrive in', () => {
    for (const tasks of [bySixes, byPairs, byThrees]) {
      const reference = outputs(aggregate(2, tasks).aggregator);
      for (const seed of [1, 2, 3, 42, 1234]) {
        const order = shuffled(tasks, seed);
        expect(order.map((t) => [t.policy, t.chunk.firstRep])).not.toEqual(tasks.map((t) => [t.policy, t.chunk.firstRep]));
        expectIdentical(outputs(aggregate(2, order).aggregator), reference);
      }
      expectIdentical(outputs(aggregate(2, [...tasks].reverse()).aggregator), reference);
    }
  });

  it('gives exactly the same results for chunks of 1, 2 or 3 replications', () => {
    const ones = outputs(aggregate(2, bySixes).aggregator);
    expectIdentical(outputs(aggregate(2, byPairs).aggregator), ones);
    expectIdentical(outputs(aggregate(2, byThrees).aggregator), ones);
  });

  it('streams the same per-worker rows to the sink for any chunking and order', () => {
    const reference = aggregate(2, bySixes).calls;
    expect(reference).toHaveLength(REPS * 2);
    for (const call of reference) {
      expect(call.workers.length).toBeGreaterThan(0);
      expect(call.workers.length % WORKER_WIDTH).toBe(0);
      expect(call.separations.length % SEPARATION_WIDTH).toBe(0);
    }
    expect(aggregate(2, shuffled(byPairs, 7)).calls).toEqual(reference);
    expect(aggregate(2, shuffled(byThrees, 8)).calls).toEqual(reference);
  });

  it("gives the sink each replication's metrics: the values it summarizes, in METRIC_NAMES order", () => {
    const { aggregator, calls } = aggregate(2, shuffled(byPairs, 11));
    expect(calls).toHaveLength(REPS * 2);
    for (const call of calls) expect(call.metrics).toHaveLength(METRIC_NAMES.length);
    for (const policy of [0, 1]) {
      const mine = calls.filter((c) => c.policy === policy);
      METRIC_NAMES.forEach((m, j) => expect(mine.map((c) => c.metrics[j]), m).toEqual(Array.from(aggregator.values(policy, m))));
    }
    // Not one replication's values repeated.
    expect(new Set(calls.filter((c) => c.policy === 0).map((c) => c.metrics[METRIC_NAMES.indexOf('proqolSTS')])).size).toBe(REPS);
  });

  it("gives the spread of end-of-run ProQOL burnout over every worker row it streamed, replications pooled, per policy", () => {
    const { aggregator, calls } = aggregate(2, byPairs);
    const column = WORKER_COLUMNS.indexOf('proqolBO');
    for (const policy of [0, 1]) {
      const scores = calls.filter((c) => c.policy === policy).flatMap((c) => c.workers.filter((_, i) => i % WORKER_WIDTH === column));
      expect(scores.length).toBeGreaterThan(REPS * 5);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
      expect(sd).toBeGreaterThan(1);
      expect(aggregator.endBurnoutSd(policy)).toBeCloseTo(sd, 9);
    }
    expect(new ExperimentAggregator(2, REPS, DAYS).endBurnoutSd(0), 'nothing folded').toBe(0);
  });

  it('calls the sink in (replication, policy) order whatever order chunks arrive in', () => {
    const expected = Array.from({ length: REPS }, (_, rep) => [0, 1].map((policy) => ({ rep, policy }))).flat();
    for (const tasks of [shuffled(bySixes, 9), shuffled(byPairs, 10), [...byThrees].reverse()]) {
      const { calls } = aggregate(2, tasks);
      expect(calls.map(({ rep, policy }) => ({ rep, policy }))).toEqual(expected);
    }
  });

  it('advances completedReps only when every policy\'s chunk for the next replication is in', () => {
    const chunk = (policy: number, rep: number) => bySixes.find((t) => t.policy === policy && t.chunk.firstRep === rep)!.chunk;
    const calls: [number, number][] = [];
    const aggregator = new ExperimentAggregator(2, REPS, DAYS, (policy, rep) => calls.push([rep, policy]));
    const steps: [policy: number, rep: number, completed: number][] = [
      [0, 1, 0], // replication 1 before replication 0: held back
      [1, 1, 0], // replication 1 complete for both policies, but replication 0 still missing
      [0, 0, 0], // replication 0 of one policy only
      [1, 0, 2], // replication 0 complete: 0 and the waiting 1 fold together
      [1, 2, 2],
      [1, 3, 2],
      [0, 3, 2], // replication 3 complete, replication 2 is not
      [0, 2, 4],
      [0, 5, 4],
      [0, 4, 4],
      [1, 4, 5],
      [1, 5, 6],
    ];
    let released: ChunkResult[] = [];
    for (const [policy, rep, completed] of steps) {
      const before = aggregator.completedReps;
      const folded = aggregator.add(policy, chunk(policy, rep));
      expect(aggregator.completedReps, `after policy ${policy} replication ${rep}`).toBe(completed);
      // The chunks handed back (free for reuse) are exactly those of the replications just folded.
      const foldedReps = Array.from({ length: completed - before }, (_, k) => before + k);
      expect(folded.map((c) => c.firstRep).sort()).toEqual(foldedReps.flatMap((r) => [r, r]));
      released = [...released, ...folded];
      // Nothing reaches the sink beyond the folded replications, and summaries cover exactly them.
      expect(calls.every(([r]) => r < completed)).toBe(true);
      expect(calls).toHaveLength(completed * 2);
      expect(aggregator.values(0, 'proqolCS')).toHaveLength(completed);
      expect(aggregator.values(1, 'proqolCS')).toHaveLength(completed);
    }
    expect(released).toHaveLength(2 * REPS);
    expectIdentical(outputs(aggregator), outputs(aggregate(2, bySixes).aggregator));
  });

  it('summarises a partial experiment over the folded replications only', () => {
    const aggregator = new ExperimentAggregator(2, REPS, DAYS);
    for (const t of byPairs.filter((t) => t.chunk.firstRep < 4)) aggregator.add(t.policy, t.chunk);
    expect(aggregator.completedReps).toBe(4);
    // The first four replications of a six-replication experiment: the same as a four-replication one.
    const four = new ExperimentAggregator(2, 4, DAYS);
    for (const t of bySixes.filter((t) => t.chunk.firstRep < 4)) four.add(t.policy, t.chunk);
    for (const p of [0, 1]) {
      expect(aggregator.metricSummaries(p)).toEqual(four.metricSummaries(p));
      for (let day = 0; day < DAYS; day += 7) for (let s = 0; s < SERIES_COUNT; s++) expect(aggregator.seriesMean(p, day, s)).toBe(four.seriesMean(p, day, s));
    }
    expect(aggregator.differences(1, 0)).toEqual(four.differences(1, 0));
  });

  it('gives all-zero differences for two scenarios that differ only in the policy name', () => {
    const renamed = scenario('status-quo', [['policy.name', 'status-quo-renamed']]);
    expect(renamed.policy.name).toBe('status-quo-renamed');
    const tasks = chunked([scenarios[0], renamed], [2, 2, 2]);
    const { aggregator } = aggregate(2, shuffled(tasks, 11));
    expect(aggregator.completedReps).toBe(REPS);
    const differences = aggregator.differences(1, 0);
    expect(Object.keys(differences)).toEqual([...METRIC_NAMES]);
    for (const m of METRIC_NAMES) expect(differences[m], m).toEqual({ mean: 0, sd: 0, se: 0, p05: 0, p95: 0, positive: 0, zero: REPS, negative: 0 });
    expect(aggregator.metricSummaries(1)).toEqual(aggregator.metricSummaries(0));
    // Turnover by role and lived experience too: the same groups, the same figures, no difference.
    expect(aggregator.groupOutcomes(1)).toEqual(aggregator.groupOutcomes(0));
    const groups = aggregator.groupDifferences(1, 0);
    expect(groups.map((g) => g.group)).toEqual(aggregator.groupOutcomes(0).map((g) => g.group));
    expect(groups.some((g) => g.by === 'livedExperience')).toBe(true);
    for (const g of groups) expect(g.turnoverPerYear, g.group).toEqual({ mean: 0, sd: 0, se: 0, p05: 0, p95: 0, positive: 0, zero: REPS, negative: 0 });
    for (let day = 0; day < DAYS; day++) {
      for (let s = 0; s < SERIES_COUNT; s++) {
        expect(aggregator.seriesMean(1, day, s)).toBe(aggregator.seriesMean(0, day, s));
        for (let k = 0; k < SERIES_QUANTILES.length; k++) expect(aggregator.seriesQuantiles(1, day, s)[k]).toBe(aggregator.seriesQuantiles(0, day, s)[k]);
      }
    }
  });

  it('differences are the paired policy − baseline values', () => {
    const { aggregator } = aggregate(2, byThrees);
    for (const m of METRIC_NAMES) {
      const a = aggregator.values(1, m);
      const b = aggregator.values(0, m);
      const mean = a.reduce((sum, x, r) => sum + (x - b[r]), 0) / REPS;
      expect(aggregator.differences(1, 0)[m].mean).toBeCloseTo(mean, 9);
      expect(aggregator.differences(1, 0)[m].mean).toBeCloseTo(aggregator.metricSummaries(1)[m].mean - aggregator.metricSummaries(0)[m].mean, 9);
      // How many paired differences are above, at and below zero.
      const { positive, zero, negative } = aggregator.differences(1, 0)[m];
      const same = (x: number, r: number) => Math.abs(x - b[r]) <= SAME_WITHIN * Math.max(Math.abs(x), Math.abs(b[r]));
      expect([positive, zero, negative], m).toEqual([
        a.filter((x, r) => !same(x, r) && x > b[r]).length,
        a.filter((x, r) => same(x, r)).length,
        a.filter((x, r) => !same(x, r) && x < b[r]).length,
      ]);
    }
    expect(aggregator.differences(1, 0).supportUptake.positive, 'opt-out supervision raises uptake in every future').toBe(REPS);
    // Each group's turnover difference pairs the replications in which both packages had the group in post.
    const outcomes = [aggregator.groupOutcomes(0), aggregator.groupOutcomes(1)];
    let everywhere = 0;
    for (const g of aggregator.groupDifferences(1, 0)) {
      const [base, other] = outcomes.map((o) => o.find((x) => x.group === g.group && x.by === g.by)!);
      expect(g.reps).toBeLessThanOrEqual(Math.min(base.reps, other.reps));
      if (g.reps < REPS) continue;
      everywhere++;
      expect(g.turnoverPerYear.mean, g.group).toBeCloseTo(other.turnoverPerYear.mean - base.turnoverPerYear.mean, 12);
    }
    // The lived-experience groups at least are in post in every replication, so the check above ran.
    expect(everywhere).toBeGreaterThanOrEqual(2);
    // Both packages pay the same per worker; their sums differ only by rounding, which is no difference.
    const pay = aggregator.differences(1, 0).payCostPerWorkerYear;
    expect([pay.positive, pay.zero, pay.negative]).toEqual([0, REPS, 0]);
  });

  it('daily-series quantiles lie within the replications\' range and are ordered p05 ≤ p50 ≤ p95', () => {
    // Eight replications: past the five observations the streaming quantiles keep exactly.
    const reps = 8;
    const days = 150;
    const chunk = runChunk({ scenario: resolveScenario({ overrides: [['days', days]] }), seed: 1, point: 0, firstRep: 0, reps });
    const aggregator = new ExperimentAggregator(1, reps, days);
    aggregator.add(0, chunk);
    const cells = days * SERIES_COUNT;
    const outOfRange: string[] = [];
    const disordered: string[] = [];
    for (let day = 0; day < days; day++) {
      for (let s = 0; s < SERIES_COUNT; s++) {
        const values = Array.from({ length: reps }, (_, r) => chunk.records[r * cells + day * SERIES_COUNT + s]);
        const [p05, p50, p95] = SERIES_QUANTILES.map((_, k) => aggregator.seriesQuantiles(0, day, s)[k]);
        const where = `day ${day} ${DAILY_SERIES[s].name}: p05 ${p05}, p50 ${p50}, p95 ${p95}`;
        if ([p05, p50, p95].some((q) => !(q >= Math.min(...values) && q <= Math.max(...values)))) outOfRange.push(where);
        if (!(p05 <= p50 && p50 <= p95)) disordered.push(where);
      }
    }
    expect(outOfRange).toEqual([]);
    expect(disordered.length, `${disordered.length} of ${cells} cells out of order, e.g. ${disordered.slice(0, 3).join('; ')}`).toBe(0);
  });

  it('leaves a team-state value out of its day where nobody was in post (NaN), in means, quantiles and paired differences alike', () => {
    // A one-seat team that waits months to refill its seat: empty days in some replications.
    const reps = 12;
    const days = 400;
    const overrides: [string, unknown][] = [['days', days], ['population.seats', 1], ['policy.staffing.hiringDelayDays', 120], ['community.overdoseBurden', 3]];
    const chunks = ['status-quo', 'multi-level'].map((policy) => runChunk({ scenario: resolveScenario({ policy, overrides }), seed: 1, point: 0, firstRep: 0, reps }));
    const aggregator = new ExperimentAggregator(2, reps, days);
    chunks.forEach((c, p) => aggregator.add(p, c));
    const cells = days * SERIES_COUNT;
    const bo = SERIES.proqolBO;
    let gaps = 0;
    for (let day = 0; day < days; day++) {
      const values = Array.from({ length: reps }, (_, r) => chunks[0].records[r * cells + day * SERIES_COUNT + bo]).filter((x) => !Number.isNaN(x));
      if (values.length === reps) continue;
      gaps++;
      if (values.length === 0) {
        expect(aggregator.seriesMean(0, day, bo)).toBeNaN();
        expect(aggregator.seriesQuantiles(0, day, bo).every(Number.isNaN)).toBe(true);
        continue;
      }
      expect(aggregator.seriesMean(0, day, bo), `day ${day}`).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 10);
      const sorted = Float64Array.from(values).sort();
      // Twelve replications: the quantiles are still exact, over the replications with anyone in post.
      expect(aggregator.seriesQuantiles(0, day, bo)[1], `day ${day}`).toBeCloseTo(quantile(sorted, 0.5), 10);
      expect(aggregator.seriesQuantiles(0, day, bo)[0]).toBeGreaterThanOrEqual(10);
    }
    expect(gaps, 'the fixture has days nobody was in post in some replication').toBeGreaterThan(10);
    // A metric with no value in a replication (NaN) is left out of its summary and of the pairs.
    const withValue = (p: number) => aggregator.values(p, 'proqolBO');
    const both = Array.from({ length: reps }, (_, r) => r).filter((r) => !Number.isNaN(withValue(0)[r]) && !Number.isNaN(withValue(1)[r]));
    const d = aggregator.differences(1, 0).proqolBO;
    expect(d.positive + d.zero + d.negative).toBe(both.length);
    expect(d.mean).toBeCloseTo(both.reduce((sum, r) => sum + withValue(1)[r] - withValue(0)[r], 0) / both.length, 10);
  });

  it('rejects a chunk that arrives twice or has the wrong number of days', () => {
    const aggregator = new ExperimentAggregator(2, REPS, DAYS);
    aggregator.add(0, byPairs[0].chunk);
    expect(() => aggregator.add(0, byPairs[0].chunk)).toThrow(/twice/);
    const short = runChunk({ scenario: resolveScenario({ overrides: [['days', DAYS - 1]] }), seed: SEED, point: 0, firstRep: 2, reps: 1 });
    expect(() => aggregator.add(1, short)).toThrow(/days/);
  });
});
