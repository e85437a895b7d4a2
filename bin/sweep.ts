import { closeSync, existsSync, openSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { ChunkResult } from '../models/chunk';
import { METRIC_NAMES } from '../models/metrics';
import { NodeWorkerPool, WorkerFailure } from '../sim/host/nodePool';
import { formatIssue, InputError, type InputIssue } from '../sim/params/issues';
import { RETIRED } from '../sim/params/fields';
import { articleFor, planInput, resolveStoredPlan, streamPoint, type Plan } from '../scenarios/plan';
import { planDesign, pointRecords, pointScenario, recordedPlanDesign, unrunnablePoint } from '../scenarios/planDesign';
import { Progress } from './progress';
import { StopSignals } from './stopSignals';
import { writeReadable } from './wrapText';
import { removeFilesDurably, syncFile, writeAll, writeFileAtomically } from './outputFiles';
import { baselineToKeep } from './recordedBaseline';
import { bootstrapToKeep } from './recordedBootstrap';
import { resumeRefusal } from './resumeRefusal';
import { takeFolder } from './folderLock';
import { lastHeartbeat, type LeftLock } from './leftLock';
import { foreignFilesIssue, otherKindIssue } from './resultsMarker';
import { planDifference, withoutBaseFileName } from './planDifference';
import { removeExportedFigures } from './exportedFigures';
import { isSweepChartId } from '../viz/report/sweepReport';
import { csvCell, csvTextAsWritten, headerDifference, isDifferenceWhole, isNumberCell, isNumberOrNaNCell, parseCsvLine } from '../sim/io/csv';
import { drawnColumn, planDrawnFields, runDraws } from '../scenarios/planDraws';
import type { ReplicationWorker } from './worker';
import { hostEnvironment } from './provenance';
import type { MergedShard, SweepSession } from '../scenarios/sweepAnalysis';
import { shardResumeMismatch } from './shardResumeMismatch';
import { refusedStoredPlanIssues, storedPlanRefusal } from './refusedStoredPlan';

// `cfsim sweep`: every (point, replication) of a plan is one run with stream key (plan seed,
// stream point, replication), the stream point being 0 for every point with common random numbers
// (the default) and the point's index with independent ones, so any subset reproduces exactly. Rows are appended to runs.csv in run
// order as runs finish (a run that finishes early waits for the ones before it), so a killed
// sweep leaves a clean prefix that `--resume` continues without losing or repeating a run.

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface SweepOptions {
  readonly plan: Plan;
  readonly out: string;
  readonly threads: number;
  readonly resume: boolean;
  readonly shard?: Shard;
  readonly version: string;
  /** The command line, recorded in sweep.json's `sessions`. */
  readonly command: string;
  /**
   * Why `out` cannot be written (a read-only folder holding a complete sweep): a resume that would add and change no run
   * writes nothing (`untouched`), and goes on; anything else is refused with these.
   */
  readonly unwritable?: readonly InputIssue[];
}

export interface SweepSummary {
  readonly status: 'complete' | 'interrupted' | 'failed';
  readonly runs: number;
  readonly completed: number;
  readonly failures: number;
  readonly signal?: NodeJS.Signals;
  /** A resume of a complete sweep: nothing run, nothing written (not even its session). */
  readonly untouched?: true;
}

/**
 * The line a sweep closes with: its status, the runs done and how many of them failed (runs.csv
 * says which), and for a sweep stopped before its end the command that continues it (`resume`).
 */
export function sweepClosingLine(summary: SweepSummary, runsPath: string, resume: string): string {
  const failed = summary.failures > 0 ? `; ${summary.failures} of them failed (see runs.csv status column)` : '';
  const next = summary.status !== 'complete' && summary.completed < summary.runs ? `; to run the other ${summary.runs - summary.completed}, resume it: ${resume}` : '';
  return `sweep ${summary.status}: ${summary.completed} of ${summary.runs} runs done${failed}; results in ${runsPath}${next}\n`;
}

/** What `--resume` of a complete sweep in `out` says: nothing to resume, and nothing written (as run and compare say of complete results). */
export function untouchedSweepLine(summary: SweepSummary, out: string): string {
  const failed = summary.failures > 0 ? `, ${summary.failures} of them failed` : '';
  return `cfsim: nothing to resume: ${out} holds the complete sweep of this plan (${summary.completed} of ${summary.runs} runs done${failed}), left as it is; results in ${join(out, 'runs.csv')}\n`;
}

/** How often a running sweep rewrites sweep.json's `completed` and `failures` (tests shorten it with CFSIM_TEST_STATUS_EVERY_MS). */
const STATUS_EVERY_MS = process.env.CFSIM_TEST_STATUS_EVERY_MS === undefined ? 10_000 : Number(process.env.CFSIM_TEST_STATUS_EVERY_MS);

/**
 * runs.csv columns: a run's place, status, parameter values and metrics, then the values it drew
 * for the plan's `drawn` fields (set.uncertainty, planDrawnFields; since 0.23.0).
 */
export function runsHeader(plan: Plan, drawn: readonly string[]): string[] {
  return ['run', 'point', 'rep', 'seed', 'status', 'error', ...plan.parameters.map((p) => p.path), ...plan.metrics, ...drawn.map(drawnColumn)];
}

/** The first line of a runs.csv with these columns. */
const headerLine = (columns: readonly string[]) => columns.map(csvCell).join(',');

/** The header lines a runs.csv of this plan can start with: this version's, and, for a plan that draws fields, that of CFSim before 0.23.0 (no drawn: columns). */
export function runsHeaderLines(plan: Plan, values: readonly (readonly unknown[])[]): string[] {
  const drawn = planDrawnFields(plan, values);
  return drawn.length === 0 ? [headerLine(runsHeader(plan, []))] : [headerLine(runsHeader(plan, drawn)), headerLine(runsHeader(plan, []))];
}

/** The run ids this sweep (or shard) owns, in order. */
export function* ownedRuns(total: number, shard?: Shard): Generator<number> {
  for (let run = shard?.index ?? 0; run < total; run += shard?.count ?? 1) yield run;
}

/** How many runs this sweep (or shard) owns. */
export function ownedRunCount(total: number, shard?: Shard): number {
  return shard ? Math.max(0, Math.ceil((total - shard.index) / shard.count)) : total;
}

function planDocument(plan: Plan, values: readonly (readonly unknown[])[]) {
  return { plan: planInput(plan), points: pointRecords(plan, values) };
}

/** The bad-input error for a sweep file this version cannot read (cut short or edited), naming it and why. */
function unreadableFile(path: string, name: string, what: string): (why: string) => InputError {
  return (why) => new InputError([{ path: name, value: path, message: `${path} is not ${what} this version can read (${why}); it may have been cut short or edited` }], 'sweep folder');
}

/** A JSON file that must hold an object; anything else is `unreadable`'s error. */
function readJsonObject(path: string, unreadable: (why: string) => InputError): object {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw unreadable(error.message);
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) throw unreadable('not a JSON object');
  return stored;
}

/**
 * A plan.json text as this version writes it: plan.json files written before 2026-11-30 held
 * both `points` and `levels` whatever the design, so the text of the same plan differs; resume
 * and merge compare this form.
 */
export function currentPlanText(path: string): string {
  const unreadable = unreadableFile(path, 'plan.json', "a sweep's plan");
  const { plan, points } = readJsonObject(path, unreadable) as { plan?: unknown; points?: unknown };
  try {
    return `${JSON.stringify({ plan: planInput(resolveStoredPlan(plan)), points }, null, 2)}\n`;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A field a later version retired is no damage: the plan is an earlier version's.
    if (error.issues.some((i) => i.message.includes(RETIRED))) {
      throw new InputError([{ path: 'plan.json', value: path, message: `${path} was written by an earlier version of CFSim, whose fields this version no longer has (${error.issues.map(formatIssue).join('; ')}); rerun the plan with this version into a new folder, or use the version that wrote it` }], 'sweep folder');
    }
    throw unreadable(error.issues.map(formatIssue).join('; '));
  }
}

/** A runs.csv data row's run id, or undefined for the header, a short row or anything else. */
export function runIdOf(line: string, width: number): number | undefined {
  const cells = parseCsvLine(line);
  if (cells.length !== width || !/^\d+$/.test(cells[0])) return undefined;
  return Number(cells[0]);
}

/**
 * How many bytes of a runs.csv end at its last newline, counted in the file's own bytes (truncateSync counts bytes; a
 * byte-order mark, a non-ASCII choice name or a file saved in a Windows code page would be miscounted from decoded text).
 */
export function finishedByteLength(bytes: Uint8Array): number {
  return bytes.lastIndexOf(0x0a) + 1;
}

/** The finished lines of a runs.csv text: those before its last newline (anything after it is a row cut short by a kill). */
export function finishedLines(text: string): string[] {
  // A runs.csv saved on Windows (CRLF line ends, a byte-order mark) reads as the one cfsim wrote.
  const written = csvTextAsWritten(text);
  return written
    .slice(0, written.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((l) => l.length > 0);
}

/** Whether a runs.csv row records a failed run (its status column says `error`). */
export function isFailedRow(line: string): boolean {
  return parseCsvLine(line)[4] === 'error';
}

/**
 * Why a runs.csv row (its cells) is not run `run` of this plan, or undefined if it is: its point,
 * replication, seed and parameter values must be those the plan gives that run. Rows of another
 * plan (a folder's plan.json replaced, rows copied from elsewhere) would be analysed under this
 * plan's values.
 */
export function runRowMismatch(cells: readonly string[], run: number, plan: Plan, values: readonly (readonly unknown[])[]): string | undefined {
  const total = values.length * plan.reps;
  if (run >= total) return `run ${run} is outside this plan's ${total} runs`;
  const point = Math.floor(run / plan.reps);
  const expected: [string, unknown][] = [
    ['point', point],
    ['rep', run % plan.reps],
    ['seed', plan.seed],
    ...plan.parameters.map((p, d): [string, unknown] => [p.path, values[point][d]]),
  ];
  const columns = [1, 2, 3, ...plan.parameters.map((_, d) => 6 + d)];
  for (let i = 0; i < expected.length; i++) {
    const [name, value] = expected[i];
    // As rowOf writes it, parsed back: a number's shortest text, a choice or true/false as text.
    if (cells[columns[i]] !== String(value)) return `run ${run} has ${name} ${cells[columns[i]]}, where this plan's run ${run} has ${String(value)}`;
  }
  return undefined;
}

/**
 * What is wrong with a run's row that rowOf cannot have written, or undefined: its status is `ok`
 * or `error`, and a finished run has a number or `NaN` for every metric (`NaN`: nothing to measure,
 * such as team scores when nobody was in post; analyze leaves it out), so an emptied or edited cell
 * is never read as 0 or left out of a mean.
 */
export function runRowDamage(cells: readonly string[], run: number, plan: Plan, drawn: readonly string[] = []): string | undefined {
  const status = cells[4];
  if (status !== 'ok' && status !== 'error') return `run ${run} has status ${JSON.stringify(status)}, not ok or error`;
  if (status === 'error') return undefined;
  const metricStart = 6 + plan.parameters.length;
  for (let m = 0; m < plan.metrics.length; m++) {
    const cell = cells[metricStart + m] ?? '';
    if (!isNumberOrNaNCell(cell)) return `run ${run} has ${plan.metrics[m]} ${JSON.stringify(cell)}, not a number`;
  }
  const drawnStart = metricStart + plan.metrics.length;
  for (let f = 0; f < drawn.length; f++) {
    const cell = cells[drawnStart + f] ?? '';
    if (!isNumberCell(cell)) return `run ${run} has ${drawnColumn(drawn[f])} ${JSON.stringify(cell)}, not a number`;
  }
  return undefined;
}

/**
 * The runs in a runs.csv text, checked against the plan (resuming a sweep, analysing one): the
 * header must be this plan's, and every row a run of this plan (and of this shard) with the
 * plan's values, each run once, so rows of another plan are never mixed in and no run counts
 * twice. Anything else is `refuse`d with what is wrong. Returns the run ids, the rows (header
 * lines left by an older resume skipped), and the header, if there is one: a plan that draws
 * fields has them recorded (drawn:PATH columns), or not where CFSim before 0.23.0 wrote the
 * runs (`recordsDraws` false), which are read as they are.
 */
export function checkedRuns(
  text: string,
  runsPath: string,
  plan: Plan,
  values: readonly (readonly unknown[])[],
  shard: Shard | undefined,
  refuse: (message: string) => never,
): { done: Set<number>; rows: string[]; header?: string; recordsDraws: boolean } {
  const done = new Set<number>();
  const rows: string[] = [];
  const lines = finishedLines(text);
  const drawn = planDrawnFields(plan, values);
  if (lines.length === 0) return { done, rows, recordsDraws: true };
  const recordsDraws = drawn.length === 0 || lines[0] !== headerLine(runsHeader(plan, []));
  const columns = runsHeader(plan, recordsDraws ? drawn : []);
  const header = headerLine(columns);
  if (lines[0] !== header) {
    // Short headers are quoted whole by the difference alone: not twice.
    const start = isDifferenceWhole(lines[0], header) ? "does not start with this plan's header" : `starts with ${JSON.stringify(lines[0].slice(0, 80))}, not this plan's header ${JSON.stringify(header.slice(0, 80))}`;
    refuse(`${runsPath} ${start}; ${headerDifference(lines[0], header)}`);
  }
  for (const line of lines.slice(1)) {
    if (line === header) continue; // left by an older resume
    const run = runIdOf(line, columns.length);
    if (run === undefined) return refuse(`${runsPath} has a row that is not a run of this plan: ${JSON.stringify(line.slice(0, 80))}`);
    const cells = parseCsvLine(line);
    const mismatch = runRowMismatch(cells, run, plan, values);
    if (mismatch !== undefined) refuse(`${runsPath} holds runs of another plan (${mismatch})`);
    const damage = runRowDamage(cells, run, plan, recordsDraws ? drawn : []);
    if (damage !== undefined) refuse(`${runsPath} has a damaged row: ${damage}`);
    if (shard && run % shard.count !== shard.index) refuse(`${runsPath} holds run ${run}, which is not in shard ${shard.index}/${shard.count}`);
    if (done.has(run)) refuse(`${runsPath} holds run ${run} twice (a run has one row; its replication would count twice in its point's mean)`);
    done.add(run);
    rows.push(line);
  }
  return { done, rows, header, recordsDraws };
}

/**
 * A sweep's earlier sessions as a resume records them: each left "running" as killed, the last with the `kept` runs it left
 * and, where `left` (the lock the resume took over) is its own, when it last ran (since 0.43.0).
 */
function killedSweepSessions(sessions: readonly SweepSession[], kept: number, left: LeftLock | undefined): SweepSession[] {
  return sessions.map((session, k) => (session.status !== 'running' ? session : { ...session, status: 'killed', endedAt: null, ...(k === sessions.length - 1 ? { completed: kept, ...lastHeartbeat(left, session) } : {}) }));
}

/** sweep.json: a sweep folder's status document (written by `sweep` and by `merge`). */
export interface SweepStatus {
  readonly cfsim: string;
  readonly plan: string;
  readonly design: string;
  readonly status: string;
  readonly runs: number;
  readonly completed: number;
  readonly shard: Shard | null;
  /** Every command that wrote the folder's runs.csv, in order (since 0.13.0). */
  readonly sessions: readonly SweepSession[];
  readonly [more: string]: unknown;
}

/**
 * A sweep.json as far as resume and analyze read it (its status, runs and shard); a file cut
 * short or edited into something else is bad input naming it, not a crash.
 */
export function readSweepStatus(path: string): { cfsim?: string; plan?: string; design?: string; status?: string; runs?: number; completed?: number; shard?: Shard | null; mergedFrom?: string[]; sessions?: SweepSession[]; mergedShards?: MergedShard[] } {
  const unreadable = unreadableFile(path, 'sweep.json', "a sweep's status");
  const { cfsim, plan, design, status, runs, completed, failures, shard, mergedFrom, sessions, mergedShards } = readJsonObject(path, unreadable) as Record<string, unknown>;
  if (cfsim !== undefined && typeof cfsim !== 'string') throw unreadable(`cfsim is ${JSON.stringify(cfsim)}, not a version`);
  if (plan !== undefined && typeof plan !== 'string') throw unreadable(`plan is ${JSON.stringify(plan)}, not a plan's name`);
  if (design !== undefined && typeof design !== 'string') throw unreadable(`design is ${JSON.stringify(design)}, not a design's name`);
  if (status !== undefined && typeof status !== 'string') throw unreadable(`status is ${JSON.stringify(status)}, not text`);
  if (status !== undefined && !(SWEEP_STATUSES as readonly unknown[]).includes(status)) throw unreadable(`status is ${JSON.stringify(status)}; expected one of ${SWEEP_STATUSES.join(', ')}`);
  const whole = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  if (runs !== undefined && !whole(runs)) throw unreadable(`runs is ${JSON.stringify(runs)}, not a whole number`);
  if (completed !== undefined && !(whole(completed) && (runs === undefined || (completed as number) <= (runs as number)))) {
    throw unreadable(`completed is ${JSON.stringify(completed)}; expected a whole number from 0 to ${runs === undefined ? 'its runs' : `runs (${runs as number})`}`);
  }
  if (failures !== undefined && !(whole(failures) && (completed === undefined || (failures as number) <= (completed as number)))) {
    throw unreadable(`failures is ${JSON.stringify(failures)}; expected a whole number from 0 to ${completed === undefined ? 'its completed runs' : `completed (${completed as number})`}`);
  }
  const isShard = (x: unknown): x is Shard => {
    const { index, count } = (typeof x === 'object' && x !== null ? x : {}) as { index?: unknown; count?: unknown };
    return whole(index) && whole(count) && (index as number) < (count as number);
  };
  if (shard !== undefined && shard !== null && !isShard(shard)) throw unreadable(`shard is ${JSON.stringify(shard)}, not { index: I, count: N } with 0 ≤ I < N`);
  // Provenance (the sessions, the shards a merge named) is for messages and reports only: results
  // depend on none of it, so what is not of its shape is left unread rather than refused.
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  const recordedSessions = Array.isArray(sessions) && sessions.every(isRecord) ? (sessions as unknown as SweepSession[]) : undefined;
  const shards = Array.isArray(mergedFrom) && mergedFrom.every((d) => typeof d === 'string') ? (mergedFrom as string[]) : undefined;
  const merged =
    Array.isArray(mergedShards) && mergedShards.every((x) => isRecord(x) && typeof x.folder === 'string' && Array.isArray(x.sessions) && x.sessions.every(isRecord))
      ? (mergedShards as Record<string, unknown>[]).map((x) => ({ ...(x as unknown as MergedShard), shard: isShard(x.shard) ? x.shard : null }))
      : undefined;
  return {
    cfsim: cfsim as string | undefined,
    plan: plan as string | undefined,
    design: design as string | undefined,
    status: status as string | undefined,
    runs: runs as number | undefined,
    completed: completed as number | undefined,
    shard: shard as Shard | null | undefined,
    ...(shards ? { mergedFrom: shards } : {}),
    ...(recordedSessions ? { sessions: recordedSessions } : {}),
    ...(merged ? { mergedShards: merged } : {}),
  };
}

/** What sweep.json's status can say: a sweep's (running, then complete, interrupted or failed) and a merge's (running, then complete or partial). */
export const SWEEP_STATUSES = ['running', 'complete', 'interrupted', 'failed', 'partial'] as const;

/**
 * Refuses a sweep.json that contradicts its folder's plan.json (`plan`, whose whole plan has
 * `total` runs): another plan's name or design, or a count of runs other than the plan's (or,
 * in a shard's folder, the shard's). `refuse` throws with the message.
 */
export function sweepStatusMismatch(path: string, recorded: ReturnType<typeof readSweepStatus>, plan: Plan, total: number): string | undefined {
  const shard = recorded.shard ?? undefined;
  const runs = ownedRunCount(total, shard);
  const whose = shard ? `shard ${shard.index}/${shard.count} of plan.json's plan` : "plan.json's plan";
  if (recorded.plan !== undefined && recorded.plan !== plan.name) return `${path} says plan ${JSON.stringify(recorded.plan)}, but plan.json's plan is ${JSON.stringify(plan.name)}`;
  if (recorded.design !== undefined && recorded.design !== plan.design) return `${path} says design ${JSON.stringify(recorded.design)}, but plan.json's plan is ${articleFor(plan.design)} ${JSON.stringify(plan.design)} design`;
  if (recorded.runs !== undefined && recorded.runs !== runs) return `${path} says runs ${recorded.runs}, but ${whose} has ${runs} runs${shard ? '' : ` (${total / plan.reps} points × ${plan.reps} ${plan.reps === 1 ? 'rep' : 'reps'})`}`;
  return undefined;
}

/** Writes `dir/sweep.json`. */
export function writeSweepStatus(dir: string, status: SweepStatus): void {
  writeFileAtomically(join(dir, 'sweep.json'), `${JSON.stringify(status, null, 2)}\n`);
}

/** Removes what was derived from an earlier runs.csv (its analysis, report and exported figures), which no longer describes the folder. */
export function removeDerivedFiles(dir: string): void {
  removeFilesDurably(['analysis.json', 'report.html'].map((name) => join(dir, name)));
  removeExportedFigures(dir, isSweepChartId);
}

/**
 * `resolve` with its latest result kept: called again with the same key it answers from that,
 * with another it resolves anew and forgets the last. A sweep's runs come in point order, so
 * each point's scenario is resolved once, and the memory held stays one scenario's, however
 * many points the plan has.
 */
export function latestOnly<K, V>(resolve: (key: K) => V): (key: K) => V {
  let latest: { key: K; value: V } | undefined;
  return (key) => {
    if (latest === undefined || latest.key !== key) latest = { key, value: resolve(key) };
    return latest.value;
  };
}

/** The cfsim version a sweep folder's sweep.json says began it, if it says (and can be read). */
function recordedVersion(out: string): string | undefined {
  try {
    return existsSync(join(out, 'sweep.json')) ? readSweepStatus(join(out, 'sweep.json')).cfsim : undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

/**
 * Said beside a plan file's problems when it was to resume `out`: where the folder's own plan has
 * problems this version refuses (a value listed twice, which an earlier version ran), why this
 * version cannot resume it and what to do. Undefined for a folder without such a plan.
 */
export function storedPlanResumeIssue(out: string, version: string): InputIssue | undefined {
  const planPath = join(out, 'plan.json');
  let stored: string;
  try {
    if (!existsSync(planPath)) return undefined;
    stored = currentPlanText(planPath);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
  const refused = refusedStoredPlanIssues(stored);
  if (refused.length === 0) return undefined;
  const { problem, finish } = storedPlanRefusal(refused, recordedVersion(out), version);
  return { path: '--resume', value: out, message: `${out} cannot be resumed by this version: the plan it began with, in ${planPath}, ${problem}, and mended it is not the plan its runs were made with; ${finish}, or mend the plan as said and run it into a new --out folder` };
}

/**
 * The design values and plan.json text a sweep of `plan` goes on with beside the `stored` plan.json text of its folder: its own,
 * or the stored ones where they are the same plan as written before (values before they were rounded clean, by
 * recordedPlanDesign; a scenario file's name, which is a label). Where they differ the text differs from `stored`.
 */
function continuedPlan(plan: Plan, stored: string, values: readonly (readonly unknown[])[], document: string, documentOf: (values: readonly (readonly unknown[])[]) => string): { values: readonly (readonly unknown[])[]; document: string } {
  if (stored === document) return { values, document };
  const recorded = recordedPlanDesign(plan, (JSON.parse(stored) as { points?: unknown }).points)?.values;
  if (recorded !== undefined && documentOf(recorded) === stored) return { values: recorded, document: stored };
  return { values, document: withoutBaseFileName(stored) === withoutBaseFileName(document) ? stored : document };
}

/** Why this version cannot read a sweep folder's plan.json (which is there), with what to do, as --resume refuses the folder; undefined where it can. */
function unreadablePlan(planPath: string): InputError | undefined {
  try {
    currentPlanText(planPath);
    return undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return new InputError([{ ...error.issues[0], message: `${error.issues[0].message}; restore it, or run the sweep into a new --out folder` }], error.subject);
  }
}

/** Why --resume refuses a folder whose runs.csv holds runs and which has no plan.json (at `planPath`), with what to do. */
const noPlanFor = (planPath: string) => `no plan.json saying which plan made them, so they cannot be checked against this plan; restore ${planPath}, or run the sweep into a new --out folder`;

/** The plan.json text of a sweep folder, as currentPlanText gives it, where there is one this version can read; else undefined. */
function heldPlanText(planPath: string): string | undefined {
  try {
    return existsSync(planPath) ? currentPlanText(planPath) : undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

/** The plan.json text of a sweep of `plan` with design values `values`. */
const planText = (plan: Plan, values: readonly (readonly unknown[])[]) => `${JSON.stringify(planDocument(plan, values), null, 2)}\n`;

/**
 * How the plan the sweep folder `out` holds stands to `plan`, as --resume compares them: by what plan.json holds, not by
 * the plan file's name (a copy of the file, or the file moved, is the same plan; the file edited is not). `difference`
 * names the first fields that differ; undefined where the folder has no plan.json this version can read.
 */
export function heldPlanDifference(out: string, plan: Plan, values = planDesign(plan).values): { same: boolean; difference: string } | undefined {
  const planPath = join(out, 'plan.json');
  const held = heldPlanText(planPath);
  if (held === undefined) return undefined;
  const documentOf = (v: readonly (readonly unknown[])[]) => planText(plan, v);
  const { document } = continuedPlan(plan, held, values, documentOf(values), documentOf);
  return document === held ? { same: true, difference: '' } : { same: false, difference: planDifference(JSON.parse(held), JSON.parse(document), planPath) };
}

/** A sweep.json as readSweepStatus reads it, or undefined where this version cannot read it (which resuming then says). */
function heldStatus(path: string): ReturnType<typeof readSweepStatus> | undefined {
  try {
    return readSweepStatus(path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

/** Runs (or resumes) a sweep into `options.out`, holding the folder's lock while it writes. */
export async function runSweep(options: SweepOptions): Promise<SweepSummary> {
  const { values } = planDesign(options.plan);
  // A point that cannot run would fail every time (and a resume never reruns it): refuse the plan before anything is written.
  const unrunnable = unrunnablePoint(options.plan, values);
  if (unrunnable) throw new InputError([unrunnable], 'sweep plan');
  // Before the lock, which would mark the folder as cfsim's; a run's results first, which its report.html is part of.
  const runFolder = otherKindIssue('--out', options.out, 'sweep', 'write the sweep to another folder');
  if (runFolder) throw new InputError([runFolder], 'command line');
  const foreign = foreignFilesIssue('--out', options.out, 'sweep', ['plan.json', 'analysis.json', 'report.html']);
  if (foreign) throw new InputError([foreign], 'command line');
  // A folder that cannot be written cannot be locked either: one holding a complete sweep changes no more.
  // The lock names the session (its command line, since 0.43.0), so that a resume after a kill can tell the lock is that session's.
  const taken = options.unwritable ? undefined : takeFolder(options.out, '--out', options.command);
  let recorded = false;
  try {
    return await sweepInto(options, values, taken?.left, () => (recorded = true));
  } catch (error) {
    // Refused before sweep.json recorded this session: the lock of a killed session taken over is put back, for the next resume.
    if (!recorded) taken?.releasePuttingBack();
    throw error;
  } finally {
    taken?.release();
  }
}

/** `left`: the lock of a killed command this one took over; `recorded`: called once sweep.json records this session. */
async function sweepInto(options: SweepOptions, designValues: readonly (readonly unknown[])[], left: LeftLock | undefined, recorded: () => void): Promise<SweepSummary> {
  const { plan, out } = options;
  const planPath = join(out, 'plan.json');
  const documentOf = (values: readonly (readonly unknown[])[]) => planText(plan, values);
  let values = designValues;
  let document = documentOf(values);
  const runsPath = join(out, 'runs.csv');
  let stored: string | undefined;
  if (options.resume && existsSync(planPath)) {
    const unreadable = unreadablePlan(planPath);
    if (unreadable) throw unreadable;
    stored = currentPlanText(planPath);
  }
  if (stored !== undefined) ({ values, document } = continuedPlan(plan, stored, values, document, documentOf));
  if (stored !== undefined && stored !== document) {
    const difference = planDifference(JSON.parse(stored), JSON.parse(document), planPath);
    // A plan an earlier version ran and this one refuses (a value listed twice): mending it is no way to resume.
    const refused = refusedStoredPlanIssues(stored);
    const refusal = refused.length > 0 ? storedPlanRefusal(refused, recordedVersion(out), options.version) : undefined;
    const why = refusal ? `; neither resumes it: the plan it began with ${refusal.problem}; ${refusal.finish}, or run this plan into a new --out folder` : '; resume with the same plan, or use a new --out folder';
    throw new InputError([{ path: '--resume', value: out, message: `the plan in ${planPath} differs from this plan (${difference})${why}` }], 'command line');
  }
  if (!options.resume && existsSync(join(out, 'runs.csv'))) {
    // --resume continues a sweep of this plan only: beside another plan's sweep it would be refused, so it is not offered.
    const held = heldPlanDifference(out, plan, values);
    // A shard's folder is resumed with its --shard only: said with --resume, which alone would be refused.
    const shard = existsSync(join(out, 'sweep.json')) ? shardResumeMismatch(out, heldStatus(join(out, 'sweep.json'))?.shard, options.shard) : undefined;
    // A plan.json this version cannot read: --resume would be refused for it, as said here.
    const unreadable = held === undefined && existsSync(planPath) ? unreadablePlan(planPath) : undefined;
    // Runs and no plan.json: --resume would be refused too (the runs cannot be checked against the plan), as said here.
    const planless = held === undefined && !existsSync(planPath) && finishedLines(readFileSync(join(out, 'runs.csv'), 'utf8')).length > 0;
    const instead =
      held?.same === false
        ? `; choose another folder (--resume continues a sweep only with the plan it began with, and this one differs: ${held.difference})`
        : unreadable
          ? `, which --resume would not continue: ${unreadable.issues[0].message}`
          : planless
            ? `, which --resume would not continue: its runs are there but ${noPlanFor(planPath)}`
            : `; add --resume to continue it${shard === undefined ? '' : ` (${shard})`}, or choose another folder`;
    throw new InputError([{ path: '--out', value: out, message: `${out} already holds a sweep (runs.csv)${instead}` }], 'command line');
  }
  let previous: ReturnType<typeof readSweepStatus> | undefined;
  try {
    previous = existsSync(join(out, 'sweep.json')) ? readSweepStatus(join(out, 'sweep.json')) : undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([{ ...error.issues[0], message: `${error.issues[0].message}; remove it and resume again (a resume writes it anew, and checks the runs against the plan)` }], error.subject);
  }
  const shardMismatch = options.resume && previous ? shardResumeMismatch(out, previous.shard, options.shard) : undefined;
  if (shardMismatch) throw new InputError([{ path: '--shard', value: options.shard ? `${options.shard.index}/${options.shard.count}` : undefined, message: shardMismatch }], 'command line');
  // Resuming: the rows already there must be this plan's runs (read before anything is written).
  const text = options.resume && existsSync(runsPath) ? readFileSync(runsPath, 'utf8') : '';
  if (stored === undefined && finishedLines(text).length > 0) {
    throw new InputError([{ path: '--resume', value: out, message: `${out} holds runs (runs.csv) but ${noPlanFor(planPath)}` }], 'sweep folder');
  }
  const refuse = (message: string): never => {
    throw new InputError([{ path: '--resume', value: runsPath, message: `${message}; resume with the plan that wrote these runs, or run this plan into a new --out folder` }], 'sweep folder');
  };
  const { done, header: found, recordsDraws } = checkedRuns(text, runsPath, plan, values, options.shard, refuse);
  const hasHeader = found !== undefined;
  // Rows with their draws after rows without them would leave a file no header describes.
  // The same decision analyze and report advise by (bin/resumeRefusal.ts).
  const refusal = resumeRefusal(recordsDraws, done.size, previous?.cfsim, options.version);
  if (refusal?.kind === 'undrawn') {
    const began = previous?.cfsim === undefined ? 'the version that began it (before 0.23.0)' : `cfsim ${previous.cfsim}, which began it`;
    throw new InputError([{ path: '--resume', value: runsPath, message: `${runsPath} was written by CFSim before 0.23.0, which did not record the values its runs drew (set.uncertainty), and this version's rows would add columns its header lacks; finish the sweep with ${began}, or run the plan into a new --out folder` }], 'sweep folder');
  }
  // Another version's model may give other results for the same plan and seed: one study, one version.
  if (refusal?.kind === 'version') {
    throw new InputError([{ path: '--resume', value: out, message: `${out}'s runs were made by cfsim ${previous!.cfsim} (sweep.json) and this is cfsim ${options.version}, whose results may differ for the same plan and seed; resuming would mix the two in one study. Finish it with cfsim ${previous!.cfsim}, or run the plan into a new --out folder` }], 'sweep folder');
  }
  const total = values.length * plan.reps;
  const owned = ownedRunCount(total, options.shard);
  const todoCount = owned - [...done].filter((run) => run < total && (!options.shard || run % options.shard.count === options.shard.index)).length;
  // A resume of a complete sweep adds and changes no row: the folder is left as it is (its analysis, report and figures
  // too, and no session is added), writable or not, as run and compare leave complete results.
  if (todoCount === 0 && hasHeader && previous?.status === 'complete') return { status: 'complete', runs: owned, completed: done.size, failures: countFailures(runsPath), untouched: true };
  if (options.unwritable) throw new InputError([...options.unwritable], 'command line');
  // Said once every check has passed: a --resume with nothing to resume starts afresh (as a Slurm task's first run does), and --out may have a typo.
  if (options.resume && !existsSync(runsPath)) writeReadable(process.stderr, `cfsim: nothing to resume in ${out} (no runs.csv there): starting the sweep from its first run\n`);
  writeFileAtomically(planPath, document);
  if (text.length > 0) {
    const bytes = readFileSync(runsPath);
    const end = finishedByteLength(bytes);
    if (end < bytes.length) truncateSync(runsPath, end); // an unfinished row is dropped; that run runs again
  }

  const drawn = planDrawnFields(plan, values);
  const header = runsHeader(plan, drawn);
  // Runs are handed out one at a time (a run list would not fit memory for the largest plans).
  const todo = (function* () {
    for (const run of ownedRuns(total, options.shard)) if (!done.has(run)) yield run;
  })();
  const lanes = Math.max(1, Math.min(options.threads, todoCount));
  // A resume adds its session to those that wrote the runs already there. One still "running" was killed outright (since
  // 0.42.0 recorded as "killed", its end unknown; the last counting the rows this resume found, which it may not have said).
  const earlierSessions = options.resume ? killedSweepSessions(previous?.sessions ?? [], done.size, left) : [];
  const startedAt = new Date().toISOString();
  const environment = hostEnvironment();
  const runsBefore = done.size;
  // The point analyze --vs chose, kept in sweep.json past the analysis removed below: the next analysis measures from it if the plan has it;
  // and the resamples analyze --bootstrap chose, where the plan's design uses them.
  // Where analysis.json stays, it records the choices: sweep.json keeps no second copy (bin/keptChoices.ts).
  const kept = { ...baselineToKeep(out), ...bootstrapToKeep(out, plan.design) };
  const status = (s: string, extra: Record<string, unknown> = {}) => {
    const session: SweepSession = { cfsim: options.version, command: options.command, environment, threads: todoCount > 0 ? lanes : 0, startedAt, endedAt: s === 'running' ? null : new Date().toISOString(), status: s, runsBefore, completed: done.size };
    writeSweepStatus(out, { cfsim: options.version, plan: plan.name, design: plan.design, status: s, runs: owned, completed: done.size, shard: options.shard ?? null, ...extra, ...kept, sessions: [...earlierSessions, session] });
  };
  const fd = openSync(runsPath, 'a');
  try {
    if (!hasHeader) writeAll(fd, `${headerLine(header)}\n`, runsPath);
    status('running');
    recorded();
    removeDerivedFiles(out);
  } catch (error) {
    closeSync(fd);
    throw error;
  }

  // Runs are taken in increasing order, so their points come in order: each point's scenario is resolved once, and only the latest is kept.
  const scenarioOf = latestOnly((point: number) => pointScenario(plan, values[point]));
  const metricIndex = plan.metrics.map((m) => METRIC_NAMES.indexOf(m));
  const rowOf = (run: number, result: { metrics?: Float64Array; error?: string }, draws: readonly number[] = []) => {
    const point = Math.floor(run / plan.reps);
    const rep = run % plan.reps;
    const cells: (string | number)[] = [run, point, rep, plan.seed, result.error ? 'error' : 'ok', result.error ?? '', ...(values[point] as (string | number)[]).map((v) => (typeof v === 'number' ? v : String(v)))];
    for (const j of metricIndex) cells.push(result.metrics ? result.metrics[j] : '');
    // Every row is as wide as the header: a run that failed before its draws were taken has them empty.
    for (let f = 0; f < drawn.length; f++) cells.push(draws[f] ?? '');
    return `${cells.map(csvCell).join(',')}\n`;
  };

  const progress = new Progress(todoCount, 'runs');
  const pool = new NodeWorkerPool<ReplicationWorker>(new URL('./worker.js', import.meta.url), lanes);
  const finished = new Map<number, { run: number; row: string }>(); // position in todo → its row, waiting for earlier runs
  let written = 0;
  let failed = 0;
  let next = 0;
  let fatal: unknown;
  let writeFailed = false;
  const flush = () => {
    // After a failed write runs.csv may end in a torn row: nothing more is appended to it
    // (--resume drops that row and reruns its run).
    if (writeFailed) return;
    for (let entry = finished.get(written); entry !== undefined; entry = finished.get(written)) {
      try {
        writeAll(fd, entry.row, runsPath);
      } catch (error) {
        writeFailed = true;
        throw error;
      }
      finished.delete(written);
      done.add(entry.run);
      written++;
    }
  };
  // The rows sweep.json counts are durable before it says so (a power loss could bring runs.csv back shorter): one fsync per status, not per run.
  const syncRuns = () => {
    if (!writeFailed) syncFile(fd, runsPath);
  };
  const signals = new StopSignals(() => void pool.terminate());
  const lane = async () => {
    while (signals.signal === undefined && fatal === undefined) {
      const taken = todo.next();
      if (taken.done) return;
      const position = next++;
      const run = taken.value;
      const point = Math.floor(run / plan.reps);
      let draws: number[] = [];
      try {
        const request = { scenario: scenarioOf(point), seed: plan.seed, point: streamPoint(plan, point), firstRep: run % plan.reps, reps: 1, metricsOnly: true };
        // The values the run draws, from its stream key as its worker draws them (recorded for a failed run too).
        if (drawn.length > 0) draws = runDraws(plan, request.scenario, point, request.firstRep);
        const result = (await pool.run((api) => api.runChunk(request) as Promise<ChunkResult>)) as ChunkResult;
        finished.set(position, { run, row: rowOf(run, { metrics: result.metrics }, draws) });
      } catch (error) {
        if (signals.signal !== undefined) return;
        if (error instanceof WorkerFailure) {
          // A dead thread: stop; --resume continues from the last written run.
          fatal ??= new WorkerFailure(`${error.message} while running run ${run} (point ${point}, replication ${run % plan.reps}, seed ${plan.seed})`);
          void pool.terminate();
          return;
        }
        failed++;
        finished.set(position, { run, row: rowOf(run, { error: (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ') }, draws) });
      }
      flush();
      progress.update(written, failed > 0 ? `${failed} failed` : '');
      // sweep.json says how far a running sweep is (a batch job shows no progress bar), at most every STATUS_EVERY_MS.
      if (Date.now() - statusAt >= STATUS_EVERY_MS) {
        statusAt = Date.now();
        syncRuns();
        status('running', { failures: failedBefore + failed });
      }
    }
  };
  let statusAt = Date.now();
  // Failed runs a resumed sweep's runs.csv already holds (not rerun), for the running status's count.
  const failedBefore = hasHeader ? countFailures(runsPath) : 0;
  try {
    await Promise.all(Array.from({ length: lanes }, lane)).catch((error: unknown) => {
      fatal ??= error; // writing a row failed (a full disk, say)
      void pool.terminate();
    });
  } finally {
    progress.finish();
    await pool.terminate();
  }
  try {
    try {
      flush();
      syncRuns();
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    fatal ??= error;
  }
  try {
    const failuresTotal = countFailures(runsPath);
    const final = fatal !== undefined ? 'failed' : signals.signal !== undefined ? 'interrupted' : 'complete';
    try {
      status(final, { failures: failuresTotal });
    } catch (error) {
      fatal ??= error;
    }
    if (fatal !== undefined) throw fatal;
    return { status: final, runs: owned, completed: done.size, failures: failuresTotal, signal: signals.signal };
  } finally {
    signals.release();
  }
}

function countFailures(path: string): number {
  return finishedLines(readFileSync(path, 'utf8')).filter(isFailedRow).length;
}
