import { describe, expect, it } from 'vitest';
import { planDrawsWarning } from '../../scenarios/planDraws';
import { resolveScenario } from '../../scenarios/resolve';

describe("a sweep plan's draws", () => {
  it('are named with their ranges, and what runs.csv leaves out, where set.uncertainty draws any; nothing is said where it draws none', () => {
    const one = resolveScenario({ overrides: [['uncertainty', { 'coefficients.separationCf': { min: 0.7, max: 1.6 } }]] });
    expect(planDrawsWarning(one)).toBe(
      "set.uncertainty draws a field anew in every run: coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15). runs.csv records each run's parameters and seed, not the values drawn, so each point's spread over its reps includes the draws, and the analysis reads them as noise, not as a parameter's effect; to measure its effect, vary it under parameters instead (cfsim run and compare, given the same uncertainty and --out, record every draw in uncertainty.csv).",
    );
    const two = resolveScenario({ overrides: [['uncertainty', { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.replacementCostFraction': { min: 0.2, max: 0.8, mode: 0.5 } }]] });
    expect(planDrawsWarning(two)).toMatch(/^set\.uncertainty draws 2 fields anew in every run: coefficients\.separationCf from 0\.7 to 1\.6 \(uniform, mean 1\.15\); costs\.replacementCostFraction from 0\.2 to 0\.8 \(triangular, peak 0\.5, mean 0\.5\)\. .* to measure their effect, vary them under parameters/);
    expect(planDrawsWarning(resolveScenario())).toBeUndefined();
  });
});
