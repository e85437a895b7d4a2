import { describe, expect, it } from 'vitest';
import { ChunkRunner, chunkBuffers, replicationFailure, runChunk, WORKER_WIDTH, type ChunkResult } from '../../models/chunk';
import { workerRows } from '../../models/outputs';
import { METRIC_NAMES } from '../../models/metrics';
import { SERIES_COUNT } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { resolveScenario } from '../../scenarios/resolve';

const request = { scenario: resolveScenario({ overrides: [['days', 90]] }), seed: 3, point: 0, firstRep: 4, reps: 3 };

const parts = (c: ChunkResult) => [c.metrics, c.groups, c.records, c.workers, c.workerCounts, c.separations, c.separationCounts].map((a) => Array.from(a));

describe('runChunk', () => {
  const fresh = runChunk(request);

  it('returns everything in one buffer, for one transfer', () => {
    const [buffer] = chunkBuffers(fresh);
    expect(chunkBuffers(fresh)).toHaveLength(1);
    for (const view of [fresh.metrics, fresh.records, fresh.workers, fresh.workerCounts, fresh.separations, fresh.separationCounts]) expect(view.buffer).toBe(buffer);
    expect(fresh.records).toHaveLength(3 * 90 * SERIES_COUNT);
    expect(fresh.workerCounts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('reuses a spare buffer that is large enough, with identical results', () => {
    const spare = new ArrayBuffer(chunkBuffers(fresh)[0].byteLength);
    new Uint8Array(spare).fill(0xff); // stale contents must not leak into the results
    const reused = runChunk({ ...request, spareBuffer: spare });
    expect(chunkBuffers(reused)[0]).toBe(spare);
    expect(parts(reused)).toEqual(parts(fresh));
  });

  it('replaces a spare buffer that is too small, with identical results', () => {
    const small = new ArrayBuffer(64);
    const result = runChunk({ ...request, spareBuffer: small });
    expect(chunkBuffers(result)[0]).not.toBe(small);
    expect(parts(result)).toEqual(parts(fresh));
    // Big enough for the daily records only: they are carried over into the larger buffer.
    const recordsOnly = new ArrayBuffer(fresh.records.byteLength);
    expect(parts(runChunk({ ...request, spareBuffer: recordsOnly }))).toEqual(parts(fresh));
  });

  it('gives each replication exactly what a run on fresh arrays gives (worlds are reused within a chunk)', () => {
    const params = modelParameters(request.scenario);
    const cells = request.scenario.days * SERIES_COUNT;
    let rowsBefore = 0;
    for (let k = 0; k < request.reps; k++) {
      const alone = runReplication(params, { seed: request.seed, point: 0, replication: request.firstRep + k });
      const rows: number[] = [];
      const count = workerRows(alone.world, rows);
      expect(fresh.workerCounts[k]).toBe(count);
      expect(Array.from(fresh.workers.subarray(rowsBefore * WORKER_WIDTH, (rowsBefore + count) * WORKER_WIDTH)), `worker rows of replication ${k}`).toEqual(rows);
      rowsBefore += count;
      expect(Array.from(fresh.records.subarray(k * cells, (k + 1) * cells)), `replication ${k}`).toEqual(Array.from(alone.record));
      expect(Array.from(fresh.metrics.subarray(k * METRIC_NAMES.length, (k + 1) * METRIC_NAMES.length))).toEqual(METRIC_NAMES.map((m) => alone.metrics[m]));
    }
  });

  it('a replication run on a finished world\'s arrays takes them over and gives the same results', () => {
    const params = modelParameters(request.scenario);
    const first = runReplication(params, { seed: 1, point: 0, replication: 0 });
    const before = first.world;
    const reused = runReplication(params, { seed: 1, point: 0, replication: 1 }, { reuse: first.world });
    // Every array is taken over, none allocated again.
    const after = reused.world;
    expect(after.w).toBe(before.w);
    for (const key of ['uniforms', 'contactTables', 'contactSlot', 'eventCounts', 'today', 'teamSeats', 'teamDemand', 'cohesion', 'teamMeanSts', 'loadPerShare', 'employedCount'] as const) {
      expect(after[key], key).toBe(before[key]);
    }
    const alone = runReplication(params, { seed: 1, point: 0, replication: 1 });
    expect(Array.from(reused.record)).toEqual(Array.from(alone.record));
    const rows = (world: typeof alone.world) => {
      const out: number[] = [];
      workerRows(world, out);
      return out;
    };
    expect(rows(reused.world)).toEqual(rows(alone.world));
  });

  it('refuses to reuse the arrays of a world of another shape, and reuses those of one that differs only in coefficients, with the results of a fresh world', () => {
    const first = runReplication(modelParameters(request.scenario), { seed: 1, point: 0, replication: 0 });
    const other = modelParameters(resolveScenario({ overrides: [['days', 90], ['population.seats', 60]] }));
    expect(() => runReplication(other, { seed: 1, point: 0, replication: 0 }, { reuse: first.world })).toThrow(/same seats, teams and caseload shares/);
    // Replications that draw coefficients (scenario.uncertainty) reuse their worlds in this way.
    const recoefficient = modelParameters(resolveScenario({ overrides: [['days', 90], ['coefficients.separationCf', 2.5]] }));
    const reused = runReplication(recoefficient, { seed: 1, point: 0, replication: 1 }, { reuse: runReplication(modelParameters(request.scenario), { seed: 1, point: 0, replication: 0 }).world });
    expect(Array.from(reused.record)).toEqual(Array.from(runReplication(recoefficient, { seed: 1, point: 0, replication: 1 }).record));
  });

  it('returns metrics only for sweeps, the same metrics as a full chunk', () => {
    const metricsOnly = runChunk({ ...request, metricsOnly: true });
    expect(metricsOnly.records).toHaveLength(0);
    expect(metricsOnly.workers).toHaveLength(0);
    expect(Array.from(metricsOnly.metrics)).toEqual(Array.from(fresh.metrics));
  });
});

describe('ChunkRunner', () => {
  it('gives exactly runChunk\'s results while reusing worlds across chunks and scenarios', () => {
    const a = request.scenario;
    const b = resolveScenario({ policy: 'multi-level', overrides: [['days', 90]] });
    const c = resolveScenario({ overrides: [['days', 90], ['population.seats', 25]] });
    const runner = new ChunkRunner();
    const sequence = [
      { scenario: a, firstRep: 0, reps: 2 },
      { scenario: b, firstRep: 0, reps: 2 },
      { scenario: a, firstRep: 2, reps: 3 },
      { scenario: c, firstRep: 0, reps: 1, metricsOnly: true },
      { scenario: b, firstRep: 2, reps: 1 },
      { scenario: c, firstRep: 1, reps: 2 },
      { scenario: a, firstRep: 5, reps: 1 },
    ];
    for (const step of sequence) {
      const chunk = { seed: 8, point: 0, ...step };
      expect(parts(runner.run(chunk)), JSON.stringify({ ...step, scenario: step.scenario.policy.name })).toEqual(parts(runChunk(chunk)));
    }
  });

  it('keeps working when more scenarios pass through it than it keeps', () => {
    const runner = new ChunkRunner();
    const scenarios = Array.from({ length: 10 }, (_, k) => resolveScenario({ overrides: [['days', 30], ['population.seats', 10 + k]] }));
    for (const scenario of [...scenarios, ...scenarios]) {
      const chunk = { scenario, seed: 2, point: 0, firstRep: 0, reps: 1 };
      expect(parts(runner.run(chunk))).toEqual(parts(runChunk(chunk)));
    }
  });
});

describe('a failed replication', () => {
  it("is named by its replication, seed and package, and by the point whose random numbers it drew only where that is not point 0 (every point's under common random numbers)", () => {
    const scenario = resolveScenario({ policy: 'opt-out-support' });
    expect(replicationFailure({ seed: 4, point: 0, scenario }, 1, 'boom')).toBe('replication 1 (seed 4, policy opt-out-support) failed: boom');
    expect(replicationFailure({ seed: 4, point: 5, scenario }, 1, 'boom')).toBe('replication 1 (seed 4, the random numbers of point 5, policy opt-out-support) failed: boom');
  });
});
