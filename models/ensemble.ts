import type { DrawRange } from '../sim/params/fields';
import { summarize, type Summary } from '../sim/stats/summary';
import type { Scenario } from '../scenarios/schema';
import { GROUP_TALLY_WIDTH, groupOutcomes, presentGroups, type GroupOutcome } from './groups';
import { METRIC_NAMES, type MetricName } from './metrics';
import { modelParameters } from './parameters';
import { runReplication, type ReplicationResult } from './replication';

export interface EnsembleOptions {
  readonly seed: number;
  readonly reps: number;
  /** Scenario point in a sweep (0 otherwise). */
  readonly point?: number;
  /** Called as each replication finishes, in replication order (results are not kept). */
  readonly onReplication?: (result: ReplicationResult, rep: number) => void;
}

export interface PolicyOutcome {
  readonly policy: string;
  readonly metrics: { readonly [M in MetricName]: Summary };
  /** Turnover by role and by lived experience (absent from results written before CFSim 0.6.0). */
  readonly groups?: readonly GroupOutcome[];
  /** The ranges its replications drew fields from (scenario.uncertainty); absent when it drew none, and before CFSim 0.9.0. */
  readonly uncertainty?: Readonly<Record<string, DrawRange>>;
  /** Staff in post on an average day, across replications (the readable table's row; not in the --json document). */
  readonly staffInPost?: number;
  /**
   * How many replications gave each metric a value (the readable table's note; not in the --json
   * document): fewer than the run's when a metric had nothing to measure in some (NaN: team scores
   * with nobody in post in the last 90 days, a rate per worker-year without a worker-day in post).
   */
  readonly metricReps?: Readonly<Record<MetricName, number>>;
}

/**
 * Runs `reps` replications of a scenario and summarises each metric across them. Only the
 * metric values are kept (reps × metrics numbers); each replication's state is dropped as soon
 * as it is folded in. Replication r uses stream key (seed, point, r) whatever the policy, so
 * packages run with the same seed see the same community events.
 */
export function runEnsemble(scenario: Scenario, options: EnsembleOptions): PolicyOutcome {
  const params = modelParameters(scenario);
  const values = Object.fromEntries(METRIC_NAMES.map((m) => [m, new Float64Array(options.reps)])) as Record<MetricName, Float64Array>;
  const tallies = new Float64Array(options.reps * GROUP_TALLY_WIDTH);
  for (let rep = 0; rep < options.reps; rep++) {
    const result = runReplication(params, { seed: options.seed, point: options.point ?? 0, replication: rep });
    for (const m of METRIC_NAMES) values[m][rep] = result.metrics[m];
    tallies.set(result.groups, rep * GROUP_TALLY_WIDTH);
    options.onReplication?.(result, rep);
  }
  return ensembleOutcome(scenario, values, tallies, options.reps);
}

/** A scenario's outcome from its replications' metric values (each reps long, in replication order) and group tallies (reps × GROUP_TALLY_WIDTH). */
export function ensembleOutcome(scenario: Scenario, values: Readonly<Record<MetricName, Float64Array>>, tallies: Float64Array, reps: number): PolicyOutcome {
  const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, summarize(values[m])])) as { [M in MetricName]: Summary };
  return { policy: scenario.policy.name, metrics, groups: groupOutcomes(tallies, reps, presentGroups([tallies], reps)) };
}
