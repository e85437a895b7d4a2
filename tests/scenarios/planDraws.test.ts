import { describe, expect, it } from 'vitest';
import { planDrawsWarning } from '../../scenarios/planDraws';
import { resolveScenario } from '../../scenarios/resolve';

describe("a sweep plan's draws", () => {
  it('are named with their ranges, and the runs.csv columns that record them, where set.uncertainty draws any; nothing is said where it draws none', () => {
    const one = resolveScenario({ overrides: [['uncertainty', { 'coefficients.separationCf': { min: 0.7, max: 1.6 } }]] });
    expect(planDrawsWarning(one)).toBe(
      "set.uncertainty draws a field anew in every run: coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15). runs.csv records each run's draw (column drawn:coefficients.separationCf), but the analysis varies only the parameters: each point's spread over its reps includes the draws, read as noise, not as a parameter's effect; to measure its effect, vary it under parameters instead, or relate the metrics to the drawn: column yourself.",
    );
    const two = resolveScenario({ overrides: [['uncertainty', { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.replacementCostFraction': { min: 0.2, max: 0.8, mode: 0.5 } }]] });
    expect(planDrawsWarning(two)).toMatch(/^set\.uncertainty draws 2 fields anew in every run: coefficients\.separationCf from 0\.7 to 1\.6 \(uniform, mean 1\.15\); costs\.replacementCostFraction from 0\.2 to 0\.8 \(triangular, peak 0\.5, mean 0\.5\)\. runs\.csv records each run's draws \(columns drawn:coefficients\.separationCf, drawn:costs\.replacementCostFraction\), .* to measure their effect, vary them under parameters instead, or relate the metrics to the drawn: columns yourself\.$/);
    expect(planDrawsWarning(resolveScenario())).toBeUndefined();
  });
});
