import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../scenarios/resolve';
import { resolvePlan } from '../../scenarios/plan';
import { costsField, scenarioField, uncertaintyField } from '../../scenarios/schema';
import { drawablePaths, fieldAt, type NumberField } from '../../sim/params/fields';
import { jsonSchemaOf } from '../../sim/params/jsonSchema';
import { fieldRows } from '../../sim/params/reference';

// costs.discountRate: the annual rate value for money discounts at (models/discounting.ts).

describe('costs.discountRate', () => {
  const field = costsField.properties.discountRate as NumberField;

  it('is a rate from 0 to 0.15, 0 (undiscounted) by default, sourced to the NICE and US Second Panel conventions', () => {
    expect(field).toMatchObject({ kind: 'number', default: 0, min: 0, max: 0.15, unit: 'per year' });
    expect(field.source).toContain('NICE');
    expect(field.source).toContain('3.5%');
    expect(field.source).toContain('Second Panel');
    expect(resolveScenario({}).costs.discountRate).toBe(0);
    expect(resolveScenario({ overrides: [['costs.discountRate', 0.035]] }).costs.discountRate).toBe(0.035);
  });

  it('refuses a rate out of range, naming the field, the value and the range, from --set and from a file', () => {
    expect(() => resolveScenario({ overrides: [['costs.discountRate', 0.2]] })).toThrow('costs.discountRate: 0.2 is out of range; expected 0 to 0.15 (per year)');
    // A percentage written for the fraction is named as one.
    expect(() => resolveScenario({ overrides: [['costs.discountRate', 3.5]] })).toThrow('costs.discountRate: 3.5 is out of range; expected 0 to 0.15 (per year): a rate is written as a fraction, 0.035 for 3.5% a year (not 3.5); the usual conventions are 0.03 to 0.035');
    expect(() => resolveScenario({ file: { costs: { discountRate: -0.01 } } })).toThrow('costs.discountRate: -0.01 is out of range; expected 0 to 0.15 (per year)');
    expect(() => resolveScenario({ overrides: [['costs.discountRate', 0.15]] })).not.toThrow();
  });

  it('cannot be drawn per replication (one rate discounts a whole comparison), and the schema and reference say so', () => {
    expect(() => resolveScenario({ file: { uncertainty: { 'costs.discountRate': { min: 0, max: 0.05 } } } })).toThrow(
      'uncertainty.costs.discountRate: cannot be drawn per replication: it is a convention a plan chooses',
    );
    expect(drawablePaths(uncertaintyField)).not.toContain('costs.discountRate');
    expect(drawablePaths(uncertaintyField)).toContain('costs.floatPremium');
    const schema = jsonSchemaOf(scenarioField) as { properties: { uncertainty: { description: string; properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.uncertainty.properties)).not.toContain('costs.discountRate');
    expect(schema.properties.uncertainty.description).toContain('costs.discountRate: it is a convention a plan chooses');
    expect(fieldRows(scenarioField).find((r) => r.path === 'uncertainty')!.allowed).toContain('costs.discountRate: it is a convention a plan chooses');
  });

  it('is in the reference with its range and source', () => {
    const row = fieldRows(scenarioField).find((r) => r.path === 'costs.discountRate')!;
    expect(row).toBeDefined();
    expect(row.default).toBe('0');
    expect(row.allowed).toBe('0 to 0.15');
    expect(fieldAt(scenarioField, ['costs', 'discountRate'])).toBe(field);
  });

  it("is refused in a sweep plan, varied or set: a sweep's runs compute no value for money, so every point would be the same", () => {
    const plan = (more: object) => () => resolvePlan({ base: { population: 'ct-harm-reduction' }, parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, metrics: ['proqolSTS'], ...more });
    expect(plan({})).not.toThrow();
    expect(plan({ parameters: { 'costs.discountRate': { min: 0, max: 0.1 } } })).toThrow(
      "parameters.costs.discountRate: costs.discountRate cannot be varied in a sweep: it discounts a comparison's value for money, which a sweep's runs do not compute (cfsim analyze --value-per-departure values a grid's points undiscounted)",
    );
    expect(plan({ set: { 'costs.discountRate': 0.035 } })).toThrow("set.costs.discountRate: cannot be set in a sweep plan: it discounts a comparison's value for money");
  });
});
