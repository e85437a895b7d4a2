import { resolveScenario } from './resolve';
import type { Scenario } from './schema';

// The warm-up (population.warmUpDays; docs/ODD.md §5 step 6): before day 0 the team works under
// the status-quo package, so that day 0 finds it as such a team usually is, and everything that
// differs from the status quo (the package, and any lever a scenario file, --set or the app's
// sliders change) starts on day 0, for every arm of a comparison alike. Only the seats are the
// run's, as their number is fixed for the whole run: those it adds are vacant until day 0.

/** The status-quo package's policy, resolved once. */
let statusQuo: Scenario['policy'] | undefined;

/** The policy the team works under during a warm-up: the status-quo package's. */
export function warmUpPolicy(): Scenario['policy'] {
  statusQuo ??= resolveScenario({ policy: 'status-quo' }).policy;
  return statusQuo;
}

/** The scenario of the warm-up: `scenario` under the status-quo package, without scheduled changes. */
export function warmUpScenario(scenario: Scenario): Scenario {
  return { ...scenario, policy: warmUpPolicy(), changes: [] };
}

/** "day 0 follows 365 warm-up days under the status-quo package, not recorded", or undefined without a warm-up. */
export function warmUpSummary(scenario: Scenario): string | undefined {
  const days = scenario.population.warmUpDays;
  if (days === 0) return undefined;
  return `day 0 follows ${days} warm-up day${days === 1 ? '' : 's'} under the status-quo package, not recorded`;
}
