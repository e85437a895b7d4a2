import { describe, expect, it } from 'vitest';
import { resolvePlan, type Plan } from '../../scenarios/plan';
import { planDesign, pointScenario, unrunnablePoint } from '../../scenarios/planDesign';
import { plausibilityWarnings, type PlausibilityWarning } from '../../scenarios/plausibility';
import { bearsOn, checkedSweepPoints } from '../../scenarios/sweptWarnings';
import { InputError } from '../../sim/params/issues';

/** The warnings of a plan's fixed fields as cfsim validate reads them (checkedSweepPoints), for a plan whose every point can run. */
function sweptWarnings(plan: Plan, values: readonly (readonly unknown[])[]): PlausibilityWarning[] {
  const checked = checkedSweepPoints(plan, values);
  if (checked.unrunnable) throw new Error(`the fixture: every point runs, but ${checked.unrunnable.message}`);
  return checked.warnings;
}

const warnedPaths = (input: Record<string, unknown>) => {
  const plan = resolvePlan({ name: 'p', design: 'grid', reps: 1, ...input });
  return sweptWarnings(plan, planDesign(plan).values).map((w) => w.path);
};

/**
 * The same warnings read the long way, for the one pass to be held to: every point's scenario resolved and checked (no
 * warning left unread because no varied field bears on it, no stop once every warning is cleared), the first point's
 * warnings kept where the plan does not vary their field and every point has one at that path, and worded over every point.
 */
function everyPointsWarnings(plan: Plan, values: readonly (readonly unknown[])[]): PlausibilityWarning[] {
  const scenarios = values.flatMap((v) => {
    try {
      return [pointScenario(plan, v)];
    } catch (error) {
      if (error instanceof InputError) return [];
      throw error;
    }
  });
  const varied = new Set(plan.parameters.map((p) => p.path));
  const ownWarnings = scenarios.map((scenario) => plausibilityWarnings(scenario));
  const kept = ownWarnings[0].filter((w) => !varied.has(w.path) && ownWarnings.every((own) => own.some((v) => v.path === w.path)));
  const worded = plausibilityWarnings(scenarios[0], scenarios);
  return kept.map((w) => worded.find((v) => v.path === w.path) ?? w);
}

// canada-first-responders has 40 seats and no peer navigators: a weight of 0.01 gives them none, unless police weigh less.
const SMALL_ROLE = { base: { population: 'canada-first-responders' }, set: { 'population.roleMix.peer-navigator': 0.01, 'costs.roleSalaryFactor.peer-navigator': 0.8 } };

describe('the plausibility warnings of a sweep plan', () => {
  it('leave out a role salary factor where lowering another role weight gives the role a seat at some point', () => {
    expect(warnedPaths({ ...SMALL_ROLE, parameters: { 'population.roleMix.police': { values: [0.3, 0.05] } } })).toEqual([]);
  });

  it('keep it where no swept point gives the role a seat, though the sweep varies the roles', () => {
    expect(warnedPaths({ ...SMALL_ROLE, parameters: { 'population.roleMix.police': { values: [0.3, 0.29] } } })).toEqual(['costs.roleSalaryFactor.peer-navigator']);
    expect(warnedPaths({ ...SMALL_ROLE, parameters: { 'community.stigma': { values: [0.2, 0.8] } } })).toEqual(['costs.roleSalaryFactor.peer-navigator']);
  });

  it('leave out debrief.after death where some swept package holds single-session debriefs, and keep it where none does', () => {
    const debrief = { set: { 'policy.debrief.after': 'death' } };
    expect(warnedPaths({ ...debrief, parameters: { policy: { values: ['status-quo', 'mandatory-debrief'] } } })).toEqual([]);
    expect(warnedPaths({ ...debrief, parameters: { policy: { values: ['status-quo', 'multi-level'] } } })).toEqual(['policy.debrief.after']);
  });

  it('leave out the warning of a field the plan varies: a range is meant to reach its ends', () => {
    const set = { 'population.roleMix.peer-navigator': 0.01 };
    expect(warnedPaths({ base: SMALL_ROLE.base, set, parameters: { 'costs.roleSalaryFactor.peer-navigator': { values: [0.8, 1.2] } } })).toEqual([]);
  });
});

describe('which varied fields send every point through the checks', () => {
  it('a field a warning rests on, a group holding it, or a field inside a group it names', () => {
    expect(bearsOn('policy', 'policy')).toBe(true);
    expect(bearsOn('policy.debrief.mode', 'policy.debrief.mode')).toBe(true);
    expect(bearsOn('population.roleMix.police', 'population.roleMix')).toBe(true);
    expect(bearsOn('population.roleMix', 'population.roleMix.peer-navigator')).toBe(true);
  });

  it("not a field inside a section the warning names for its package or preset, so such a plan's points are not all read", () => {
    // restsOn names `policy` (the package) and `population` (the preset): policy.supervision.quality changes neither.
    expect(bearsOn('policy.supervision.quality', 'policy')).toBe(false);
    expect(bearsOn('population.baseSatisfaction', 'population')).toBe(false);
    expect(warnedPaths({ ...SMALL_ROLE, parameters: { 'policy.supervision.quality': { values: [0.2, 0.8] } } })).toEqual(['costs.roleSalaryFactor.peer-navigator']);
  });
});

describe('the wording of a warning some points word otherwise', () => {
  it('names every debrief mode the swept points hold, not only the first point\'s', () => {
    const plan = resolvePlan({ name: 'p', design: 'grid', reps: 1, set: { 'policy.debrief.after': 'death' }, parameters: { 'policy.debrief.mode': { values: ['none', 'ongoing'] } } });
    const [warning] = sweptWarnings(plan, planDesign(plan).values);
    expect(warning.path).toBe('policy.debrief.after');
    expect(warning.meaning).toContain('policy.debrief.mode is none or ongoing whenever it is in force, so it does nothing');
  });

  it('keeps the first point\'s wording where every point words it alike', () => {
    const plan = resolvePlan({ name: 'p', design: 'grid', reps: 1, set: { 'policy.debrief.after': 'death' }, parameters: { policy: { values: ['status-quo', 'multi-level'] } } });
    const [warning] = sweptWarnings(plan, planDesign(plan).values);
    expect(warning.meaning).toContain('policy.debrief.mode is none, so it does nothing');
  });
});

describe('an added-seat share that rounds to no seat, in a sweep of the funded seats', () => {
  const seatShare = { set: { 'policy.staffing.extraSeatShare': 0.03 } };

  it('is left out where some swept team is large enough for the share to add a seat (0.03 of 100 adds 3)', () => {
    expect(warnedPaths({ ...seatShare, parameters: { 'population.seats': { values: [13, 100] } } })).toEqual([]);
  });

  it('is kept where no swept team is', () => {
    expect(warnedPaths({ ...seatShare, parameters: { 'population.seats': { values: [13, 15] } } })).toEqual(['policy.staffing.extraSeatShare']);
  });
});

describe('the one pass validate makes over a plan\'s points (checkedSweepPoints)', () => {
  const plans: Record<string, Record<string, unknown>> = {
    'a salary factor no point clears': { ...SMALL_ROLE, parameters: { 'population.roleMix.police': { values: [0.3, 0.29] }, 'community.stigma': { values: [0.2, 0.5, 0.8] } } },
    'a salary factor a later point clears': { ...SMALL_ROLE, parameters: { 'population.roleMix.police': { values: [0.3, 0.05] } } },
    'a debrief warning worded over every mode': { set: { 'policy.debrief.after': 'death' }, parameters: { 'policy.debrief.mode': { values: ['none', 'ongoing'] } } },
    'a warning no varied field bears on': { ...SMALL_ROLE, parameters: { 'policy.supervision.quality': { min: 0.2, max: 0.8 } }, design: 'random', points: 20 },
    'no warning': { parameters: { 'community.stigma': { values: [0.2, 0.8] } } },
  };

  it.each(Object.keys(plans))('gives the warnings a reading of every point gives, and the first point\'s scenario: %s', (name) => {
    const plan = resolvePlan({ name: 'p', design: 'grid', reps: 1, ...plans[name] });
    const { values } = planDesign(plan);
    const checked = checkedSweepPoints(plan, values);
    expect(checked.unrunnable).toBeUndefined();
    if (checked.unrunnable) return;
    expect(checked.warnings).toEqual(everyPointsWarnings(plan, values));
    expect(checked.first).toEqual(pointScenario(plan, values[0]));
  });

  it('names the points that cannot run as unrunnablePoint does, the first point among them or not', () => {
    const changes = { changes: [{ day: 100, set: { 'policy.supervision.mode': 'opt-out' } }] };
    for (const days of [[50, 80, 200], [200, 50, 80]]) {
      const plan = resolvePlan({ name: 'p', design: 'grid', reps: 1, ...SMALL_ROLE, set: { ...SMALL_ROLE.set, ...changes }, parameters: { days: { values: days }, 'population.roleMix.police': { values: [0.3, 0.29] } } });
      const { values } = planDesign(plan);
      const checked = checkedSweepPoints(plan, values);
      expect(checked.unrunnable, days.join(', ')).toBeDefined();
      expect(checked.unrunnable).toEqual(unrunnablePoint(plan, values));
    }
  });
});
