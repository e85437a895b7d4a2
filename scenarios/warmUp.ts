import { withValueAt } from '../sim/params/fields';
import { packageDepartures } from './packageDepartures';
import { isPackageId } from './presets/packages';
import { resolveScenario } from './resolve';
import type { Scenario } from './schema';

// The warm-up (population.warmUpDays; docs/ODD.md §5, "Warm-up"): the team works the days before
// day 0 under the organization's current practice, so that day 0 finds it as it is today, and
// every package of a comparison starts from that team. Current practice is the status quo with
// whatever the scenario file or --set changed from its package's levers: those describe the
// organization (its pay, its workweek) and hold under every package. A policy not named after a
// package has no package to take away, and is current practice as it stands.

/** The status-quo package's policy, resolved once. */
let statusQuo: Scenario['policy'] | undefined;

/** The policy the team works under during the warm-up of `scenario`. */
export function warmUpPolicy(scenario: Scenario): Scenario['policy'] {
  if (!isPackageId(scenario.policy.name)) return scenario.policy;
  statusQuo ??= resolveScenario({ policy: 'status-quo' }).policy;
  let policy = statusQuo;
  for (const departure of packageDepartures(scenario)) policy = withValueAt(policy, departure.path.split('.').slice(1), departure.value);
  return policy;
}

/** The scenario of the warm-up: `scenario` under its warm-up policy, without scheduled changes. */
export function warmUpScenario(scenario: Scenario): Scenario {
  return { ...scenario, policy: warmUpPolicy(scenario), changes: [] };
}

/** What current practice is for `scenario`, in words: "the status quo", "the status quo with ...". */
function practiceWords(scenario: Scenario): string {
  if (!isPackageId(scenario.policy.name)) return `its own policy (${scenario.policy.name}, not a package)`;
  return packageDepartures(scenario).length > 0 ? 'the status quo with the levers changed by the scenario file or --set' : 'the status quo';
}

/** "Day 0 follows 180 warm-up days under the status quo, not recorded", or undefined without a warm-up. */
export function warmUpSummary(scenario: Scenario): string | undefined {
  const days = scenario.population.warmUpDays;
  if (days === 0) return undefined;
  return `day 0 follows ${days} warm-up day${days === 1 ? '' : 's'} under ${practiceWords(scenario)}, not recorded`;
}
