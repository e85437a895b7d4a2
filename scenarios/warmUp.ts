import { isStatusQuoPractice, resolveScenario } from './resolve';
import type { Scenario } from './schema';

// The warm-up (population.warmUpDays; docs/ODD.md §5 step 6): before day 0 the team works under
// the organization's current practice (the scenario's `practice`: the status quo unless a file or
// --set says otherwise), so that day 0 finds it as such a team usually is, and everything else
// (the package, and any lever a scenario file's policy, --set policy.* or the app's sliders
// change) starts on day 0, for every arm of a comparison alike. Only the seats are the run's, as
// their number is fixed for the whole run: those it adds are vacant until day 0.

/** The status-quo package's policy, resolved once. */
let statusQuo: Scenario['policy'] | undefined;

/** The status-quo package's policy: the practice of every preset. */
export function statusQuoPolicy(): Scenario['policy'] {
  statusQuo ??= resolveScenario({ policy: 'status-quo' }).policy;
  return statusQuo;
}

/** The policy the team works under during `scenario`'s warm-up: its practice (the status quo's levers unless it sets others). */
export function warmUpPolicy(scenario: Scenario): Scenario['policy'] {
  const statusQuoLevers = statusQuoPolicy();
  if (isStatusQuoPractice(scenario.practice)) return statusQuoLevers;
  return { ...statusQuoLevers, ...scenario.practice, name: 'practice', description: "The organization's current practice (the scenario's practice field)." };
}

/** The scenario of the warm-up: `scenario` under its practice, without scheduled changes. */
export function warmUpScenario(scenario: Scenario): Scenario {
  return { ...scenario, policy: warmUpPolicy(scenario), changes: [] };
}

/** "day 0 follows 365 warm-up days under the status-quo package, not recorded", or undefined without a warm-up. */
export function warmUpSummary(scenario: Scenario): string | undefined {
  const days = scenario.population.warmUpDays;
  if (days === 0) return undefined;
  const under = isStatusQuoPractice(scenario.practice) ? 'the status-quo package' : "the scenario's current practice";
  return `day 0 follows ${days} warm-up day${days === 1 ? '' : 's'} under ${under}, not recorded`;
}
