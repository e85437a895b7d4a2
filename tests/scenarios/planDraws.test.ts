import { describe, expect, it } from 'vitest';
import { analysisDrawsWarning, planDrawsWarning } from '../../scenarios/planDraws';
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

  it("are named in an analysis with what its means are over, and the columns that hold them or that the sweep's version wrote none; nothing where none is drawn", () => {
    const two = { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.salary': { min: 50000, mode: 60000, max: 80000 } };
    expect(analysisDrawsWarning(two, true)).toBe(
      "every run drew coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15); costs.salary from 50000 to 80000 (triangular, peak 60000, mean 63330) anew (the uncertainty of the plan's scenario): each point's mean is over its replications' draws as well as their futures, and none of the variation is put down to those fields; runs.csv records each run's values (drawn:coefficients.separationCf, drawn:costs.salary).",
    );
    expect(analysisDrawsWarning(two, false)).toMatch(/those fields; this sweep was run by CFSim before 0\.23\.0, which did not record the values drawn\.$/);
    expect(analysisDrawsWarning({}, true)).toBeUndefined();
  });
});
