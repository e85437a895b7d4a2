import { availableParallelism } from 'node:os';
import { transfer } from 'comlink';
import { chunkBuffers, type ChunkRequest, type ChunkResult } from '../models/chunk';
import { ExperimentAggregator } from '../models/experimentAggregator';
import { NodeWorkerPool, WorkerFailure } from '../sim/host/nodePool';
import type { Scenario } from '../scenarios/schema';
import { Progress } from './progress';
import { ResultsFolder, type Manifest, type RunStatus } from './results';
import type { ReplicationWorker } from './worker';

export interface ExperimentOptions {
  readonly scenarios: readonly Scenario[];
  readonly seed: number;
  readonly reps: number;
  readonly threads: number;
  readonly out?: string;
  readonly version: string;
  readonly command: string;
  /** Builds the summary document (summary.json) from the aggregator. */
  readonly summary: (aggregator: ExperimentAggregator) => unknown;
}

export interface ExperimentResult {
  readonly aggregator: ExperimentAggregator;
  readonly status: Exclude<RunStatus, 'running'>;
  /** The signal that stopped the run, if any. */
  readonly signal?: NodeJS.Signals;
}

export const DEFAULT_THREADS = availableParallelism();

/** Replications per task: small enough to balance threads, large enough to amortise messages. */
export function chunkSize(reps: number, threads: number): number {
  return Math.max(1, Math.min(10, Math.ceil(reps / (threads * 4))));
}

/**
 * Runs every policy's replications on a pool of worker threads, folding results in replication
 * order as they finish, streaming per-worker rows to the results folder, and stopping cleanly
 * on SIGINT/SIGTERM (status `interrupted`) or on a worker failure (rethrown after cleanup).
 */
export async function runExperiment(options: ExperimentOptions): Promise<ExperimentResult> {
  const { scenarios, seed, reps } = options;
  const days = scenarios[0].days;
  const policyNames = scenarios.map((s) => s.policy.name);
  const threads = Math.max(1, Math.min(options.threads, Math.ceil(reps / chunkSize(reps, options.threads)) * scenarios.length));
  const folder = options.out ? new ResultsFolder(options.out, policyNames) : undefined;
  const aggregator = new ExperimentAggregator(scenarios.length, reps, days, folder ? (p, r, w, s) => folder.addReplication(p, r, w, s) : undefined);
  const startedAt = new Date().toISOString();
  const manifest = (status: RunStatus): Manifest => ({
    cfsim: options.version,
    command: options.command,
    scenarios,
    seed,
    reps,
    completedReps: aggregator.completedReps,
    days,
    threads,
    startedAt,
    endedAt: status === 'running' ? null : new Date().toISOString(),
    status,
  });
  folder?.writeManifest(manifest('running'));

  const size = chunkSize(reps, threads);
  const tasks: { policy: number; firstRep: number; reps: number }[] = [];
  for (let first = 0; first < reps; first += size) {
    for (let policy = 0; policy < scenarios.length; policy++) tasks.push({ policy, firstRep: first, reps: Math.min(size, reps - first) });
  }

  const progress = new Progress(reps * scenarios.length, 'replications');
  const pool = new NodeWorkerPool<ReplicationWorker>(new URL('./worker.js', import.meta.url), threads);
  let stopSignal: NodeJS.Signals | undefined;
  // A signal stops the pool, which fails the calls in flight; lanes then end without a failure.
  const onSignal = (signal: NodeJS.Signals) => {
    stopSignal ??= signal;
    void pool.terminate();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // The buffers of folded chunks go back to the threads for reuse (see ChunkRequest.spareBuffer).
  const spareBuffers: ArrayBuffer[] = [];
  let next = 0;
  let failure: unknown;
  const lane = async () => {
    while (next < tasks.length && stopSignal === undefined && failure === undefined) {
      const task = tasks[next++];
      const spare = spareBuffers.pop();
      const request: ChunkRequest = { scenario: scenarios[task.policy], seed, point: 0, firstRep: task.firstRep, reps: task.reps, spareBuffer: spare };
      let result: ChunkResult;
      try {
        result = await pool.run((api) => api.runChunk(transfer(request, spare ? [spare] : [])) as Promise<ChunkResult>);
      } catch (error) {
        if (stopSignal !== undefined) return;
        const range = task.reps === 1 ? `replication ${task.firstRep}` : `replications ${task.firstRep}–${task.firstRep + task.reps - 1}`;
        failure ??=
          error instanceof WorkerFailure
            ? new WorkerFailure(`${error.message} while running ${range} (seed ${seed}, policy ${policyNames[task.policy]})`)
            : new WorkerFailure(error instanceof Error ? error.message : String(error));
        void pool.terminate();
        return;
      }
      for (const folded of aggregator.add(task.policy, result)) spareBuffers.push(...chunkBuffers(folded));
      progress.update(aggregator.completedReps * scenarios.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    progress.finish();
    await pool.terminate();
  }

  const status = failure !== undefined ? 'failed' : stopSignal !== undefined ? 'interrupted' : 'complete';
  if (folder) {
    folder.finish(options.summary(aggregator), aggregator);
    folder.writeManifest(manifest(status));
  }
  if (failure !== undefined) throw failure;
  return { aggregator, status, signal: stopSignal };
}
