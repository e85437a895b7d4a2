import { ROLE_PROFILES, ROLES } from '../models/roles';
import { roleSeatCounts, roleShares } from '../models/roleSeats';
import type { Scenario } from './schema';

// Who the team is, in one line under the run's header and the report's title: a planner's report
// named the scenario but showed the team's roles only inside the resolved YAML.

const percent = (share: number) => `${Number((share * 100).toPrecision(3))}%`;

/**
 * "14 funded seats in teams of 7: Harm reduction outreach worker 10, Peer navigator / community
 * health worker 4; 5.6 expected to have lived experience of substance use (drawn for each worker by
 * role); 47% live in the community they serve". The seats per role are those the model assigns
 * (population.roleMix's shares by largest remainder); seats a package adds are not in it.
 */
export function teamMakeup(scenario: Pick<Scenario, 'population'>): string {
  const p = scenario.population;
  const seats = roleSeatCounts(roleShares(p.roleMix), p.seats);
  const roles = ROLES.flatMap((r, k) => (seats[k] > 0 ? [`${ROLE_PROFILES[r].label} ${seats[k]}`] : []));
  const lived = ROLES.reduce((sum, r, k) => sum + seats[k] * p.livedExperience[r], 0);
  const teams = p.teamSize >= p.seats ? 'in one team' : `in teams of ${p.teamSize}`;
  return (
    `${p.seats} funded seat${p.seats === 1 ? '' : 's'} ${teams}: ${roles.join(', ')}; ` +
    `${Number(lived.toFixed(1))} expected to have lived experience of substance use (drawn for each worker by role); ` +
    `${percent(p.livesInCommunityShare)} live in the community they serve`
  );
}

/** "Team: ..." for a run's arms: one line where every arm's team is the same, else one per arm under it. */
export function teamLines(scenarios: readonly Pick<Scenario, 'population' | 'policy'>[]): string[] {
  const each = scenarios.map(teamMakeup);
  if (each.every((t) => t === each[0])) return [`Team: ${each[0]}`];
  return ['Team:', ...scenarios.map((s, k) => `  ${s.policy.name}: ${each[k]}`)];
}
