import type { DesignName } from './plan';

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
  /** Set when the folder holds one shard (`cfsim sweep --shard I/N`): shard `index` of `count`, and that shard's own status. */
  readonly shard?: { readonly index: number; readonly count: number; readonly status: string };
  readonly failures: number;
  /** Sobol designs: the bootstrap resamples behind the intervals (0: none), which `cfsim report` uses again. */
  readonly bootstrap?: number;
  /** Set while a cfsim process (the folder's lock) is still writing the folder: the analysis is a snapshot, not saved to analysis.json. */
  readonly writer?: SweepWriter;
  readonly sobol?: Record<string, { parameter: string; S1: number; S1low: number; S1high: number; ST: number; STlow: number; SThigh: number }[]>;
  readonly morris?: Record<string, { parameter: string; mu: number; muStar: number; sigma: number }[]>;
  readonly points?: Record<string, unknown>[];
}

/** The process holding a sweep folder's lock, as far as its lock file says (nothing while that file is being written). */
export interface SweepWriter {
  readonly pid?: number;
  readonly host?: string;
  readonly command?: string;
}

/** The status of a sweep whose sweep.json says `running` but whose process is gone. */
export const KILLED = 'killed';

/** "process 4121 on node7 (cfsim sweep)", or "another cfsim process" when its lock does not say. */
export function writerName(w: SweepWriter): string {
  return w.pid === undefined ? 'another cfsim process' : `process ${w.pid}${w.host ? ` on ${w.host}` : ''}${w.command ? ` (${w.command})` : ''}`;
}

/** "1 failed run left out", "3 failed runs left out". */
export function failedRunsLeftOut(failures: number): string {
  return `${failures} failed run${failures === 1 ? '' : 's'} left out`;
}

/** How a shard is named in messages: "shard 0/3". */
export function shardName(shard: { index: number; count: number }): string {
  return `shard ${shard.index}/${shard.count}`;
}

/** Why an analysis of an unfinished sweep (or of one shard) covers only part of it, and what to do; undefined for a complete sweep. */
export function unfinishedSweepWarning(a: SweepAnalysis): string | undefined {
  if (a.shard) {
    const name = shardName(a.shard);
    const resume = `resume it with cfsim sweep PLAN --out DIR --shard ${a.shard.index}/${a.shard.count} --resume`;
    const progress = a.writer
      ? `the shard is still being written by ${writerName(a.writer)}: ${a.completedRuns} of its ${a.runs} runs are in runs.csv so far, and this analysis is not saved to analysis.json; analyze the folder again once that process finishes`
      : a.shard.status === 'complete'
        ? 'the shard is complete'
        : a.shard.status === KILLED
          ? `the shard stopped before it finished (its process was killed): ${a.completedRuns} of its ${a.runs} runs are in runs.csv; ${resume}`
          : `the shard is ${a.shard.status}: ${a.completedRuns} of its ${a.runs} runs are in runs.csv; ${a.shard.status === 'failed' ? 'see why it failed, then ' : ''}${resume}`;
    return `this folder holds ${name} of the plan's runs (${a.runs} of its ${a.planRuns} runs; ${progress}), not the whole study; this analysis covers only this shard's runs. For the whole study, merge the shards (cfsim merge OUT SHARD_DIR...) and analyze the merged folder.`;
  }
  if (a.writer) {
    return `the sweep is still being written by ${writerName(a.writer)}: ${a.completedRuns} of ${a.runs} runs are in runs.csv so far; this analysis covers only those runs and is not saved to analysis.json. Once that process finishes, analyze the folder again (cfsim analyze DIR).`;
  }
  if (a.status === 'complete') return undefined;
  const state = a.status === KILLED ? 'stopped before it finished: its process was killed' : `is ${a.status}`;
  return `the sweep ${state} (${a.completedRuns} of ${a.runs} runs in runs.csv); this analysis covers only those runs. To complete it, ${completionRemedy(a.status)}.`;
}

/** What completes an unfinished sweep (not a single shard) of this status. */
export function completionRemedy(status: string): string {
  if (status === 'partial') return 'finish the missing shards and merge again';
  return `${status === 'failed' ? 'see why it failed, then ' : ''}resume it with cfsim sweep PLAN --out DIR --resume`;
}
