import { chunkFailure, chunkSize } from './experiment';
import type { ReplicationTallies, ValidationRun } from '../models/validation';
import type { ReplicationTally } from '../models/validationTally';
import { WorkerFailure, type NodeWorkerPool } from '../sim/host/nodePool';
import type { ReplicationWorker } from './worker';

// The validation report's replications, run in chunks on worker threads (the pool run and
// calibrate use) and handed on in replication order as they come in, so that every sum over them
// is the same, to the bit, as on one thread: `cfsim validation-report --threads N`.

/** A chunk's failure with the report's run it belongs to: "..., in the run of population ma-outreach for the checks ma-outreach/cs, ...". */
export function runFailure(failure: WorkerFailure, run: ValidationRun | undefined): WorkerFailure {
  if (run === undefined) return failure;
  const checks = `${run.checks.length === 1 ? 'the check' : 'the checks'} ${run.checks.join(', ')}`;
  return new WorkerFailure(`${failure.message}, in the run of population ${run.population} for ${checks}`);
}

/** A ReplicationTallies that runs on `pool`, keeping at most `threads` of its threads busy. */
export function talliesOnPool(pool: NodeWorkerPool<ReplicationWorker>, threads: number): ReplicationTallies {
  return async (scenario, seed, reps, fold, run) => {
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
        // A failure names its replications, seed and policy, as run's do (cfsim: run failed: ...), and the population and checks of the run.
        const result = await pool.run((api) => api.runTallies(request) as Promise<ReplicationTally[]>).catch((error: unknown) => {
          throw runFailure(chunkFailure(error, request, seed, scenario.policy.name), run);
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
