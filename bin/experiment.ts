import { drawnValues } from '../models/uncertainty';
import { unstaffedSpendingPerYear } from '../models/unstaffedSpending';
import { availableParallelism } from 'node:os';
import { transfer } from 'comlink';
import { chunkBuffers, type ChunkRequest, type ChunkResult } from '../models/chunk';
import { ExperimentAggregator } from '../models/experimentAggregator';
import { NodeWorkerPool, WorkerFailure } from '../sim/host/nodePool';
import type { Scenario } from '../scenarios/schema';
import { Progress } from './progress';
import { StopSignals } from './stopSignals';
import { CheckpointNotSaved } from './checkpointNotSaved';
import { writeReadable } from './wrapText';
import { ResultsFolder, type Manifest, type RunStatus } from './results';
import type { ArmKind } from '../models/resultsManifest';
import type { IncompleteRun } from '../models/runDocument';
import type { ReplicationWorker } from './worker';
import { hostEnvironment } from './provenance';
import type { SetAssignment } from '../scenarios/setAssignments';
import { resumedSessions, type ResumeCommand } from './runResume';

export interface ExperimentOptions {
  readonly scenarios: readonly Scenario[];
  /** What the scenarios are, for the manifest (default `packages`). */
  readonly arms?: ArmKind;
  /** With arms of scenario files: the package each builds on (Manifest.basedOn). */
  readonly basedOn?: readonly string[];
  /** The `--set` assignments (and `--days`) every arm was resolved with (Manifest.set). */
  readonly set?: readonly SetAssignment[];
  readonly seed: number;
  readonly reps: number;
  readonly threads: number;
  readonly out?: string;
  /** Replace an earlier run's results in `out` (else a folder holding complete or partly finished ones is refused; see earlierResultsIssue). */
  readonly replace?: boolean;
  /** `--resume`: continue the run stopped short in `out` from its checkpoint (see bin/runResume.ts), or start afresh where it holds none. */
  readonly resume?: ResumeCommand;
  /**
   * For tests only (the CLI reads it from CFSIM_TEST_SIGINT_AFTER_REPS): the process sends itself
   * SIGINT once this many replications are folded, and waits until its handler has caught it, so a
   * test interrupts a run past a given point.
   */
  readonly interruptAfterReps?: number;
  /**
   * For tests only (the CLI reads it from CFSIM_TEST_SIGKILL_AT_COMPLETION=1): the process kills
   * itself (SIGKILL) between the two last steps of a complete run into a folder, so a test sees
   * what a crash or power loss there leaves.
   */
  readonly killAtCompletion?: boolean;
  /**
   * For tests only (the CLI reads it from CFSIM_TEST_SIGKILL_IN_STOP=1): a run stopped short into a folder kills itself
   * (SIGKILL) as its stop begins to sync the streamed files, as a cluster does when its grace after SIGTERM runs out.
   */
  readonly killInStop?: boolean;
  readonly version: string;
  readonly command: string;
  /**
   * Worker threads to run on, kept open after the run (calibrate runs many in a row; starting
   * threads for each cost more than some of its runs); stopped only by a signal or a failure.
   * Default: a pool of `threads` for this run alone.
   */
  readonly pool?: NodeWorkerPool<ReplicationWorker>;
  /** Show the progress bar on a terminal (default true): calibrate --json shows none (stderr: warnings and errors only). */
  readonly progress?: boolean;
  /** Builds the summary document (summary.json) from the aggregator, and the run's status if it did not complete. */
  readonly summary: (aggregator: ExperimentAggregator, incomplete?: IncompleteRun) => unknown;
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
 * order as they finish, streaming each replication's metrics and per-worker rows to the results
 * folder, and stopping cleanly on SIGINT, SIGTERM or SIGHUP (status `interrupted`) or on a failure
 * (status `failed`, rethrown after cleanup). The signal handlers stay in place until the finished results are saved, so a second
 * Ctrl-C cannot cut a file short.
 */
export async function runExperiment(options: ExperimentOptions): Promise<ExperimentResult> {
  const { scenarios, seed, reps } = options;
  const days = scenarios[0].days;
  const policyNames = scenarios.map((s) => s.policy.name);
  const threads = laneCount(reps, options.threads, scenarios.length);
  // The draws are the replication's own (keyed like its streams), so the main thread can name them without the workers.
  const uncertain = scenarios.some((s) => Object.keys(s.uncertainty).length > 0);
  const drawn = uncertain ? (p: number, rep: number) => drawnValues(scenarios[p], { seed, point: 0, replication: rep }) : undefined;
  // Arms share one rate (simulate refuses scenario files that differ in it).
  const discountRate = scenarios[0].costs.discountRate;
  // The folder's sink is set before any replication is added; a resume restores the aggregator while the folder
  // decides (under its lock, before any file is changed), so a damaged checkpoint is refused with the folder untouched.
  let folder: ResultsFolder | undefined;
  const aggregator = new ExperimentAggregator(scenarios.length, reps, days, options.out ? (p, r, w, s, m, d) => folder!.addReplication(p, r, w, s, m, d) : undefined, discountRate, (p, rep) => unstaffedSpendingPerYear(scenarios[p], { seed, point: 0, replication: rep }));
  folder = options.out ? new ResultsFolder(options.out, policyNames, options.command, drawn, options.replace === true, discountRate, options.resume, (state) => aggregator.restore(state)) : undefined;
  const resumed = folder?.resumed;
  const repsBefore = aggregator.completedReps;
  const startedAt = new Date().toISOString();
  // When the run began: a resumed run's is its first session's.
  const runStartedAt = resumed ? (resumed.manifest.sessions?.[0]?.startedAt ?? resumed.manifest.startedAt) : startedAt;
  const manifest = (status: RunStatus): Manifest => ({
    cfsim: options.version,
    // A resumed run keeps the command and start of the one that began it (the command that reproduces its results); sessions lists every one.
    command: resumed ? (resumed.manifest.sessions?.[0]?.command ?? resumed.manifest.command) : options.command,
    // A resumed run keeps the first command's environment too: its cwd is the folder that command's paths are relative to.
    environment: resumed ? (resumed.manifest.sessions?.[0]?.environment ?? resumed.manifest.environment ?? hostEnvironment()) : hostEnvironment(),
    scenarios,
    arms: options.arms ?? 'packages',
    ...(options.basedOn ? { basedOn: options.basedOn } : {}),
    ...(options.set && options.set.length > 0 ? { set: options.set } : {}),
    seed,
    reps,
    completedReps: aggregator.completedReps,
    days,
    threads,
    startedAt: runStartedAt,
    endedAt: status === 'running' ? null : new Date().toISOString(),
    status,
    ...(resumed
      ? {
          sessions: resumedSessions(resumed.manifest, {
            cfsim: options.version,
            command: options.command,
            environment: hostEnvironment(),
            threads,
            startedAt,
            endedAt: status === 'running' ? null : new Date().toISOString(),
            status,
            completedRepsBefore: repsBefore,
            completedReps: aggregator.completedReps,
          }, folder?.leftLock),
        }
      : {}),
  });

  const size = chunkSize(reps, threads);
  const tasks: { policy: number; firstRep: number; reps: number }[] = [];
  for (let first = repsBefore; first < reps; first += size) {
    for (let policy = 0; policy < scenarios.length; policy++) tasks.push({ policy, firstRep: first, reps: Math.min(size, reps - first) });
  }

  let pool: NodeWorkerPool<ReplicationWorker> | undefined;
  // A signal stops the pool, which fails the calls in flight; lanes then end without a failure.
  const signals = new StopSignals(() => void pool?.terminate());
  const counted = progressCount(scenarios.length, reps, repsBefore);
  const progress = new Progress(options.progress === false ? 0 : counted.total, counted.label);
  let failure: unknown;
  try {
    const earlier = folder?.start(manifest('running'));
    // Results are replaced as the README says; a study lost to a typo in --out is at least said.
    const earlierRun = earlier ? `an earlier run${earlier.command ? ` (${earlier.command}${earlier.status ? `, ${earlier.status}` : ''}${earlier.endedAt ? ` ${earlier.endedAt}` : ''})` : ''}` : undefined;
    // One line for a --resume that found nothing to resume, saying too whose results it replaces.
    if (folder?.nothingToResume !== undefined) writeReadable(process.stderr, `cfsim: nothing to resume in ${folder.dir} (${folder.nothingToResume}): starting the run from its first replication${earlierRun ? `, replacing the results of ${earlierRun}` : ''}\n`);
    else if (earlierRun && folder && !resumed) writeReadable(process.stderr, `cfsim: replacing the results in ${folder.dir} of ${earlierRun}\n`);
    pool = options.pool ?? replicationPool(threads);
    const workers = pool;
    // The buffers of folded chunks go back to the threads for reuse (see ChunkRequest.spareBuffer).
    const spareBuffers: ArrayBuffer[] = [];
    let next = 0;
    const lane = async () => {
      while (next < tasks.length && signals.signal === undefined && failure === undefined) {
        const task = tasks[next++];
        const spare = spareBuffers.pop();
        const request: ChunkRequest = { scenario: scenarios[task.policy], seed, point: 0, firstRep: task.firstRep, reps: task.reps, spareBuffer: spare };
        let result: ChunkResult;
        try {
          result = await workers.run((api) => api.runChunk(transfer(request, spare ? [spare] : [])) as Promise<ChunkResult>);
        } catch (error) {
          if (signals.signal !== undefined) return;
          failure ??= chunkFailure(error, task, seed, policyNames[task.policy]);
          void workers.terminate();
          return;
        }
        for (const folded of aggregator.add(task.policy, result)) spareBuffers.push(...chunkBuffers(folded));
        progress.update((aggregator.completedReps - repsBefore) * scenarios.length);
        if (options.interruptAfterReps !== undefined && aggregator.completedReps >= options.interruptAfterReps && signals.signal === undefined) {
          process.kill(process.pid, 'SIGINT');
          // Another thread may take the signal, and its handler runs on a later turn of the event
          // loop: the lane waits for it, so that the test sees the run stopped where it asked (not
          // finished first on a loaded machine, with the signal lost as the process exits).
          while (signals.signal === undefined) await new Promise((arrived) => setTimeout(arrived, 1));
        }
      }
    };
    await Promise.all(Array.from({ length: threads }, lane)).catch((error: unknown) => {
      // Folding or saving a chunk failed (a full disk, say): stop the threads too.
      failure ??= error;
      void workers.terminate();
    });
  } catch (error) {
    failure ??= error;
  } finally {
    progress.finish();
    // A pool lent by the caller stays open for its next run, unless a signal or a failure stopped it.
    if (!options.pool) await pool?.terminate();
  }

  // A signal after the last replication was folded stopped nothing: the run is complete (the command says the signal came late).
  const status = failure !== undefined ? 'failed' : signals.signal !== undefined && aggregator.completedReps < reps ? 'interrupted' : 'complete';
  // A checkpoint that could not be written (a full disk) at a stop, and whether the manifest then said "failed".
  let unsaved: unknown;
  let manifestWritten = false;
  let filesKept = false;
  try {
    if (folder) {
      // What finished is saved when the run was stopped or a worker failed. When writing itself
      // failed (or never began), the aggregate may hold part of a chunk: the unfinished files go.
      const writingFailed = !folder.started || (failure !== undefined && !(failure instanceof WorkerFailure));
      try {
        if (writingFailed) folder.abandon();
        else {
          // A run stopped short keeps what `--resume` continues from before the streamed files are synced and its manifest
          // says so: a SIGKILL during the rest of the stop leaves "running" with a checkpoint, which a resume continues.
          // A checkpoint that cannot be written (a full disk) still lets finish() keep the finished replications' files.
          try {
            if (status !== 'complete' && aggregator.completedReps > 0) folder.saveCheckpoint(aggregator, options.version, runStartedAt);
          } catch (error) {
            unsaved = error;
          }
          if (options.killInStop && status !== 'complete') process.kill(process.pid, 'SIGKILL');
          folder.finish(options.summary(aggregator, status === 'complete' ? undefined : { status, requestedReps: reps }), aggregator);
          filesKept = true;
          if (unsaved !== undefined) failure ??= unsaved;
        }
      } catch (error) {
        failure ??= error;
        folder.abandon();
      }
      // Best effort after a failure: the disk may be what failed. A run that could not even mark
      // the folder as running changed nothing in it, so an earlier run's manifest stays.
      if (folder.started) {
        try {
          folder.writeManifest(manifest(failure !== undefined ? 'failed' : status));
          manifestWritten = true;
        } catch (error) {
          failure ??= error;
        }
      }
      // A complete run's spent checkpoint goes only once its manifest says "complete": a kill at any
      // instant leaves the folder resumable from its checkpoint, or complete (a resume then removes a checkpoint left).
      if (failure === undefined && status === 'complete') {
        if (options.killAtCompletion) process.kill(process.pid, 'SIGKILL');
        try {
          folder.removeCheckpoint();
        } catch {
          // The results are complete and say so; a checkpoint left is removed by the next --resume.
        }
      }
    }
  } finally {
    folder?.close();
    signals.release();
  }
  // A worker's failure whose checkpoint could not be written either says both: which --resume can no longer continue from.
  const stoppedBy = unsaved === undefined || !filesKept ? undefined : failure === unsaved && signals.signal !== undefined ? { signal: signals.signal } : failure instanceof WorkerFailure ? { failed: failure.message } : undefined;
  if (stoppedBy !== undefined) {
    const each = scenarios.length > 1 ? (options.arms === 'scenarios' ? 'scenario' : 'package') : undefined;
    throw new CheckpointNotSaved({ dir: options.out!, ...stoppedBy, completedReps: aggregator.completedReps, reps, each, manifestWritten }, unsaved);
  }
  if (failure !== undefined) throw failure;
  return { aggregator, status, signal: signals.signal };
}

/** The threads a run keeps busy: at most `threads`, and no more than its tasks (arms × chunks of replications). */
export function laneCount(reps: number, threads: number, arms: number): number {
  return Math.max(1, Math.min(threads, Math.ceil(reps / chunkSize(reps, threads)) * arms));
}

/** Worker threads that run replications (bin/worker.ts). */
export function replicationPool(threads: number): NodeWorkerPool<ReplicationWorker> {
  return new NodeWorkerPool<ReplicationWorker>(new URL('./worker.js', import.meta.url), threads);
}

/** The error of a chunk, naming its replications, seed and policy (a failure inside a replication names its own). */
export function chunkFailure(error: unknown, task: { firstRep: number; reps: number }, seed: number, policy: string): WorkerFailure {
  const range = task.reps === 1 ? `replication ${task.firstRep}` : `replications ${task.firstRep}–${task.firstRep + task.reps - 1}`;
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof WorkerFailure) && /^replication \d+ \(seed/.test(message)) return new WorkerFailure(message);
  return new WorkerFailure(`${message} while running ${range} (seed ${seed}, policy ${policy})`);
}

/**
 * The progress line's total and label for a run that starts after `repsBefore` replications (a
 * resume): it counts the replications it runs, so that its rate and time left are its own (counted
 * from 0 of all of them, a resume's first update read as hundreds done in a second).
 */
export function progressCount(arms: number, reps: number, repsBefore: number): { total: number; label: string } {
  const left = reps - repsBefore;
  if (repsBefore === 0) return { total: reps * arms, label: progressLabel(arms, reps) };
  return { total: left * arms, label: `replications (${arms === 1 ? '' : `${arms} × ${left}, `}resumed after ${repsBefore})` };
}

/** What the progress line counts: replications of every arm together, so its total is said to be arms × reps (kept short: the line must fit a terminal's width). */
export function progressLabel(arms: number, reps: number): string {
  return arms === 1 ? 'replications' : `replications (${arms} × ${reps})`;
}
