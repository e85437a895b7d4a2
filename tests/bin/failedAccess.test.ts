import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// The check, before any work, that an output folder can be written, failing otherwise than on a read-only file system
// (tests/bin/readOnlyResume.test.ts): each failure is said by its cause, where every one but EROFS was said to be "no
// permission to write". The failures are played by tests/bin/failedAccess.mjs.

const { work } = cliScratch('failed-access');

/** `cfsim run` into `out`, the write-access check of `checked` failing with `code`: its standard error (exit 2, nothing run). */
function refusal(out: string, checked: string, code: string): string {
  const args = ['--import', resolve('tests/bin/failedAccess.mjs'), 'dist/cfsim.js', 'run', '--reps', '1', '--days', '5', '--threads', '1', '--out', out];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000, env: { ...process.env, CFSIM_TEST_ACCESS: checked, CFSIM_TEST_ACCESS_CODE: code } });
  expect(r.status, r.stderr).toBe(2);
  return r.stderr;
}

describe('an output folder whose write-access check fails', () => {
  it('removed between being seen and being checked (ENOENT): said to be gone, naming it (was "no permission to write")', () => {
    const out = join(work, 'removed');
    mkdirSync(out, { recursive: true });
    expect(refusal(out, out, 'ENOENT')).toContain(`--out: ${JSON.stringify(out)} was there a moment ago and is gone now (ENOENT: removed or moved while cfsim checked it); see what else changes it, then run the command again`);
    const parent = join(work, 'removed-parent');
    mkdirSync(parent, { recursive: true });
    expect(refusal(join(parent, 'new'), parent, 'ENOENT')).toContain(`--out: ${JSON.stringify(parent)} was there a moment ago and is gone now (ENOENT: removed or moved while cfsim checked it), so ${JSON.stringify(join(parent, 'new'))} cannot be written in it; see what else changes it`);
  });

  it('refused by permission (EACCES, EPERM): no permission to write', () => {
    const out = join(work, 'denied');
    mkdirSync(out, { recursive: true });
    expect(refusal(out, out, 'EACCES')).toContain(`--out: no permission to write ${JSON.stringify(out)}\n`);
    expect(refusal(join(out, 'new'), out, 'EPERM')).toContain(`--out: no permission to write in ${JSON.stringify(out)}\n`);
  });

  it('failing otherwise (ESTALE, as on NFS): the system\'s code and message (was "no permission to write")', () => {
    const out = join(work, 'stale');
    mkdirSync(out, { recursive: true });
    expect(refusal(out, out, 'ESTALE')).toContain(`--out: the check that ${JSON.stringify(out)} can be written failed (ESTALE: stale file handle, access '${out}'); run the command again once its file system answers`);
    expect(refusal(join(out, 'new'), out, 'ESTALE')).toContain(`--out: the check that ${JSON.stringify(out)} can be written failed (ESTALE: stale file handle, access '${out}'), so ${JSON.stringify(join(out, 'new'))} cannot be written in it;`);
  });
});
