import { join } from 'node:path';
import { commandWord } from '../scenarios/sweepAnalysis';
import { checkpointCompletedReps } from './checkpointFile';
import { fileSystemFailure } from './outputFiles';
import { CHECKPOINT_FILE } from './runResume';

/** What is known of a run stopped by a signal whose checkpoint could not be written. */
export interface UnsavedStop {
  /** The results folder. */
  readonly dir: string;
  /** What stopped it: a signal, or a worker's failure (its message). */
  readonly signal?: NodeJS.Signals;
  readonly failed?: string;
  /** Replications finished (their rows are in the kept files), and asked for. */
  readonly completedReps: number;
  readonly reps: number;
  /** With several arms: what each is ("package" or "scenario"). */
  readonly each?: string;
  /** Whether manifest.json says "failed" (it may not, where the disk is what failed). */
  readonly manifestWritten: boolean;
}

/**
 * A run stopped by a signal (or a worker's failure, since 0.42.0) that kept its finished replications' files, but could not write the checkpoint a resume
 * continues from (a full disk; something in checkpoint.bin's way): said as such, not as a bare write failure, with what
 * is kept and what `--resume` can still do. `cause`: the write's error.
 */
export class CheckpointNotSaved extends Error {
  constructor(
    stop: UnsavedStop,
    override readonly cause: unknown,
  ) {
    super(checkpointNotSavedWords(stop, cause));
    this.name = 'CheckpointNotSaved';
  }
}

function checkpointNotSavedWords(stop: UnsavedStop, cause: unknown): string {
  const { dir, completedReps: done, reps } = stop;
  const path = join(dir, CHECKPOINT_FILE);
  const why = fileSystemFailure(cause) ?? (cause instanceof Error ? cause.message : String(cause));
  const manifest = join(dir, 'manifest.json');
  // Where manifest.json could not be written either (as on a full disk), it still says "running", which cfsim report refuses.
  const kept = stop.manifestWritten
    ? `the ${done} finished replication${done === 1 ? "'s" : "s'"} files are kept (${manifest} says "failed"; cfsim report ${commandWord(dir)} makes a report of them)`
    : `the ${done} finished replication${done === 1 ? "'s" : "s'"} rows are in its files, but ${manifest} could not say so either (it still says "running"), so cfsim report cannot read them`;
  // The write is atomic: a checkpoint an earlier stop of this run saved is still there, whole, and a resume continues from it.
  const earlier = checkpointCompletedReps(path);
  const resume =
    earlier === undefined
      ? `without ${path} --resume cannot continue the run from them: to run all ${reps}, run the command again with --replace, or write to a new --out folder`
      : `--resume continues the run from the ${path} an earlier stop saved, with ${earlier} finished replication${earlier === 1 ? '' : 's'}: the other ${reps - earlier} are run again`;
  const then = stop.manifestWritten ? `, ${earlier === undefined ? 'but' : 'and'} ` : '; ';
  const after = `${done} of ${reps} replications${stop.each ? ` of each ${stop.each}` : ''}`;
  const stopped = stop.signal !== undefined ? `interrupted by ${stop.signal} after ${after},` : `run failed: ${stop.failed}; after ${after},`;
  return `${stopped} and its checkpoint ${path} could not be written: ${why}; ${kept}${then}${resume}`;
}
