import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../sim/params/issues';
import { planInput, resolvePlan } from '../../scenarios/plan';
import { planDesign, pointScenario } from '../../scenarios/planDesign';
import { resolveScenario } from '../../scenarios/resolve';
import { inputErrorOf } from '../inputErrorOf';

// A plan that builds on a scenario (base: team.yaml, read by the command line into { file, scenario })
// runs each point as that scenario with the plan's set and the point's values, as --set would.

const team = {
  name: 'riverside',
  base: { population: 'ct-harm-reduction' },
  population: { seats: 12, roleMix: { 'harm-reduction': 8, 'peer-navigator': 4 } },
  practice: { compensation: { ptoDaysPerYear: 20 } },
  community: { demandPerSeat: 5.5 },
  costs: { salary: 48000 },
};
const planOn = (base: unknown, extra: Record<string, unknown> = {}) => ({ name: 'on-team', base, set: { days: 90 }, parameters: { 'community.stigma': { min: 0.2, max: 0.8 } }, design: 'grid', levels: 2, reps: 2, ...extra });
const messages = (input: unknown) => inputErrorOf(() => resolvePlan(input)).issues.map(formatIssue);

describe('a sweep plan built on a scenario', () => {
  it("runs each point as the scenario with the plan's set and the point's values, its practice and population kept", () => {
    const plan = resolvePlan(planOn({ file: 'team.yaml', scenario: team }));
    expect(plan.population).toBe('ct-harm-reduction');
    expect(plan.policy).toBe('status-quo');
    const point = pointScenario(plan, [0.8]);
    expect(point).toEqual(resolveScenario({ file: team, overrides: [['days', 90], ['community.stigma', 0.8]] }));
    expect(point.population.seats).toBe(12);
    expect(point.policy.compensation.ptoDaysPerYear).toBe(20);
    expect(point.community.demandPerSeat).toBe(5.5);
  });

  it("runs the scenario's own package, or base.policy's in its place, and each point's package where the plan varies it", () => {
    const withPackage = { ...team, base: { population: 'ct-harm-reduction', policy: 'opt-out-support' } };
    expect(pointScenario(resolvePlan(planOn({ scenario: withPackage })), [0.5]).policy.supervision.mode).toBe('opt-out');
    const replaced = resolvePlan(planOn({ scenario: withPackage, policy: 'status-quo' }));
    expect(replaced.policy).toBe('status-quo');
    expect(pointScenario(replaced, [0.5])).toEqual(resolveScenario({ file: withPackage, policy: 'status-quo', overrides: [['days', 90], ['community.stigma', 0.5]] }));
    const varied = resolvePlan(planOn({ scenario: team }, { parameters: { policy: { values: ['status-quo', 'multi-level'] } } }));
    const scenarios = planDesign(varied).values.map((v) => pointScenario(varied, v));
    expect(scenarios.map((s) => s.policy.name)).toEqual(['status-quo', 'multi-level']);
    expect(scenarios.every((s) => s.policy.compensation.ptoDaysPerYear === 20 && s.population.seats === 12)).toBe(true);
  });

  it('is written back whole into the plan-file format (plan.json), and read back as the same plan', () => {
    for (const base of [{ file: 'team.yaml', scenario: team }, { scenario: team, policy: 'multi-level' }, { scenario: { ...team, base: { policy: 'multi-level' } } }]) {
      const plan = resolvePlan(planOn(base));
      expect(planInput(plan).base).toEqual(base);
      expect(resolvePlan(planInput(plan))).toEqual(plan);
    }
  });

  it("names a problem of the scenario with its file, and the plan's own problems as the plan's", () => {
    const bad = { ...team, population: { ...team.population, seats: 12.5 } };
    expect(messages(planOn({ file: 'team.yaml', scenario: bad }, { set: { 'community.stigma': 2, days: 90 }, parameters: { 'community.fatality': { min: 0.1, max: 0.2 } } }))).toEqual([
      'team.yaml: population.seats: 12.5 is not a whole number; expected a whole number from 1 to 100000 (seats)',
      'set.community.stigma: 2 is out of range; expected 0 to 1; if 2 is a percentage, write 0.02',
    ]);
    expect(messages(planOn({ scenario: bad }))).toEqual(['base.scenario.population.seats: 12.5 is not a whole number; expected a whole number from 1 to 100000 (seats)']);
    expect(messages(planOn({ scenario: team, policy: 'opt-out-suport' }))[0]).toMatch(/^base\.policy: "opt-out-suport" is not a policy package/);
  });

  it("names the scenario file's days as what ends a point before a change's day", () => {
    const short = { ...team, days: 100, changes: [{ day: 150, set: { 'community.stigma': 0.9 } }] };
    const plan = { ...planOn({ file: 'team.yaml', scenario: short }), set: {} };
    expect(messages(plan).join('\n')).toContain("team.yaml's days (give another with set: { days: N })");
  });

  it("names the default horizon, not the population preset (no preset sets days), where neither the plan nor its base gives days", () => {
    const changed = { name: 'late', set: { changes: [{ day: 2000, set: { 'community.stigma': 0.9 } }] }, parameters: { 'community.fatality': { min: 0.1, max: 0.2 } }, design: 'grid', levels: 2, reps: 1 };
    const said = messages(changed).join('\n');
    expect(said).toContain('the run has 1095 days, set by the default horizon (give another with set: { days: N })');
    expect(said).not.toContain('population');
  });

  it('refuses a base that mixes the two forms, or names a file it does not carry, saying what to write', () => {
    expect(messages(planOn({ scenario: team, population: 'ma-outreach' }))).toEqual([
      `base.population: "ma-outreach" is not allowed beside base.scenario, whose own base names its population preset (base: { population: ID } in the scenario file); remove it, or set population fields in the plan's set`,
    ]);
    expect(messages(planOn({ file: 'team.yaml' }))[0]).toMatch(/^base\.file: names a scenario file without its content \(base\.scenario\), which the command line reads \(cfsim sweep, cfsim validate\); a plan given in code carries it: base: \{ file: "team\.yaml", scenario: \{ \.\.\. \} \}$/);
    expect(messages(planOn({ scenario: 'team.yaml' }))[0]).toMatch(/to build on the scenario file "team\.yaml", write base: team\.yaml$/);
    expect(messages(planOn('team.yaml'))[0]).toMatch(/^base: "team\.yaml" names a scenario file, which the command line reads/);
    expect(messages(planOn({ population: 'team.yaml' }))[0]).toMatch(/to build on a scenario file, name it as the whole base: base: team\.yaml$/);
    expect(messages(planOn(3))[0]).toMatch(/^base: 3 is not allowed; expected \{ population: ID, policy: ID \}/);
  });
});
