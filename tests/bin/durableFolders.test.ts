import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';
import { durableRename, expectFolderSynced, type FsCall } from './durableRenames';

// The built CLI, with its fsync and rename calls logged (tests/bin/fsCallLog.mjs): what a results
// folder says (manifest.json, sweep.json) is durable only after the files it counts are.

const { work, planFile } = cliScratch('durable');

/** Runs dist/cfsim.js with `args`, logging its file-system calls; returns the log. */
function logged(name: string, args: readonly string[], env: Record<string, string> = {}): { status: number | null; stderr: string; log: FsCall[] } {
  const logPath = join(work, `${name}.log`);
  const r = spawnSync(process.execPath, ['--import', resolve('tests/bin/fsCallLog.mjs'), 'dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env, CFSIM_TEST_FS_LOG: logPath } });
  // A CLI that died before logging anything is said by its own words, not by a missing log.
  if (!existsSync(logPath)) throw new Error(`cfsim ${args.join(' ')} logged nothing (exit ${r.status}): ${r.stderr}`);
  const log = readFileSync(logPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as FsCall);
  return { status: r.status, stderr: r.stderr, log };
}

describe('a durable results folder', () => {
  it('an interrupted run makes its CSV files, summary and checkpoint durable before its manifest says "interrupted"', () => {
    const out = join(work, 'run');
    const r = logged('run', ['run', '--reps', '6', '--days', '10', '--threads', '1', '--out', out], { CFSIM_TEST_SIGINT_AFTER_REPS: '2' });
    expect(r.status, r.stderr).toBe(130);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('interrupted');
    const data = ['replications.csv', 'workers.csv', 'separations.csv', 'summary.json', 'timeseries.csv', 'checkpoint.bin'].map((name) => durableRename(r.log, name));
    expect(Math.max(...data)).toBeLessThan(durableRename(r.log, 'manifest.json'));
  });

  it("a resume makes its renames of the stopped run's CSV files to NAME.partial durable before it cuts them back", () => {
    const out = join(work, 'resumed');
    const args = ['run', '--reps', '4', '--days', '10', '--threads', '1', '--out', out];
    expect(logged('stopped', args, { CFSIM_TEST_SIGINT_AFTER_REPS: '2' }).status).toBe(130);
    const r = logged('resume', [...args, '--resume']);
    expect(r.status, r.stderr).toBe(0);
    for (const name of ['replications.csv', 'workers.csv', 'separations.csv']) {
      const path = join(out, name);
      expectFolderSynced(r.log, r.log.findIndex((c) => c.op === 'rename' && c.path === path && c.to === `${path}.partial`), `${name} renamed to ${name}.partial`);
    }
  });

  it("a sweep's runs.csv is durable before sweep.json says the sweep is complete", () => {
    const plan = planFile('plan', 'name: durable\nbase: { population: ct-harm-reduction }\nset: { days: 10 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 2\nreps: 1\nseed: 1\n');
    const out = join(work, 'sweep');
    const r = logged('sweep', ['sweep', plan, '--out', out, '--threads', '1']);
    expect(r.status, r.stderr).toBe(0);
    const synced = r.log.findIndex((c) => c.op === 'fsync' && c.path === join(out, 'runs.csv'));
    expect(synced, 'runs.csv fsynced').toBeGreaterThanOrEqual(0);
    expect(synced).toBeLessThan(durableRename(r.log, 'sweep.json'));
  });
});
