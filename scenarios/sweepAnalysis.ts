import type { DesignName, RandomNumbers } from './plan';
import { independentNoiseWarning } from './independentNoise';
import { andList } from '../sim/text/andList';
import { heartbeatWords } from './lockHeartbeat';
import { shownCommand } from './shownCommand';
import type { HostEnvironment } from '../models/resultsManifest';
import { designOverlapWarning, type DesignOverlaps } from './designOverlaps';
import type { DrawRange } from '../sim/params/fields';
import { analysisDrawsWarning } from './planDraws';
import type { PointDifference } from './pointDifferences';
import type { SweepValueForMoney } from './pointValueForMoney';
import type { SobolNoIndices } from '../sim/analysis/sobolNoIndices';

/**
 * One command that wrote a sweep folder's runs.csv: a sweep, each `--resume` of it, or a merge.
 * A sweep.json lists them in order, the last being the latest.
 */
export interface SweepSession {
  readonly cfsim: string;
  /** The command line, quoted so that a shell reads it back as the same arguments. */
  readonly command: string;
  readonly environment: HostEnvironment;
  /** Worker threads used (a sweep's; a merge runs no simulation and records none). */
  readonly threads?: number;
  readonly startedAt: string;
  /** null while the command runs. */
  readonly endedAt: string | null;
  /** The folder's status when the command ended (`running` while it runs). */
  readonly status: string;
  /** Runs already in runs.csv when it started (a sweep's: a resume's earlier runs; absent for a merge, which writes runs.csv anew). */
  readonly runsBefore?: number;
  /** Runs in runs.csv when it ended (so far, while it runs). */
  readonly completed: number;
  /** A session killed outright (`status: "killed"`): when the lock it left was last touched, where the resume found it (since 0.43.0). */
  readonly lastHeartbeatAt?: string;
}

/** A shard folder a merge took its runs from, with the commands that wrote it (its own sweep.json's `sessions`). */
export interface MergedShard {
  /** The folder as `cfsim merge` was given it. */
  readonly folder: string;
  readonly shard: { readonly index: number; readonly count: number } | null;
  readonly sessions: readonly SweepSession[];
}

/**
 * The analysis of a sweep (`cfsim analyze`, `analysis.json`): per-point tables for grid, random
 * and Latin hypercube designs, Sobol indices or Morris effects. Read by the CLI and the report.
 */
export interface SweepAnalysis {
  readonly plan: string;
  readonly design: DesignName;
  /**
   * The sweep's status (sweep.json): anything but `complete` means runs are missing. `killed`
   * where sweep.json says `running` but no cfsim process writes the folder any more. A shard's
   * folder has `shard` here whatever its own progress (`shard.status`): it is never the whole study.
   */
  readonly status: string;
  /** Runs in the plan (or the shard) and runs found in runs.csv. */
  readonly runs: number;
  readonly completedRuns: number;
  /** Runs in the whole plan (points × reps); more than `runs` in a shard's folder. */
  readonly planRuns: number;
  /** The CFSim version that made the runs (sweep.json), where it says. */
  readonly cfsim?: string;
  /**
   * The plan's seed and replications per point (plan.json), so that the analysis, printed or
   * saved alone, names what a paper cites: the version, seed, points and reps behind its numbers.
   * Absent in an analysis.json written before they were recorded.
   */
  readonly seed?: number;
  readonly reps?: number;
  /**
   * The plan's random numbers: `common` (every point draws point 0's streams) or `independent`
   * (streams of its own per point), under which a Sobol or Morris analysis warns that its points
   * differ by replication noise too. Absent in an analysis.json written before it was recorded.
   */
  readonly randomNumbers?: RandomNumbers;
  /** Set when the folder holds one shard (`cfsim sweep --shard I/N`): shard `index` of `count`, and that shard's own status. */
  readonly shard?: { readonly index: number; readonly count: number; readonly status: string };
  readonly failures: number;
  /** Sobol and (since 0.20.0) Morris designs: the bootstrap resamples behind the intervals (0: none), which `cfsim report` uses again. */
  readonly bootstrap?: number;
  /**
   * true where `bootstrap` was chosen (`--bootstrap`, or the count an earlier --bootstrap chose,
   * kept), the default 1000 included, so that a later resume, new sweep or merge keeps it as a
   * choice; absent where it is the default unchosen (and in analyses before it was recorded, where
   * a count other than 1000 was chosen).
   */
  readonly bootstrapChosen?: true;
  /** A merged folder's shard folders, as `cfsim merge` was given them (sweep.json's `mergedFrom`). */
  readonly mergedFrom?: readonly string[];
  /**
   * A merged folder's shards as they were when merged (sweep.json's `mergedShards`, since 0.13.0):
   * each folder, its shard and its status then (its last recorded command's), which say what
   * completes a partial merge.
   */
  readonly mergedShards?: readonly { readonly folder: string; readonly shard: { readonly index: number; readonly count: number } | null; readonly status?: string }[];
  /** The commands that wrote the folder, as sweep.json records them (its `sessions`, since 0.43.0; absent where it records none). */
  readonly sessions?: readonly SweepSession[];
  /** Set while a cfsim process (the folder's lock) is still writing the folder: the analysis is a snapshot, not saved to analysis.json. */
  readonly writer?: SweepWriter;
  /**
   * Set when the points' successful runs are not of the same replications (runs missing from a
   * partial merge or an unfinished sweep, or failed): the plan's `reps` and points, and each replication some
   * point lacks, with how many points lack it and the first few. Sobol and Morris designs use only
   * the replications every point has (`used`), leaving the other `leftOut` successful runs out;
   * the per-point tables of the other designs use every run, each point's over its own.
   */
  readonly replications?: { readonly reps: number; readonly points: number; readonly incomplete: readonly ReplicationGap[]; readonly used?: readonly number[]; readonly leftOut?: number };
  /**
   * Sobol and Morris designs: per metric, the replications left out of its indices because a point
   * had nothing to measure in them (`leftOut`; NaN: team scores when nobody was in post), so that
   * every point's mean is over the same replications, and how many replications it `used` (since
   * 0.16.0). A metric with none used has no indices (null).
   */
  readonly unmeasured?: Record<string, { readonly leftOut: readonly number[]; readonly used: number }>;
  /**
   * Sobol designs: per metric whose intervals leave bootstrap resamples out, how many they `used`
   * of the `bootstrap` drawn (since 0.17.0). A resample that drew only base rows whose outputs are
   * all equal has no indices, so the intervals describe the resamples that vary: with many left
   * out they understate the uncertainty of a metric that rarely varies.
   */
  readonly resamplesLeftOut?: Record<string, { readonly used: number; readonly leftOut: number }>;
  /**
   * Sobol designs: the parameters whose A and B samples coincide or correlate in the design (since
   * 0.18.0; see designOverlaps), whose indices are then pulled toward 0. Absent where none do.
   */
  readonly designOverlaps?: DesignOverlaps;
  readonly sobol?: Record<string, { parameter: string; S1: number; S1low: number; S1high: number; ST: number; STlow: number; SThigh: number }[]>;
  /**
   * Sobol designs (since 0.36.0): per metric without indices (every S1 and ST null), why: `constant`, the output did
   * not vary (`value` at every base point); `unmeasured`, no replication measured it at every point; `failed`, the
   * estimate failed otherwise (`point`: the first point whose mean is not a finite number, a base point's before a mixed one's). Absent where every metric has
   * indices (sim/analysis/sobolNoIndices.ts).
   */
  readonly noIndices?: Record<string, SobolNoIndices>;
  /** Morris designs: per metric, each parameter's μ, μ* with its 95% bootstrap interval (muStarLow, muStarHigh: resampled trajectories; NaN, null in JSON, with --bootstrap 0 and in analyses before 0.20.0), and σ. */
  readonly morris?: Record<string, { parameter: string; mu: number; muStar: number; muStarLow?: number; muStarHigh?: number; sigma: number }[]>;
  readonly points?: Record<string, unknown>[];
  /**
   * Latin hypercube and random designs (since 0.25.0): per metric, each parameter's partial rank
   * correlation coefficient with the points' means (sim/analysis/prcc.ts) and its 95% interval
   * (Fisher's z), in the plan's order; `prcc` null for a parameter that did not vary or whose
   * values have no order (a list of more than two choices), and for all of them from too few
   * points. A list of two choices is ranked in its order: `towards` names the second.
   */
  readonly prcc?: Record<string, { parameter: string; towards?: unknown; prcc: number | null; low: number | null; high: number | null }[]>;
  /**
   * Grid designs with common random numbers (since 0.28.0): per metric, each point's paired
   * difference from point `vs` (0, the first value of every parameter, or the point `cfsim analyze --vs` named), over the replications both
   * have with a value, as `cfsim compare` gives a package's difference from the first. Absent with
   * independent random numbers, whose replications do not pair, and where point 0 (without --vs) has no successful run.
   * `chosen`: true where `vs` was chosen (`--vs`, or the point an earlier --vs chose, kept), point 0
   * included, so that a later resume, new sweep or merge keeps it as a choice; absent where `vs` is
   * point 0 by default (and in analyses before it was recorded, where a point other than 0 was chosen).
   * A chosen point 0 without a successful run (a kept --vs 0) is recorded with `metrics` empty: no
   * differences could be measured, but the choice stays.
   */
  readonly differences?: { readonly vs: number; readonly chosen?: true; readonly metrics: Record<string, readonly PointDifference[]> };
  /**
   * `cfsim analyze --value-per-departure V` only (since 0.30.0): each point's departures avoided, net cost and net
   * benefit against point `differences.vs`, paired by replication, per year and undiscounted, and
   * the point best on average (scenarios/pointValueForMoney.ts). A later analyze or report without
   * the flag writes analysis.json without it.
   */
  readonly valueForMoney?: SweepValueForMoney;
  /**
   * The fields every run drew anew, with their ranges (the plan's set.uncertainty; since 0.23.0,
   * absent where it draws none), and whether runs.csv records the values (`drawnRecorded`: its
   * drawn:PATH columns, which CFSim before 0.23.0 did not write).
   */
  readonly drawn?: Readonly<Record<string, DrawRange>>;
  readonly drawnRecorded?: boolean;
  /**
   * Set when this version would refuse to resume the folder (`cfsim sweep --resume`), so advice
   * to complete it names the version that can: `finishWith` (`CFSim 0.28.0`), and `why` this one
   * cannot (its runs were made by another version, or its runs.csv is of a version before 0.23.0).
   */
  readonly resumeRefused?: { readonly finishWith: string; readonly why: string };
}

/** A replication some points of a sweep lack a successful run of: how many points, and the first few. */
export interface ReplicationGap {
  readonly replication: number;
  readonly points: number;
  readonly first: readonly number[];
}

/** The process holding a sweep folder's lock, as far as its lock file says (nothing while that file is being written). */
export interface SweepWriter {
  readonly pid?: number;
  readonly host?: string;
  readonly command?: string;
  /** A process of another host, which cannot be looked up from here: its lock's age (ms since its heartbeat last touched it), what is known of it. */
  readonly heartbeatAgeMs?: number;
  /** With heartbeatAgeMs: when the heartbeat last touched the lock (ISO time; since 0.41.0). */
  readonly heartbeatAt?: string;
  /** With heartbeatAgeMs: the process is of this host's name, in another container or boot (since 0.41.0). */
  readonly sameHostName?: true;
}

/** The status of a sweep whose sweep.json says `running` but whose process is gone. */
export const KILLED = 'killed';

/**
 * `rows` ranked by `key`, largest first, as the Sobol and Morris tables print them (a researcher
 * reads the most influential parameter first): a row without a number (NaN, null) comes last, and
 * rows of equal key keep the plan's order.
 */
export function rankedBy<T>(rows: readonly T[], key: (row: T) => number | null | undefined): T[] {
  const of = (row: T) => {
    const k = key(row);
    return typeof k === 'number' && !Number.isNaN(k) ? k : -Infinity;
  };
  return rows
    .map((row, i) => ({ row, i, k: of(row) }))
    .sort((x, y) => (y.k > x.k ? 1 : y.k < x.k ? -1 : x.i - y.i))
    .map((x) => x.row);
}

/**
 * A metric's Sobol rows by importance, the total index ST, largest first: the order of cfsim
 * analyze's table, of its cautions under it and of the report's chart (analysis.json keeps the plan's).
 */
export function sobolRanked<T extends { readonly ST: number }>(rows: readonly T[]): T[] {
  return rankedBy(rows, (r) => r.ST);
}

/** A metric's Morris rows by importance, μ*, largest first: the order of cfsim analyze's table (analysis.json keeps the plan's). */
export function morrisRanked<T extends { readonly muStar: number }>(rows: readonly T[]): T[] {
  return rankedBy(rows, (r) => r.muStar);
}

/** "process 4121 on node7 (cfsim sweep)", or "another cfsim process" when its lock does not say; a long command line shortened (shownCommand). */
export function writerName(w: SweepWriter): string {
  return w.pid === undefined ? 'another cfsim process' : `process ${w.pid}${w.host ? ` on ${w.host}` : ''}${w.command ? ` (${shownCommand(w.command)})` : ''}`;
}

/**
 * What a folder is while `w` holds its lock: "still being written by process 4121 on node7 (cfsim sweep)", a process of this
 * host, looked up; one of another host, by its lock's heartbeat, as sweep says it: "held by process 4121 on node-07 (cfsim
 * sweep), whose lock was touched 3 minutes ago: its process cannot be looked up from here, so it counts as running until ...".
 * `colon`: followed by a colon, which after the second, itself holding one, is a semicolon. `onPage`: said on a page read
 * later (heartbeatWords).
 */
export function writerHold(w: SweepWriter, colon = false, onPage = false): string {
  if (w.heartbeatAgeMs === undefined) return `still being written by ${writerName(w)}${colon ? ':' : ''}`;
  return `held by ${writerName(w)}, whose lock was ${heartbeatWords({ ageMs: w.heartbeatAgeMs, at: w.heartbeatAt, sameHostName: w.sameHostName }, onPage)}${colon ? ';' : ''}`;
}

/** "1 failed run left out", "3 failed runs left out". */
export function failedRunsLeftOut(failures: number): string {
  return `${failures} failed run${failures === 1 ? '' : 's'} left out`;
}

/** How a shard is named in messages: "shard 0/3". */
export function shardName(shard: { index: number; count: number }): string {
  return `shard ${shard.index}/${shard.count}`;
}

/** A path as a word of a command to copy: as it is where the shell takes it so, else single-quoted (each `'` written `'\''`). */
export function commandWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * Why an analysis of an unfinished sweep (or of one shard) in `dir` covers only part of it, and
 * what to do, naming the folder (and `plan`, the plan file that resumes it, as a word of a command); undefined for a complete sweep.
 */
export function unfinishedSweepWarning(a: SweepAnalysis, dir: string, plan = 'PLAN', onPage = false): string | undefined {
  if (a.shard) {
    const name = shardName(a.shard);
    const resume = resumeAdvice(`cfsim sweep ${plan} --out ${commandWord(dir)} --shard ${a.shard.index}/${a.shard.count} --resume`, a.resumeRefused);
    const progress = a.writer
      ? `the shard is ${writerHold(a.writer, true, onPage)} ${a.completedRuns} of its ${a.runs} runs are in runs.csv so far, and this analysis is not saved to analysis.json; analyze the folder again once that process finishes`
      : a.shard.status === 'complete'
        ? 'the shard is complete'
        : a.shard.status === KILLED
          ? `the shard stopped before it finished (its process was killed): ${a.completedRuns} of its ${a.runs} runs are in runs.csv; ${resume}`
          : `the shard is ${a.shard.status}: ${a.completedRuns} of its ${a.runs} runs are in runs.csv; ${a.shard.status === 'failed' ? 'see why it failed, then ' : ''}${resume}`;
    const once = a.shard.status === 'complete' && !a.writer ? '' : 'once every shard is complete, ';
    return `this folder holds ${name} of the plan's runs (${a.runs} of its ${a.planRuns} runs; ${progress}), not the whole study; this analysis covers only this shard's runs. For the whole study, ${once}merge the shards (cfsim merge OUT ${commandWord(dir)} SHARD_DIR...) and analyze the merged folder.`;
  }
  if (a.writer) {
    return `the sweep is ${writerHold(a.writer, true, onPage)} ${a.completedRuns} of ${a.runs} runs are in runs.csv so far; this analysis covers only those runs and is not saved to analysis.json. Once that process finishes, analyze the folder again (cfsim analyze ${commandWord(dir)}).`;
  }
  if (a.status === 'complete') return undefined;
  const state = a.status === KILLED ? 'stopped before it finished: its process was killed' : `is ${a.status}`;
  return `the sweep ${state} (${a.completedRuns} of ${a.runs} runs in runs.csv); this analysis covers only those runs. To complete it, ${completionRemedy(a.status, dir, a.mergedFrom, a.mergedShards, a.resumeRefused, undefined, plan)}.`;
}

/**
 * The advice to continue a stopped sweep or shard with `command` (cfsim sweep ... --resume): that
 * command, or, where this version would refuse it (`refused`), the version that can run it, and
 * the other way, a new folder.
 */
export function resumeAdvice(command: string, refused?: SweepAnalysis['resumeRefused']): string {
  if (!refused) return `resume it with ${command}`;
  return `finish it with ${refused.finishWith} (${command}, run with that version: ${refused.why}), or run the plan again into a new folder with this version`;
}

/**
 * What completes an unfinished sweep of this status in `dir`, naming the folder (and, for a
 * partial merge, the shards it was merged from, where sweep.json says; for a shard's folder without
 * a run yet, `shard`, its --shard). `plan`: the plan file that resumes it, as a word of a command, where it is known.
 */
export function completionRemedy(status: string, dir: string, mergedFrom?: readonly string[], mergedShards?: SweepAnalysis['mergedShards'], refused?: SweepAnalysis['resumeRefused'], shard?: { readonly index: number; readonly count: number }, plan = 'PLAN'): string {
  // Shards this version would not resume are finished, and the missing ones run, with the version that made the others.
  const using = status === 'partial' && refused ? `using ${refused.finishWith} for every step (${refused.why}), ` : '';
  // Where every merged shard's number and status is known; else the general advice.
  if (status === 'partial' && mergedShards !== undefined && mergedShards.length > 0 && mergedShards.every((m) => m.shard !== null && m.status !== undefined)) return `${using}${partialMergeRemedy(dir, mergedShards)}`;
  if (status === 'partial') {
    // A merge is partial for a shard that stopped early as well as for one not merged: the first needs --resume.
    const merged = mergedFrom === undefined || mergedFrom.length === 0 ? '' : ` ${mergedFrom.map(commandWord).join(' ')}`;
    return `${using}finish every shard and merge again with all of them: resume each shard that stopped before its end (cfsim sweep PLAN --out SHARD_DIR --shard I/N --resume) and run each shard not run yet (the same without --resume), then cfsim merge ${commandWord(dir)}${merged} SHARD_DIR... (naming ${merged ? 'the shards not merged yet' : 'every shard'} as SHARD_DIR)`;
  }
  // A shard's folder is resumed with its --shard, which a resume without it refuses.
  return `${status === 'failed' ? 'see why it failed, then ' : ''}${resumeAdvice(`cfsim sweep ${plan} --out ${commandWord(dir)}${shard ? ` --shard ${shard.index}/${shard.count}` : ''} --resume`, refused)}`;
}

/**
 * What completes a partial merge whose shards' folders, shards and statuses are known: resume the
 * shards that stopped before their end, run the shards none of them is, and merge again with all.
 */
function partialMergeRemedy(dir: string, merged: NonNullable<SweepAnalysis['mergedShards']>): string {
  const steps: string[] = [];
  const stopped = merged.filter((m) => m.status !== 'complete');
  for (const m of stopped) steps.push(`resume ${commandWord(m.folder)} (cfsim sweep PLAN --out ${commandWord(m.folder)} --shard ${m.shard!.index}/${m.shard!.count} --resume)`);
  const counts = new Set(merged.map((m) => m.shard!.count));
  const count = counts.size === 1 ? [...counts][0] : undefined;
  const absent = count === undefined ? [] : Array.from({ length: count }, (_, i) => i).filter((i) => !merged.some((m) => m.shard!.index === i));
  if (absent.length > 0) {
    const list = absent.length > 5 ? `${absent.slice(0, 5).map((i) => `${i}/${count}`).join(', ')} and ${absent.length - 5} more` : andList(absent.map((i) => `${i}/${count}`));
    steps.push(`run shard${absent.length === 1 ? '' : 's'} ${list}, which ${absent.length === 1 ? 'was' : 'were'} not merged (cfsim sweep PLAN --out SHARD_DIR --shard ${absent[0]}/${count})`);
  }
  if (steps.length === 0) steps.push('finish the shards (their sweep.json say they are complete, so some runs were lost since; resume each with --resume)');
  const again = `cfsim merge ${[dir, ...merged.map((m) => m.folder)].map(commandWord).join(' ')}${absent.length > 0 ? ' SHARD_DIR...' : ''}`;
  return `${andList(steps)}, then merge again with all of them (${again})`;
}

/**
 * "replication 1 has no successful run at 16 of 32 points (first: 1, 3, 5)", for each replication some points lack; "has no
 * run" where `lacks` says so (no run failed: the runs were not merged or not yet run).
 */
export function replicationGaps(r: { incomplete: readonly ReplicationGap[] }, points: number, lacks: 'successful run' | 'run' = 'successful run'): string {
  const each = r.incomplete.map((g) => `replication ${g.replication} has no ${lacks} at ${g.points === points ? `any of the ${points} points` : `${g.points} of ${points} points (first: ${g.first.join(', ')}${g.points > g.first.length ? ', ...' : ''})`}`);
  const most = 4;
  return `${each.slice(0, most).join('; ')}${each.length > most ? `; and ${each.length - most} more replications` : ''}`;
}


/**
 * Why the analysis uses only some replications (Sobol, Morris) or averages its points over
 * different replications (per-point tables), or undefined when every point has the same ones.
 */
export function replicationsWarning(a: SweepAnalysis): string | undefined {
  const r = a.replications;
  if (r === undefined) return undefined;
  // Where no run failed (a partial merge, a sweep stopped early), the runs are not there, rather than unsuccessful.
  const gaps = replicationGaps(r, r.points, a.failures === 0 ? 'run' : 'successful run');
  if (r.used !== undefined) {
    const method = a.design === 'sobol' ? 'the Sobol indices' : 'the Morris effects';
    const which = `${r.used.length} of the ${r.reps} replications (${r.used.length === 1 ? 'replication' : 'replications'} ${andList(r.used)})`;
    const leftOut = (r.leftOut ?? 0) > 0 ? `, and leave out the other ${r.leftOut} successful run${r.leftOut === 1 ? '' : 's'}` : '';
    // A shard holds each replication at only some points (the other shards run the rest): not missing, and not listed as such;
    // `incomplete` is then of the shard's own runs alone.
    if (a.shard) {
      const own = r.incomplete.length > 0 ? ` Of this shard's own runs, ${gaps}.` : '';
      return `${method} use ${which}, those this shard holds at every point${leftOut}: they compare the points replication by replication, so they need a replication's runs at every point, and the other shards run ${r.reps - r.used.length === 1 ? `replication ${Array.from({ length: r.reps }, (_, i) => i).find((i) => !r.used!.includes(i))}` : 'the other replications'} at the points ${shardName(a.shard)} does not.${own} These numbers are those of a sweep of ${r.used.length} replication${r.used.length === 1 ? '' : 's'}; merge the shards for all ${r.reps} replications.`;
    }
    return `${method} use ${which}, those with a successful run at every point${leftOut}: ${gaps}. They compare points replication by replication, so a point averaged over other replications than the rest would turn replication noise into parameter effects; these numbers are those of a sweep of ${r.used.length} replication${r.used.length === 1 ? '' : 's'}.`;
  }
  // A grid's paired differences are the exception: they pair only the replications both points have.
  const paired = a.differences && Object.keys(a.differences.metrics).length > 0 ? ` The paired differences from point ${a.differences.vs} are not: they pair only the replications both points have (the pairs column).` : '';
  return `the points are averaged over different replications: ${gaps}. Each point's mean and range are over its own runs (the runs column), so the differences between points' means include replication noise as well as the parameters' effects.${paired}`;
}

/** The metrics whose Sobol indices or Morris effects leave out replications a point had nothing to measure in (SweepAnalysis.unmeasured). */
export function unmeasuredWarning(a: SweepAnalysis): string | undefined {
  const entries = Object.entries(a.unmeasured ?? {});
  if (entries.length === 0) return undefined;
  const method = a.design === 'sobol' ? 'Sobol indices' : 'Morris effects';
  const each = entries.map(([metric, { leftOut }]) => `${metric}'s ${method} leave out ${leftOut.length === 1 ? 'replication' : 'replications'} ${andList(leftOut.map(String))}`);
  return `${andList(each)}, in which some point had nothing to measure (nobody in post), so that every point is averaged over the same replications; a metric left with none has no ${method}.`;
}

/**
 * Every warning an analysis of the sweep in `dir` carries (an unfinished sweep or a shard, uneven replications), as one text;
 * undefined when none. `plan`: the plan file that resumes the sweep, as a word of a command, where it is known.
 */
export function analysisWarning(a: SweepAnalysis, dir: string, plan?: string, onPage = false): string | undefined {
  const warnings = [
    unfinishedSweepWarning(a, dir, plan, onPage),
    replicationsWarning(a),
    unmeasuredWarning(a),
    a.designOverlaps ? designOverlapWarning(a.designOverlaps) : undefined,
    a.drawn ? analysisDrawsWarning(a.drawn, a.drawnRecorded !== false) : undefined,
    independentNoiseWarning(a.design, a.randomNumbers),
  ].filter((w) => w !== undefined);
  return warnings.length > 0 ? warnings.join(' Also, ') : undefined;
}
