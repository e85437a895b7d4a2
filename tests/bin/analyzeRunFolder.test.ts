import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// cfsim analyze reads sweep folders only: given a run's or a comparison's results folder, it says what the folder holds and
// what reports it instead.

const { work, cfsim, ok } = cliScratch('analyze-run-folder');

describe('analyze given the results folder of a run or a comparison (since 0.44.0)', () => {
  it('a run: refused naming the folder, what it holds, and cfsim report, which reports it', () => {
    const dir = join(work, 'run');
    ok('run', '--reps', '2', '--days', '5', '--out', dir);
    const r = cfsim('analyze', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - DIR: ${dir} holds the results of a run (manifest.json), not a sweep; cfsim analyze reads sweep folders only: cfsim report ${dir} reports this run\n`);
  });

  it('a comparison: the same, naming it a comparison', () => {
    const dir = join(work, 'compare');
    ok('compare', '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '5', '--out', dir);
    const r = cfsim('analyze', dir, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - DIR: ${dir} holds the results of a run (manifest.json), not a sweep; cfsim analyze reads sweep folders only: cfsim report ${dir} reports this comparison\n`);
  });
});
