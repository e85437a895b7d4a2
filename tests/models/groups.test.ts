import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../models/ensemble';
import { groupTurnoverDifference } from '../../models/groupDifference';
import { GROUP_COUNT, GROUP_TALLY_WIDTH, GROUPS, groupOutcomes, groupTurnover, pooledTurnover, presentGroups } from '../../models/groups';
import { pairedDifference } from '../../models/pairedDifference';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { ROLES } from '../../models/roles';
import { SEPARATION_COLUMNS, separationRows } from '../../models/outputs';
import { stepDay } from '../../models/step';
import { STATUS } from '../../models/workforce';
import { createWorld } from '../../models/world';
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

  it("writes each leaver's lived experience and community residence into the separation rows, as they were in post", () => {
    const world = createWorld(modelParameters(resolveScenario({ overrides: [['days', 365]] })), { seed: 5, point: 0, replication: 1 });
    const flags = new Map<number, string>();
    const w = world.w;
    while (world.day < 365) {
      for (let i = 0; i < w.size; i++) if (w.status[i] !== STATUS.vacant) flags.set(w.workerId[i], `${w.livedExperience[i]}${w.livesInCommunity[i]}`);
      stepDay(world);
    }
    const rows: number[] = [];
    const count = separationRows(world.separations, rows);
    expect(count, 'the fixture has leavers').toBeGreaterThan(4);
    const width = SEPARATION_COLUMNS.length;
    const at = (row: number, column: (typeof SEPARATION_COLUMNS)[number]) => rows[row * width + SEPARATION_COLUMNS.indexOf(column)];
    const written = Array.from({ length: count }, (_, k) => `${at(k, 'livedExperience')}${at(k, 'livesInCommunity')}`);
    expect(written).toEqual(Array.from({ length: count }, (_, k) => flags.get(at(k, 'worker'))));
    // Both flags vary among the leavers, so the check compares something.
    expect(new Set(written).size).toBeGreaterThan(2);
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
    // 1 separation over 3 worker-years in post (the replications' own rates, 0.5 and 0 a year, range it).
    expect(first.turnoverPerYear.mean).toBeCloseTo(1 / 3, 12);
    expect([first.turnoverPerYear.p05, first.turnoverPerYear.p95]).toEqual([0.025, 0.475]);
    expect(second).toMatchObject({ by: 'role', group: ROLES[1], reps: 1, workerYears: 0.5 });
    expect(second.turnoverPerYear.mean).toBe(2);
    // The other package lists the same groups, with nobody in post: no replication to summarize.
    const none = groupOutcomes(empty, 2, present);
    expect(none.map((g) => g.group)).toEqual([ROLES[0], ROLES[1]]);
    expect(none.map((g) => g.reps)).toEqual([0, 0]);
    expect(GROUPS.slice(-2).map((g) => g.label)).toEqual(['With lived experience', 'Without lived experience']);
  });

  it("weighs each worker-day alike: a replication with the group's one worker in post for a month does not outweigh years of others", () => {
    // 19 replications with one worker in post all year who stays, and one whose worker was hired late and left within 30 days.
    const reps = 20;
    const tallies = new Float64Array(reps * GROUP_TALLY_WIDTH);
    for (let r = 0; r < reps; r++) tallies[r * GROUP_TALLY_WIDTH] = 365;
    tallies[19 * GROUP_TALLY_WIDTH] = 30;
    tallies[19 * GROUP_TALLY_WIDTH + GROUP_COUNT] = 1;
    const [group] = groupOutcomes(tallies, reps, GROUPS.map((_, g) => g === 0));
    // 1 separation over 19 + 30/365 worker-years: 5.2% a year, not the replications' mean rate (1,217% / 20 = 61%).
    expect(group.turnoverPerYear.mean).toBeCloseTo(365 / (19 * 365 + 30), 12);
    expect(pooledTurnover(tallies, [19], 0)).toBeCloseTo(365 / 30, 12);
    // The range is still each replication's own rate: that one future lost its worker within a month.
    expect(group.turnoverPerYear.p95).toBeGreaterThan(0.5);
  });

  it("a package's difference in a group's turnover is the difference of the pooled rates, with the ratio estimator's standard error", () => {
    const reps = 30;
    const tally = (days: (r: number) => number, separations: (r: number) => number) => {
      const t = new Float64Array(reps * GROUP_TALLY_WIDTH);
      for (let r = 0; r < reps; r++) {
        t[r * GROUP_TALLY_WIDTH] = days(r);
        t[r * GROUP_TALLY_WIDTH + GROUP_COUNT] = separations(r);
      }
      return t;
    };
    // Equal worker-days in every replication: the pooled rates are the replications' mean rates, and the
    // standard error is that of the paired differences of the rates.
    const base = tally(() => 730, (r) => r % 3);
    const other = tally(() => 730, (r) => (r % 3) - (r % 2 === 0 && r % 3 > 0 ? 1 : 0));
    const even = groupTurnoverDifference(other, base, reps, 0)!;
    const rates = (t: Float64Array) => Array.from({ length: reps }, (_, r) => groupTurnover(t, r * GROUP_TALLY_WIDTH, 0)!);
    const plain = pairedDifference(rates(other), rates(base));
    expect(even.reps).toBe(reps);
    expect(even.turnoverPerYear.mean).toBeCloseTo(plain.mean, 12);
    expect(even.turnoverPerYear.se).toBeCloseTo(plain.se!, 12);
    expect(even.turnoverPerYear).toMatchObject({ p05: plain.p05, p95: plain.p95, positive: plain.positive, zero: plain.zero, negative: plain.negative });
    // Unequal worker-days: the mean is pooled other − pooled base, over the replications both had anyone in post in.
    const uneven = tally((r) => (r === 4 ? 0 : 30 + 50 * r), (r) => r % 4);
    const d = groupTurnoverDifference(uneven, base, reps, 0)!;
    const paired = Array.from({ length: reps }, (_, r) => r).filter((r) => r !== 4);
    expect(d.reps).toBe(reps - 1);
    expect(d.turnoverPerYear.mean).toBeCloseTo(pooledTurnover(uneven, paired, 0) - pooledTurnover(base, paired, 0), 12);
    // The linearization agrees with the jackknife's standard error of the same difference of pooled rates (0.151 both, to 0.2%).
    const pooledDifference = (reps: number[]) => pooledTurnover(uneven, reps, 0) - pooledTurnover(base, reps, 0);
    const leaveOneOut = paired.map((k) => pooledDifference(paired.filter((r) => r !== k)));
    const centre = leaveOneOut.reduce((a, b) => a + b, 0) / paired.length;
    const jackknife = Math.sqrt(((paired.length - 1) / paired.length) * leaveOneOut.reduce((a, x) => a + (x - centre) ** 2, 0));
    expect(d.turnoverPerYear.se! / jackknife).toBeGreaterThan(0.98);
    expect(d.turnoverPerYear.se! / jackknife).toBeLessThan(1.02);
    // The same tallies under both: no difference, no error.
    expect(groupTurnoverDifference(base, base, reps, 0)!.turnoverPerYear).toMatchObject({ mean: 0, se: 0 });
    // No replication with anyone in post under both: nothing to pair.
    expect(groupTurnoverDifference(tally(() => 0, () => 0), base, reps, 0)).toBeUndefined();
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
