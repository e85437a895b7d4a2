import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// A resume cuts each results file of the stopped run back to the rows its checkpoint counts, under the file's .partial
// name. Where the cut fails, the file is named back as it was found; where that fails too (its folder's fsync, on a
// failing disk: tests/bin/failedCut.mjs), the cut's failure is the one reported, and the second is mentioned after it.

const { work } = cliScratch('failed-cut');

describe('run --resume whose cut of a results file fails', () => {
  it('reports that failure, and the failure to name the file back after it', () => {
    const out = join(work, 'stopped');
    const args = ['dist/cfsim.js', 'run', '--reps', '4', '--days', '10', '--threads', '1', '--out', out];
    const first = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_SIGINT_AFTER_REPS: '2' } });
    expect(first.status, first.stderr).not.toBe(0);
    const r = spawnSync(process.execPath, ['--import', resolve('tests/bin/failedCut.mjs'), ...args, '--resume'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_FAIL_TRUNCATE: '.csv.partial' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^cfsim: could not ftruncate "${out}/[a-z]+\\.csv\\.partial": EIO; undoing what came before it failed too: could not fsync "${out}": EIO\\n$`));
  });

  it('reports the failure to name the file back after a cut that failed otherwise than a file system fails (was: lost)', () => {
    const out = join(work, 'stopped-plain');
    const args = ['dist/cfsim.js', 'run', '--reps', '4', '--days', '10', '--threads', '1', '--out', out];
    const first = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_SIGINT_AFTER_REPS: '2' } });
    expect(first.status, first.stderr).not.toBe(0);
    const env = { ...process.env, CFSIM_TEST_FAIL_TRUNCATE: '.csv.partial', CFSIM_TEST_FAIL_TRUNCATE_PLAIN: '1' };
    const r = spawnSync(process.execPath, ['--import', resolve('tests/bin/failedCut.mjs'), ...args, '--resume'], { encoding: 'utf8', timeout: 120_000, env });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^cfsim: unexpected failure: Error: unforeseen failure cutting /);
    expect(r.stderr).toMatch(new RegExp(`\\ncfsim: undoing what came before it failed too: could not fsync "${out}": EIO\\n$`));
  });

  it('reports the failure to name the file back after a cut that threw a value that is no Error (was: lost)', () => {
    const out = join(work, 'stopped-string');
    const args = ['dist/cfsim.js', 'run', '--reps', '4', '--days', '10', '--threads', '1', '--out', out];
    const first = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_SIGINT_AFTER_REPS: '2' } });
    expect(first.status, first.stderr).not.toBe(0);
    const env = { ...process.env, CFSIM_TEST_FAIL_TRUNCATE: '.csv.partial', CFSIM_TEST_FAIL_TRUNCATE_PLAIN: 'string' };
    const r = spawnSync(process.execPath, ['--import', resolve('tests/bin/failedCut.mjs'), ...args, '--resume'], { encoding: 'utf8', timeout: 120_000, env });
    expect(r.status).toBe(1);
    // The value said as it is when nothing else failed (no stack: a string has none), then the undo's failure.
    expect(r.stderr).toMatch(new RegExp(`^cfsim: unexpected failure: unforeseen failure cutting ${out}/[a-z]+\\.csv\\.partial\\ncfsim: undoing what came before it failed too: could not fsync "${out}": EIO\\n$`));
  });
});
