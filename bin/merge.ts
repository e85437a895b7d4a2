import { existsSync, readFileSync } from 'node:fs';
import { lockFolder } from './folderLock';
import { VERSION } from './version';
import { writeFileAtomically } from './outputFiles';
import { join } from 'node:path';
import { InputError } from '../sim/params/issues';
import { parseCsvLine } from '../sim/io/csv';
import { finishedLines, isFailedRow, removeDerivedFiles, runIdOf, writeSweepStatus } from './sweep';

/**
 * `cfsim merge OUT SHARD_DIR...`: combines shard outputs into one sweep folder identical to an
 * unsharded run (same plan.json, runs.csv rows in run order). Refuses shards of different plans,
 * duplicated runs, and (unless `allowPartial`) missing runs.
 */
export function mergeShards(out: string, shards: readonly string[], allowPartial = false): { runs: number; missing: number } {
  if (shards.length === 0) throw new InputError([{ path: 'SHARD_DIR', value: shards, message: 'name at least one shard folder to merge' }], 'command line');
  let plan: string | undefined;
  let header: string | undefined;
  const rows = new Map<number, string>();
  for (const dir of shards) {
    const planPath = join(dir, 'plan.json');
    const runsPath = join(dir, 'runs.csv');
    if (!existsSync(planPath) || !existsSync(runsPath)) throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${dir} is not a sweep folder (no plan.json and runs.csv)` }], 'command line');
    const text = readFileSync(planPath, 'utf8');
    if (plan !== undefined && text !== plan) throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${dir} comes from a different plan than ${shards[0]}` }], 'command line');
    plan = text;
    const complete = finishedLines(readFileSync(runsPath, 'utf8'));
    if (complete.length === 0) continue; // a shard stopped before its header: no runs
    header ??= complete[0];
    const width = parseCsvLine(complete[0]).length;
    for (const line of complete.slice(1)) {
      if (line === header) continue;
      const run = runIdOf(line, width);
      if (run === undefined) throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${dir}/runs.csv has a malformed row: ${JSON.stringify(line.slice(0, 80))}` }], 'command line');
      if (rows.has(run)) throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `run ${run} appears in more than one shard` }], 'command line');
      rows.set(run, line);
    }
  }
  const parsed = JSON.parse(plan as string) as { plan: { reps: number }; points: unknown[] };
  const total = parsed.points.length * parsed.plan.reps;
  const outside = [...rows.keys()].find((r) => r >= total);
  if (outside !== undefined) throw new InputError([{ path: 'SHARD_DIR', value: shards, message: `run ${outside} is outside this plan's ${total} runs` }], 'command line');
  const missing = total - rows.size;
  if (missing > 0 && !allowPartial) {
    const first = Array.from({ length: total }, (_, r) => r).find((r) => !rows.has(r));
    throw new InputError([{ path: 'SHARD_DIR', value: shards, message: `${missing} of ${total} runs are missing (first: run ${first}); finish or resume the shards, or pass --allow-partial` }], 'command line');
  }
  const release = lockFolder(out, 'OUT', 'cfsim merge');
  try {
    const write = (name: string, text: string) => writeFileAtomically(join(out, name), text);
    const planOf = JSON.parse(plan as string) as { plan: { name: string; design: string } };
    const status = (s: string, extra: Record<string, unknown> = {}) =>
      writeSweepStatus(out, { cfsim: VERSION, plan: planOf.plan.name, design: planOf.plan.design, status: s, runs: total, completed: rows.size, shard: null, ...extra, mergedFrom: shards });
    // Marked as running first: a merge that fails half-way never leaves an older "complete" beside new files.
    status('running');
    removeDerivedFiles(out);
    write('plan.json', plan as string);
    const ordered = [...rows.keys()].sort((a, b) => a - b).map((r) => rows.get(r));
    write('runs.csv', `${[header, ...ordered].join('\n')}\n`);
    const failures = ordered.filter((l) => isFailedRow(l as string)).length;
    status(missing > 0 ? 'partial' : 'complete', { failures });
    return { runs: rows.size, missing };
  } finally {
    release();
  }
}
