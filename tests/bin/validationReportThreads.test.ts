import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talliesOnPool } from '../../bin/replicationTallies';
import type { ReplicationWorker } from '../../bin/worker';
import { runValidation } from '../../models/validation';
import { resolveScenario } from '../../scenarios/resolve';
import { NodeWorkerPool } from '../../sim/host/nodePool';

// cfsim validation-report runs each check's replications on worker threads (dist/worker.js, built
// by `node build.mjs`), folding them in replication order: the same report, to the bit, as one
// thread gives, for any --threads.

const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 300_000 });
const cfsimWith = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
const scenario = (population: string, policy: string) => resolveScenario({ population, policy });

describe('validation-report on worker threads', () => {
  it('gives the checks one thread gives, to the bit, with replications finishing out of order', async () => {
    const pool = new NodeWorkerPool<ReplicationWorker>(new URL('../../dist/worker.js', import.meta.url), 2);
    try {
      const threaded = await runValidation({ reps: 3, seed: 4, scenario, tallies: talliesOnPool(pool, 2) });
      expect(threaded).toEqual(await runValidation({ reps: 3, seed: 4, scenario }));
      expect(threaded).toHaveLength(23);
    } finally {
      await pool.terminate();
    }
  }, 300_000);

  it('writes the same report with --threads 1 and --threads 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-validation-'));
    const one = cfsim('validation-report', '--reps', '2', '--seed', '3', '--threads', '1', '--out', join(dir, 'one.md'));
    const two = cfsim('validation-report', '--reps', '2', '--seed', '3', '--threads', '2', '--out', join(dir, 'two.md'));
    expect(one.stderr).toMatch(/checks pass/);
    expect(two.stderr.replace('two.md', 'one.md')).toBe(one.stderr);
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toBe(readFileSync(join(dir, 'one.md'), 'utf8'));
    expect(readFileSync(join(dir, 'one.md'), 'utf8')).toContain('2 replications per scenario, seed 3');
  }, 300_000);

  it('names the replication that failed or the thread that stopped, as run does, and writes no report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-validation-'));
    const failed = cfsimWith({ CFSIM_TEST_FAIL_REP: '1' }, 'validation-report', '--reps', '2', '--seed', '3', '--threads', '2', '--out', join(dir, 'failed.md'));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('cfsim: run failed: replication 1 (seed 3, policy status-quo) failed: injected test failure\n');
    expect(existsSync(join(dir, 'failed.md'))).toBe(false);
    const crashed = cfsimWith({ CFSIM_TEST_CRASH_REP: '0' }, 'validation-report', '--reps', '2', '--seed', '3', '--threads', '1', '--out', join(dir, 'crashed.md'));
    expect(crashed.status).toBe(1);
    expect(crashed.stderr).toMatch(/^cfsim: run failed: worker thread 0 exited unexpectedly \(code 3\) while running replication 0 \(seed 3, policy status-quo\)\n$/);
    expect(existsSync(join(dir, 'crashed.md'))).toBe(false);
  });
});
