import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../scenarios/plan';
import { resolveScenario } from '../../scenarios/resolve';
import { rangeWords, shiftWords, uncertaintyLines } from '../../scenarios/uncertaintyWords';
import { InputError } from '../../sim/params/issues';

const withUncertainty = (uncertainty: unknown, overrides: [string, unknown][] = []) => resolveScenario({ file: { uncertainty }, overrides });

/** Every issue resolving `uncertainty` gives, as "path: message". */
function issuesOf(uncertainty: unknown): string[] {
  try {
    withUncertainty(uncertainty);
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

describe("a scenario's parameter uncertainty", () => {
  it('is empty by default and keeps the ranges given, uniform or triangular', () => {
    expect(resolveScenario().uncertainty).toEqual({});
    const s = withUncertainty({ 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 60, mode: 100, max: 200 } });
    expect(s.uncertainty).toEqual({ 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 60, mode: 100, max: 200 } });
    // The fields keep their own values; a replication draws in their place.
    expect(s.coefficients.separationCf).toBe(resolveScenario().coefficients.separationCf);
  });

  it('refuses fields of the setting and the levers, naming the field, why, and what may be drawn', () => {
    for (const path of ['policy.compensation.payRaise', 'community.stigma', 'population.seats']) {
      expect(issuesOf({ [path]: { min: 0, max: 1 } })).toEqual([
        `uncertainty.${path}: cannot be drawn per replication: population, community, practice and policy fields are the setting and the levers a plan compares, not unknowns of the model: vary them with compare or a sweep; allowed: number fields of coefficients.* and costs.*, named in full (see docs/SCENARIO.md)`,
      ]);
    }
  });

  it('refuses a misspelled field with the closest, a group, and a range that is not one, each naming the field and what is allowed', () => {
    expect(issuesOf({ 'coefficients.separatonCf': { min: 0, max: 1 } })).toEqual([
      'uncertainty.coefficients.separatonCf: unknown field (did you mean "coefficients.separationCf"?); allowed: number fields of coefficients.* and costs.*, named in full (see docs/SCENARIO.md)',
    ]);
    expect(issuesOf({ coefficients: { min: 0, max: 1 } })[0]).toMatch(/^uncertainty\.coefficients: is a group of fields, not a value; name one of its number fields by full path, e\.g\. coefficients\.\w+$/);
    expect(issuesOf({ 'coefficients.separationCf': { min: 2, max: 1 } })).toEqual(['uncertainty.coefficients.separationCf: min 2 is above max 1']);
    expect(issuesOf({ 'coefficients.separationCf': { min: 1, max: 1 } })).toEqual(['uncertainty.coefficients.separationCf: min and max are both 1, so nothing would be drawn; set the field itself instead']);
    expect(issuesOf({ 'coefficients.separationCf': { min: 0, max: 21 } })).toEqual(['uncertainty.coefficients.separationCf.max: 21 is not allowed; expected a number from 0 to 20']);
    expect(issuesOf({ 'coefficients.separationCf': { min: 0 } })[0]).toMatch(/^uncertainty\.coefficients\.separationCf\.max: is missing; expected \{ min: A, max: B \} \(uniform\) or \{ min: A, mode: C, max: B \} \(triangular\), within 0 to 20$/);
    expect(issuesOf({ 'coefficients.separationCf': { min: 0, max: 2, mdoe: 1 } })).toEqual(['uncertainty.coefficients.separationCf.mdoe: unknown field (did you mean "mode"?); allowed here: min, max, mode']);
    // A name for the centre is the mode, not the closest by spelling ("mean" is nearest "min", which the range already has).
    expect(issuesOf({ 'coefficients.separationCf': { min: 0, max: 2, mean: 1 } })).toEqual([
      `uncertainty.coefficients.separationCf.mean: unknown field (did you mean "mode", the range's peak? a triangular range's mean is (min + mode + max) / 3); allowed here: min, max, mode`,
    ]);
    expect(issuesOf({ 'coefficients.separationCf': { min: 0, max: 2, mean: 1, mode: 1 } })).toContain('uncertainty.coefficients.separationCf.mean: unknown field; allowed here: min, max, mode');
    expect(issuesOf({ 'coefficients.separationCf': { min: 0, mode: 1, mxa: 2 } })[0]).toBe('uncertainty.coefficients.separationCf.mxa: unknown field (did you mean "max"?); allowed here: min, max, mode');
    expect(issuesOf({ 'coefficients.separationCf': { min: 0, mode: 3, max: 2 } })).toEqual(['uncertainty.coefficients.separationCf.mode: 3 is not allowed; expected the peak of the range, from min 0 to max 2']);
    expect(issuesOf({ 'coefficients.separationCf': [0, 2] })[0]).toMatch(/^uncertainty\.coefficients\.separationCf: \[0,2\] is not allowed; expected \{ min: A, max: B \}/);
    expect(issuesOf([1])[0]).toMatch(/^uncertainty: \[1\] is not allowed; expected an object of field paths and ranges/);
  });

  it('refuses --set of a field the scenario draws, whose value no replication would use', () => {
    expect(() => withUncertainty({ 'coefficients.separationCf': { min: 0.7, max: 1.6 } }, [['coefficients.separationCf', 3]])).toThrow(
      "coefficients.separationCf: is drawn anew in every replication (uncertainty.coefficients.separationCf: from 0.7 to 1.6 (uniform, mean 1.15)), where each draw would replace 3, so it would never be used; to run with 3, leave coefficients.separationCf out of the scenario's uncertainty (--set 'uncertainty={}' draws nothing)",
    );
    // --set of the whole uncertainty, or of another field, is fine.
    expect(withUncertainty({ 'coefficients.separationCf': { min: 0.7, max: 1.6 } }, [['uncertainty', {}], ['coefficients.separationCf', 3]]).coefficients.separationCf).toBe(3);
    expect(() => resolveScenario({ overrides: [['uncertainty.coefficients.separationCf.min', 1]] })).toThrow(
      "is not a field path: uncertainty is a set of ranges by field path, given whole, e.g. --set 'uncertainty={coefficients.separationCf: {min: 0.7, max: 1.6}}'",
    );
  });

  it('hints at the full path of a field nested as in the scenario or named without its group', () => {
    expect(issuesOf({ coefficients: { separationCf: { min: 0.7, max: 1.6 } } })).toEqual([
      'uncertainty.coefficients: is a group of fields, not a value; name the field by full path, e.g. coefficients.separationCf: { min: A, max: B }',
    ]);
    expect(issuesOf({ separationBase: { min: 0.0001, max: 0.001 } })[0]).toContain('unknown field (did you mean "coefficients.separationBase"?)');
  });

  it('cannot be scheduled to change during a run, and a sweep refuses to vary a field it draws', () => {
    expect(() => resolveScenario({ file: { changes: [{ day: 10, set: { uncertainty: {} } }] } })).toThrow('cannot change during a run: a replication draws its uncertain values before day 0, for the whole run');
    const plan = { set: { days: 60, uncertainty: { 'coefficients.separationCf': { min: 0.7, max: 1.6 } } }, parameters: { 'coefficients.separationCf': { min: 0, max: 3 } } };
    expect(() => resolvePlan(plan)).toThrow(/parameters\.coefficients\.separationCf: coefficients\.separationCf is both varied here and drawn anew in every replication \(set\.uncertainty\)/);
    // Another field varied over the drawn one is a sweep with parameter uncertainty in every point.
    expect(resolvePlan({ ...plan, parameters: { 'coefficients.separationBase': { min: 0.0001, max: 0.001 } } }).set).toContainEqual(['uncertainty', plan.set.uncertainty]);
  });
});

describe('the words for it', () => {
  it('name each range, its kind and mean, and the field\'s own value; one line when every arm draws the same, else one per arm', () => {
    expect(rangeWords({ min: 0.7, max: 1.6 })).toBe('from 0.7 to 1.6 (uniform, mean 1.15)');
    expect(rangeWords({ min: 60, mode: 100, max: 200 })).toBe('from 60 to 200 (triangular, peak 100, mean 120)');
    const a = withUncertainty({ 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 60, mode: 100, max: 200 } });
    const b = resolveScenario({ policy: 'multi-level', file: { uncertainty: a.uncertainty } });
    const fields =
      'coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15; its own value 1.5) and costs.supervisionSession from 60 to 200 (triangular, peak 100, mean 120; its own value 90)';
    const shift =
      " The means of the ranges of coefficients.separationCf and costs.supervisionSession differ from the fields' own values by more than a tenth, so the outcomes' centre moves with them, not only their spread: a run without uncertainty gives the base case.";
    expect(uncertaintyLines([a, b], 'package')).toBe(
      `Parameter uncertainty: each replication draws ${fields}, the same values under every package; the 90% ranges and the differences carry this uncertainty as well as the futures' chance.${shift}\n`,
    );
    expect(uncertaintyLines([resolveScenario()], 'package')).toBe('');
    expect(uncertaintyLines([a, resolveScenario({ overrides: [['policy.name', 'plain']] })], 'scenario')).toBe(
      "Parameter uncertainty (a field drawn in several scenarios takes the same place in each one's range in a replication (the same value where the ranges agree); the 90% ranges and the differences carry this uncertainty as well as the futures' chance):\n" +
        ` ${shift}\n` +
        `  status-quo: ${fields}\n` +
        "  plain: none (the fields' own values)\n",
    );
  });

  it('says nothing of a shift when each range is centred on its field\'s own value, within a tenth', () => {
    const centred = withUncertainty({ 'coefficients.separationCf': { min: 1.0, max: 2.0 }, 'costs.supervisionSession': { min: 60, mode: 90, max: 130 } });
    expect(shiftWords([centred])).toBe('');
    expect(uncertaintyLines([centred], 'package')).toMatch(/carry this uncertainty as well as the futures' chance\.\n$/);
  });
});
