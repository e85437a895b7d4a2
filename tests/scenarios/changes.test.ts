import { describe, expect, it } from 'vitest';
import { changeLabel, scenarioPeriods } from '../../scenarios/changes';
import { parseAssignment, parseScenarioText } from '../../scenarios/parse';
import { resolvePlan } from '../../scenarios/plan';
import { planDesign, pointScenario } from '../../scenarios/planDesign';
import { resolveScenario } from '../../scenarios/resolve';
import { InputError } from '../../sim/params/issues';
import { fieldAt } from '../../sim/params/fields';
import { scenarioField } from '../../scenarios/schema';

const file = parseScenarioText(`
base: { population: ct-harm-reduction }
changes:
  - day: 365
    set: { policy.supervision.mode: opt-out, policy.supervision.intervalDays: 14 }
  - day: 730
    set: { community.overdoseBurden: 2, policy.supervision.intervalDays: 7 }
`);

/** The problems resolving `request` reports (none if it resolves). */
function issuesOf(request: Parameters<typeof resolveScenario>[0]): { path: string; message: string }[] {
  try {
    resolveScenario(request);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [...error.issues];
  }
}

describe('scheduled changes in a scenario', () => {
  it('--set on an entry of the list says the list is set whole, and how', () => {
    expect(() => resolveScenario({ overrides: [['changes.0.day', 3]] })).toThrow(/changes\.0\.day: is not a field path: changes is a list, set whole, e\.g\. --set 'changes=\[\{day: 365/);
  });

  it('a field path written beside day rather than under set is told to go under set, with the entry rewritten', () => {
    const beside = parseScenarioText(`
changes:
  - day: 10
    community.stigma: 0.2
  - day: 20
    set: { policy.supervision.mode: opt-out }
    community: { tightKnit: 0.3 }
  - community.stigma: 0.1
`);
    expect(issuesOf({ file: beside })).toEqual([
      { path: 'changes[0]', value: { day: 10, 'community.stigma': 0.2 }, message: 'community.stigma is a field to change, which goes under set, by full path; write the entry as { day: 10, set: { community.stigma: 0.2 } }' },
      {
        path: 'changes[1]',
        value: { day: 20, set: { 'policy.supervision.mode': 'opt-out' }, community: { tightKnit: 0.3 } },
        message: 'community is a field to change, which goes under set, by full path; write the entry as { day: 20, set: { policy.supervision.mode: opt-out, community.tightKnit: 0.3 } }',
      },
      { path: 'changes[2]', value: { 'community.stigma': 0.1 }, message: 'community.stigma is a field to change, which goes under set, by full path; write the entry as { day: DAY, set: { community.stigma: 0.1 } }' },
      // The day is still needed; set is not said to be missing again.
      { path: 'changes[2].day', value: undefined, message: 'is missing; every entry needs day and set' },
    ]);
    // A field set would refuse is refused as set refuses it, not moved into an entry refused in turn;
    // one given both beside set and under it is named, not written twice into the entry.
    const fixed = parseScenarioText(`
changes:
  - { day: 10, days: 30 }
  - { day: 20, population: { seats: 3 }, community.tightKnit: 0.2 }
  - { day: 30, community.stigma: 0.2, set: { community.stigma: 0.3 } }
`);
    expect(issuesOf({ file: fixed })).toEqual([
      { path: 'changes[0].days', value: 30, message: 'cannot change during a run: the horizon is fixed when the run starts' },
      { path: 'changes[0].set', value: undefined, message: 'is missing; every entry needs day and set' },
      { path: 'changes[1]', value: { day: 20, population: { seats: 3 }, 'community.tightKnit': 0.2 }, message: 'community.tightKnit is a field to change, which goes under set, by full path; write the entry as { day: 20, set: { community.tightKnit: 0.2 } }' },
      { path: 'changes[1].population.seats', value: 3, message: expect.stringMatching(/^cannot change during a run: the workforce is built on day 0/) },
      { path: 'changes[2].community.stigma', value: 0.2, message: 'is given twice, beside set (0.2) and under it (0.3); keep one, under set' },
    ]);
    // A key that names no field is still an unknown field.
    expect(issuesOf({ file: parseScenarioText('changes:\n  - { day: 10, foo: 1 }\n') }).map((i) => i.path)).toEqual(['changes[0].set', 'changes[0].foo']);
  });

  it('a value beside day that its field refuses is said in the same message as the layout, with the percentage hint, so both are fixed at once', () => {
    const beside = parseScenarioText(`
changes:
  - { day: 10, community.stigma: 20 }
  - { day: 20, community: { stigma: 0.3, tightKnit: -0.5 }, policy.supervision.mode: opt-outt }
`);
    expect(issuesOf({ file: beside })).toEqual([
      {
        path: 'changes[0]',
        value: { day: 10, 'community.stigma': 20 },
        message: 'community.stigma is a field to change, which goes under set, by full path; write the entry as { day: 10, set: { community.stigma: 20 } }, and fix its value too (community.stigma: 20 is out of range; expected 0 to 1; if 20 is a percentage, write 0.2)',
      },
      {
        path: 'changes[1]',
        value: { day: 20, community: { stigma: 0.3, tightKnit: -0.5 }, 'policy.supervision.mode': 'opt-outt' },
        message: expect.stringMatching(
          /write the entry as \{ day: 20, set: \{ community\.stigma: 0\.3, community\.tightKnit: -0\.5, policy\.supervision\.mode: opt-outt \} \}, and fix these values too \(community\.tightKnit: -0\.5 is out of range; expected 0 to 1; and policy\.supervision\.mode: "opt-outt" is not allowed; expected one of "none", "opt-in", "opt-out" \(did you mean "opt-out"\?\)\)$/,
        ),
      },
    ]);
  });

  it('days out of range or order are listed with the file\'s other problems, all at once', () => {
    const bad = parseScenarioText(`
community: { stigma: 7 }
changes:
  - { day: 5000, set: { policy.supervision.mode: opt-out } }
  - { day: 10, set: { community.overdoseBurden: 2 } }
`);
    const issues = issuesOf({ file: bad });
    expect(issues.map((i) => i.path)).toEqual(['community.stigma', 'changes[0].day', 'changes[1].day']);
    expect(issues[1].message).toContain('expected a day from 1 to 1094');
  });

  it("days are checked even when an entry's settings are bad, skipping a day that is itself bad", () => {
    const bad = parseScenarioText(`
changes:
  - { day: 20, set: { policy.supervision.mode: weekly } }
  - { day: 5, set: { policy.supervision.mode: opt-out } }
  - { day: 2.5, set: { policy.supervision.mode: opt-out } }
  - { day: 5000, set: { policy.supervision.mode: opt-out } }
`);
    const issues = issuesOf({ file: bad, overrides: [['days', 365]] });
    expect(issues.map((i) => i.path)).toEqual(['changes[0].set.policy.supervision.mode', 'changes[2].day', 'changes[1].day', 'changes[3].day']);
    expect(issues[2].message).toContain('is not after changes[0].day (20)');
    // Against the final horizon (--days 365), as for valid entries.
    expect(issues[3].message).toContain('expected a day from 1 to 364');
  });

  it('a list of changes holds at most its maximum of entries: one more is refused, naming how many', () => {
    const field = fieldAt(scenarioField, ['changes']) as { maxItems: number };
    const entries = (n: number) => Array.from({ length: n }, (_, k) => ({ day: k + 1, set: { 'community.stigma': k % 2 === 0 ? 0.5 : 0.6 } }));
    const days = field.maxItems + 2;
    expect(issuesOf({ file: { changes: entries(field.maxItems) }, overrides: [['days', days]] })).toEqual([]);
    const over = issuesOf({ file: { changes: entries(field.maxItems + 1) }, overrides: [['days', days]] });
    expect(over.map((i) => [i.path, i.message])).toEqual([['changes', `has ${field.maxItems + 1} entries; at most ${field.maxItems} are allowed`]]);
  });

  it('an entry after a bad day is compared with the last good day before it, not with the bad one', () => {
    const bad = parseScenarioText(`
changes:
  - { day: 20, set: { policy.supervision.mode: opt-out } }
  - { day: 2.5, set: { policy.supervision.mode: opt-in } }
  - { day: 10, set: { policy.supervision.mode: opt-out } }
`);
    const issues = issuesOf({ file: bad, overrides: [['days', 365]] });
    expect(issues.map((i) => i.path)).toEqual(['changes[1].day', 'changes[2].day']);
    expect(issues[1].message).toContain('10 is not after changes[0].day (20)');
  });

  it('a bad horizon is reported on its own: the days are then checked for order only, not against a horizon the file did not set', () => {
    const bad = parseScenarioText(`
days: 50000
changes:
  - { day: 2000, set: { policy.supervision.mode: opt-out } }
  - { day: 1500, set: { policy.supervision.mode: opt-in } }
`);
    const issues = issuesOf({ file: bad });
    expect(issues.map((i) => i.path)).toEqual(['days', 'changes[1].day']);
    expect(issues[1].message).toContain('is not after changes[0].day (2000)');
  });

  it('are empty by default: a scenario without changes holds for the whole run', () => {
    expect(resolveScenario().changes).toEqual([]);
    expect(scenarioPeriods(resolveScenario())).toEqual([]);
  });

  it('resolve from a file with their values checked and typed, in the order written', () => {
    const s = resolveScenario({ file });
    expect(s.changes).toEqual([
      { day: 365, set: { 'policy.supervision.mode': 'opt-out', 'policy.supervision.intervalDays': 14 } },
      { day: 730, set: { 'community.overdoseBurden': 2, 'policy.supervision.intervalDays': 7 } },
    ]);
    // The scenario itself is what holds on day 0.
    expect(s.policy.supervision.mode).toBe('opt-in');
    expect(s.community.overdoseBurden).toBe(1);
  });

  it('each period applies its change on top of the scenario as it stood after the earlier ones', () => {
    const s = resolveScenario({ file, policy: 'multi-level' });
    const [year2, year3] = scenarioPeriods(s);
    expect(year2.day).toBe(365);
    expect(year2.scenario.policy.supervision).toEqual({ ...s.policy.supervision, mode: 'opt-out', intervalDays: 14 });
    expect(year2.scenario.community).toEqual(s.community);
    expect(year3.day).toBe(730);
    expect(year3.scenario.policy.supervision).toEqual({ ...s.policy.supervision, mode: 'opt-out', intervalDays: 7 });
    expect(year3.scenario.community.overdoseBurden).toBe(2);
    // Everything else is the package's (a change applies after the package, on top of it).
    expect(year3.scenario.policy.compensation).toEqual(s.policy.compensation);
    expect(year3.scenario.population).toBe(s.population);
    // The resolved scenario is not modified.
    expect(s.policy.supervision.mode).toBe('opt-in');
  });

  it('can be given or replaced with --set, as a whole list', () => {
    const assignment = parseAssignment('changes=[{day: 100, set: {community.stigma: 0.8}}]');
    expect(assignment).toBeDefined();
    const s = resolveScenario({ file, overrides: [assignment!] });
    expect(s.changes).toEqual([{ day: 100, set: { 'community.stigma': 0.8 } }]);
    expect(resolveScenario({ file, overrides: [['changes', []]] }).changes).toEqual([]);
  });

  it('are labelled in a few words for charts and headers', () => {
    const [year2, year3] = resolveScenario({ file }).changes;
    expect(changeLabel(year2)).toBe('day 365: supervision opt-out, supervision intervalDays 14');
    expect(changeLabel(year3)).toBe('day 730: overdoseBurden 2, supervision intervalDays 7');
  });

  it('in a sweep, apply on top of each point: the varied parameter sets the base, the change wins from its day', () => {
    const plan = resolvePlan({
      base: { population: 'ma-outreach', policy: 'status-quo' },
      set: { days: 730, changes: [{ day: 365, set: { 'policy.supervision.mode': 'opt-out' } }] },
      parameters: { 'policy.supervision.mode': { values: ['none', 'opt-in'] }, 'policy.supervision.quality': { min: 0.2, max: 0.9 } },
      design: 'grid',
      levels: 2,
    });
    const { values } = planDesign(plan);
    for (const v of values) {
      const s = pointScenario(plan, v);
      expect(s.policy.supervision.mode).toBe(v[0]);
      expect(s.policy.supervision.quality).toBe(v[1]);
      const [later] = scenarioPeriods(s);
      expect(later.scenario.policy.supervision).toEqual({ ...s.policy.supervision, mode: 'opt-out' });
    }
  });

  it('are checked against a sweep\'s horizon', () => {
    expect(() =>
      resolvePlan({
        set: { days: 200, changes: [{ day: 365, set: { 'policy.supervision.mode': 'opt-out' } }] },
        parameters: { 'community.stigma': { min: 0.2, max: 0.9 } },
      }),
    ).toThrow(/set\.changes\[0\]\.day: 365 is out of range; expected a day from 1 to 199/);
  });

  it('cannot be a sweep parameter (they are set with the plan\'s set)', () => {
    expect(() => resolvePlan({ parameters: { changes: { values: [[]] } } })).toThrow(/parameters\.changes: "changes" is not a scenario field that can be varied/);
  });
});
