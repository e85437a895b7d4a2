import { describe, expect, it } from 'vitest';
import { differingFields, planDifference } from '../../bin/planDifference';

describe('planDifference', () => {
  const plan = { name: 'p', base: { population: 'ma-outreach' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, design: 'lhs', points: 8, reps: 2, seed: 1, metrics: ['proqolSTS'] };
  const points = [{ point: 0, 'community.stigma': 0.2 }];

  it('names each differing field by its path, with both values, the plan file\'s first', () => {
    const given = { ...plan, parameters: { 'community.stigma': { min: 0.1, max: 0.8 } }, reps: 3 };
    expect(planDifference({ plan, points }, { plan: given, points }, 'x1/plan.json')).toBe('parameters.community.stigma.max: 0.9 in x1/plan.json, 0.8 in this plan; reps: 2 in x1/plan.json, 3 in this plan');
  });

  it('names the second document too where both are stored (shards merged)', () => {
    expect(planDifference({ plan, points }, { plan: { ...plan, reps: 3 }, points }, 'sh0/plan.json', 't2/plan.json')).toBe('reps: 2 in sh0/plan.json, 3 in t2/plan.json');
  });

  it('says a field one side lacks is not set, compares lists whole, and counts what it leaves out', () => {
    const given = { ...plan, set: { days: 30 }, metrics: ['proqolSTS', 'proqolBO'], seed: 2, reps: 4, name: 'q' };
    expect(planDifference({ plan, points }, { plan: given, points }, 'a.json')).toBe('name: "p" in a.json, "q" in this plan; reps: 2 in a.json, 4 in this plan; seed: 1 in a.json, 2 in this plan; and 2 more');
    expect(differingFields(plan, given).map((d) => d.path)).toEqual(['name', 'reps', 'seed', 'metrics', 'set']);
    expect(planDifference({ plan, points }, { plan: { ...plan, set: { days: 30 } }, points }, 'a.json')).toBe('set: not set in a.json, {"days":30} in this plan');
  });

  it('names the first differing design point when the plans agree', () => {
    const other = [{ point: 0, 'community.stigma': 0.25 }];
    expect(planDifference({ plan, points }, { plan, points: other }, 'a.json')).toBe('design point 0: {"point":0,"community.stigma":0.2} in a.json, {"point":0,"community.stigma":0.25} in this plan');
  });
});
