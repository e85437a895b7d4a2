import { describe, expect, it } from 'vitest';
import { independentNoiseWarning } from '../../scenarios/independentNoise';
import { analysisWarning, type SweepAnalysis } from '../../scenarios/sweepAnalysis';

describe('independentNoiseWarning', () => {
  it("warns that a Sobol or Morris analysis of independent random numbers counts replication noise as effects", () => {
    expect(independentNoiseWarning('sobol', 'independent')).toContain('a parameter with no effect gets a total index (ST) above 0');
    expect(independentNoiseWarning('sobol', 'independent')).toContain('the bootstrap intervals, which resample the base rows, do not allow for it');
    expect(independentNoiseWarning('morris', 'independent')).toContain('a parameter with no effect gets a μ* above 0');
    // Said of a plan before its runs (validate, sweep): what it draws and what its indices will count.
    expect(independentNoiseWarning('sobol', 'independent', true)).toMatch(/^each point draws random numbers of its own .* and the Sobol indices will count that noise/);
  });

  it('says nothing under common random numbers, for a table per point, or where the analysis does not record them', () => {
    expect(independentNoiseWarning('sobol', 'common')).toBeUndefined();
    expect(independentNoiseWarning('morris', undefined)).toBeUndefined();
    for (const design of ['grid', 'random', 'lhs'] as const) expect(independentNoiseWarning(design, 'independent')).toBeUndefined();
  });

  it('is among the warnings an analysis prints (text, stderr beside --json, the report)', () => {
    const a: SweepAnalysis = { plan: 'p', design: 'sobol', status: 'complete', runs: 64, completedRuns: 64, planRuns: 64, failures: 0, randomNumbers: 'independent' };
    expect(analysisWarning(a, 'k0')).toMatch(/^each point drew random numbers of its own \(the plan's randomNumbers: independent\)/);
    expect(analysisWarning({ ...a, randomNumbers: 'common' }, 'k0')).toBeUndefined();
  });
});
