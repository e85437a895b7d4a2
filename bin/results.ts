import type { DiscountedPerYear } from '../models/discounting';
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { ExperimentAggregator } from '../models/experimentAggregator';
import { DAILY_SERIES } from '../models/observables';
import { SEPARATION_COLUMNS, WORKER_COLUMNS } from '../models/outputs';
import { replicationsCsvColumns, SEPARATIONS_CSV_COLUMNS, TIMESERIES_CSV_COLUMNS, UNCERTAINTY_CSV_COLUMNS, WORKERS_CSV_COLUMNS } from '../models/resultsColumns';
import { ROLES } from '../models/roles';
import { SEPARATION_REASONS } from '../models/separationAttribution';
import { InputError, type InputIssue } from '../sim/params/issues';
import type { Manifest } from '../models/resultsManifest';
import { afterUndoing, checkOutputPath, commitFile, removeFilesDurably, renameDurably, writeAll, writeFileAtomically } from './outputFiles';
import { csvCell } from '../sim/io/csv';
import { folderLock, lockFolder, takeFolder } from './folderLock';
import { otherKindIssue, foreignFilesIssue } from './resultsMarker';
import { isReportChartId } from '../viz/specs';
import { isEarlierReportFigure, removeExportedFigures } from './exportedFigures';
import { checkpointCompletedReps, writeCheckpoint } from './checkpointFile';
import { CHECKPOINT_FILE, resumeDecision, STREAMED_FILES, type ResumeCommand, type ResumeDecision } from './runResume';
import type { LeftLock } from './leftLock';
import type { StateRecord } from '../sim/io/stateRecord';

export type { Manifest, RunStatus } from '../models/resultsManifest';

// The results folder of `run --out` and `compare --out`. Every file is written under a
// temporary name and renamed when complete; manifest.json says whether the run completed.


/** A CSV file streamed row by row into `NAME.partial`, made durable and renamed on close. */
class CsvStream {
  private readonly fd: number;
  private buffer: string[] = [];
  private closed = false;
  private failure: unknown;
  /** Continued from a stopped run's rows (`keep`), which abandon() leaves for the next resume. */
  private readonly continued: boolean;
  /** Continued from the file under its own name, renamed to `.partial` here (putBack() names it back). */
  private readonly renamed: boolean = false;
  /**
   * The SHA-256 of every byte written, fed as they are written, so that a stop's checkpoint need not
   * read the file again (a workers.csv of many GB would take longer than a cluster's grace before SIGKILL).
   */
  private readonly hash: Hash;
  private written: number;

  /**
   * `keep`: continue the file (or its `.partial`) of a stopped run, cut to its first `keep` bytes (its
   * header and the finished replications' rows), whose SHA-256 `keptHash` has been fed.
   */
  constructor(private readonly path: string, header: readonly string[], keep?: number, keptHash?: Hash) {
    this.continued = keep !== undefined;
    this.hash = keptHash ?? createHash('sha256');
    this.written = keep ?? 0;
    if (keep !== undefined && keptHash === undefined) throw new Error(`${path}: a continued file needs the hash of its kept rows`);
    if (keep === undefined) {
      this.fd = openSync(`${path}.partial`, 'w');
      this.buffer.push(header.map(csvCell).join(','));
      return;
    }
    if (existsSync(path)) {
      // Durable before the file is cut back: a crash must not bring back the cut file under its own name.
      renameDurably(path, `${path}.partial`);
      this.renamed = true;
    }
    try {
      truncateSync(`${path}.partial`, keep);
      this.fd = openSync(`${path}.partial`, 'a');
    } catch (error) {
      // The file named back as it was found; should that fail too (its folder's fsync), the cut is still what is reported.
      throw this.renamed ? afterUndoing(error, () => renameDurably(`${path}.partial`, path)) : error;
    }
  }

  row(cells: readonly (string | number)[]): void {
    this.buffer.push(cells.map(csvCell).join(','));
    if (this.buffer.length >= 2000) this.flush();
  }

  private flush(): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.buffer.length === 0) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    try {
      writeAll(this.fd, text, `${this.path}.partial`);
      this.hash.update(text, 'utf8');
      this.written += Buffer.byteLength(text, 'utf8');
    } catch (error) {
      this.failure = error; // the file may end in a torn row now: it must never be renamed
      throw error;
    }
  }

  /**
   * Writes the rows still buffered (no fsync: a process killed after this keeps them, the kernel has them) and returns the
   * file's size and SHA-256 (hex) from what was written, so that a stop's checkpoint can count them before the slow part
   * of the stop, close()'s fsync. Throws where a write failed (the file may end in a torn row).
   */
  writtenDigest(): { readonly bytes: number; readonly sha256: string } {
    this.flush();
    return { bytes: this.written, sha256: this.hash.copy().digest('hex') };
  }

  close(): void {
    this.flush();
    this.closed = true;
    // Durable before it is renamed, and before the checkpoint or manifest that counts its rows is written.
    commitFile(this.fd, `${this.path}.partial`, this.path);
  }

  /**
   * Before anything is written (another file of the folder could not be opened): closes the file, and
   * names a continued one back as it was found, so the stopped run's folder reads as before (its rows
   * are those the checkpoint counts); a new one is deleted.
   */
  putBack(): void {
    this.abandon();
    if (this.renamed) renameDurably(`${this.path}.partial`, this.path);
  }

  /** Closes and deletes the unfinished file (after a failure); a continued one stays, for the next resume to cut back. */
  abandon(): void {
    if (!this.closed) {
      this.closed = true;
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
    }
    if (!this.continued) rmSync(`${this.path}.partial`, { force: true });
  }
}

/** How a categorical column's number is written: role and reason by name, flags as true / false; other columns as numbers. */
const CATEGORICAL: Readonly<Record<string, (x: number) => string>> = {
  role: (x) => ROLES[x],
  reason: (x) => SEPARATION_REASONS[x],
  livedExperience: (x) => (x === 1 ? 'true' : 'false'),
  livesInCommunity: (x) => (x === 1 ? 'true' : 'false'),
};

/** Writes each `columns.length`-wide row of `rows` (a chunk's numbers) to `stream`, after the package and replication. */
function writeRows(stream: CsvStream, columns: readonly string[], policy: string, rep: number, rows: Float64Array): void {
  const width = columns.length;
  const formats = columns.map((column) => CATEGORICAL[column]);
  for (let o = 0; o < rows.length; o += width) {
    const cells: (string | number)[] = [policy, rep];
    for (let j = 0; j < width; j++) cells.push(formats[j] ? formats[j](rows[o + j]) : rows[o + j]);
    stream.row(cells);
  }
}

/**
 * The command, status, end, finished replications (`reps`) and replications asked for (`plannedReps`) of the run whose
 * manifest.json is at `path`, if any (fields it lacks or cannot give are left out).
 */
function earlierManifest(path: string): { command?: string; status?: string; endedAt?: string; reps?: number; plannedReps?: number } | undefined {
  if (!existsSync(path)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
  const field = (key: string) => (typeof doc === 'object' && doc !== null && typeof (doc as Record<string, unknown>)[key] === 'string' ? (doc as Record<string, string>)[key] : undefined);
  const count = (key: string) => (typeof doc === 'object' && doc !== null && typeof (doc as Record<string, unknown>)[key] === 'number' ? (doc as Record<string, number>)[key] : undefined);
  return { command: field('command'), status: field('status'), endedAt: field('endedAt'), reps: count('completedReps'), plannedReps: count('reps') };
}

/**
 * The problem with running into `dir` when it holds an earlier run's results and `--replace` was
 * not given: a study is not lost to a reused --out. Complete results, and those of a run stopped or
 * failed after finishing some replications (cfsim report reads them), are kept; so is a run killed
 * after saving its checkpoint (its manifest still says `running`), which `--resume` continues; a run
 * that left none (killed, or stopped before its first) is replaced without asking.
 * `underLock`: whether the caller holds the folder's lock; without it, a folder a live run holds (which
 * looks the same while that run is resumed) is left to the lock's refusal, which names that run.
 */
export function earlierResultsIssue(dir: string, underLock = false): InputIssue | undefined {
  const earlier = earlierManifest(join(dir, 'manifest.json'));
  if (earlier?.status === 'running' && existsSync(join(dir, CHECKPOINT_FILE))) {
    if (!underLock && folderLock(dir)?.live === true) return undefined;
    // Its manifest counts none yet (it says so at the end of a stop): the checkpoint says how many --resume keeps and --replace throws away.
    const done = checkpointCompletedReps(join(dir, CHECKPOINT_FILE));
    const finished = done === undefined ? 'the finished replications' : `the ${done} finished replication${done === 1 ? '' : 's'}${earlier.plannedReps === undefined ? '' : ` (of ${earlier.plannedReps})`}`;
    const those = done === undefined ? '' : done === 1 ? ', keeping that one' : `, keeping those ${done}`;
    const lost = done === undefined ? '' : `, running ${earlier.plannedReps === undefined ? 'them' : `all ${earlier.plannedReps}`} again`;
    return {
      path: '--out',
      value: dir,
      message: `${dir} holds an earlier run${earlier.command ? ` (${earlier.command})` : ''} killed after it saved ${CHECKPOINT_FILE}, ${finished} a resume continues from (its manifest.json still says "running"), which this run would replace; give --resume to continue that run (with the command that began it)${those}, or --replace to replace it${lost}, or write to another folder`,
    };
  }
  const unfinished = (earlier?.status === 'interrupted' || earlier?.status === 'failed') && earlier.reps !== undefined && earlier.reps > 0;
  if (earlier?.status !== 'complete' && !unfinished) return undefined;
  const what = [earlier.command, earlier.reps === undefined ? undefined : `${earlier.reps} replication${earlier.reps === 1 ? '' : 's'}${unfinished ? ' finished' : ''}`, earlier.endedAt ? `ended ${earlier.endedAt}` : undefined].filter((x) => x !== undefined);
  const results = unfinished ? `the results of an earlier ${earlier.status} run` : 'the complete results of an earlier run';
  // Since 0.35.0 a run stopped after some replications keeps what --resume continues from.
  const resumable = unfinished && existsSync(join(dir, CHECKPOINT_FILE));
  // A stop that could not write its checkpoint left an earlier stop's, with fewer (since 0.42.0 said: --resume continues from those).
  const held = resumable ? checkpointCompletedReps(join(dir, CHECKPOINT_FILE)) : undefined;
  const from = held !== undefined && held !== earlier.reps ? ` from the ${held} finished replication${held === 1 ? '' : 's'} its ${CHECKPOINT_FILE} holds` : '';
  return {
    path: '--out',
    value: dir,
    message: `${dir} holds ${results}${what.length > 0 ? ` (${what.join(', ')})` : ''}, which this run would replace; write to another folder, or give --replace to replace them${resumable ? `, or --resume to continue that run (with the command that began it)${from}` : ''}`,
  };
}

/** Whether the manifest.json of `dir` says its run is complete. */
export function holdsCompleteResults(dir: string): boolean {
  return earlierManifest(join(dir, 'manifest.json'))?.status === 'complete';
}

/** Files of an earlier run that a new run into the same folder replaces (report.html describes them). */
const RESULT_FILES = ['summary.json', 'replications.csv', 'uncertainty.csv', 'timeseries.csv', 'workers.csv', 'separations.csv', 'report.html', CHECKPOINT_FILE];

/** The values replication `rep` of an arm drew for its uncertain fields (models/uncertainty.ts), by field path. */
export type DrawnValues = (policy: number, rep: number) => readonly (readonly [string, number])[];
export class ResultsFolder {
  private readonly replications: CsvStream;
  private readonly workers: CsvStream;
  private readonly separations: CsvStream;
  private readonly timeseries: CsvStream;
  /** Only where an arm has parameter uncertainty. */
  private readonly uncertainty: CsvStream | undefined;
  private readonly release: () => void;
  private readonly releasePuttingBack: () => void;

  constructor(
    readonly dir: string,
    private readonly policyNames: readonly string[],
    command: string,
    private readonly drawn?: DrawnValues,
    replace = false,
    /** The rate value for money discounts at (costs.discountRate): above 0, replications.csv has the discounted columns too. */
    discountRate = 0,
    /** `--resume`: continue the run stopped short in `dir` (decided under the folder's lock), or start afresh where it holds none. */
    resume?: ResumeCommand,
    /** With `resume`: takes the checkpoint's state (into the run's aggregator), throwing where it does not fit; called before any file is changed. */
    restore: (state: StateRecord) => void = () => {},
  ) {
    const issues: InputIssue[] = [];
    checkOutputPath('--out', dir, 'folder', issues);
    if (issues.length > 0) throw new InputError(issues, 'command line');
    const sweepFolder = otherKindIssue('--out', dir, 'run', "write this run's results to another folder");
    if (sweepFolder) throw new InputError([sweepFolder], 'command line');
    const foreign = foreignFilesIssue('--out', dir, 'run', ['manifest.json', ...RESULT_FILES]);
    if (foreign) throw new InputError([foreign], 'command line');
    // A lock a killed command left says when it last ran (its heartbeat): it is put back where this command stops before its
    // manifest has recorded that (a --resume refused), for the next one to find.
    const taken = takeFolder(dir, '--out', command);
    this.release = taken.release;
    this.leftLock = taken.left;
    this.releasePuttingBack = taken.releasePuttingBack;
    // Decided under the lock, so that a run finishing into the folder meanwhile is seen, and once: the
    // checkpoint is read and the streamed files hashed here only, before any file is changed.
    let decision: ResumeDecision | undefined;
    try {
      decision = resume ? resumeDecision(dir, resume, restore) : undefined;
    } catch (error) {
      this.releasePuttingBack();
      throw error;
    }
    if (decision?.kind === 'complete') {
      // A checkpoint beside complete results is spent (the run was killed between saying so and removing it).
      removeFilesDurably([join(dir, CHECKPOINT_FILE)]);
      this.release();
      throw new InputError([{ path: '--resume', value: dir, message: `${dir} holds the complete results of this run (finished while this command waited): nothing to resume` }], 'command line');
    }
    this.resumed = decision?.kind === 'resume' ? decision : undefined;
    this.nothingToResume = decision?.kind === 'fresh' ? decision.why : undefined;
    const kept = replace || resume ? undefined : earlierResultsIssue(dir, true);
    if (kept) {
      this.releasePuttingBack();
      throw new InputError([kept], 'command line');
    }
    const streamed = (name: string, header: readonly string[]) => new CsvStream(join(dir, name), header, this.resumed?.meta.files[name], this.resumed?.hashes[name]);
    const opened: CsvStream[] = [];
    try {
      opened.push(streamed('replications.csv', replicationsCsvColumns(discountRate)));
      opened.push(streamed('workers.csv', WORKERS_CSV_COLUMNS));
      opened.push(streamed('separations.csv', SEPARATIONS_CSV_COLUMNS));
      opened.push(new CsvStream(join(dir, 'timeseries.csv'), TIMESERIES_CSV_COLUMNS));
      if (drawn) opened.push(streamed('uncertainty.csv', UNCERTAINTY_CSV_COLUMNS));
    } catch (error) {
      // A resume that passed every check but could not open a file leaves the stopped run's files as they were named.
      try {
        for (const stream of opened) stream.putBack();
      } finally {
        this.releasePuttingBack();
      }
      throw error;
    }
    [this.replications, this.workers, this.separations, this.timeseries, this.uncertainty] = opened;
  }

  private marked = false;

  /** The stopped run this one continues (`--resume`), with its checkpoint's state; undefined for a run from the first replication. */
  readonly resumed: Extract<ResumeDecision, { kind: 'resume' }> | undefined;

  /** The lock a killed command left in the folder, which this one took over; undefined where it found none. */
  readonly leftLock: LeftLock | undefined;

  /** `--resume` into a folder with nothing to resume: why (the run starts from its first replication). */
  readonly nothingToResume: string | undefined;

  /** Whether start() has marked the folder as holding this run (its manifest says `running`), even if removing an earlier run's files then failed. */
  get started(): boolean {
    return this.marked;
  }

  /**
   * Marks the folder as holding a run in progress, then removes an earlier run's results. Returns
   * what the earlier run's manifest.json said (its command, status and end), if there was one, so
   * that the replacement can be said.
   */
  start(manifest: Manifest): { command?: string; status?: string; endedAt?: string } | undefined {
    const earlier = earlierManifest(join(this.dir, 'manifest.json'));
    this.writeManifest(manifest);
    this.marked = true;
    // A resumed run's streamed files are continued (as NAME.partial), and its checkpoint stays until it completes.
    removeFilesDurably(RESULT_FILES.filter((name) => !(this.resumed && name === CHECKPOINT_FILE)).map((name) => join(this.dir, name)));
    removeExportedFigures(this.dir, isReportChartId, isEarlierReportFigure);
    return earlier;
  }

  writeManifest(manifest: Manifest): void {
    writeFileAtomically(join(this.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  /** Streams one replication's metrics (and discounted leavers and cost, at a discount rate above 0) and per-worker rows (called in replication order, then policy order). */
  addReplication(policy: number, rep: number, workers: Float64Array, separations: Float64Array, metrics: Float64Array, discounted?: DiscountedPerYear): void {
    const name = this.policyNames[policy];
    this.replications.row([name, rep, ...Array.from(metrics), ...(discounted ? [discounted.leavers, discounted.cost] : [])]);
    if (this.uncertainty && this.drawn) for (const [field, value] of this.drawn(policy, rep)) this.uncertainty.row([name, rep, field, value]);
    writeRows(this.workers, WORKER_COLUMNS, name, rep, workers);
    writeRows(this.separations, SEPARATION_COLUMNS, name, rep, separations);
  }

  /** Writes summary.json and timeseries.csv and closes the streamed files. */
  finish(summary: unknown, aggregator: ExperimentAggregator): void {
    this.replications.close();
    this.workers.close();
    this.separations.close();
    this.uncertainty?.close();
    writeFileAtomically(join(this.dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    if (aggregator.completedReps > 0) {
      for (let p = 0; p < this.policyNames.length; p++) {
        for (let day = 0; day < aggregator.days; day++) {
          DAILY_SERIES.forEach((series, s) => {
            this.timeseries.row([this.policyNames[p], day, series.name, aggregator.seriesMean(p, day, s), ...aggregator.seriesQuantiles(p, day, s)]);
          });
        }
      }
    }
    this.timeseries.close();
  }

  /**
   * Before finish() of a run stopped short: saves the folded replications' summaries and the sizes (and SHA-256) of the
   * streamed files that hold their rows (CHECKPOINT_FILE), which `--resume` continues from. Saved before finish() syncs
   * and renames those files (their rows are written first, without an fsync): a SIGKILL during that sync (a cluster's
   * short grace after SIGTERM) still leaves the session resumable, the files found as NAME or NAME.partial.
   * `startedAt`: when the run began (its manifest's startedAt), which names the run the checkpoint belongs to.
   */
  saveCheckpoint(aggregator: ExperimentAggregator, version: string, startedAt: string): void {
    const files: Record<string, number> = {};
    const sha256: Record<string, string> = {};
    const streams: Readonly<Record<(typeof STREAMED_FILES)[number], CsvStream | undefined>> = {
      'replications.csv': this.replications,
      'workers.csv': this.workers,
      'separations.csv': this.separations,
      'uncertainty.csv': this.uncertainty,
    };
    for (const name of STREAMED_FILES) {
      // Hashed as written: reading a workers.csv of many GB again would outlast a cluster's grace before SIGKILL.
      const written = streams[name]?.writtenDigest();
      if (written === undefined) continue;
      files[name] = written.bytes;
      sha256[name] = written.sha256;
    }
    writeCheckpoint(join(this.dir, CHECKPOINT_FILE), { cfsim: version, completedReps: aggregator.completedReps, files, sha256, startedAt }, aggregator.snapshot());
  }

  /**
   * After the manifest of a complete run is written: a checkpoint of an earlier stop is spent (removed only then, so that a
   * kill before leaves the folder resumable), and so is one half-written by a stop that was killed (nothing else rewrites it).
   */
  removeCheckpoint(): void {
    removeFilesDurably([join(this.dir, CHECKPOINT_FILE), join(this.dir, `${CHECKPOINT_FILE}.partial`)]);
  }

  /** After a failure: deletes the unfinished files (the finished ones stay). */
  abandon(): void {
    this.replications.abandon();
    this.workers.abandon();
    this.separations.abandon();
    this.timeseries.abandon();
    this.uncertainty?.abandon();
  }

  /** Lets other commands write into the folder again (putting back the lock of a killed command it took over, where start() has not recorded this run). */
  close(): void {
    if (this.marked) this.release();
    else this.releasePuttingBack();
  }
}

/** Codes with which a file system refuses to change a folder we may read (a read-only mount, or no permission). */
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * `--resume` into the complete results of its run that still hold checkpoint.bin (the run was killed
 * after its manifest said "complete" and before the spent checkpoint was removed): removes it under
 * the folder's lock, where the manifest still says "complete". Whether it did; a folder another
 * command holds is left as it is. A lock it takes over is released, not put back (as analyze's is, lockFolderAside): a
 * complete manifest's last session is the one that completed (the command killed after saying so), and results that are
 * complete are never resumed, so no later --resume could record a heartbeat from it.
 */
export function removeSpentCheckpoint(dir: string, command: string): boolean {
  const path = join(dir, CHECKPOINT_FILE);
  if (!existsSync(path)) return false;
  let release: () => void;
  try {
    release = lockFolder(dir, '--out', command);
  } catch (error) {
    // A folder another command holds, or one on a read-only mount: the checkpoint stays, and does no harm.
    if (error instanceof InputError || READ_ONLY_CODES.has((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw error;
  }
  try {
    if (earlierManifest(join(dir, 'manifest.json'))?.status !== 'complete' || !existsSync(path)) return false;
    removeFilesDurably([path]);
    return true;
  } finally {
    release();
  }
}
