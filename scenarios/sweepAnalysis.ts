import type { DesignName } from './plan';

/**
 * The analysis of a sweep (`cfsim analyze`, `analysis.json`): per-point tables for grid, random
 * and Latin hypercube designs, Sobol indices or Morris effects. Read by the CLI and the report.
 */
export interface SweepAnalysis {
  readonly plan: string;
  readonly design: DesignName;
  /** The sweep's status (sweep.json): anything but `complete` means runs are missing. */
  readonly status: string;
  /** Runs in the plan (or the shard) and runs found in runs.csv. */
  readonly runs: number;
  readonly completedRuns: number;
  readonly failures: number;
  readonly sobol?: Record<string, { parameter: string; S1: number; S1low: number; S1high: number; ST: number; STlow: number; SThigh: number }[]>;
  readonly morris?: Record<string, { parameter: string; mu: number; muStar: number; sigma: number }[]>;
  readonly points?: Record<string, unknown>[];
}

/** "1 failed run left out", "3 failed runs left out". */
export function failedRunsLeftOut(failures: number): string {
  return `${failures} failed run${failures === 1 ? '' : 's'} left out`;
}

/** Why an analysis of an unfinished sweep covers only part of it, and what to do; undefined for a complete sweep. */
export function unfinishedSweepWarning(a: SweepAnalysis): string | undefined {
  if (a.status === 'complete') return undefined;
  const remedy = a.status === 'partial' ? 'finish the missing shards and merge again' : a.status === 'failed' ? 'see why it failed, then resume it with cfsim sweep PLAN --out DIR --resume' : 'resume it with cfsim sweep PLAN --out DIR --resume';
  return `the sweep is ${a.status} (${a.completedRuns} of ${a.runs} runs in runs.csv); this analysis covers only those runs. To complete it, ${remedy}.`;
}
