import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../scenarios/resolve';
import { teamLines, teamMakeup } from '../../scenarios/teamMakeup';

describe('the team line', () => {
  it("names the seats, the team size, each role's seats as the model assigns them, the expected staff with lived experience and the residents", () => {
    const team = resolveScenario({ file: { population: { seats: 14, teamSize: 7, roleMix: { 'harm-reduction': 10, 'peer-navigator': 4 }, livesInCommunityShare: 0.5 } } });
    // Harm reduction staff have lived experience with their role's chance, peer navigators with theirs.
    const lived = 10 * team.population.livedExperience['harm-reduction'] + 4 * team.population.livedExperience['peer-navigator'];
    expect(teamMakeup(team)).toBe(
      `14 funded seats in teams of 7: Harm reduction outreach worker 10, Peer navigator / community health worker 4; ${Number(lived.toFixed(1))} expected to have lived experience of substance use (drawn for each worker by role); 50% live in the community they serve`,
    );
    expect(teamMakeup(resolveScenario({ file: { population: { seats: 3, teamSize: 4 } } }))).toMatch(/^3 funded seats in one team: /);
  });

  it('gives the seats per role by largest remainder, as the model assigns them, leaving out roles with none', () => {
    // 1/3 each of 4 seats: 2, 1, 1 (the first role listed takes the extra seat).
    const text = teamMakeup(resolveScenario({ file: { population: { seats: 4, roleMix: { police: 1, nurse: 1, clergy: 1 } } } }));
    expect(text).toContain(': Police officer 2, Clergy 1, Nurse 1;');
    expect(text).not.toContain('Social worker');
  });

  it('is one line where every arm has the same team, else one per arm', () => {
    const a = resolveScenario({ policy: 'status-quo' });
    const b = resolveScenario({ policy: 'multi-level' });
    expect(teamLines([a, b])).toEqual([`Team: ${teamMakeup(a)}`]);
    const small = resolveScenario({ file: { name: 'small', population: { seats: 6 } } });
    expect(teamLines([a, small])).toEqual(['Team:', `  status-quo: ${teamMakeup(a)}`, `  ${small.policy.name}: ${teamMakeup(small)}`]);
  });
});
