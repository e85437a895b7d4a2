import { chunkFailure, chunkSize } from './experiment';
import { SERIES_COUNT } from '../models/observables';
import type { ChunkResult } from '../models/chunk';
import type { ReplicationRecords } from '../models/startingLevels';
import type { NodeWorkerPool } from '../sim/host/nodePool';
import type { ReplicationWorker } from './worker';

// The daily records of a scenario's replications, run in chunks on worker threads (the pool run
// and calibrate use) and handed on in replication order as they come in, so that what is summed
// from them is the same, to the bit, as on one thread: `cfsim starting-levels --threads N`.

/** A ReplicationRecords that runs on `pool`, keeping at most `threads` of its threads busy. */
export function recordsOnPool(pool: NodeWorkerPool<ReplicationWorker>, threads: number): ReplicationRecords {
  return async (scenario, seed, reps, fold) => {
    const size = chunkSize(reps, threads);
    const cells = scenario.days * SERIES_COUNT;
    const firsts = Array.from({ length: Math.ceil(reps / size) }, (_, k) => k * size);
    // Chunks that finished before an earlier one wait here, by their first replication.
    const waiting = new Map<number, ChunkResult>();
    let folded = 0;
    let next = 0;
    const lane = async () => {
      while (next < firsts.length) {
        const firstRep = firsts[next++];
        const request = { scenario, seed, point: 0, firstRep, reps: Math.min(size, reps - firstRep) };
        // A failure names its replications, seed and policy, as run's do (cfsim: run failed: ...).
        const result = await pool.run((api) => api.runChunk(request) as Promise<ChunkResult>).catch((error: unknown) => {
          throw chunkFailure(error, request, seed, scenario.policy.name);
        });
        waiting.set(firstRep, result);
        for (let chunk = waiting.get(folded); chunk; chunk = waiting.get(folded)) {
          waiting.delete(folded);
          for (let k = 0; k < chunk.reps; k++) fold(chunk.records.subarray(k * cells, (k + 1) * cells));
          folded += chunk.reps;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(threads, firsts.length) }, lane));
  };
}
