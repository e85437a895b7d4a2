import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// A resume cuts each results file of the stopped run back to the rows its checkpoint counts, under the file's .partial
// name. Where the cut fails, the file is named back as it was found; where that fails too (its folder's fsync, on a
// failing disk: tests/bin/failedCut.mjs), the cut's failure is the one reported, and the second is mentioned after it.

const { work } = cliScratch('failed-cut');

/**
 * A run into `name` stopped after 2 of its 4 replications, then resumed with its first cut failing (`plain`: as
 * CFSIM_TEST_FAIL_TRUNCATE_PLAIN, tests/bin/failedCut.mjs) and every fsync after it: the resume's exit status and stderr, and the folder.
 */
function failedResume(name: string, plain?: string): { readonly status: number | null; readonly stderr: string; readonly out: string } {
  const out = join(work, name);
  const args = ['dist/cfsim.js', 'run', '--reps', '4', '--days', '10', '--threads', '1', '--out', out];
  const first = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_SIGINT_AFTER_REPS: '2' } });
  expect(first.status, first.stderr).not.toBe(0);
  const env = { ...process.env, CFSIM_TEST_FAIL_TRUNCATE: '.csv.partial', ...(plain === undefined ? {} : { CFSIM_TEST_FAIL_TRUNCATE_PLAIN: plain }) };
  const r = spawnSync(process.execPath, ['--import', resolve('tests/bin/failedCut.mjs'), ...args, '--resume'], { encoding: 'utf8', timeout: 120_000, env });
  return { status: r.status, stderr: r.stderr, out };
}

describe('run --resume whose cut of a results file fails', () => {
  it('reports that failure, and the failure to name the file back after it', () => {
    const r = failedResume('stopped');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^cfsim: could not ftruncate "${r.out}/[a-z]+\\.csv\\.partial": EIO; undoing what came before it failed too: could not fsync "${r.out}": EIO\\n$`));
  });

  it('reports the failure to name the file back after a cut that failed otherwise than a file system fails (was: lost)', () => {
    const r = failedResume('stopped-plain', '1');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^cfsim: unexpected failure: Error: unforeseen failure cutting /);
    expect(r.stderr).toMatch(new RegExp(`\\ncfsim: undoing what came before it failed too: could not fsync "${r.out}": EIO\\n$`));
  });

  it('reports the failure to name the file back after a cut that threw a value that is no Error (was: lost)', () => {
    const r = failedResume('stopped-string', 'string');
    expect(r.status).toBe(1);
    // The value said as it is when nothing else failed (no stack: a string has none), then the undo's failure.
    expect(r.stderr).toMatch(new RegExp(`^cfsim: unexpected failure: unforeseen failure cutting ${r.out}/[a-z]+\\.csv\\.partial\\ncfsim: undoing what came before it failed too: could not fsync "${r.out}": EIO\\n$`));
  });
});
