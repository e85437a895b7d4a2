import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordsOnPool } from '../../bin/replicationRecords';
import type { ReplicationWorker } from '../../bin/worker';
import { calibrationRounds, calibrationRoundsOn, type ReplicationRecords } from '../../models/startingLevels';
import { roundFailures } from '../../bin/startingLevels';
import { resolveScenario } from '../../scenarios/resolve';
import { NodeWorkerPool, WorkerFailure } from '../../sim/host/nodePool';

// cfsim starting-levels runs each round's replications on worker threads (dist/worker.js, built
// by `node build.mjs`), folding their records in replication order: the same levels, to the bit,
// as one thread gives, for any --threads.

const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 120_000 });
const cfsimWith = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

describe("a starting-levels run's failure", () => {
  it('names the round it was in and what that run measured', async () => {
    const scenario = resolveScenario({ population: 'ct-harm-reduction', overrides: [['population.seats', 4]] });
    const options = { seed: 5, reps: 2, days: 20, settledFrom: 10, rounds: 3 };
    // The third run (round 2) fails; the runs before it fold nothing (their means do not matter here).
    let calls = 0;
    const records: ReplicationRecords = async () => {
      if (++calls === 3) throw new WorkerFailure('replication 1 (seed 5, policy status-quo) failed: boom');
    };
    await expect(calibrationRoundsOn(scenario, options, roundFailures(records, 'ct-harm-reduction', 3))).rejects.toThrow(
      new WorkerFailure('replication 1 (seed 5, policy status-quo) failed: boom, in round 2 of 3 of calibrating ct-harm-reduction, measuring the starting levels round 2 set'),
    );
    const once: ReplicationRecords = async () => {
      throw new WorkerFailure('x failed');
    };
    await expect(calibrationRoundsOn(scenario, { ...options, rounds: 0 }, roundFailures(once, 'ct-harm-reduction', 0))).rejects.toThrow('x failed, in the one run (--rounds 0, no calibration) of ct-harm-reduction, measuring the starting levels it sets');
    // Anything but a run's failure passes as it is.
    const bug: ReplicationRecords = async () => {
      throw new TypeError('bug');
    };
    await expect(calibrationRoundsOn(scenario, options, roundFailures(bug, 'ct-harm-reduction', 3))).rejects.toThrow(new TypeError('bug'));
  });
});

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
    expect(failed.stderr).toBe('cfsim: run failed: replication 3 (seed 2, policy status-quo) failed: injected test failure, before round 1 of 1 of calibrating ct-harm-reduction, measuring the starting levels it sets\n');
    const crashed = cfsimWith({ CFSIM_TEST_CRASH_REP: '2' }, ...args);
    expect(crashed.status).toBe(1);
    expect(crashed.stdout).toBe('');
    expect(crashed.stderr).toMatch(/^cfsim: run failed: worker thread \d+ exited unexpectedly \(code 3\) while running replication 2 \(seed 2, policy status-quo\), before round 1 of 1 of calibrating ct-harm-reduction, measuring the starting levels it sets\n$/);
    // A scenario file is named as the block's header names it: its scenario carries the preset's name.
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-levels-'));
    const team = join(dir, 'team.yaml');
    writeFileSync(team, 'base:\n  population: ct-harm-reduction\n');
    const fromFile = cfsimWith({ CFSIM_TEST_FAIL_REP: '1' }, 'starting-levels', team, '--days', '20', '--reps', '2', '--rounds', '1', '--threads', '1');
    rmSync(dir, { recursive: true, force: true });
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toBe(`cfsim: run failed: replication 1 (seed 1, policy status-quo) failed: injected test failure, before round 1 of 1 of calibrating ct-harm-reduction (scenario file ${team}), measuring the starting levels it sets\n`);
  });
});
