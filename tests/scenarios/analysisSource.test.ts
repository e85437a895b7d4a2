import { describe, expect, it } from 'vitest';
import { analysisSource } from '../../scenarios/analysisSource';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';

const base: SweepAnalysis = { plan: 'p', design: 'grid', status: 'complete', runs: 12, completedRuns: 12, planRuns: 12, cfsim: '0.23.0', seed: 7, reps: 3, failures: 0 };
const sobolRow = { parameter: 'community.stigma', S1: 0.3, S1low: 0.1, S1high: 0.5, ST: 0.4, STlow: 0.2, SThigh: 0.6 };

describe('analysisSource', () => {
  it('names the version, seed, points and reps of a table per point', () => {
    expect(analysisSource(base)).toBe('Runs by CFSim 0.23.0, seed 7: 4 points × 3 reps (12 runs)');
    expect(analysisSource({ ...base, planRuns: 1, reps: 1 })).toBe('Runs by CFSim 0.23.0, seed 7: 1 point × 1 rep (1 run)');
  });

  it('adds the bootstrap resamples behind Sobol and Morris intervals, and says so when there are none', () => {
    const sobol: SweepAnalysis = { ...base, design: 'sobol', bootstrap: 1000, sobol: { proqolSTS: [sobolRow] } };
    // A Sobol plan's points are base rows: the line counts the design points run.
    expect(analysisSource(sobol)).toBe('Runs by CFSim 0.23.0, seed 7: 4 design points × 3 reps (12 runs); 95% intervals from 1000 bootstrap resamples of the base rows');
    const morris: SweepAnalysis = { ...base, design: 'morris', bootstrap: 200, morris: { proqolSTS: [{ parameter: 'community.stigma', mu: 1, muStar: 1, muStarLow: 0.5, muStarHigh: 1.5, sigma: 0.2 }] } };
    expect(analysisSource(morris)).toContain('; 95% intervals from 200 bootstrap resamples of the trajectories');
    expect(analysisSource({ ...sobol, bootstrap: 0 })).toContain('; no bootstrap intervals (--bootstrap 0)');
    // Too few trajectories for an interval: no resample count is claimed.
    const few: SweepAnalysis = { ...morris, morris: { proqolSTS: [{ ...morris.morris!.proqolSTS[0], muStarLow: NaN, muStarHigh: NaN }] } };
    expect(analysisSource(few)).toBe('Runs by CFSim 0.23.0, seed 7: 4 design points × 3 reps (12 runs)');
  });

  it("says on a shard how many of the plan's runs the shard holds, not the plan's count alone", () => {
    // A shard's heading said "(12 runs)", the whole plan's, over a folder holding 4 of them.
    const shard: SweepAnalysis = { ...base, status: 'shard', runs: 4, completedRuns: 4, shard: { index: 1, count: 3, status: 'complete' } };
    expect(analysisSource(shard)).toBe("Runs by CFSim 0.23.0, seed 7: 4 points × 3 reps (the plan's 12 runs, of which shard 1/3 holds 4: run mod 3 = 1)");
  });

  it('says the version is not recorded, and gives no line for an analysis without seed and reps', () => {
    expect(analysisSource({ ...base, cfsim: undefined })).toMatch(/^Runs by a CFSim version sweep.json does not record, seed 7/);
    expect(analysisSource({ ...base, seed: undefined, reps: undefined })).toBeUndefined();
  });
});
