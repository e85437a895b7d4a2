import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// `--resume` of complete results on a read-only mount (an archived study, a finished job's scratch
// remounted): nothing would be written, so nothing to resume, exit 0. The mount is played by
// tests/bin/readOnlyMount.mjs (EROFS from every change there): tests run as root, whom chmod does not stop.

const { work, ok, file, swept } = cliScratch('read-only');

/** Runs dist/cfsim.js with `args`, the folder `readOnly` behaving as on a read-only mount. */
function onReadOnly(readOnly: string, args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', resolve('tests/bin/readOnlyMount.mjs'), 'dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_READ_ONLY: readOnly } });
}

describe('--resume on a read-only results folder', () => {
  const out = join(work, 'archived');
  const run = ['run', '--reps', '2', '--days', '10', '--threads', '1', '--out', out];
  /** The complete run in `out`, made once by the first test that needs it (so each runs alone with -t too); a test that changes it puts it back. */
  const completeRun = () => {
    if (!existsSync(join(out, 'manifest.json'))) ok(...run);
  };

  it('of complete results: nothing to resume (exit 0), their document printed with --json, a spent checkpoint left', () => {
    completeRun();
    writeFileSync(join(out, 'checkpoint.bin'), 'spent');
    const r = onReadOnly(out, [...run, '--resume', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^cfsim: nothing to resume: ${out} holds the complete results of this run \\(2 replications, ended [^)]+\\), left as they are; cfsim report ${out} -o FILE.html \\(a file outside ${out}, which cannot be written\\) reports them; their document \\(summary.json\\) is printed on stdout\\n$`));
    expect(r.stdout).toBe(readFileSync(join(out, 'summary.json'), 'utf8'));
    // The report command it names works there (cfsim report DIR alone would write DIR/report.html, and is refused).
    const report = onReadOnly(out, ['report', out, '-o', join(work, 'archived.html')]);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(work, 'archived.html'), 'utf8')).toContain('<html');
  });

  it("of another version's complete results with --json: how to get this version's document leaves out --replace into the folder, which cannot be written", () => {
    completeRun();
    const path = join(out, 'manifest.json');
    const manifest = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, manifest.replace(/"cfsim": "[^"]+"/, '"cfsim": "0.36.0"'));
      const r = onReadOnly(out, [...run, '--resume', '--json']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/, made by cfsim 0\.36\.0\), left as they are; .* whose fields may differ from this cfsim [^ ]+'s --json document; for this version's, run the command into a new --out folder\n$/);
    } finally {
      writeFileSync(path, manifest);
    }
  });

  it('of a run that is not complete: refused, the folder said to be on a read-only file system (was "no permission to write"), as something would be written', () => {
    completeRun();
    const text = readFileSync(join(out, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(text) as Record<string, unknown>;
    try {
      writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifest, status: 'interrupted', completedReps: 1 }));
      const r = onReadOnly(out, [...run, '--resume']);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`cfsim: invalid command line:\n  - --out: ${JSON.stringify(out)} is on a read-only file system (EROFS), so it cannot be written\n`);
    } finally {
      writeFileSync(join(out, 'manifest.json'), text);
    }
  });

  it('a new folder in a read-only one: refused as on a read-only file system, naming that folder (was "no permission to write in")', () => {
    const mount = join(work, 'mount');
    mkdirSync(mount);
    const r = onReadOnly(mount, [...run.slice(0, -1), join(mount, 'new')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - --out: ${JSON.stringify(mount)} is on a read-only file system (EROFS), so ${JSON.stringify(join(mount, 'new'))} cannot be written in it\n`);
  });
});

describe('sweep --resume on a read-only sweep folder', () => {
  const plan = 'name: archived\nbase: { population: ct-harm-reduction }\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 2\nreps: 1\nseed: 1\n';
  /** Every file of `dir` with its content. */
  const contents = (dir: string) => readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]);

  it('of a complete sweep: nothing to resume (exit 0), the folder left as it is', () => {
    const out = swept('archived-sweep', plan, '--threads', '1');
    const before = contents(out);
    const r = onReadOnly(out, ['sweep', join(work, 'archived-sweep.yaml'), '--out', out, '--threads', '1', '--resume']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`cfsim: nothing to resume: ${out} holds the complete sweep of this plan (2 of 2 runs done), left as it is; results in ${join(out, 'runs.csv')}\n`);
    expect(contents(out)).toEqual(before);
  });

  it('of a complete sweep with failed runs: nothing to resume, and exit 1 saying they failed, as a resume that can write says', () => {
    const out = join(work, 'failed-sweep');
    const failing = { ...process.env, CFSIM_TEST_FAIL_REP: '1' };
    const first = spawnSync(process.execPath, ['dist/cfsim.js', 'sweep', file('failed-sweep.yaml', plan.replace('reps: 1', 'reps: 2')), '--out', out, '--threads', '1'], { encoding: 'utf8', timeout: 120_000, env: failing });
    expect(first.status, first.stderr).toBe(1);
    const r = onReadOnly(out, ['sweep', join(work, 'failed-sweep.yaml'), '--out', out, '--threads', '1', '--resume']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe(`cfsim: nothing to resume: ${out} holds the complete sweep of this plan (4 of 4 runs done, 2 of them failed), left as it is; results in ${join(out, 'runs.csv')}\ncfsim: 2 runs failed; runs.csv holds each error (status "error"), and analyze leaves them out\n`);
  });

  it('of a sweep that is not complete, or with another plan: refused, as before (something would be written, or another sweep)', () => {
    const out = swept('unfinished', plan, '--threads', '1');
    const other = onReadOnly(out, ['sweep', file('other.yaml', plan.replace('max: 0.9', 'max: 0.8')), '--out', out, '--resume']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('--resume: the plan in');
    const status = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(out, 'sweep.json'), JSON.stringify({ ...status, status: 'interrupted' }));
    const r = onReadOnly(out, ['sweep', join(work, 'unfinished.yaml'), '--out', out, '--threads', '1', '--resume']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - --out: ${JSON.stringify(out)} is on a read-only file system (EROFS), so it cannot be written\n`);
  });
});
