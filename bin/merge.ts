import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { lockFolder } from './folderLock';
import { heldResults, notSweepIssue, otherKindIssue } from './resultsMarker';
import { VERSION } from './version';
import { writeFileAtomically } from './outputFiles';
import { basename, dirname, join, resolve } from 'node:path';
import { hostname } from 'node:os';
import { InputError, type InputIssue } from '../sim/params/issues';
import { parseCsvLine } from '../sim/io/csv';
import { planDesign, recordedPlanDesign } from '../scenarios/planDesign';
import { resolveStoredPlan, type Plan } from '../scenarios/plan';
import { commandWord, writerName } from '../scenarios/sweepAnalysis';
import { liveWriter } from './analyze';
import { andList } from '../sim/text/andList';
import { planDifference, withoutBaseFileName } from './planDifference';
import { checkedRuns, currentPlanText, finishedLines, isFailedRow, ownedRunCount, readSweepStatus, removeDerivedFiles, runIdOf, runsHeaderLines, writeSweepStatus } from './sweep';
import { hostEnvironment } from './provenance';
import { mergedChoices } from './mergedChoices';
import { keptBesideAnalysis } from './keptChoices';
import { pointWithValues } from './recordedBaseline';
import { shardResumeRefusal, type resumeRefusal } from './resumeRefusal';
import type { MergedShard, SweepSession } from '../scenarios/sweepAnalysis';

/**
 * `cfsim merge OUT SHARD_DIR...`: combines shard outputs into one sweep folder identical to an
 * unsharded run (same plan.json, runs.csv rows in run order). Refuses shards of different plans,
 * duplicated runs, and (unless `allowPartial`) missing runs.
 */
export function mergeShards(out: string, shards: readonly string[], allowPartial: boolean, command: string): { runs: number; missing: number; notes: string[] } {
  const notes: string[] = [];
  if (shards.length === 0) throw new InputError([{ path: 'SHARD_DIR', value: shards, message: 'name at least one shard folder to merge' }], 'command line');
  const neverRun = absentShardsIssue(out, shards);
  if (neverRun) throw new InputError([neverRun], 'command line');
  const notShards = shards.map((dir) => notSweepIssue('SHARD_DIR', dir)).filter((issue) => issue !== undefined);
  if (notShards.length > 0) throw new InputError(notShards, 'command line');
  refuseShardFolders(out, shards);
  // A shard still being written on this machine would be merged as it is now, and the advice for
  // its missing runs (resume it) would be refused by its lock. Only here is its process known to
  // run: another host's lock is judged by its age, and one a killed task left (a time limit, out of
  // memory) looks live for minutes, which must not stop a merge job from merging what is there. So is
  // one of this host's name but another boot or pid namespace (a container): its writer has a heartbeat age.
  const live = shards.flatMap((dir) => {
    const writer = liveWriter(dir);
    return writer && writer.host === hostname() && writer.heartbeatAgeMs === undefined ? [{ path: 'SHARD_DIR', value: dir, message: `${dir} is still being written by ${writerName(writer)}; merge once it finishes (its runs so far are not all of its shard)` }] : [];
  });
  if (live.length > 0) throw new InputError(live, 'command line');
  refuseRunFolder(out);
  let plan: string | undefined;
  let header: string | undefined;
  let width = 0;
  let design: { plan: Plan; values: readonly (readonly unknown[])[] } | undefined;
  const rows = new Map<number, { line: string; shard: string }>();
  const held = new Map<string, number>(); // runs per shard folder
  let recordsDraws = true; // the shards' header's, one for all of them (checked below)
  const version = shardsVersion(shards);
  // Advice to resume a shard names the version that can: this one refuses another's runs, and a
  // shard it resumed (even one without runs) would be this version's, which merge takes with no other's.
  const refusal = (has: number): ReturnType<typeof resumeRefusal> => shardResumeRefusal(recordsDraws, has, version, VERSION, `merge takes the shards of one version, and these are CFSim ${version}'s`);
  for (const dir of shards) {
    const runsPath = join(dir, 'runs.csv');
    const text = currentPlanText(join(dir, 'plan.json'));
    // Shards run with the file named otherwise (./team.yaml) but the same content are one plan's: the first shard's name is kept.
    if (plan !== undefined && text !== plan && withoutBaseFileName(text) !== withoutBaseFileName(plan)) {
      const difference = planDifference(JSON.parse(plan), JSON.parse(text), join(shards[0], 'plan.json'), join(dir, 'plan.json'));
      throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${dir} comes from a different plan than ${shards[0]} (${difference}); merge only the shards of one plan, each run with the same plan file` }], 'command line');
    }
    plan ??= text;
    if (design === undefined) {
      const document = JSON.parse(text) as { plan: unknown; points: unknown };
      const stored = resolveStoredPlan(document.plan);
      // A sweep begun before its values were rounded clean (recordedPlanDesign): its rows hold the values its plan.json lists.
      design = { plan: stored, values: (recordedPlanDesign(stored, document.points) ?? planDesign(stored)).values };
    }
    // The rows are checked as a resume checks them (checkedRuns): this plan's header, each row a run
    // of this plan with its values, undamaged, once, and, in a shard's folder, a run of that shard.
    const shard = shardOf(dir);
    const refuse = (message: string): never => {
      throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${message}; merge only shards written by cfsim sweep with this plan (resume a damaged shard into a new folder, or restore the rows cfsim wrote)` }], 'command line');
    };
    const checked = checkedRuns(readFileSync(runsPath, 'utf8'), runsPath, design.plan, design.values, shard, refuse);
    if (checked.header === undefined) {
      const resume = shard ? resumeAdvice(dir, shard, refusal(0)).text : `resume it (cfsim sweep PLAN --out ${commandWord(dir)} --shard I/N --resume)`;
      throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${runsPath} has no complete header line (the shard stopped before or while writing it); ${resume}, or leave it out and pass --allow-partial` }], 'command line');
    }
    // The merged runs.csv has the shards' header: this plan's, with its draws recorded or, where CFSim before 0.23.0 wrote the shards, without.
    if (header === undefined) {
      header = checked.header;
      recordsDraws = checked.recordsDraws;
      width = parseCsvLine(header).length;
    } else if (checked.header !== header) {
      const older = checked.recordsDraws ? shards[0] : dir;
      throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${runsPath}'s header ${checked.recordsDraws ? 'records' : 'does not record'} the values its runs drew (drawn:PATH columns) and ${join(shards[0], 'runs.csv')}'s ${checked.recordsDraws ? 'does not' : 'does'}: CFSim before 0.23.0 did not record them, so the shards come from different versions; run ${older} again with this version (cfsim sweep PLAN --out NEW_DIR --shard I/N), or merge only shards of one version` }], 'command line');
    }
    for (const line of checked.rows) {
      const run = runIdOf(line, width) as number;
      const earlier = rows.get(run);
      if (earlier) throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `run ${run} appears in more than one shard: ${earlier.shard} and ${dir}` }], 'command line');
      rows.set(run, { line, shard: dir });
      held.set(dir, (held.get(dir) ?? 0) + 1);
    }
  }
  if (header === undefined) throw new Error('merge: no shard folders given'); // each shard has a header or was refused above
  const parsed = JSON.parse(plan as string) as { plan: { name: string; design: string; reps: number }; points: unknown[] };
  const total = parsed.points.length * parsed.plan.reps;
  const outside = [...rows.keys()].find((r) => r >= total);
  if (outside !== undefined) throw new InputError([{ path: 'SHARD_DIR', value: rows.get(outside)?.shard, message: `run ${outside} is outside this plan's ${total} runs` }], 'command line');
  const missing = total - rows.size;
  if (missing > 0 && !allowPartial) {
    let first = 0;
    while (rows.has(first)) first++;
    throw new InputError([{ path: 'SHARD_DIR', value: shards, message: `the shards named (${shards.join(', ')}) hold ${rows.size} of the plan's ${total} runs: ${missing} ${missing === 1 ? 'is' : 'are'} missing (first: run ${first}); ${missingShards(out, shards, held, total, refusal, version)}, or pass --allow-partial to merge what is there` }], 'command line');
  }
  refuseOtherSweep(out, plan as string);
  // Merging again: the name OUT's plan.json gives the scenario file stays, whichever shard comes first.
  const heldPlan = heldPlanText(out);
  if (heldPlan !== undefined && withoutBaseFileName(heldPlan) === withoutBaseFileName(plan as string)) plan = heldPlan;
  const headers = runsHeaderLines(design!.plan, design!.values);
  refuseDroppedRuns(out, headers, rows);
  const release = lockFolder(out, 'OUT', 'cfsim merge');
  try {
    refuseRunFolder(out); // again, now that no run can start writing it
    refuseOtherSweep(out, plan as string);
    refuseDroppedRuns(out, headers, rows);
    const write = (name: string, text: string) => writeFileAtomically(join(out, name), text);
    const startedAt = new Date().toISOString();
    const environment = hostEnvironment();
    const mergedShards = shardProvenance(shards);
    // The merge is the one command that wrote this runs.csv; the shards' own sessions say where their runs ran.
    // Merging again: the point analyze --vs chose for OUT, and the resamples --bootstrap chose, stay in sweep.json past the analysis removed below;
    // a first merge takes those the shards' analyses agree on.
    const ordered = [...rows.keys()].sort((a, b) => a - b).map((r) => (rows.get(r) as { line: string }).line);
    const runsText = `${[header, ...ordered].join('\n')}\n`;
    const final = missing > 0 ? 'partial' : 'complete';
    // Merging again with no new run (the same rows, plan and status) keeps the analysis, report and figures made from them.
    const unchanged = sameText(join(out, 'runs.csv'), runsText) && sameText(join(out, 'plan.json'), plan as string) && previousStatus(out) === final;
    // Where analysis.json stays, it records the choices: sweep.json keeps no second copy (bin/keptChoices.ts).
    const besideAnalysis = unchanged ? keptBesideAnalysis(out) : undefined;
    const merged = besideAnalysis ? { kept: besideAnalysis, notes: [] } : mergedChoices(out, shards, parsed.plan.design, (values) => pointWithValues(values, design!.plan, design!.values));
    const kept = merged.kept;
    notes.push(...merged.notes);
    const status = (s: string, extra: Record<string, unknown> = {}) => {
      const session: SweepSession = { cfsim: VERSION, command, environment, startedAt, endedAt: s === 'running' ? null : new Date().toISOString(), status: s, completed: rows.size };
      writeSweepStatus(out, { cfsim: version ?? VERSION, plan: parsed.plan.name, design: parsed.plan.design, status: s, runs: total, completed: rows.size, shard: null, ...extra, ...kept, mergedFrom: shards, sessions: [session], mergedShards });
    };
    // Marked as running first: a merge that fails half-way never leaves an older "complete" beside new files.
    status('running');
    if (!unchanged) removeDerivedFiles(out);
    write('plan.json', plan as string);
    write('runs.csv', runsText);
    const failures = ordered.filter(isFailedRow).length;
    status(final, { failures });
    return { runs: rows.size, missing, notes };
  } finally {
    release();
  }
}

/**
 * Shard folders that do not exist: shards that never ran (a Slurm array task that never started)
 * or mistyped folders. Says how to run them: by the Slurm scripts beside them where
 * `cfsim sweep --emit slurm` wrote them (OUT/slurm), else by `cfsim sweep --shard I/N`, where the
 * shard's number shows in its folder's name (shard-I) and the other shards give their count.
 */
function absentShardsIssue(out: string, shards: readonly string[]): InputIssue | undefined {
  const absent = shards.filter((dir) => !existsSync(dir));
  if (absent.length === 0) return undefined;
  const folders = [...new Set(absent.map((dir) => join(dirname(dir), 'slurm')))];
  const scripts = folders.length === 1 && writesShardsIn(folders[0], dirname(absent[0])) ? folders[0] : undefined;
  const count = shards.map((dir) => (existsSync(dir) ? shardOf(dir)?.count : undefined)).find((c) => c !== undefined) ?? (scripts ? arrayTaskCount(join(scripts, 'array.sbatch')) : undefined);
  const named = absent.map((dir) => /^shard-(\d+)$/.exec(basename(dir))?.[1]).map((i) => (i === undefined || count === undefined || Number(i) >= count ? undefined : Number(i)));
  // The shards of that count no folder holds (by its sweep.json) or names (shard-I).
  const held = shards.filter((dir) => existsSync(dir)).map(shardOf).filter((s) => s !== undefined && s.count === count).map((s) => s!.index);
  const unclaimed = count === undefined ? undefined : Array.from({ length: count }, (_, i) => i).filter((i) => !held.includes(i) && !named.includes(i));
  const one = absent.length === 1;
  const present = shards.filter((d) => existsSync(d));
  // Every shard of the count held by a folder that exists, whatever the absent folders' names say (another folder's shard-1 when shard 1 is held).
  if (count !== undefined && Array.from({ length: count }, (_, i) => i).every((i) => held.includes(i))) {
    // Every shard is in the folders that exist: the absent one is not a shard this merge lacks.
    return { path: 'SHARD_DIR', value: one ? absent[0] : absent, message: `${andList(absent)} ${one ? 'does' : 'do'} not exist, and the other folders named already hold every shard of ${count} (0 to ${count! - 1}): ${one ? 'it is' : 'they are'} mistyped or not needed; merge without ${one ? 'it' : 'them'} (cfsim merge ${[out, ...present].map(commandWord).join(' ')})` };
  }
  const indices = named;
  // Not for a folder named shard-I (a task the array does not have, say), nor for the Slurm scripts, whose task would write another folder.
  const inferred = one && !/^shard-\d+$/.test(basename(absent[0])) && unclaimed?.length === 1 ? unclaimed[0] : undefined;
  // merge.sbatch merges the scripts' own shard folders into their own OUT/merged: else, merge again by hand.
  const mergeAgain = scripts !== undefined && mergeJobMerges(scripts, out, shards) ? `sbatch ${commandWord(join(scripts, 'merge.sbatch'))}` : `cfsim merge ${[out, ...shards].map(commandWord).join(' ')}`;
  const run =
    scripts !== undefined && indices.every((i) => i !== undefined)
      ? `run ${one ? 'it' : 'them'} with the Slurm scripts (sbatch --array=${indices.join(',')} ${commandWord(join(scripts, 'array.sbatch'))}, with the options given to submit.sh, such as --time or --account), then, once ${one ? 'it has' : 'they have'} ended, merge again (${mergeAgain})`
      : `run ${one ? 'it' : 'each'} (cfsim sweep PLAN --out ${commandWord(absent[0])} --shard ${indices[0] ?? inferred ?? 'I'}/${count ?? 'N'}${one ? '' : ', and so on'}), then merge again`;
  const others = present.length > 0 ? `, or merge the others without ${one ? 'it' : 'them'} (cfsim merge ${commandWord(out)} ${present.map(commandWord).join(' ')} --allow-partial)` : '';
  return { path: 'SHARD_DIR', value: one ? absent[0] : absent, message: `${andList(absent)} ${one ? 'does' : 'do'} not exist: ${one ? 'that shard' : 'those shards'} never ran, or the folder${one ? ' is' : 's are'} mistyped; ${run}${others}` };
}

/**
 * Whether the job array script in `scripts` (of `cfsim sweep --emit slurm`) writes its shards in
 * `folder` (folder/shard-I): it names the folder it was written for, which a study moved or copied
 * elsewhere (from the cluster, say) no longer is, and its tasks would write there.
 */
function writesShardsIn(scripts: string, folder: string): boolean {
  const path = join(scripts, 'array.sbatch');
  if (!existsSync(path)) return false;
  const quoted = / --out ('(?:[^']|'\\'')*')\/shard-"\$\{SLURM_ARRAY_TASK_ID\}"/.exec(readFileSync(path, 'utf8'))?.[1];
  if (quoted === undefined) return false;
  const out = quoted.slice(1, -1).replace(/'\\''/g, "'");
  return realPath(out) === realPath(folder);
}

/** A folder's real path where it exists, else its absolute path. */
function realPath(path: string): string {
  return existsSync(path) ? realpathSync(path) : resolve(path);
}

/**
 * Whether the merge job of `cfsim sweep --emit slurm` (merge.sbatch, in `scripts`) would merge
 * what this merge of `shards` into `out` names: it merges its array's shard folders (shard-0 to
 * shard-N−1 beside the scripts) into the folder beside them named merged. So only where `out` is
 * that folder, every folder named is one of those (a shard kept or rerun elsewhere is not, and
 * the job would look for it beside the scripts), and those not named exist.
 */
function mergeJobMerges(scripts: string, out: string, shards: readonly string[]): boolean {
  const study = dirname(scripts);
  const count = arrayTaskCount(join(scripts, 'array.sbatch'));
  if (count === undefined || realPath(out) !== realPath(join(study, 'merged'))) return false;
  const own = Array.from({ length: count }, (_, i) => join(study, `shard-${i}`));
  const named = shards.map(realPath);
  return named.every((dir) => own.some((shard) => realPath(shard) === dir)) && own.every((shard) => named.includes(realPath(shard)) || existsSync(shard));
}

/** The number of array tasks a job array script of `cfsim sweep --emit slurm` runs (its `#SBATCH --array=0-N`), if it says. */
function arrayTaskCount(path: string): number | undefined {
  const last = /^#SBATCH --array=0-(\d+)$/m.exec(readFileSync(path, 'utf8'))?.[1];
  return last === undefined ? undefined : Number(last) + 1;
}

/** Each shard folder as merged: the shard its sweep.json says it holds and the commands that wrote it (what its sweep.json records). */
function shardProvenance(shards: readonly string[]): MergedShard[] {
  return shards.map((dir) => {
    const path = join(dir, 'sweep.json');
    const recorded = existsSync(path) ? readSweepStatus(path) : {};
    return { folder: dir, shard: recorded.shard ?? null, sessions: recorded.sessions ?? [] };
  });
}

/** The shard a folder's sweep.json says it holds, if it says (and can be read). */
function shardOf(dir: string): { index: number; count: number } | undefined {
  const path = join(dir, 'sweep.json');
  if (!existsSync(path)) return undefined;
  try {
    return readSweepStatus(path).shard ?? undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

/**
 * What completes a merge that lacks runs, naming the folders: the shards named that lack some of
 * their runs (to resume), and the shards of the same count that none of them holds (to run), as
 * far as their sweep.json say; else to finish or resume the shards. `refusal` says whether this
 * version would refuse to resume a shard holding that many runs (bin/resumeRefusal.ts); a shard
 * not run yet is run with the version that made the others (`madeBy`), as merge takes one version's.
 */
function missingShards(out: string, shards: readonly string[], held: ReadonlyMap<string, number>, total: number, refusal: (has: number) => ReturnType<typeof resumeRefusal>, madeBy?: string): string {
  const known = shards.map((dir) => ({ dir, shard: shardOf(dir) }));
  const advice: string[] = [];
  let slurm: string | undefined;
  for (const { dir, shard } of known) {
    if (!shard) continue;
    const owned = ownedRunCount(total, shard);
    const has = held.get(dir) ?? 0;
    if (has >= owned) continue;
    const resume = resumeAdvice(dir, shard, refusal(has));
    if (resume.scripts !== undefined) slurm = resume.scripts;
    advice.push(`${dir} (shard ${shard.index}/${shard.count}) holds ${has} of its ${owned} runs: ${resume.text}`);
  }
  const counts = new Set(known.map((k) => k.shard?.count));
  const count = counts.size === 1 ? [...counts][0] : undefined;
  let unnamed = count === undefined; // shards that none of the folders named holds, which merging again must name
  if (count !== undefined) {
    const named = new Set(known.map((k) => k.shard?.index));
    const absent = Array.from({ length: count }, (_, i) => i).filter((i) => !named.has(i));
    if (absent.length > 0) {
      unnamed = true;
      const list = absent.length > 5 ? `${absent.slice(0, 5).map((i) => `${i}/${count}`).join(', ')} and ${absent.length - 5} more` : absent.map((i) => `${i}/${count}`).join(', ');
      const using = madeBy !== undefined && madeBy !== VERSION ? ` with CFSim ${madeBy}, which made the others` : '';
      advice.push(`no folder named holds shard${absent.length === 1 ? '' : 's'} ${list}: run ${absent.length === 1 ? 'it' : 'each'} (cfsim sweep PLAN --out SHARD_DIR --shard ${absent[0]}/${count}${absent.length === 1 ? '' : ', and so on'})${using}`);
    }
  }
  // merge.sbatch merges the scripts' own shard folders into their own OUT/merged: else, merge again by hand.
  // A resubmitted array task runs later: merge once it has ended, whichever way.
  const ended = slurm !== undefined ? 'once it has ended, ' : '';
  const again = slurm !== undefined && !unnamed && mergeJobMerges(slurm, out, shards) ? `${ended}sbatch ${commandWord(join(slurm, 'merge.sbatch'))}` : `${ended}cfsim merge ${[out, ...shards].map(commandWord).join(' ')}${unnamed ? ' SHARD_DIR...' : ''}`;
  return advice.length === 0 ? `finish or resume the missing shards and merge again with them (${again})` : `${advice.join('; ')}; then merge again (${again})`;
}

/**
 * How to resume a shard cut short: a shard an array task of `cfsim sweep --emit slurm` writes
 * (OUT/shard-I beside OUT/slurm, whose array has N tasks) by resubmitting that task, which resumes
 * it; any other with `cfsim sweep PLAN --resume`. `scripts`: the Slurm scripts' folder, if so.
 * A shard this version would not resume (`refused`: another version made its runs) is finished
 * with the version that can, which the array task may no longer run.
 */
function resumeAdvice(dir: string, shard: { index: number; count: number }, refused?: ReturnType<typeof resumeRefusal>): { text: string; scripts?: string } {
  if (refused) return { text: `finish it with ${refused.finishWith} (cfsim sweep PLAN --out ${commandWord(dir)} --shard ${shard.index}/${shard.count} --resume, run with that version: ${refused.why})` };
  const scripts = join(dirname(dir), 'slurm');
  const task = basename(dir) === `shard-${shard.index}` && writesShardsIn(scripts, dirname(dir)) && arrayTaskCount(join(scripts, 'array.sbatch')) === shard.count;
  return task
    ? { text: `resubmit its array task (sbatch --array=${shard.index} ${commandWord(join(scripts, 'array.sbatch'))}, with the options given to submit.sh, such as --time or --account), which resumes it`, scripts }
    : { text: `resume it (cfsim sweep PLAN --out ${commandWord(dir)} --shard ${shard.index}/${shard.count} --resume)` };
}

/** Whether the file at `path` holds exactly `text` (false when it is missing). */
function sameText(path: string, text: string): boolean {
  return existsSync(path) && readFileSync(path, 'utf8') === text;
}

/** The status OUT/sweep.json records, or undefined when there is none or it cannot be read. */
function previousStatus(out: string): string | undefined {
  const path = join(out, 'sweep.json');
  if (!existsSync(path)) return undefined;
  try {
    return readSweepStatus(path).status;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

/** Refuses an OUT that is one of the shards (merging would replace that shard's runs), and a shard named twice. */
function refuseShardFolders(out: string, shards: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const dir of shards) {
    const real = realpathSync(dir);
    const twice = seen.get(real);
    if (twice !== undefined) throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${dir} is the same folder as ${twice}; name each shard once` }], 'command line');
    seen.set(real, dir);
  }
  const target = existsSync(out) ? seen.get(realpathSync(out)) : undefined;
  if (target !== undefined) throw new InputError([{ path: 'OUT', value: out, message: `${out} is also a shard folder (${target}); merging into it would replace that shard's runs; merge into another folder` }], 'command line');
}

/** Refuses an OUT holding the results of a `run` or `compare` (their report and CSV files are no sweep's). */
function refuseRunFolder(out: string): void {
  const issue = otherKindIssue('OUT', out, 'sweep', 'merge into another folder');
  if (issue) throw new InputError([issue], 'command line');
}

/**
 * Refuses an OUT that holds a sweep of another plan: merging would replace its runs. OUT may
 * hold the same plan's sweep (merging again once more shards have finished).
 */
/** OUT's plan.json, where it has a readable one (refuseOtherSweep has judged it). */
function heldPlanText(out: string): string | undefined {
  try {
    return existsSync(join(out, 'plan.json')) ? currentPlanText(join(out, 'plan.json')) : undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return undefined;
  }
}

function refuseOtherSweep(out: string, plan: string): void {
  if (heldResults(out)?.kind !== 'sweep') return;
  const planPath = join(out, 'plan.json');
  let held: string | undefined;
  try {
    held = existsSync(planPath) ? currentPlanText(planPath) : undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  if (held !== undefined && (held === plan || withoutBaseFileName(held) === withoutBaseFileName(plan))) return;
  const why = held === undefined ? 'whose plan.json is missing or unreadable' : 'of another plan';
  throw new InputError([{ path: 'OUT', value: out, message: `${out} holds a sweep ${why}; merging would replace its runs; merge into another folder` }], 'command line');
}

/**
 * Refuses a merge that would drop runs OUT already holds (a merge replaces OUT's runs.csv): OUT
 * holds this plan's sweep (refuseOtherSweep has checked), and a run in its runs.csv that none of
 * the shards named has would be lost, as after `merge OUT s0 s1 s2` then `merge OUT s0
 * --allow-partial`. Merging again with every shard whose runs OUT holds (and more) is fine.
 */
function refuseDroppedRuns(out: string, headers: readonly string[], merged: ReadonlyMap<number, unknown>): void {
  const runsPath = join(out, 'runs.csv');
  if (!existsSync(runsPath)) return;
  const lines = finishedLines(readFileSync(runsPath, 'utf8'));
  // This plan's runs, as this version writes them or, for a plan that draws fields, as CFSim before 0.23.0 did.
  if (!headers.includes(lines[0])) return; // no runs of this plan's that could be lost
  const width = parseCsvLine(lines[0]).length;
  const held = new Set<number>();
  for (const line of lines.slice(1)) {
    const run = runIdOf(line, width);
    if (run !== undefined) held.add(run);
  }
  const dropped = [...held].filter((run) => !merged.has(run)).sort((a, b) => a - b);
  if (dropped.length === 0) return;
  const kept = held.size - dropped.length;
  throw new InputError(
    [
      {
        path: 'OUT',
        value: out,
        message: `${out} already holds ${held.size} runs of this plan (${runsPath}), ${dropped.length} of which are in none of the shards named (first: run ${dropped[0]}); a merge replaces its runs with the shards' ${merged.size}, so those ${dropped.length} would be lost${kept > 0 ? ` (the other ${kept} are in the shards)` : ''}. Name again every shard whose runs it holds, with the new ones (cfsim merge ${out} SHARD_DIR...), or merge into a new folder`,
      },
    ],
    'command line',
  );
}

/**
 * The cfsim version that made the shards (their sweep.json), undefined when none says; shards of
 * different versions are refused, as their results may differ for the same plan and seed.
 */
function shardsVersion(shards: readonly string[]): string | undefined {
  let first: { dir: string; cfsim: string } | undefined;
  for (const dir of shards) {
    const path = join(dir, 'sweep.json');
    const cfsim = existsSync(path) ? readSweepStatus(path).cfsim : undefined;
    if (cfsim === undefined) continue;
    if (first && cfsim !== first.cfsim) {
      throw new InputError([{ path: 'SHARD_DIR', value: dir, message: `${dir} was made by cfsim ${cfsim} and ${first.dir} by cfsim ${first.cfsim} (their sweep.json); shards of different versions may differ for the same plan and seed, so they are not merged: rerun the shards with one version` }], 'command line');
    }
    first ??= { dir, cfsim };
  }
  return first?.cfsim;
}
