import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordsOnPool } from '../../bin/replicationRecords';
import type { ReplicationWorker } from '../../bin/worker';
import { calibrationRounds, calibrationRoundsOn } from '../../models/startingLevels';
import { resolveScenario } from '../../scenarios/resolve';
import { NodeWorkerPool } from '../../sim/host/nodePool';

// cfsim starting-levels runs each round's replications on worker threads (dist/worker.js, built
// by `node build.mjs`), folding their records in replication order: the same levels, to the bit,
// as one thread gives, for any --threads.

const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 120_000 });
const cfsimWith = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

describe('starting-levels on worker threads', () => {
  it('gives the rounds one thread gives, to the bit, with replications finishing out of order', async () => {
    const scenario = resolveScenario({ population: 'ct-harm-reduction', overrides: [['population.seats', 6]] });
    const options = { seed: 5, reps: 7, days: 200, settledFrom: 100, rounds: 1 };
    const pool = new NodeWorkerPool<ReplicationWorker>(new URL('../../dist/worker.js', import.meta.url), 3);
    try {
      const threaded = await calibrationRoundsOn(scenario, options, recordsOnPool(pool, 3));
      expect(threaded).toEqual(calibrationRounds(scenario, options));
    } finally {
      await pool.terminate();
    }
  });

  it('prints the same block and measures with --threads 1 and --threads 2', () => {
    const args = ['starting-levels', 'ct-harm-reduction', '--days', '300', '--reps', '5', '--rounds', '1', '--seed', '2'];
    const one = cfsim(...args, '--threads', '1');
    const two = cfsim(...args, '--threads', '2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout).toContain('population:\n  startingLevels:\n');
    expect(cfsim(...args, '--threads', '0').stderr).toContain('--threads');
  });

  it('names the replication that failed or the thread that stopped, as run does, and prints no block', () => {
    const args = ['starting-levels', 'ct-harm-reduction', '--days', '200', '--reps', '5', '--rounds', '1', '--seed', '2', '--threads', '2'];
    const failed = cfsimWith({ CFSIM_TEST_FAIL_REP: '3' }, ...args);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe('cfsim: run failed: replication 3 (seed 2, policy status-quo) failed: injected test failure\n');
    const crashed = cfsimWith({ CFSIM_TEST_CRASH_REP: '2' }, ...args);
    expect(crashed.status).toBe(1);
    expect(crashed.stdout).toBe('');
    expect(crashed.stderr).toMatch(/^cfsim: run failed: worker thread \d+ exited unexpectedly \(code 3\) while running replication 2 \(seed 2, policy status-quo\)\n$/);
  });
});
