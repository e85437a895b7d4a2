import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { shellWords } from '../viz/report/shellWords';
import { quotedIfNeeded } from './commandLine';

// What a sweep folder's sweep.json records of the command that began it, so that a message given the folder where a
// plan belongs can name the plan and the command that continues the sweep.

/** sweep's flags that take the argument after them as their value (the others are switches). */
const VALUE_FLAGS = ['--out', '--threads', '--shard', '--emit', '--shards'];

interface BegunSweep {
  /** The plan file as the first session named it, as a path from this working folder. */
  readonly plan: string;
  readonly status: string | undefined;
  readonly shard: { index: number; count: number } | undefined;
}

/** The sweep a folder holds as its first session began it, where that was a `cfsim sweep` whose plan file is still there; else undefined. */
function begunSweep(folder: string): BegunSweep | undefined {
  let recorded: { status?: unknown; shard?: unknown; sessions?: { command?: unknown; environment?: { cwd?: unknown } }[] };
  try {
    recorded = JSON.parse(readFileSync(join(folder, 'sweep.json'), 'utf8')) as typeof recorded;
  } catch {
    return undefined;
  }
  const first = Array.isArray(recorded?.sessions) ? recorded.sessions[0] : undefined;
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
  const shard = recorded.shard as { index?: unknown; count?: unknown } | null | undefined;
  return {
    // Relative where the file is below this folder (`a.yaml`), else whole.
    plan: fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere,
    status: typeof recorded.status === 'string' ? recorded.status : undefined,
    shard: typeof shard?.index === 'number' && typeof shard.count === 'number' ? { index: shard.index, count: shard.count } : undefined,
  };
}

/** The plan file a sweep folder's sweep was begun from, as a path from here, where the file is still there; else undefined. */
export function recordedSweepPlan(folder: string): string | undefined {
  return begunSweep(folder)?.plan;
}

/**
 * The command that continues the unfinished sweep in `folder` (as given): its plan file, the folder as --out, its shard,
 * and --resume; undefined where the sweep is complete, or its plan file is not known or no longer there.
 */
export function resumeCommand(folder: string): string | undefined {
  const sweep = begunSweep(folder);
  if (sweep === undefined || sweep.status === 'complete') return undefined;
  const shard = sweep.shard ? ['--shard', `${sweep.shard.index}/${sweep.shard.count}`] : [];
  return ['cfsim', 'sweep', sweep.plan, '--out', folder, ...shard, '--resume'].map(quotedIfNeeded).join(' ');
}
