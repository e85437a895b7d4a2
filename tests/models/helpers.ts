import { METRIC_NAMES, type MetricName } from '../../models/metrics';
import { SERIES, SERIES_COUNT, type SeriesName } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { resolveScenario } from '../../scenarios/resolve';

export type Overrides = readonly (readonly [string, unknown])[];

export interface Outcome {
  metric(name: MetricName): number;
  /** Mean of a daily series over the whole horizon and all replications. */
  series(name: SeriesName): number;
}

/**
 * Runs a few replications of the default population with overrides, on fixed seeds (common
 * random numbers across calls), and returns mean metrics and series.
 */
export function outcome(overrides: Overrides = [], options: { reps?: number; days?: number; population?: string; policy?: string } = {}): Outcome {
  const reps = options.reps ?? 8;
  const days = options.days ?? 730;
  const scenario = resolveScenario({ population: options.population, policy: options.policy, overrides: [['days', days], ...overrides] });
  const params = modelParameters(scenario);
  const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, 0])) as Record<MetricName, number>;
  const series = new Float64Array(SERIES_COUNT);
  for (let rep = 0; rep < reps; rep++) {
    const result = runReplication(params, { seed: 11, point: 0, replication: rep });
    for (const m of METRIC_NAMES) metrics[m] += result.metrics[m] / reps;
    for (let d = 0; d < days; d++) for (let s = 0; s < SERIES_COUNT; s++) series[s] += result.record[d * SERIES_COUNT + s] / (reps * days);
  }
  return { metric: (name) => metrics[name], series: (name) => series[SERIES[name]] };
}
