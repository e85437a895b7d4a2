import { addedSeats } from '../scenarios/fundedSeats';
import { isPackageId, PACKAGES } from '../scenarios/presets/packages';
import type { Scenario } from '../scenarios/schema';
import type { SeatAdders } from './format';

const SHARE = 'policy.staffing.extraSeatShare';

/** Whether the seats `scenario` adds are its package's own share (multi-level's), not one a file or --set gave. */
function packageAdds(scenario: Scenario): boolean {
  return isPackageId(scenario.policy.name) && PACKAGES[scenario.policy.name].patch.policy?.staffing?.extraSeatShare === scenario.policy.staffing.extraSeatShare;
}

/**
 * Who adds the seats of a run or compare, for the note under its outcome table (`columns`: the
 * arms' names as the table heads them). A --set of the share gives every arm the same, and so does
 * a scenario file under packages (a file's policy overrides every package's): said once, as that
 * source's. Otherwise each arm that adds seats is named; a run's one column is headed by its
 * package, so a run whose seats are not the package's own names its scenario instead.
 */
export function seatAdders(scenarios: readonly Scenario[], columns: readonly string[], overrides: readonly (readonly [string, unknown])[], arm: 'package' | 'scenario'): SeatAdders {
  const adding = scenarios.map((s) => addedSeats(s) > 0);
  if (!adding.some(Boolean)) return [];
  const alike = adding.every(Boolean) && scenarios.every((s) => s.policy.staffing.extraSeatShare === scenarios[0].policy.staffing.extraSeatShare);
  const every = scenarios.length > 1 ? `every ${arm}` : undefined;
  const set = overrides.find(([path]) => path === SHARE);
  if (set !== undefined && alike) return { source: `--set ${SHARE}=${String(set[1])}`, every };
  if (arm === 'package' && scenarios.length === 1 && !packageAdds(scenarios[0])) return [`scenario ${scenarios[0].name}`];
  if (arm === 'package' && alike && !scenarios.every(packageAdds)) return { source: `scenario ${scenarios[0].name}`, every };
  return columns.filter((_, k) => adding[k]);
}
