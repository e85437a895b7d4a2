import { describe, expect, it } from 'vitest';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { unstaffedSpendingPerYear } from '../../models/unstaffedSpending';
import { drawnValues } from '../../models/uncertainty';
import { resolveScenario } from '../../scenarios/resolve';

// A future with nobody in post all run: `cfsim report --budget` gives it the spending a year that
// compare --budget sums from the daily series, the float pool's salaries (models/costs.ts).

const DAYS = 200;

describe('unstaffedSpendingPerYear', () => {
  it("is the float pool's staffing cost a year as the engine charges it, a scheduled change's pool over its days", () => {
    const scenario = resolveScenario({
      overrides: [
        ['days', DAYS],
        ['policy.staffing.floatPool', 0.25],
        ['changes', [{ day: 120, set: { 'policy.staffing.floatPool': 0.5 } }]],
      ],
    });
    const { record } = runReplication(modelParameters(scenario), { seed: 3, point: 0, replication: 0 });
    let staffing = 0;
    for (let d = 0; d < DAYS; d++) staffing += record[d * SERIES_COUNT + SERIES.staffingCost];
    const perYear = unstaffedSpendingPerYear(scenario);
    expect(perYear).toBeGreaterThan(0);
    expect(perYear).toBeCloseTo((staffing * 365) / DAYS, 6);
  });

  it('is 0 without a float pool, whatever its prices, and NaN for a float pool paid at a price drawn per replication when the replication is not given', () => {
    const uncertain: [string, unknown] = ['uncertainty', { 'costs.salary': { min: 45000, max: 65000 } }];
    expect(unstaffedSpendingPerYear(resolveScenario({ overrides: [['days', DAYS], uncertain] }))).toBe(0);
    expect(unstaffedSpendingPerYear(resolveScenario({ overrides: [['days', DAYS], ['policy.staffing.floatPool', 0.25], uncertain] }))).toBeNaN();
  });

  it("is, given the replication, the float pool's cost at the salary and premium that replication drew", () => {
    const uncertain: [string, unknown] = ['uncertainty', { 'costs.salary': { min: 45000, max: 65000 }, 'costs.floatPremium': { min: 1.1, max: 1.5 } }];
    const scenario = resolveScenario({ overrides: [['days', DAYS], ['policy.staffing.floatPool', 0.25], uncertain] });
    const fixed = resolveScenario({ overrides: [['days', DAYS], ['policy.staffing.floatPool', 0.25]] });
    const perPrice = unstaffedSpendingPerYear(fixed) / (fixed.costs.salary * fixed.costs.floatPremium);
    const values = [0, 1, 2].map((replication) => {
      const key = { seed: 7, point: 0, replication };
      const drawn = new Map(drawnValues(scenario, key));
      const perYear = unstaffedSpendingPerYear(scenario, key);
      expect(perYear).toBeCloseTo(perPrice * drawn.get('costs.salary')! * drawn.get('costs.floatPremium')!, 6);
      return perYear;
    });
    expect(new Set(values).size).toBe(3);
  });

  it('draws only the float prices: other uncertain fields, or none recorded, leave its cost as the scenario gives it', () => {
    const key = { seed: 7, point: 0, replication: 1 };
    const fixed = resolveScenario({ overrides: [['days', DAYS], ['policy.staffing.floatPool', 0.25]] });
    const coefficient = resolveScenario({ overrides: [['days', DAYS], ['policy.staffing.floatPool', 0.25], ['uncertainty', { 'coefficients.separationCf': { min: 0.7, max: 1.6 } }]] });
    expect(unstaffedSpendingPerYear(coefficient, key)).toBe(unstaffedSpendingPerYear(fixed));
    // Results of a version before uncertainty (0.5.0 to 0.8.x): their scenarios have none.
    const { uncertainty: _none, ...older } = fixed;
    expect(unstaffedSpendingPerYear(older as typeof fixed, key)).toBe(unstaffedSpendingPerYear(fixed));
    // Drawn alongside a coefficient, the salary is the one the replication drew.
    const both = resolveScenario({ overrides: [['days', DAYS], ['policy.staffing.floatPool', 0.25], ['uncertainty', { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.salary': { min: 45000, max: 65000 } }]] });
    const salary = new Map(drawnValues(both, key)).get('costs.salary')!;
    expect(unstaffedSpendingPerYear(both, key)).toBeCloseTo((unstaffedSpendingPerYear(fixed) / fixed.costs.salary) * salary, 6);
  });
});
