import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../models/ensemble';
import { GROUP_COUNT, GROUP_TALLY_WIDTH, GROUPS, groupOutcomes, groupTurnover, presentGroups } from '../../models/groups';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { ROLES } from '../../models/roles';
import { resolveScenario } from '../../scenarios/resolve';

const sum = (values: ArrayLike<number>, from = 0, to = values.length) => {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i];
  return total;
};

describe('turnover by role and lived experience', () => {
  it("adds up to the team's: worker-days to the daily headcount and separations to the team's, by role and by lived experience alike", () => {
    const days = 365;
    const params = modelParameters(resolveScenario({ overrides: [['days', days]] }));
    for (let rep = 0; rep < 3; rep++) {
      const r = runReplication(params, { seed: 5, point: 0, replication: rep });
      let headcountDays = 0;
      let separations = 0;
      for (let d = 0; d < days; d++) {
        headcountDays += r.record[d * SERIES_COUNT + SERIES.headcount];
        separations += r.record[d * SERIES_COUNT + SERIES.separations];
      }
      expect(separations, 'the fixture has leavers').toBeGreaterThan(0);
      const roles = ROLES.length;
      expect(sum(r.groups, 0, roles)).toBe(headcountDays);
      expect(sum(r.groups, roles, GROUP_COUNT)).toBe(headcountDays);
      expect(sum(r.groups, GROUP_COUNT, GROUP_COUNT + roles)).toBe(separations);
      expect(sum(r.groups, GROUP_COUNT + roles, GROUP_TALLY_WIDTH)).toBe(separations);
      // The team's turnover is the groups' pooled: separations × 365 / worker-days in post.
      expect(r.metrics.turnoverPerYear).toBeCloseTo((separations * 365) / headcountDays, 12);
      // A role the default population does not staff has no worker-days and no turnover.
      expect(groupTurnover(r.groups, 0, ROLES.indexOf('nurse'))).toBeUndefined();
    }
  });

  it('summarizes each group present under any package across the replications that had it in post', () => {
    // Two replications of three groups' worth of tallies: role 0 in post in both, role 1 only in the second, the rest never.
    const tally = (workerDays: Record<number, number>, separations: Record<number, number>) => {
      const t = new Float64Array(GROUP_TALLY_WIDTH);
      for (const [g, v] of Object.entries(workerDays)) t[Number(g)] = v;
      for (const [g, v] of Object.entries(separations)) t[GROUP_COUNT + Number(g)] = v;
      return t;
    };
    const a = new Float64Array([...tally({ 0: 730 }, { 0: 1 }), ...tally({ 0: 365, 1: 365 }, { 0: 0, 1: 2 })]);
    const empty = new Float64Array(2 * GROUP_TALLY_WIDTH);
    const present = presentGroups([a, empty], 2);
    expect(present.filter(Boolean)).toHaveLength(2);
    const [first, second] = groupOutcomes(a, 2, present);
    expect(first).toMatchObject({ by: 'role', group: ROLES[0], reps: 2, workerYears: 1.5 });
    expect(first.turnoverPerYear.mean).toBeCloseTo(0.25, 12); // 0.5 and 0 a year
    expect(second).toMatchObject({ by: 'role', group: ROLES[1], reps: 1, workerYears: 0.5 });
    expect(second.turnoverPerYear.mean).toBe(2);
    // The other package lists the same groups, with nobody in post: no replication to summarize.
    const none = groupOutcomes(empty, 2, present);
    expect(none.map((g) => g.group)).toEqual([ROLES[0], ROLES[1]]);
    expect(none.map((g) => g.reps)).toEqual([0, 0]);
    expect(GROUPS.slice(-2).map((g) => g.label)).toEqual(['With lived experience', 'Without lived experience']);
  });

  it('support tailored to lived experience lowers the turnover of staff with lived experience, and barely that of the others', () => {
    const run = (overrides: [string, unknown][]) => {
      const groups = runEnsemble(resolveScenario({ overrides: [['days', 730], ...overrides] }), { seed: 11, reps: 16 }).groups!;
      const of = (group: string) => groups.find((g) => g.by === 'livedExperience' && g.group === group)!.turnoverPerYear.mean;
      return { yes: of('yes'), no: of('no') };
    };
    const without = run([]);
    const tailored = run([['policy.peerSupport.livedExperienceSupport', true]]);
    // They leave more to begin with: the trigger (lived experience adds compassion stress), and the exposed roles they fill.
    expect(without.yes).toBeGreaterThan(without.no + 0.1);
    // Tailored support relieves the trigger, which only they carry (about −8 points here; the others, through the team, −0.3).
    expect(tailored.yes - without.yes).toBeLessThan(-0.04);
    expect(Math.abs(tailored.no - without.no)).toBeLessThan(Math.abs(tailored.yes - without.yes) / 3);
  });
});
