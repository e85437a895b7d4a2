import { describe, expect, it } from 'vitest';
import { analysisTables, analysisText } from '../../bin/analyze';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';

const sobolRow = (parameter: string, S1: number) => ({ parameter, S1, S1low: S1 - 0.2, S1high: S1 + 0.2, ST: 0.5, STlow: 0.4, SThigh: 0.6 });
const sweep = (more: Partial<SweepAnalysis>): SweepAnalysis => ({ plan: 'p', design: 'sobol', status: 'complete', runs: 40, completedRuns: 40, planRuns: 40, failures: 0, ...more });

describe('analysisText', () => {
  it('writes Sobol intervals as the comparison tables do: a true minus and "to"', () => {
    const text = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', -0.05)] } }));
    expect(text).toContain('−0.050 (−0.250 to 0.150)');
    expect(text).toContain('0.500 (0.400 to 0.600)');
    expect(text).not.toMatch(/\d–|-\d/);
  });

  it('cautions when an index is far outside 0 to 1, and only then', () => {
    const unstable = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', 0.3), sobolRow('policy.supervision.quality', -10.98)] } }));
    expect(unstable).toContain('Caution: S1 of policy.supervision.quality is −11.0, far outside 0 to 1: too few points or reps for stable indices');
    const stable = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', 0.3), sobolRow('policy.supervision.quality', -0.02)] } }));
    expect(stable).not.toContain('Caution');
  });

  it('counts failed runs in the right number', () => {
    expect(analysisText(sweep({ failures: 1 }))).toMatch(/^Sweep p \(sobol design\), 1 failed run left out\n/);
    expect(analysisText(sweep({ failures: 3 }))).toMatch(/^Sweep p \(sobol design\), 3 failed runs left out\n/);
  });

  it('prints whole numbers in the per-point table as whole numbers', () => {
    const points = [{ point: 0, days: 156, runs: 3, 'costPerWorkerYear.mean': 10981.545, 'proqolSTS.mean': 26.0251 }];
    expect(analysisTables(sweep({ design: 'lhs', points }))).toBe('point\tdays\truns\tcostPerWorkerYear.mean\tproqolSTS.mean\n0\t156\t3\t10982\t26.03\n');
  });

  it('says a shard is one shard of the plan\'s runs, to be merged, even when the shard is complete', () => {
    const text = analysisText(sweep({ status: 'shard', runs: 20, completedRuns: 20, planRuns: 60, shard: { index: 1, count: 3, status: 'complete' } }));
    expect(text).toMatch(/^Sweep p \(sobol design, shard 1\/3 only\)\nWarning: this folder holds shard 1\/3 of the plan's runs \(20 of its 60 runs; the shard is complete\), not the whole study/);
    expect(text).toContain('merge the shards (cfsim merge OUT SHARD_DIR...)');
    const stopped = analysisText(sweep({ status: 'shard', runs: 20, completedRuns: 7, planRuns: 60, shard: { index: 1, count: 3, status: 'interrupted' } }));
    expect(stopped).toContain('the shard is interrupted: 7 of its 20 runs are in runs.csv; resume it with cfsim sweep PLAN --out DIR --shard 1/3 --resume');
  });
});
