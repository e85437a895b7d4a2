import type { Scenario } from '../scenarios/schema';
import { GROUP_TALLY_WIDTH } from './groups';
import { METRIC_NAMES } from './metrics';
import { SERIES_COUNT } from './observables';
import { SEPARATION_COLUMNS, WORKER_COLUMNS, separationRows, workerRows } from './outputs';
import { modelParameters, type ModelParameters } from './parameters';
import { runReplication } from './replication';
import type { World } from './world';

// The unit of work sent to a worker thread: whole replications, never days. Everything comes
// back in one ArrayBuffer (typed-array views into it), transferred, not copied, and the caller
// can hand the buffer back for the next chunk, so a long run allocates no new result memory.

export interface ChunkRequest {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly point: number;
  readonly firstRep: number;
  readonly reps: number;
  /** Return the metrics only (sweeps): no daily records, no per-worker rows. */
  readonly metricsOnly?: boolean;
  /**
   * The buffer of an earlier result, to reuse when it is large enough. Left to the garbage
   * collector instead, transferred buffers pile up outside the JS heap for a long while before
   * a collection frees them.
   */
  readonly spareBuffer?: ArrayBuffer;
}

export interface ChunkResult {
  readonly firstRep: number;
  readonly reps: number;
  readonly days: number;
  /** reps × METRIC_NAMES.length */
  readonly metrics: Float64Array;
  /** reps × GROUP_TALLY_WIDTH: worker-days and separations by role and lived experience (models/groups.ts) */
  readonly groups: Float64Array;
  /** reps × days × SERIES_COUNT */
  readonly records: Float64Array;
  /** Rows of WORKER_COLUMNS, all replications in order; `workerCounts[r]` rows for replication r. */
  readonly workers: Float64Array;
  readonly workerCounts: Int32Array;
  /** Rows of SEPARATION_COLUMNS, likewise. */
  readonly separations: Float64Array;
  readonly separationCounts: Int32Array;
}

/** How many scenarios a ChunkRunner keeps a world for (a comparison's policies, say). */
const KEPT_SCENARIOS = 8;

/**
 * Runs chunks, keeping the parameters and last world of the scenarios it ran most recently, so
 * that the next chunk of one of them reuses that world's arrays instead of allocating new ones.
 * A worker thread runs one runner for its whole life: a long run then allocates no worlds after
 * its first chunks, and its memory stays flat (allocating and freeing a world per chunk made the
 * C allocator's retained memory grow with the number of replications).
 */
export class ChunkRunner {
  private readonly kept = new Map<string, { params: ModelParameters; world?: World }>();

  run(request: ChunkRequest): ChunkResult {
    const key = JSON.stringify(request.scenario);
    let entry = this.kept.get(key);
    if (entry) this.kept.delete(key);
    else entry = { params: modelParameters(request.scenario) };
    this.kept.set(key, entry); // most recent last
    if (this.kept.size > KEPT_SCENARIOS) this.kept.delete(this.kept.keys().next().value as string);
    const kept = entry;
    return runChunkOf(request, kept.params, kept.world, (world) => (kept.world = world));
  }
}

/** Runs replications firstRep .. firstRep + reps − 1 of a scenario. */
export function runChunk(request: ChunkRequest): ChunkResult {
  return runChunkOf(request, modelParameters(request.scenario), undefined, () => {});
}

function runChunkOf(request: ChunkRequest, params: ModelParameters, reusable: World | undefined, keep: (world: World) => void): ChunkResult {
  const days = params.days;
  const reps = request.reps;
  const cells = days * SERIES_COUNT;
  const recordsLength = request.metricsOnly ? 0 : reps * cells;
  // The daily records come first in the buffer: they are written as the replications run.
  const spare = request.spareBuffer;
  let buffer = spare && spare.byteLength >= recordsLength * 8 ? spare : new ArrayBuffer(recordsLength * 8);
  const records = new Float64Array(buffer, 0, recordsLength);
  // Sweeps keep no records, but each replication still records its days to compute its metrics.
  const scratch = request.metricsOnly ? new Float64Array(cells) : undefined;
  const metrics = new Float64Array(reps * METRIC_NAMES.length);
  const groups = new Float64Array(reps * GROUP_TALLY_WIDTH);
  const workers: number[] = [];
  const separations: number[] = [];
  const workerCounts = new Int32Array(reps);
  const separationCounts = new Int32Array(reps);
  let previous = reusable;
  for (let k = 0; k < reps; k++) {
    const replication = request.firstRep + k;
    let result;
    try {
      const record = scratch ?? records.subarray(k * cells, (k + 1) * cells);
      result = runReplication(params, { seed: request.seed, point: request.point, replication }, { record, reuse: previous });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(replicationFailure(request, replication, reason));
    }
    METRIC_NAMES.forEach((m, j) => (metrics[k * METRIC_NAMES.length + j] = result.metrics[m]));
    groups.set(result.groups, k * GROUP_TALLY_WIDTH);
    previous = result.world;
    keep(result.world);
    if (request.metricsOnly) continue;
    workerCounts[k] = workerRows(result.world, workers);
    separationCounts[k] = separationRows(result.world.separations, separations);
  }

  // Then the rest, whose sizes are known only now; a buffer too small is replaced by a larger
  // one (with room to spare, so that reused buffers soon fit every chunk).
  const float64s = recordsLength + metrics.length + groups.length + workers.length + separations.length;
  const needed = float64s * 8 + 2 * reps * 4;
  if (buffer.byteLength < needed) {
    const larger = new ArrayBuffer(Math.ceil((needed * 1.25) / 8) * 8);
    new Float64Array(larger, 0, recordsLength).set(records);
    buffer = larger;
  }
  let offset = recordsLength * 8;
  const float64View = (values: ArrayLike<number>) => {
    const view = new Float64Array(buffer, offset, values.length);
    view.set(values);
    offset += values.length * 8;
    return view;
  };
  const int32View = (values: Int32Array) => {
    const view = new Int32Array(buffer, offset, values.length);
    view.set(values);
    offset += values.length * 4;
    return view;
  };
  return {
    firstRep: request.firstRep,
    reps,
    days,
    records: new Float64Array(buffer, 0, recordsLength),
    metrics: float64View(metrics),
    groups: float64View(groups),
    workers: float64View(workers),
    separations: float64View(separations),
    workerCounts: int32View(workerCounts),
    separationCounts: int32View(separationCounts),
  };
}

/** The buffer a result lives in, for transfer between threads (and reuse by the next chunk). */
export function chunkBuffers(result: ChunkResult): ArrayBuffer[] {
  return [result.metrics.buffer as ArrayBuffer];
}

export const WORKER_WIDTH = WORKER_COLUMNS.length;
export const SEPARATION_WIDTH = SEPARATION_COLUMNS.length;

/**
 * The message of a replication that failed: its number, seed and package, and the point whose
 * random-number streams it drew where that is not point 0 (a sweep with independent random numbers).
 * Under common random numbers every sweep point draws point 0's, so naming it would contradict the
 * row's own point.
 */
export function replicationFailure(request: Pick<ChunkRequest, 'seed' | 'point' | 'scenario'>, replication: number, reason: string): string {
  const streams = request.point === 0 ? '' : `, the random numbers of point ${request.point}`;
  return `replication ${replication} (seed ${request.seed}${streams}, policy ${request.scenario.policy.name}) failed: ${reason}`;
}
