import { chunkFailure, chunkSize } from './experiment';
import type { ReplicationTallies } from '../models/validation';
import type { ReplicationTally } from '../models/validationTally';
import type { NodeWorkerPool } from '../sim/host/nodePool';
import type { ReplicationWorker } from './worker';

// The validation report's replications, run in chunks on worker threads (the pool run and
// calibrate use) and handed on in replication order as they come in, so that every sum over them
// is the same, to the bit, as on one thread: `cfsim validation-report --threads N`.

/** A ReplicationTallies that runs on `pool`, keeping at most `threads` of its threads busy. */
export function talliesOnPool(pool: NodeWorkerPool<ReplicationWorker>, threads: number): ReplicationTallies {
  return async (scenario, seed, reps, fold) => {
    const size = chunkSize(reps, threads);
    const firsts = Array.from({ length: Math.ceil(reps / size) }, (_, k) => k * size);
    // Chunks that finished before an earlier one wait here, by their first replication.
    const waiting = new Map<number, ReplicationTally[]>();
    let folded = 0;
    let next = 0;
    const lane = async () => {
      while (next < firsts.length) {
        const firstRep = firsts[next++];
        const request = { scenario, seed, firstRep, reps: Math.min(size, reps - firstRep) };
        // A failure names its replications, seed and policy, as run's do (cfsim: run failed: ...).
        const result = await pool.run((api) => api.runTallies(request) as Promise<ReplicationTally[]>).catch((error: unknown) => {
          throw chunkFailure(error, request, seed, scenario.policy.name);
        });
        waiting.set(firstRep, result);
        for (let chunk = waiting.get(folded); chunk; chunk = waiting.get(folded)) {
          waiting.delete(folded);
          chunk.forEach(fold);
          folded += chunk.length;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(threads, firsts.length) }, lane));
  };
}
