import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { InputIssue } from '../sim/params/issues';
import { LOCK_FILE } from './folderLock';

// Which results a folder holds, told by the files that mark it. Every command that writes or
// reads a results folder asks here, so they agree on what a run's or a sweep's folder is and
// say so in the same words.

/** What `run` and `compare` write (their CSV files and report are no sweep's). */
const RUN_MARKERS = ['manifest.json'] as const;
/** What `sweep` and `merge` write. */
const SWEEP_MARKERS = ['sweep.json', 'runs.csv', 'plan.json'] as const;

export type ResultsKind = 'run' | 'sweep';
const HOLDS: Record<ResultsKind, string> = { run: 'the results of a run', sweep: 'a sweep' };

/** The kind of results `dir` holds and the first file that says so, or undefined if it holds neither. */
export function heldResults(dir: string): { kind: ResultsKind; marker: string } | undefined {
  const run = RUN_MARKERS.find((name) => existsSync(join(dir, name)));
  if (run !== undefined) return { kind: 'run', marker: run };
  const sweep = SWEEP_MARKERS.find((name) => existsSync(join(dir, name)));
  return sweep === undefined ? undefined : { kind: 'sweep', marker: sweep };
}

/** The first file marking `dir` as a results folder, or one being written (its lock), or undefined if it is neither. */
export function resultsMarker(dir: string): string | undefined {
  return heldResults(dir)?.marker ?? (existsSync(join(dir, LOCK_FILE)) ? LOCK_FILE : undefined);
}

/**
 * The problem with writing `own` results into `dir` (given as `flag`) when it holds results of
 * the other kind, whose files they would mix with; `instead` says what to do.
 */
export function otherKindIssue(flag: string, dir: string, own: ResultsKind, instead: string): InputIssue | undefined {
  const held = heldResults(dir);
  if (held === undefined || held.kind === own) return undefined;
  return { path: flag, value: dir, message: `${dir} holds ${HOLDS[held.kind]} (${held.marker}); ${instead}` };
}

/**
 * The problem with writing `kind` results into `dir` (given as `flag`) when it holds files of the
 * names those results replace or remove (`names`) but no earlier results of that kind: they are
 * someone's own files (a plan, a report, a web project's manifest.json), not results to replace.
 */
export function foreignFilesIssue(flag: string, dir: string, kind: ResultsKind, names: readonly string[]): InputIssue | undefined {
  if (!existsSync(dir) || holdsOwnResults(dir, kind)) return undefined;
  const found = names.filter((name) => existsSync(join(dir, name)));
  if (found.length === 0) return undefined;
  const what = kind === 'run' ? "a run's manifest.json written by cfsim" : "a sweep's sweep.json or runs.csv";
  return {
    path: flag,
    value: dir,
    message: `${dir} holds ${found.join(', ')}, which ${kind === 'run' ? 'this run' : 'this sweep'} would replace or remove, and no earlier results to replace (${what}); write the results into a new or empty folder`,
  };
}

/** Whether `dir` holds results of `kind` that cfsim wrote: a run's manifest (with its cfsim version), or a sweep's status or runs, or the lock of a cfsim process (one killed before it wrote them). */
function holdsOwnResults(dir: string, kind: ResultsKind): boolean {
  if (existsSync(join(dir, LOCK_FILE))) return true;
  if (kind === 'sweep') return existsSync(join(dir, 'sweep.json')) || existsSync(join(dir, 'runs.csv'));
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && typeof (manifest as { cfsim?: unknown }).cfsim === 'string';
  } catch {
    return false;
  }
}

/** Whether `dir` holds a sweep that can be read: its plan and its runs, and no run's results. */
export function isSweepFolder(dir: string): boolean {
  return heldResults(dir)?.kind === 'sweep' && existsSync(join(dir, 'plan.json')) && existsSync(join(dir, 'runs.csv'));
}

/**
 * The problem with reading `dir` (given as `flag`) as a folder of results when it is no folder at
 * all: it does not exist, or it is a file. `what` is what it should be ("a sweep folder"), `hint`
 * how to write one.
 */
export function noFolderIssue(flag: string, dir: string, what: string, hint = ''): InputIssue | undefined {
  if (!existsSync(dir)) return { path: flag, value: dir, message: `${dir} does not exist${hint}` };
  if (!statSync(dir).isDirectory()) return { path: flag, value: dir, message: `${dir} is a file, not ${what}${hint}` };
  return undefined;
}

/** The problem with reading `dir` (given as `flag`) as a sweep's folder when it is not one; `hint` (how to write one) follows unless it holds a run's results. */
export function notSweepIssue(flag: string, dir: string, hint = ''): InputIssue | undefined {
  if (isSweepFolder(dir)) return undefined;
  // Writing a sweep to where a file is would be refused: the hint is for a folder yet to be written.
  const none = noFolderIssue(flag, dir, 'a sweep folder', existsSync(dir) ? '' : hint);
  if (none) return none;
  const held = heldResults(dir);
  const what = held?.kind === 'run' ? `holds ${HOLDS.run} (${held.marker}), not a sweep` : `is not a sweep folder (no plan.json and runs.csv)${hint}`;
  return { path: flag, value: dir, message: `${dir} ${what}` };
}

/** The files a run's or a sweep's folder keeps its results in: a report never takes their names. */
const DATA_FILES = ['manifest.json', 'summary.json', 'replications.csv', 'uncertainty.csv', 'timeseries.csv', 'workers.csv', 'separations.csv', 'sweep.json', 'runs.csv', 'plan.json', 'analysis.json', LOCK_FILE];

/**
 * The problem with writing a report into `folder` when it, or any folder holding it (as a results
 * folder holds `figures/`), holds results other than `own` (the results the report describes,
 * if they have a folder yet): the report would sit beside results it does not describe, or
 * replace theirs. With `file`, the report's own file name, a name the results' data files use
 * is refused too, in any folder: the report would replace the data it describes.
 */
export function otherResultsIssue(flag: string, value: string, folder: string, own: string | undefined, file?: string): InputIssue | undefined {
  const named = file === undefined ? undefined : dataFileNameIssue(flag, value, file, 'report.html');
  if (named) return named;
  const near = [resolve(folder), dirname(resolve(folder))];
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    if (own !== undefined && resolve(own) === dir) return undefined;
    const held = heldResults(dir);
    const marker = held?.marker ?? (existsSync(join(dir, LOCK_FILE)) ? LOCK_FILE : undefined);
    // Further up, only a folder cfsim plainly wrote counts: a project folder may well hold a runs.csv or plan.json of its own.
    if (marker !== undefined && (near.includes(dir) || writtenByCfsim(dir))) {
      const itself = dir === resolve(folder);
      const replace = flag === '--report' && itself && held?.kind === 'run' ? `, or give --out ${folder} to replace those results` : '';
      const where = itself ? `${folder} holds` : `${folder} is inside ${dir}, which holds`;
      return { path: flag, value, message: `${where} other results (${marker}) that this report does not describe; write it elsewhere${replace}` };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The problem with writing a document to `file` (given as `value` for `flag`) when its name is one
 * a results folder keeps its data in: it would replace that data wherever it is. `instead` is a
 * name to suggest, `what` the document in words.
 */
export function dataFileNameIssue(flag: string, value: string, file: string, instead: string, what = 'the report'): InputIssue | undefined {
  if (!DATA_FILES.includes(basename(file))) return undefined;
  return { path: flag, value, message: `${basename(file)} is the name of a results data file; ${what} would replace it; name ${what} another file (e.g. ${instead})` };
}

/** Whether `dir` holds what only cfsim writes together: a run's manifest and summary, a sweep's status, or a lock. */
function writtenByCfsim(dir: string): boolean {
  return (existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'summary.json'))) || existsSync(join(dir, 'sweep.json')) || existsSync(join(dir, LOCK_FILE));
}
