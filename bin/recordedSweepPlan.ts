import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../sim/params/issues';
import { resolvePlan } from '../scenarios/plan';
import { shellWords } from '../viz/report/shellWords';
import { quotedIfNeeded } from './commandLine';
import { readPlanFile } from './planFile';
import { folderLock } from './folderLock';
import { heartbeatWords } from '../scenarios/lockHeartbeat';
import { heldPlanDifference, type Shard } from './sweep';
import { VALUE_FLAGS } from './sweepValueFlags';

// What a sweep folder's sweep.json records of the command that began it, so that a message given the folder where a
// plan belongs can name the plan and the command that continues the sweep.

interface BegunSweep {
  /** The plan file as the first session named it, as a path from this working folder. */
  readonly plan: string;
  readonly status: string | undefined;
  readonly shard: Shard | undefined;
}

type Recorded = { status?: unknown; shard?: unknown; sessions?: { command?: unknown; environment?: { cwd?: unknown } }[] };

/** A sweep folder's sweep.json as far as read here, or undefined where there is none to read. */
function recordOf(folder: string): Recorded | undefined {
  try {
    const recorded: unknown = JSON.parse(readFileSync(join(folder, 'sweep.json'), 'utf8'));
    return typeof recorded === 'object' && recorded !== null ? (recorded as Recorded) : undefined;
  } catch {
    return undefined;
  }
}

/** The shard a sweep folder holds, as its sweep.json records it; undefined for a whole sweep, or none recorded. */
export function recordedShard(folder: string): Shard | undefined {
  const shard = recordOf(folder)?.shard as { index?: unknown; count?: unknown } | null | undefined;
  return typeof shard?.index === 'number' && typeof shard.count === 'number' ? { index: shard.index, count: shard.count } : undefined;
}

/**
 * Whether the sweep in `folder` is one of the plan in the file `plan`, as --resume compares them (by content: a copy of
 * the file, or the file moved, is the same plan; the file edited since is not); undefined where either cannot be read.
 */
export function isSweepOfPlanFile(folder: string, plan: string): boolean | undefined {
  try {
    return heldPlanDifference(folder, resolvePlan(readPlanFile(plan)))?.same;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

/** The sweep a folder holds as its first session began it, where that was a `cfsim sweep` whose plan file is still there; else undefined. */
function begunSweep(folder: string): BegunSweep | undefined {
  const recorded = recordOf(folder);
  if (recorded === undefined) return undefined;
  const first = Array.isArray(recorded.sessions) ? recorded.sessions[0] : undefined;
  if (typeof first?.command !== 'string') return undefined;
  const words = shellWords(first.command);
  // A merged folder's first session is the merge.
  if (words[0] !== 'cfsim' || words[1] !== 'sweep') return undefined;
  const positional = words.slice(2).filter((w, i, all) => !w.startsWith('-') && !VALUE_FLAGS.includes(all[i - 1] ?? ''));
  if (positional.length !== 1) return undefined;
  const cwd = typeof first.environment?.cwd === 'string' ? first.environment.cwd : '.';
  const path = resolve(cwd, positional[0]);
  if (!existsSync(path)) return undefined;
  const fromHere = relative(process.cwd(), path);
  return {
    // From this folder where that is shorter (`a.yaml`, `../a.yaml`), else whole (and on another drive, where there is no relative path).
    plan: fromHere === '' || isAbsolute(fromHere) || fromHere.length >= path.length ? path : fromHere,
    status: typeof recorded.status === 'string' ? recorded.status : undefined,
    shard: recordedShard(folder),
  };
}

/** The plan file a sweep folder's sweep was begun from, as a path from here, where the file is still there; else undefined. */
export function recordedSweepPlan(folder: string): string | undefined {
  return begunSweep(folder)?.plan;
}

/**
 * What continues the unfinished sweep in `folder` (as given): while a live process holds the folder's lock, nothing (a
 * sweep is running there now, said so); else the command that resumes it (its plan file, the folder as --out, its shard,
 * and --resume), said so. Undefined where the sweep is complete, or its plan file is not known, no longer there or no
 * longer its plan; `running` where a sweep holds the lock. (A sweep killed outright leaves `running` in sweep.json and a stale lock: it is offered --resume.)
 */
export function sweepContinuation(folder: string): { readonly text: string; readonly running: boolean } | undefined {
  const sweep = begunSweep(folder);
  if (sweep === undefined || sweep.status === 'complete') return undefined;
  const lock = folderLock(folder);
  if (lock?.live) {
    const who = `a sweep${lock.holder ? `, process ${lock.holder.pid} on ${lock.holder.host},` : ''}`;
    // Only a process of this host is looked up; another host's is judged by its lock's heartbeat, and said so.
    if (lock.lookedUp) return { text: `${who} is running there now`, running: true };
    return { text: `${who} holds its lock, ${heartbeatWords({ ageMs: lock.ageMs, sameHostName: lock.sameHostName })}, when a --resume may take the folder over`, running: true };
  }
  if (isSweepOfPlanFile(folder, sweep.plan) !== true) return undefined;
  const shard = sweep.shard ? ['--shard', `${sweep.shard.index}/${sweep.shard.count}`] : [];
  return { text: `${['cfsim', 'sweep', sweep.plan, '--out', folder, ...shard, '--resume'].map(quotedIfNeeded).join(' ')} continues it`, running: false };
}

/**
 * The plan file that resumes the sweep in `folder`, as a word of a command: the file its sweep.json records, where it is
 * still there and still the folder's plan (as --resume compares them); else `PLAN`, for the user to name.
 */
export function resumePlanWord(folder: string): string {
  const plan = recordedSweepPlan(folder);
  return plan !== undefined && isSweepOfPlanFile(folder, plan) === true ? quotedIfNeeded(plan) : 'PLAN';
}
