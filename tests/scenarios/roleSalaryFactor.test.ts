import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../scenarios/plan';
import { resolveScenario } from '../../scenarios/resolve';
import { costsField, uncertaintyField } from '../../scenarios/schema';
import { drawablePaths, type NumberField, type ObjectField } from '../../sim/params/fields';
import { ROLES } from '../../models/roles';
import { parameterLabel } from '../../viz/specs/readableNames';

// costs.roleSalaryFactor: each role's salary as a multiple of costs.salary (models/costs.ts).

describe('costs.roleSalaryFactor', () => {
  const group = costsField.properties.roleSalaryFactor as ObjectField;

  it('has a factor for every role, 1 by default, from 0.05 to 20, documented as an assumption no seed gives', () => {
    expect(Object.keys(group.properties)).toEqual([...ROLES]);
    for (const role of ROLES) {
      const field = group.properties[role] as NumberField;
      expect(field, role).toMatchObject({ kind: 'number', default: 1, min: 0.05, max: 20, unit: '× costs.salary' });
      expect(field.source).toMatch(/^Assumption, not from the seeds/);
    }
    expect(resolveScenario({}).costs.roleSalaryFactor).toEqual(Object.fromEntries(ROLES.map((r) => [r, 1])));
  });

  it('is set one role at a time from --set or a file, the other roles staying at 1', () => {
    const fromSet = resolveScenario({ overrides: [['costs.roleSalaryFactor.peer-navigator', 0.75]] }).costs.roleSalaryFactor;
    expect(fromSet['peer-navigator']).toBe(0.75);
    expect(fromSet.nurse).toBe(1);
    const fromFile = resolveScenario({ file: { costs: { roleSalaryFactor: { nurse: 1.4 } } } }).costs.roleSalaryFactor;
    expect(fromFile.nurse).toBe(1.4);
    expect(fromFile.police).toBe(1);
  });

  it('refuses a factor of 0 or below, naming the field, the value, the range and why', () => {
    for (const value of [0, -0.5]) {
      expect(() => resolveScenario({ overrides: [['costs.roleSalaryFactor.nurse', value]] })).toThrow(
        `costs.roleSalaryFactor.nurse: ${value} is out of range; expected 0.05 to 20 (× costs.salary): a multiple of costs.salary, so 0 or less would make the role unpaid`,
      );
    }
    expect(() => resolveScenario({ file: { costs: { roleSalaryFactor: { police: 25 } } } })).toThrow('costs.roleSalaryFactor.police: 25 is out of range; expected 0.05 to 20 (× costs.salary)');
  });

  it('refuses a salary written for the multiple, saying to write the ratio to costs.salary', () => {
    expect(() => resolveScenario({ overrides: [['costs.roleSalaryFactor.nurse', 62000]] })).toThrow(
      "costs.roleSalaryFactor.nurse: 62000 is out of range; expected 0.05 to 20 (× costs.salary): a multiple of costs.salary, not an amount; write the ratio of the role's pay to costs.salary (1.2 for a role paid a fifth more)",
    );
  });

  it('is named on a sweep chart by its role and unit once (it read \'... as a multiple of costs.salary (× costs.salary)\')', () => {
    expect(parameterLabel('costs.roleSalaryFactor.nurse')).toBe('Salary of staff in the role "Nurse" (× costs.salary)');
    expect(parameterLabel('costs.roleSalaryFactor.recovery-coach')).toBe('Salary of staff in the role "Recovery coach (peer)" (× costs.salary)');
  });

  it('refuses an unknown role, suggesting the nearest and listing the roles allowed', () => {
    expect(() => resolveScenario({ overrides: [['costs.roleSalaryFactor.nurses', 1.2]] })).toThrow(
      'costs.roleSalaryFactor.nurses: unknown field (did you mean "costs.roleSalaryFactor.nurse"?); allowed at costs.roleSalaryFactor: ' + ROLES.join(', '),
    );
    expect(() => resolveScenario({ file: { costs: { roleSalaryFactor: { paramedic: 1.2 } } } })).toThrow(`costs.roleSalaryFactor.paramedic: unknown field; allowed here: ${ROLES.join(', ')}`);
  });

  it('can be varied by a sweep plan and drawn per replication, as costs.salary can', () => {
    const plan = resolvePlan({ parameters: { 'costs.roleSalaryFactor.peer-navigator': { min: 0.6, max: 1 } }, design: 'grid', levels: 2, reps: 1 });
    expect(plan.parameters.map((p) => p.path)).toEqual(['costs.roleSalaryFactor.peer-navigator']);
    expect(drawablePaths(uncertaintyField)).toContain('costs.roleSalaryFactor.nurse');
    const drawn = resolveScenario({ file: { uncertainty: { 'costs.roleSalaryFactor.nurse': { min: 1.1, max: 1.5 } } } });
    expect(drawn.uncertainty).toEqual({ 'costs.roleSalaryFactor.nurse': { min: 1.1, max: 1.5 } });
  });
});
