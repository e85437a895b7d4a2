import type { Summary } from '../sim/stats/summary';
import type { PolicyOutcome } from './ensemble';
import { METRIC_NAMES } from './metrics';

/** The `--json` output of `cfsim run` (and `summary.json` of a results folder). */
export interface RunDocument {
  readonly cfsim: string;
  readonly scenario: string;
  readonly seed: number;
  readonly reps: number;
  readonly days: number;
  readonly policies: readonly { readonly policy: string; readonly metrics: Readonly<Record<string, Summary>> }[];
}

export function runDocument(version: string, scenario: string, seed: number, reps: number, days: number, outcomes: readonly PolicyOutcome[]): RunDocument {
  return {
    cfsim: version,
    scenario,
    seed,
    reps,
    days,
    policies: outcomes.map((o) => ({
      policy: o.policy,
      // Fixed metric order, so documents diff cleanly.
      metrics: Object.fromEntries(METRIC_NAMES.map((m) => [m, o.metrics[m]])),
    })),
  };
}
