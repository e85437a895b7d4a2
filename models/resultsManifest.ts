import type { Scenario } from '../scenarios/schema';

// manifest.json of a results folder (run --out, compare --out): declared once, written by the
// CLI and read by the report generator.

export type RunStatus = 'running' | 'complete' | 'interrupted' | 'failed';

export interface Manifest {
  readonly cfsim: string;
  readonly command: string;
  /** Every resolved scenario, one per package. */
  readonly scenarios: readonly Scenario[];
  readonly seed: number;
  /** Replications requested. */
  readonly reps: number;
  /** Replications folded into the outputs (all of them unless the run was stopped). */
  readonly completedReps: number;
  readonly days: number;
  readonly threads: number;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly status: RunStatus;
}
