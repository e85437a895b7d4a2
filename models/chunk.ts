import type { Scenario } from '../scenarios/schema';
import { METRIC_NAMES } from './metrics';
import { SERIES_COUNT } from './observables';
import { SEPARATION_COLUMNS, WORKER_COLUMNS, separationRows, workerRows } from './outputs';
import { modelParameters } from './parameters';
import { runReplication } from './replication';

// The unit of work sent to a worker thread: whole replications, never days. Everything comes
// back as flat typed arrays so it can be transferred, not copied.

export interface ChunkRequest {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly point: number;
  readonly firstRep: number;
  readonly reps: number;
  /** Return the metrics only (sweeps): no daily records, no per-worker rows. */
  readonly metricsOnly?: boolean;
}

export interface ChunkResult {
  readonly firstRep: number;
  readonly reps: number;
  readonly days: number;
  /** reps × METRIC_NAMES.length */
  readonly metrics: Float64Array;
  /** reps × days × SERIES_COUNT */
  readonly records: Float64Array;
  /** Rows of WORKER_COLUMNS, all replications in order; `workerCounts[r]` rows for replication r. */
  readonly workers: Float64Array;
  readonly workerCounts: Int32Array;
  /** Rows of SEPARATION_COLUMNS, likewise. */
  readonly separations: Float64Array;
  readonly separationCounts: Int32Array;
}

/** Runs replications firstRep .. firstRep + reps − 1 of a scenario. */
export function runChunk(request: ChunkRequest): ChunkResult {
  const params = modelParameters(request.scenario);
  const days = params.days;
  const metrics = new Float64Array(request.reps * METRIC_NAMES.length);
  const records = new Float64Array(request.metricsOnly ? 0 : request.reps * days * SERIES_COUNT);
  const workers: number[] = [];
  const separations: number[] = [];
  const workerCounts = new Int32Array(request.reps);
  const separationCounts = new Int32Array(request.reps);
  for (let k = 0; k < request.reps; k++) {
    const replication = request.firstRep + k;
    let result;
    try {
      result = runReplication(params, { seed: request.seed, point: request.point, replication });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`replication ${replication} (seed ${request.seed}, point ${request.point}, policy ${request.scenario.policy.name}) failed: ${reason}`);
    }
    METRIC_NAMES.forEach((m, j) => (metrics[k * METRIC_NAMES.length + j] = result.metrics[m]));
    if (request.metricsOnly) continue;
    records.set(result.record, k * days * SERIES_COUNT);
    workerCounts[k] = workerRows(result.world, workers);
    separationCounts[k] = separationRows(result.world.separations, separations);
  }
  return {
    firstRep: request.firstRep,
    reps: request.reps,
    days,
    metrics,
    records,
    workers: Float64Array.from(workers),
    workerCounts,
    separations: Float64Array.from(separations),
    separationCounts,
  };
}

/** The buffers of a result, for transfer between threads. */
export function chunkBuffers(result: ChunkResult): ArrayBuffer[] {
  return [result.metrics, result.records, result.workers, result.workerCounts, result.separations, result.separationCounts].map((a) => a.buffer as ArrayBuffer);
}

export const WORKER_WIDTH = WORKER_COLUMNS.length;
export const SEPARATION_WIDTH = SEPARATION_COLUMNS.length;
