import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFailure, talliesOnPool } from '../../bin/replicationTallies';
import type { ReplicationWorker } from '../../bin/worker';
import * as validationModel from '../../models/validation';
import { plannedRuns, runValidation, statusQuoChecks, validationChecks, type ValidationRun } from '../../models/validation';
import { resolveScenario } from '../../scenarios/resolve';
import { NodeWorkerPool, WorkerFailure } from '../../sim/host/nodePool';
import { OPT_IN_STUDY_DAYS } from '../../models/supervision';
import { validationRunPlan } from '../../bin/validationReport';
import { tempFolder } from '../tempFolder';

// cfsim validation-report runs each run's replications on worker threads (dist/worker.js, built
// by `node build.mjs`), folding them in replication order: the same report, to the bit, as one
// thread gives, for any --threads.

/** Removed after the file's tests (the reports of each test in a folder of its own). */
const work = tempFolder('cfsim-validation-threads-');
const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 300_000 });
const cfsimWith = (env: Record<string, string>, ...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
const scenario = (population: string, policy: string) => resolveScenario({ population, policy });

describe("a validation run's failure", () => {
  it('names the population and the check or checks the run serves after the policy', () => {
    const failure = new WorkerFailure('replication 1 (seed 3, policy mandatory-debrief) failed: boom');
    expect(runFailure(failure, { population: 'ma-outreach', checks: ['ma-outreach/single-session-debrief'] }).message).toBe('replication 1 (seed 3, policy mandatory-debrief) failed: boom, in the run of population ma-outreach for the check ma-outreach/single-session-debrief');
    expect(runFailure(failure, { population: 'ct-harm-reduction', checks: ['ct-harm-reduction/cs', 'ct-harm-reduction/bo'] }).message).toMatch(/, in the run of population ct-harm-reduction for the checks ct-harm-reduction\/cs, ct-harm-reduction\/bo$/);
    expect(runFailure(failure, undefined)).toBe(failure);
    expect(runFailure(failure, { population: 'x', checks: ['x/y'] })).toBeInstanceOf(WorkerFailure);
  });

  it('is told which run it is: every run of the report names its population and checks', async () => {
    const runs: ValidationRun[] = [];
    const checks = await runValidation({ reps: 2, seed: 1, scenario, tallies: async (_s, _seed, _reps, _fold, run) => void runs.push(run!) });
    expect(runs.map((r) => r.population)).toEqual(['ma-outreach', 'ma-outreach', 'ct-harm-reduction', 'ct-harm-reduction', 'canada-first-responders', 'ma-outreach', 'ma-outreach', 'ma-outreach', 'ma-outreach']);
    // Every check is served by some run, and every named check exists.
    const ids = checks.map((c) => c.id);
    expect(new Set(runs.flatMap((r) => r.checks))).toEqual(new Set(ids));
    // The status quo's run of each outreach population is told the checks defined on it, which are the checks made from it, in order.
    for (const [k, population] of [[0, 'ma-outreach'], [2, 'ct-harm-reduction']] as const) {
      const defined = statusQuoChecks(population, population).map((c) => c.id);
      expect(runs[k].checks.slice(0, defined.length)).toEqual(defined);
      const first = ids.indexOf(defined[0]);
      expect(ids.slice(first, first + defined.length)).toEqual(defined);
    }
    // The default population's status quo is also the baseline of the lever checks: run once, it names them too.
    expect(runs[0].checks).toEqual([...['cs', 'bo', 'sts', 'high-sts', 'moderate-sts', 'lived-sts', 'turnover', 'uptake'], 'single-session-debrief', 'individual-effect', 'organizational-effect'].map((id) => `ma-outreach/${id}`));
    expect(runs[2].checks).toEqual(statusQuoChecks('ct-harm-reduction', 'x').map((c) => c.id));
  });

  it('runs each distinct population, package and horizon once, however many checks read it', async () => {
    const made: string[] = [];
    await runValidation({ reps: 2, seed: 1, scenario, tallies: async (s, _seed, _reps, _fold, run) => void made.push(`${run!.population} ${s.policy.name} ${s.days}`) });
    expect(made).toHaveLength(validationRunPlan().length);
    expect(new Set(made).size).toBe(made.length);
    expect(made.filter((m) => m === `ma-outreach status-quo ${scenario('ma-outreach', 'status-quo').days}`)).toHaveLength(1);
    expect(made.filter((m) => m.startsWith('ma-outreach status-quo '))).toHaveLength(2);
    // Derived from the checks' own runs, horizons resolved as the report resolves them: 9 today (the status quo and opt-in study of the two outreach populations, first responders, four levers).
    expect(validationRunPlan()).toHaveLength(plannedRuns(validationChecks(), (population, policy) => scenario(population, policy).days).length);
    expect(validationRunPlan()).toHaveLength(9);
  });

  it('plans as one run two checks whose runs resolve to the same scenario, package and horizon (days given as the scenario own)', () => {
    const result = () => ({ target: '', source: '', achieved: '', pass: true });
    const own = { population: 'ma-outreach', policy: 'status-quo' };
    const checks = [
      { id: 'a', runs: [own], result },
      { id: 'b', runs: [{ ...own, days: 1095 }], result },
      { id: 'c', runs: [{ ...own, days: 214 }], result },
    ];
    const runs = plannedRuns(checks, () => 1095);
    expect(runs.map((r) => r.checks)).toEqual([['a', 'b'], ['c']]);
    expect(runs[0].key).toEqual(own);
    // The report's own plan, horizons resolved, is the count --help and the progress line give: one count, kept in one place
    // (the model kept a second, counted without resolving horizons, which would count a check given the scenario's own days twice).
    expect(Object.keys(validationModel)).not.toContain('VALIDATION_RUNS');
  });
});

describe('validation-report --help', () => {
  it('calls --reps the replications of each run, since one run serves several checks', () => {
    const help = cfsim('validation-report', '--help');
    expect(help.status, help.stderr).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    // Each run with its horizon: the scenario's own, or the opt-in study's.
    const days = resolveScenario().days;
    expect(text).toContain(`Replications per run (2-100000): the report makes ${validationRunPlan().length} runs, each a population under a package over a horizon (7 over ${days} days, 2 over ${OPT_IN_STUDY_DAYS} days), and one run serves one check or several. Default: 200.`);
    expect(text).toContain("Worker threads for each run's replications");
    expect(text).not.toContain('per check');
  });
});

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
    const dir = mkdtempSync(join(work, 'validation-'));
    const one = cfsim('validation-report', '--reps', '2', '--seed', '3', '--threads', '1', '--out', join(dir, 'one.md'));
    const two = cfsim('validation-report', '--reps', '2', '--seed', '3', '--threads', '2', '--out', join(dir, 'two.md'));
    expect(one.stderr).toMatch(/checks pass/);
    expect(two.stderr.replace('two.md', 'one.md')).toBe(one.stderr);
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toBe(readFileSync(join(dir, 'one.md'), 'utf8'));
    expect(readFileSync(join(dir, 'one.md'), 'utf8')).toContain('2 replications per run, seed 3, the default horizon of 1095 days but 214 days for the runs of `ma-outreach/opt-in-self-referral`, `ct-harm-reduction/opt-in-self-referral`.');
  }, 300_000);

  it('names the replication that failed or the thread that stopped, as run does, and writes no report', () => {
    const dir = mkdtempSync(join(work, 'validation-'));
    const failed = cfsimWith({ CFSIM_TEST_FAIL_REP: '1' }, 'validation-report', '--reps', '2', '--seed', '3', '--threads', '2', '--out', join(dir, 'failed.md'));
    expect(failed.status).toBe(1);
    // The policy and, since a policy runs for several populations and checks, the population and the checks the run serves.
    const statusQuoChecks = ['cs', 'bo', 'sts', 'high-sts', 'moderate-sts', 'lived-sts', 'turnover', 'uptake', 'single-session-debrief', 'individual-effect', 'organizational-effect'].map((id) => `ma-outreach/${id}`).join(', ');
    expect(failed.stderr).toBe(`cfsim: run failed: replication 1 (seed 3, policy status-quo) failed: injected test failure, in the run of population ma-outreach for the checks ${statusQuoChecks}\n`);
    expect(existsSync(join(dir, 'failed.md'))).toBe(false);
    const crashed = cfsimWith({ CFSIM_TEST_CRASH_REP: '0' }, 'validation-report', '--reps', '2', '--seed', '3', '--threads', '1', '--out', join(dir, 'crashed.md'));
    expect(crashed.status).toBe(1);
    expect(crashed.stderr).toBe(`cfsim: run failed: worker thread 0 exited unexpectedly (code 3) while running replication 0 (seed 3, policy status-quo), in the run of population ma-outreach for the checks ${statusQuoChecks}\n`);
    expect(existsSync(join(dir, 'crashed.md'))).toBe(false);
  });
});
