import { describe, expect, it } from 'vitest';
import { articleFor, DESIGNS, resolvePlan, resolveStoredPlan, withArticle } from '../../scenarios/plan';
import { inputErrorOf } from '../inputErrorOf';

const base = { base: { population: 'ct-harm-reduction', policy: 'status-quo' } };

describe('a list of values in a sweep plan', () => {
  it.each([
    ['community.stigma', [0.1, 0.5, 0.1], '0.1 is listed twice (values[0] and values[2]); name each value of community.stigma once'],
    ['policy.supervision.mode', ['opt-in', 'opt-in'], '"opt-in" is listed twice (values[0] and values[1]); name each value of policy.supervision.mode once'],
    ['policy.supervision.intervalDays', [7, 14, 14], '14 is listed twice (values[1] and values[2]); name each value of policy.supervision.intervalDays once'],
  ])('refuses %s with a value listed twice, as it refuses a package listed twice (its points would count double)', (path, values, message) => {
    const error = inputErrorOf(() => resolvePlan({ ...base, parameters: { [path]: { values } }, design: 'grid' }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([[`parameters.${path}.values[${values.length - 1}]`, message]]);
  });

  it('still reads a stored plan.json with one (a sweep folder written before it was refused)', () => {
    const plan = resolveStoredPlan({ ...base, parameters: { 'community.stigma': { values: [0.1, 0.1, 0.5] } }, design: 'grid' });
    expect(plan.parameters[0]).toMatchObject({ kind: 'values', values: [0.1, 0.1, 0.5] });
  });

  it.each([
    ['community.overdoseBurden', [1.5], 'grid', '[1.5] is one value, so community.overdoseBurden would not vary; list two or more values to vary it, or fix it under set (set: { community.overdoseBurden: 1.5 }) and leave it out of parameters'],
    ['policy.supervision.mode', ['opt-in'], 'lhs', '["opt-in"] is one value, so policy.supervision.mode would not vary; list two or more values to vary it, or fix it under set (set: { policy.supervision.mode: "opt-in" }) and leave it out of parameters'],
    ['policy.supervision.intervalDays', [14], 'sobol', '[14] is one value, so policy.supervision.intervalDays would not vary; list two or more values to vary it, or fix it under set (set: { policy.supervision.intervalDays: 14 }) and leave it out of parameters'],
  ])('refuses %s with one value (%s, %s), as a range with min = max, saying to fix it under set', (path, values, design, message) => {
    const error = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.stigma': { min: 0.1, max: 0.9 }, [path]: { values } }, design }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([[`parameters.${path}.values`, message]]);
  });

  it('refuses a package parameter with one package, saying to fix it in base.policy', () => {
    const error = inputErrorOf(() => resolvePlan({ base: { population: 'ct-harm-reduction' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 }, policy: { values: ['opt-out-support'] } } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['parameters.policy.values', `["opt-out-support"] is one package, so the package would not vary; list two or more packages to vary it, or fix it in the plan's base (base.policy: opt-out-support) and leave it out of parameters`],
    ]);
  });

  it('takes what it says instead: the one value fixed under set, or the package in base.policy', () => {
    const fixed = resolvePlan({ ...base, set: { 'community.overdoseBurden': 1.5 }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } });
    expect(fixed.set).toEqual([['community.overdoseBurden', 1.5]]);
    const pkg = resolvePlan({ base: { population: 'ct-harm-reduction', policy: 'opt-out-support' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } });
    expect(pkg.policy).toBe('opt-out-support');
  });

  it('still reads a stored plan.json with a list of one value or one package (a sweep folder written before it was refused)', () => {
    const plan = resolveStoredPlan({ base: { population: 'ct-harm-reduction' }, parameters: { 'community.stigma': { values: [0.1] }, policy: { values: ['status-quo'] } }, design: 'grid' });
    expect(plan.parameters.map((p) => (p.kind === 'values' ? p.values : undefined))).toEqual([[0.1], ['status-quo']]);
  });

  it('takes distinct values', () => {
    expect(resolvePlan({ ...base, parameters: { 'community.stigma': { values: [0.1, 0.5] } }, design: 'grid' }).parameters[0]).toMatchObject({ values: [0.1, 0.5] });
  });
});

describe("a scenario's field written into a sweep plan", () => {
  it('is refused with where it goes: set, by its path, or the scenario in a file of its own as the base', () => {
    const error = inputErrorOf(() => resolvePlan({ ...base, days: 30, policy: { supervision: { mode: 'opt-out' } }, changes: [], parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }));
    const where = (key: string, example = '') =>
      `unknown field; allowed: name, base, set, parameters, design, points, levels, reps, seed, randomNumbers, metrics; ${key} is a field of the scenario, not of the plan: give it in set, by its path${example}, to fix it at every point, or keep the scenario in a file of its own and build on it with base: FILE`;
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['days', where('days', ' (set: { days: 30 })')],
      ['policy', where('policy', ' (set: { policy.supervision.mode: "opt-out" })')],
      ['changes', where('changes')],
    ]);
    // A policy written out as cfsim show writes it (name first) is exemplified by a lever, not by its label.
    const shown = inputErrorOf(() => resolvePlan({ ...base, policy: { name: 'opt-out-support', supervision: { mode: 'opt-out' } }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }));
    expect(shown.issues[0].message).toContain('(set: { policy.supervision.mode: "opt-out" })');
    // What it says works.
    expect(resolvePlan({ ...base, set: { days: 30, 'policy.supervision.mode': 'opt-out', changes: [] }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }).parameters).toHaveLength(1);
  });

  it('is refused with base as its place where it names a preset (population: ct-harm-reduction), which set cannot give', () => {
    const error = inputErrorOf(() => resolvePlan({ population: 'ct-harm-reduction', policy: 'opt-out-support', parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }));
    const where = (key: string, id: string) =>
      `unknown field; allowed: name, base, set, parameters, design, points, levels, reps, seed, randomNumbers, metrics; ${key} is a field of the scenario, not of the plan: a preset by name goes in base (base: { ${key}: "${id}" })`;
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['population', where('population', 'ct-harm-reduction')],
      ['policy', where('policy', 'opt-out-support')],
    ]);
    // What it says works; set refuses a preset's name.
    expect(resolvePlan({ base: { population: 'ct-harm-reduction', policy: 'opt-out-support' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }).parameters).toHaveLength(1);
    expect(inputErrorOf(() => resolvePlan({ set: { population: 'ct-harm-reduction' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } })).issues[0].message).toMatch(/^is a group of fields, not a value/);
  });

  it('is refused as before where it is no field of the scenario', () => {
    const error = inputErrorOf(() => resolvePlan({ ...base, dayz: 30, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['dayz', 'unknown field; allowed: name, base, set, parameters, design, points, levels, reps, seed, randomNumbers, metrics']]);
  });
});

describe("a sweep plan's misspelt range key", () => {
  it('suggests only a range key not given yet ("mean" beside min is not taken for min)', () => {
    const error = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.stigma': { min: 0.1, max: 0.9, mean: 0.5 } } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['parameters.community.stigma.mean', 'unknown field; allowed here: min, max, values']]);
    const typo = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.stigma': { min: 0.1, mxa: 0.9 } } }));
    expect(typo.issues.map((i) => i.message)).toContain('unknown field (did you mean "max"?); allowed here: min, max, values');
  });
});

describe("a sweep plan's metrics", () => {
  it('names a metric given alone, not in a list, and how to write it', () => {
    const error = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, metrics: 'turnoverPerYear' }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['metrics', expect.stringMatching(/^"turnoverPerYear" is not allowed; expected a non-empty list of metric names from proqolCS, .*clientDeathsPerWorkerYear \(one metric is a list of one: metrics: \[turnoverPerYear\]\)$/)]]);
  });
});

describe('a range in a sweep plan', () => {
  it('whose min is above its max names both and what is allowed', () => {
    const error = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.stigma': { min: 0.8, max: 0.2 } } }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([['parameters.community.stigma', 'min 0.8 is above max 0.2; expected min below max (min: 0.2, max: 0.8)']]);
  });
});

describe('articleFor', () => {
  it('gives "an" for lhs, read letter by letter, and "a" for every other design, as withArticle writes them', () => {
    expect(DESIGNS.map((design) => articleFor(design))).toEqual(DESIGNS.map((design) => (design === 'lhs' ? 'an' : 'a')));
    expect(withArticle('lhs')).toBe('an lhs');
    expect(withArticle('grid')).toBe('a grid');
  });
});

describe('a percentage for a 0-1 field in a sweep range', () => {
  it('names the share to write at each end out of range, and nothing for a field not from 0 to 1', () => {
    const error = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.stigma': { min: 10, max: 50 } }, design: 'grid' }));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      ['parameters.community.stigma.min', '10 is not allowed; expected a number from 0 to 1; if 10 is a percentage, write 0.1'],
      ['parameters.community.stigma.max', '50 is not allowed; expected a number from 0 to 1; if 50 is a percentage, write 0.5'],
    ]);
    const other = inputErrorOf(() => resolvePlan({ ...base, parameters: { 'community.demandPerSeat': { min: 5, max: 500 } }, design: 'grid' }));
    expect(other.issues.map((i) => i.message).join('\n')).not.toContain('percentage');
  });
});
