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
