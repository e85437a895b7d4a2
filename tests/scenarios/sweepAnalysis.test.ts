import { describe, expect, it } from 'vitest';
import { analysisWarning, completionRemedy, unfinishedSweepWarning, unmeasuredWarning, writerName, type SweepAnalysis } from '../../scenarios/sweepAnalysis';

const analysis = (status: string, extra: Partial<SweepAnalysis> = {}): SweepAnalysis => ({ plan: 'p', design: 'lhs', status, runs: 12, completedRuns: 5, planRuns: 12, failures: 0, ...extra });

describe('unfinished sweeps', () => {
  it('say what completes them, by status', () => {
    expect(completionRemedy('partial', 'mpart', ['t0', 'shards/t 1'])).toBe(
      "finish every shard and merge again with all of them: resume each shard that stopped before its end (cfsim sweep PLAN --out SHARD_DIR --shard I/N --resume) and run each shard not run yet (the same without --resume), then cfsim merge mpart t0 'shards/t 1' SHARD_DIR... (naming the shards not merged yet as SHARD_DIR)",
    );
    expect(completionRemedy('partial', 'mpart')).toContain('then cfsim merge mpart SHARD_DIR... (naming every shard as SHARD_DIR)');
    // With the merged shards' numbers and statuses (sweep.json since 0.13.0), which shard needs what.
    const t0 = { folder: 't0', shard: { index: 0, count: 3 }, status: 'complete' };
    const t1 = { folder: 'shards/t 1', shard: { index: 1, count: 3 }, status: 'interrupted' };
    expect(completionRemedy('partial', 'mpart', ['t0', 'shards/t 1'], [t0, t1])).toBe(
      "resume 'shards/t 1' (cfsim sweep PLAN --out 'shards/t 1' --shard 1/3 --resume) and run shard 2/3, which was not merged (cfsim sweep PLAN --out SHARD_DIR --shard 2/3), then merge again with all of them (cfsim merge mpart t0 'shards/t 1' SHARD_DIR...)",
    );
    expect(completionRemedy('partial', 'mpart', ['t0'], [{ ...t0, shard: { index: 0, count: 1 } }])).toContain('finish the shards (their sweep.json say they are complete');
    // A shard whose status is unknown (merged from a folder older than 0.13.0): the general advice.
    expect(completionRemedy('partial', 'mpart', ['t0', 'shards/t 1'], [t0, { ...t1, status: undefined }])).toContain('resume each shard that stopped before its end');
    expect(completionRemedy('failed', 'k0')).toBe('see why it failed, then resume it with cfsim sweep PLAN --out k0 --resume');
    expect(completionRemedy('interrupted', "it's here")).toBe("resume it with cfsim sweep PLAN --out 'it'\\''s here' --resume");
  });

  it('warn with that remedy; a complete sweep gets no warning, a shard always one', () => {
    expect(unfinishedSweepWarning(analysis('complete', { completedRuns: 12 }), 'k0')).toBeUndefined();
    expect(unfinishedSweepWarning(analysis('interrupted'), 'k0')).toBe(
      'the sweep is interrupted (5 of 12 runs in runs.csv); this analysis covers only those runs. To complete it, resume it with cfsim sweep PLAN --out k0 --resume.',
    );
    const shard = unfinishedSweepWarning(analysis('shard', { runs: 4, completedRuns: 4, shard: { index: 0, count: 3, status: 'complete' } }), 'k0');
    expect(shard).toContain("holds shard 0/3 of the plan's runs (4 of its 12 runs; the shard is complete), not the whole study");
    expect(shard).toContain('For the whole study, merge the shards (cfsim merge OUT k0 SHARD_DIR...)');
    // An unfinished shard is resumed first: merging it as it is would make a partial merge.
    const stopped = unfinishedSweepWarning(analysis('shard', { runs: 4, completedRuns: 2, shard: { index: 0, count: 3, status: 'interrupted' } }), 'k0');
    expect(stopped).toContain('resume it with cfsim sweep PLAN --out k0 --shard 0/3 --resume');
    expect(stopped).toContain('For the whole study, once every shard is complete, merge the shards (cfsim merge OUT k0 SHARD_DIR...)');
  });
});

describe('a sweep folder with a lock', () => {
  const writer = { pid: 42, host: 'node7', command: 'cfsim sweep' };

  it('says a sweep still being written is, by which process, and to analyze it once that finishes, not to resume it', () => {
    const warning = unfinishedSweepWarning(analysis('running', { writer }), 'k0');
    expect(warning).toBe(
      'the sweep is still being written by process 42 on node7 (cfsim sweep): 5 of 12 runs are in runs.csv so far; this analysis covers only those runs and is not saved to analysis.json. Once that process finishes, analyze the folder again (cfsim analyze k0).',
    );
    const shard = unfinishedSweepWarning(analysis('shard', { runs: 4, completedRuns: 2, writer, shard: { index: 0, count: 3, status: 'running' } }), 'k0');
    expect(shard).toContain('the shard is still being written by process 42 on node7 (cfsim sweep): 2 of its 4 runs are in runs.csv so far');
    expect(shard).not.toContain('--resume');
  });

  it('says a sweep whose process was killed stopped, and to resume it', () => {
    expect(unfinishedSweepWarning(analysis('killed'), 'k0')).toBe(
      'the sweep stopped before it finished: its process was killed (5 of 12 runs in runs.csv); this analysis covers only those runs. To complete it, resume it with cfsim sweep PLAN --out k0 --resume.',
    );
    const shard = unfinishedSweepWarning(analysis('shard', { runs: 4, completedRuns: 2, shard: { index: 0, count: 3, status: 'killed' } }), 'k0');
    expect(shard).toContain('the shard stopped before it finished (its process was killed): 2 of its 4 runs are in runs.csv; resume it with cfsim sweep PLAN --out k0 --shard 0/3 --resume');
  });
});

describe('metrics a point had nothing to measure for', () => {
  const analysis = (more: Partial<SweepAnalysis>): SweepAnalysis => ({ plan: 'p', design: 'morris', status: 'complete', runs: 12, completedRuns: 12, planRuns: 12, failures: 0, ...more });

  it('names, per metric, the replications its effects leave out, and is part of the analysis warning', () => {
    const a = analysis({ unmeasured: { proqolBO: { leftOut: [0], used: 2 }, proqolSTS: { leftOut: [0, 2], used: 1 } } });
    const words = "proqolBO's Morris effects leave out replication 0 and proqolSTS's Morris effects leave out replications 0 and 2, in which some point had nothing to measure (nobody in post), so that every point is averaged over the same replications; a metric left with none has no Morris effects.";
    expect(unmeasuredWarning(a)).toBe(words);
    expect(analysisWarning(a, 'out')).toBe(words);
    expect(unmeasuredWarning(analysis({ design: 'sobol', unmeasured: { proqolBO: { leftOut: [1], used: 2 } } }))).toContain("proqolBO's Sobol indices leave out replication 1");
  });

  it('says nothing when every replication measured every metric', () => {
    expect(unmeasuredWarning(analysis({}))).toBeUndefined();
    expect(analysisWarning(analysis({}), 'out')).toBeUndefined();
  });
});

describe('writerName', () => {
  it('names the writer by its command line, shortened where it is long (since 0.44.0)', () => {
    expect(writerName({ pid: 7, host: 'node-07', command: 'cfsim sweep p.yaml --out r' })).toBe('process 7 on node-07 (cfsim sweep p.yaml --out r)');
    const command = `cfsim sweep p.yaml ${'--reps 4 '.repeat(40)}--out r --resume`;
    expect(writerName({ pid: 7, host: 'node-07', command })).toMatch(/^process 7 on node-07 \(cfsim sweep p\.yaml --reps 4 .* … \(\d+ characters left out\) … .*--out r --resume\)$/);
  });
});
