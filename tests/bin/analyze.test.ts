import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisTables, analysisText, morrisStepCoordinates } from '../../bin/analyze';
import { resolvePlan, resolveStoredPlan } from '../../scenarios/plan';
import { planDesign } from '../../scenarios/planDesign';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';
import { shownFromHere } from './shownFromHere';
import { tempFolder } from '../tempFolder';

const sobolRow = (parameter: string, S1: number) => ({ parameter, S1, S1low: S1 - 0.2, S1high: S1 + 0.2, ST: 0.5, STlow: 0.4, SThigh: 0.6 });
const sweep = (more: Partial<SweepAnalysis>): SweepAnalysis => ({ plan: 'p', design: 'sobol', status: 'complete', runs: 40, completedRuns: 40, planRuns: 40, failures: 0, ...more });

describe('morrisStepCoordinates', () => {
  it('measures a whole-number parameter\'s steps by its values and any other parameter\'s by the design', () => {
    // A one-value range is refused in new plans, but a sweep folder may hold one from before.
    const plan = resolveStoredPlan({
      parameters: { 'policy.compensation.ptoDaysPerYear': { min: 0, max: 50 }, 'community.stigma': { min: 0.1, max: 0.9 }, 'population.teamSize': { min: 4, max: 4 } },
      design: 'morris',
      points: 5,
      levels: 4,
    });
    const { design, values } = planDesign(plan);
    const at = morrisStepCoordinates(plan, design.points, values);
    for (let p = 0; p < design.count; p++) {
      expect(at[p * 3]).toBe((values[p][0] as number) / 50);
      expect(at[p * 3 + 1]).toBe(design.points[p * 3 + 1]);
      expect(at[p * 3 + 2]).toBe(design.points[p * 3 + 2]); // a one-value range keeps the design's steps: its effect is 0
    }
    expect(new Set(values.map((v) => v[0]))).toEqual(new Set([0, 17, 34, 50]));
  });
});

describe('analysisText', () => {
  it('says why a metric has no Sobol indices as noIndices records it, never reading "did not vary" from nulls alone', () => {
    const nulls = [{ parameter: 'community.stigma', S1: NaN, S1low: NaN, S1high: NaN, ST: NaN, STlow: NaN, SThigh: NaN }];
    const failed = analysisText(sweep({ sobol: { proqolSTS: nulls }, noIndices: { proqolSTS: { reason: 'failed', point: 5 } } }), 'k0');
    expect(failed).toContain('proqolSTS: no Sobol indices: the estimate failed, as its mean at point 5 is not a finite number');
    expect(failed).not.toContain('did not vary');
    expect(failed).not.toContain('the same at every base point');
    const constant = analysisText(sweep({ sobol: { proqolSTS: nulls }, noIndices: { proqolSTS: { reason: 'constant', value: 0.25 } } }), 'k0');
    expect(constant).toContain("proqolSTS: the same at every base point (the design's A and B points), so no Sobol indices: the output did not vary (0.2500 at each;");
    const unmeasured = analysisText(sweep({ sobol: { proqolSTS: nulls }, noIndices: { proqolSTS: { reason: 'unmeasured' } } }), 'k0');
    expect(unmeasured).toContain('proqolSTS: no Sobol indices: in every replication some point had nothing to measure');
    // An analysis.json from before the reason was recorded: its nulls are not read as "did not vary".
    const older = analysisText(sweep({ sobol: { proqolSTS: nulls } }), 'k0');
    expect(older).toContain('proqolSTS: no Sobol indices; this analysis.json, made before CFSim 0.36.0, does not record why');
    expect(older).not.toContain('the same at every base point');
  });

  it('writes Sobol intervals as the comparison tables do: a true minus and "to"', () => {
    const text = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', -0.05)] } }), 'k0');
    expect(text).toContain('−0.050 (−0.250 to 0.150)');
    expect(text).toContain('0.500 (0.400 to 0.600)');
    expect(text).not.toMatch(/\d–|-\d/);
  });

  it('cautions when an index is far outside 0 to 1, and only then', () => {
    const unstable = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', 0.3), sobolRow('policy.supervision.quality', -10.98)] } }), 'k0');
    expect(unstable).toContain('Caution: S1 of policy.supervision.quality is −11.0, far outside 0 to 1: too few points or reps for stable indices');
    const stable = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', 0.3), sobolRow('policy.supervision.quality', -0.02)] } }), 'k0');
    expect(stable).not.toContain('Caution');
    // Every index outside is named, an ST beside another parameter's S1 included, in the table's order (ST 1.33 above 0.5).
    const two = analysisText(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', 1.33), { ...sobolRow('community.overdoseBurden', 0.2), ST: 1.33 }] } }), 'k0');
    expect(two).toContain('Caution: ST of community.overdoseBurden is 1.33 and S1 of community.stigma is 1.33, far outside 0 to 1');
    expect(two.match(/Caution/g)).toHaveLength(1);
  });

  it("warns of a Sobol design whose A and B samples of a parameter coincide or correlate, and what it does to the indices", () => {
    const text = analysisText(
      sweep({
        designOverlaps: {
          baseRows: 4,
          clearFrom: 16,
          parameters: [
            { parameter: 'community.stigma', equalRows: 4, correlation: 1 },
            { parameter: 'coefficients.stsGain', equalRows: 0, correlation: -1 },
            { parameter: 'policy.supervision.quality', equalRows: 2, correlation: 0.2 },
          ],
        },
      }),
      'k0',
    );
    expect(text).toContain(
      "Warning: in this Sobol design's 4 base rows, the A and B samples of some parameters are not the independent samples the estimators assume: community.stigma (the same in every row), coefficients.stsGain (correlated, r = −1.00) and policy.supervision.quality (the same in 2 rows). At so few rows the Sobol sequence's coordinates coincide; a row whose A and B values are the same adds nothing to that parameter's indices, which are pulled toward 0 (community.stigma: exactly 0 whatever its effect). Raise points to 16, the fewest (a power of two) at which none of these parameters' samples overlap.",
    );
  });

  it('cautions when an index is impossible beyond its interval: S1 wholly below 0, or wholly above its ST', () => {
    const row = (S1: number, S1low: number, S1high: number, ST: number, STlow: number, SThigh: number) => ({ parameter: 'community.stigma', S1, S1low, S1high, ST, STlow, SThigh });
    const below = analysisText(sweep({ sobol: { proqolSTS: [row(-0.015, -0.027, -0.004, 0.002, 0.001, 0.003)] } }), 'k0');
    expect(below).toContain('Caution: community.stigma: its S1 interval lies wholly below 0, which no true index can (0 ≤ S1 ≤ ST)');
    expect(below).toContain('the estimates are off by more than their 95% bootstrap intervals, which resample the same few points, allow; raise points (or reps) before reading these indices');
    // The "far outside 0 to 1" caution says it already: one caution, not two.
    const both = analysisText(sweep({ sobol: { proqolSTS: [row(-0.5, -0.6, -0.4, 0.002, 0.001, 0.003)] } }), 'k0');
    expect(both.match(/Caution/g)).toHaveLength(1);
    expect(both).toContain('far outside 0 to 1');
    const above = analysisText(sweep({ sobol: { proqolSTS: [row(0.046, 0.006, 0.09, 0.004, 0.001, 0.005)] } }), 'k0');
    expect(above).toContain("Caution: community.stigma: its S1 interval lies wholly above its ST's");
    // Every such index is named, and one beside another parameter's index far outside 0 to 1 is named too.
    const named = (parameter: string, r: ReturnType<typeof row>) => ({ ...r, parameter });
    const several = analysisText(
      sweep({
        sobol: {
          proqolSTS: [
            named('a', row(-0.023, -0.043, -0.009, 0.01, 0.005, 0.02)),
            named('b', row(0.046, 0.006, 0.09, 0.004, 0.001, 0.005)),
            named('c', row(1.4, 1.2, 1.6, 1.5, 1.3, 1.7)),
            // Impossible too, but named already as far outside 0 to 1.
            named('d', row(-0.5, -0.6, -0.4, 0.002, 0.001, 0.003)),
          ],
        },
      }),
      'k0',
    );
    expect(several).toContain('Caution: S1 of c is 1.40, ST of c is 1.50 and S1 of d is −0.500, far outside 0 to 1');
    expect(several).toContain("Caution: a: its S1 interval lies wholly below 0; b: its S1 interval lies wholly above its ST's, which no true index can (0 ≤ S1 ≤ ST)");
    // An interval reaching 0, or S1 above ST only within their intervals, is what sampling error allows.
    expect(analysisText(sweep({ sobol: { proqolSTS: [row(-0.01, -0.03, 0.01, 0.2, 0.1, 0.3), row(0.05, 0.01, 0.09, 0.04, 0.02, 0.06)] } }), 'k0')).not.toContain('Caution');
  });

  it('counts failed runs in the right number', () => {
    expect(analysisText(sweep({ failures: 1 }), 'k0')).toMatch(/^Sweep p \(sobol design\), 1 failed run left out\n/);
    expect(analysisText(sweep({ failures: 3 }), 'k0')).toMatch(/^Sweep p \(sobol design\), 3 failed runs left out\n/);
  });

  it('prints whole numbers in the per-point table as whole numbers', () => {
    const points = [{ point: 0, days: 156, runs: 3, 'costPerWorkerYear.mean': 10981.545, 'proqolSTS.mean': 26.0251 }];
    expect(analysisTables(sweep({ design: 'lhs', points }))).toBe('point\tdays\truns\tcostPerWorkerYear.mean\tproqolSTS.mean\n0\t156\t3\t10982\t26.03\n');
  });

  it("prints a point's parameter values without trailing zeros, to four significant digits, and the metrics' to four", () => {
    const points = [
      { point: 0, 'community.demandPerSeat': 5.5, 'community.stigma': 0.123456, runs: 2, 'proqolSTS.mean': 26.5 },
      { point: 1, 'community.demandPerSeat': 6, 'community.stigma': 0.1, runs: 2, 'proqolSTS.mean': 27 },
      { point: 2, 'community.demandPerSeat': -0.25, 'community.stigma': 1e-7, runs: 2, 'proqolSTS.mean': 27 },
    ];
    expect(analysisTables(sweep({ design: 'grid', points }))).toBe('point\tcommunity.demandPerSeat\tcommunity.stigma\truns\tproqolSTS.mean\n0\t5.5\t0.1235\t2\t26.50\n1\t6\t0.1\t2\t27\n2\t−0.25\t0.0000001\t2\t27\n');
  });

  it("says a point that pairs no replication with point 0's so, not that a replication had no value", () => {
    const points = [
      { point: 0, 'community.stigma': 0.1, runs: 1, 'proqolSTS.mean': 26 },
      { point: 1, 'community.stigma': 0.9, runs: 1, 'proqolSTS.mean': 27 },
    ];
    const none = { point: 1, pairs: 0, mean: NaN, sd: NaN, se: NaN, p05: NaN, p95: NaN, positive: 0, zero: 0, negative: 0 };
    const text = analysisTables(sweep({ design: 'grid', randomNumbers: 'common', points, differences: { vs: 0, metrics: { proqolSTS: [none] } } }));
    expect(text).toContain("\n1\t0.9\t0\t–\t–\t–\t–\tno replication pairs with point 0's\n");
  });

  it("says why a grid has no paired differences where point 0 has no run, naming the shard a shard's folder holds", () => {
    const points = [
      { point: 0, 'community.stigma': 0.1, runs: 0, 'proqolSTS.mean': NaN },
      { point: 1, 'community.stigma': 0.9, runs: 2, 'proqolSTS.mean': 27 },
    ];
    expect(analysisTables(sweep({ design: 'grid', randomNumbers: 'common', points }))).toContain('No paired differences between points: point 0, which they would be measured from, has no successful run.\n');
    const shard = analysisTables(sweep({ design: 'grid', randomNumbers: 'common', status: 'shard', shard: { index: 1, count: 2, status: 'complete' }, points }));
    expect(shard).toContain('has no successful run in this folder, which holds shard 1/2 (the merged shards have them).');
  });

  it('says a shard is one shard of the plan\'s runs, to be merged, even when the shard is complete', () => {
    const text = analysisText(sweep({ status: 'shard', runs: 20, completedRuns: 20, planRuns: 60, shard: { index: 1, count: 3, status: 'complete' } }), 'k0');
    expect(text).toMatch(/^Sweep p \(sobol design, shard 1\/3 only\)\nWarning: this folder holds shard 1\/3 of the plan's runs \(20 of its 60 runs; the shard is complete\), not the whole study/);
    expect(text).toContain('merge the shards (cfsim merge OUT k0 SHARD_DIR...)');
    // The line under the heading gave the plan's 60 runs alone: it says the shard's 20 too.
    const sourced = analysisText(sweep({ status: 'shard', runs: 20, completedRuns: 20, planRuns: 60, cfsim: '0.24.0', seed: 1, reps: 2, shard: { index: 1, count: 3, status: 'complete' } }), 'k0');
    expect(sourced.split('\n')[1]).toBe("Runs by CFSim 0.24.0, seed 1: 30 design points × 2 reps (the plan's 60 runs, of which shard 1/3 holds 20: run mod 3 = 1)");
    const stopped = analysisText(sweep({ status: 'shard', runs: 20, completedRuns: 7, planRuns: 60, shard: { index: 1, count: 3, status: 'interrupted' } }), 'k0');
    expect(stopped).toContain('the shard is interrupted: 7 of its 20 runs are in runs.csv; resume it with cfsim sweep PLAN --out k0 --shard 1/3 --resume');
  });
});

describe('analyze and report on a sweep folder with a lock', () => {
  const work = tempFolder('cfsim-analyze-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  const finished = join(work, 'finished');
  beforeAll(() => {
    const plan = join(work, 'plan.yaml');
    writeFileSync(plan, 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nset: { days: 30 }\nmetrics: [proqolSTS]\n');
    const r = cfsim(['sweep', plan, '--out', finished, '--threads', '1']);
    expect(r.status, r.stderr).toBe(0);
  });
  /** The plan file as a command offered from here names it: from this folder, where that is shorter. */
  const planShown = shownFromHere(join(work, 'plan.yaml'));
  /** The finished sweep as its process left it after `done` of its 6 runs, holding the lock as `pid` of this host. */
  const midway = (name: string, pid: number, done = 3) => {
    const dir = join(work, name);
    cpSync(finished, dir, { recursive: true });
    rmSync(join(dir, 'analysis.json'), { force: true });
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, done + 1).join('\n')}\n`);
    const status = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...status, status: 'running', completed: done }));
    writeFileSync(join(dir, '.cfsim-lock'), JSON.stringify({ pid, host: hostname(), command: 'cfsim sweep', since: new Date().toISOString() }));
    return dir;
  };

  it('names under its heading, and records in analysis.json, the version, seed, points and reps of the runs', () => {
    const dir = join(work, 'source-grid');
    cpSync(finished, dir, { recursive: true });
    const analyzed = cfsim(['analyze', dir]);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect(analyzed.stdout.split('\n')[1]).toMatch(/^Runs by CFSim \d+\.\d+\.\d+, seed 1: 3 points × 2 reps \(6 runs\)$/);
    const analysis = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis;
    expect([analysis.seed, analysis.reps]).toEqual([1, 2]);
    const reported = cfsim(['report', dir, '-o', join(work, 'source-grid.html')]);
    expect(reported.status, reported.stderr).toBe(0);
    expect(readFileSync(join(work, 'source-grid.html'), 'utf8')).toContain(', seed 1: 3 points × 2 reps (6 runs)');
  });

  it('--bootstrap on a grid: analyze and report take it but warn that it does nothing, and say nothing without it', () => {
    const dir = join(work, 'bootstrap-grid');
    cpSync(finished, dir, { recursive: true });
    const warning = 'cfsim: warning: --bootstrap 200 has no effect on a grid sweep';
    const analyzed = cfsim(['analyze', dir, '--bootstrap', '200']);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect(analyzed.stderr).toContain(warning);
    expect(analyzed.stderr).toContain('not an interval of the mean');
    const reported = cfsim(['report', dir, '--bootstrap', '200', '-o', join(work, 'bootstrap-grid.html')]);
    expect(reported.status, reported.stderr).toBe(0);
    expect(reported.stderr).toContain(warning);
    const plain = cfsim(['analyze', dir]);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).not.toContain('--bootstrap');
  });

  it('a sweep still being written: names its process, says to analyze it once it finishes, and writes nothing into the folder', () => {
    // This test process stands in for the sweep: alive, on this host.
    const dir = midway('live', process.pid);
    const text = cfsim(['analyze', dir]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Warning: the sweep is still being written by process ${process.pid} on ${hostname()} (cfsim sweep): 3 of 6 runs are in runs.csv so far; this analysis covers only those runs and is not saved to analysis.json. Once that process finishes, analyze the folder again`);
    expect(text.stdout).not.toContain('--resume');
    expect(text.stdout).toContain('proqolSTS.mean');
    const json = cfsim(['analyze', dir, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'running', completedRuns: 3, writer: { pid: process.pid } });
    const report = cfsim(['report', dir]);
    expect(report.status, report.stderr).toBe(2);
    expect(report.stderr).toContain(`RESULTS_DIR: ${dir} is still being written by process ${process.pid}`);
    expect(report.stderr).toContain('write it elsewhere with -o');
    const elsewhere = join(work, 'live-report.html');
    const written = cfsim(['report', dir, '-o', elsewhere]);
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toContain('is still being written by process');
    expect(readdirSync(dir).sort()).toEqual(['.cfsim-lock', 'plan.json', 'runs.csv', 'sweep.json']);
  });

  it("a sweep whose lock another host holds: said by the lock's heartbeat, as sweep says it, not as being written by a process looked up here", () => {
    /** `midway`'s folder, its lock node-07's, touched 3 minutes ago (no such process here, and none is looked up). */
    const elsewhere = (name: string, done: number) => {
      const dir = midway(name, 2 ** 22 + 4321, done);
      const lock = join(dir, '.cfsim-lock');
      writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 4321, host: 'node-07', command: 'cfsim sweep', since: new Date().toISOString() }));
      const at = new Date(Date.now() - 3 * 60_000);
      utimesSync(lock, at, at);
      return dir;
    };
    const held = 'held by process 4198625 on node-07 (cfsim sweep), whose lock was touched 3 minutes ago: its process cannot be looked up from here, so it counts as running until the lock is 10 minutes old';
    const dir = elsewhere('other-host', 3);
    const text = cfsim(['analyze', dir]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Warning: the sweep is ${held}; 3 of 6 runs are in runs.csv so far; this analysis covers only those runs and is not saved to analysis.json.`);
    const json = JSON.parse(cfsim(['analyze', dir, '--json']).stdout) as SweepAnalysis;
    expect(json.writer).toMatchObject({ pid: 4198625, host: 'node-07' });
    expect(json.writer?.heartbeatAgeMs).toBeGreaterThanOrEqual(3 * 60_000);
    const report = cfsim(['report', dir]);
    expect(report.status, report.stderr).toBe(2);
    expect(report.stderr).toContain(`RESULTS_DIR: ${dir} is ${held}; a report written into it now`);
    const empty = cfsim(['analyze', elsewhere('other-host-empty', 0)]);
    expect(empty.status, empty.stderr).toBe(2);
    expect(empty.stderr).toContain(`the folder is ${held}; analyze it once that process finishes`);
    // Touched by a host whose clock is ahead of this one's: its lock's time is 2 minutes from now, its age no less than 0 (was: -120000).
    const ahead = join(dir, '.cfsim-lock');
    const later = new Date(Date.now() + 2 * 60_000);
    utimesSync(ahead, later, later);
    const skewed = cfsim(['analyze', dir, '--json']);
    expect((JSON.parse(skewed.stdout) as SweepAnalysis).writer?.heartbeatAgeMs).toBe(0);
    expect(skewed.stderr).toContain('whose lock was touched less than a minute ago');
  });

  it("a report page of a sweep held by another host gives the heartbeat's time (UTC) and its age as of the page's writing; one of this host's name in another container or boot is said to be so", () => {
    const dir = midway('other-host-page', 2 ** 22 + 4321, 3);
    const lock = join(dir, '.cfsim-lock');
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 4321, host: 'node-07', command: 'cfsim sweep', since: new Date().toISOString() }));
    const at = new Date(Math.floor((Date.now() - 3 * 60_000) / 1000) * 1000);
    utimesSync(lock, at, at);
    const words = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)} UTC`;
    const page = join(work, 'other-host-page.html');
    const written = cfsim(['report', dir, '-o', page]);
    expect(written.status, written.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`whose lock was touched at ${words(at)} (3 minutes before this page was written): its process cannot be looked up from here, so it counts as running until the lock is 10 minutes old, which is at ${words(new Date(at.getTime() + 10 * 60_000))} unless it is touched again;`);
    expect(html).not.toContain('minutes ago');
    // This host's name, another boot or pid namespace: not "cannot be looked up" alone, which reads as a contradiction here.
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 4321, host: hostname(), command: 'cfsim sweep', since: new Date().toISOString(), processSpace: 'b0dacd6c-0000-4000-8000-000000000000 pid:[4026531836]' }));
    utimesSync(lock, at, at);
    const text = cfsim(['analyze', dir]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`held by process 4198625 on ${hostname()} (cfsim sweep), whose lock was touched 3 minutes ago: its process runs in another container or boot with this host name and cannot be looked up from here, so it counts as running until the lock is 10 minutes old`);
    expect((JSON.parse(cfsim(['analyze', dir, '--json']).stdout) as SweepAnalysis).writer).toMatchObject({ host: hostname(), sameHostName: true, heartbeatAt: at.toISOString() });
  });

  it('merge refuses a shard still being written, naming its process, even with --allow-partial', () => {
    const dir = midway('live-shard', process.pid);
    for (const extra of [[], ['--allow-partial']]) {
      const out = join(work, `live-merged${extra.length}`);
      const r = cfsim(['merge', out, dir, ...extra]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`SHARD_DIR: ${dir} is still being written by process ${process.pid} on ${hostname()} (cfsim sweep); merge once it finishes`);
      expect(existsSync(out)).toBe(false);
    }
    // Another host's fresh lock (a task killed at its time limit leaves one) does not stop a merge of what is there.
    const elsewhere = midway('other-host-shard', process.pid);
    writeFileSync(join(elsewhere, '.cfsim-lock'), JSON.stringify({ pid: 4321, host: 'another-node', command: 'cfsim sweep', since: new Date().toISOString() }));
    const merged = cfsim(['merge', join(work, 'other-host-merged'), elsewhere, '--allow-partial']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'other-host-merged', 'sweep.json'), 'utf8')).status).toBe('partial');
  });

  it('a sweep whose process was killed: says it stopped and to resume it, with the plan file its sweep.json records (was: PLAN)', () => {
    const dir = midway('killed', 2 ** 22 + 4321); // above Linux's pid_max: no such process
    const text = cfsim(['analyze', dir]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Warning: the sweep stopped before it finished: its process was killed (3 of 6 runs in runs.csv); this analysis covers only those runs. To complete it, resume it with cfsim sweep ${planShown} --out ${dir} --resume.`);
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8'))).toMatchObject({ status: 'killed', completedRuns: 3 });
    const json = cfsim(['analyze', dir, '--json']);
    expect(json.stderr).toContain(`resume it with cfsim sweep ${planShown} --out ${dir} --resume.`);
  });

  it('a killed sweep whose recorded plan file is gone, or no longer its plan: PLAN, for the user to name', () => {
    const gone = midway('killed-plan-gone', 2 ** 22 + 4321);
    const status = join(gone, 'sweep.json');
    writeFileSync(status, readFileSync(status, 'utf8').replaceAll(join(work, 'plan.yaml'), join(work, 'moved.yaml')));
    expect(cfsim(['analyze', gone]).stdout).toContain(`resume it with cfsim sweep PLAN --out ${gone} --resume.`);
    const edited = midway('killed-plan-edited', 2 ** 22 + 4321);
    const other = join(work, 'other.yaml');
    writeFileSync(other, readFileSync(join(work, 'plan.yaml'), 'utf8').replace('levels: 3', 'levels: 4'));
    const editedStatus = join(edited, 'sweep.json');
    writeFileSync(editedStatus, readFileSync(editedStatus, 'utf8').replaceAll(join(work, 'plan.yaml'), other));
    expect(cfsim(['analyze', edited]).stdout).toContain(`resume it with cfsim sweep PLAN --out ${edited} --resume.`);
  });

  it('a sweep stopped before its first run finished: nothing to analyze or report, exit 2, nothing written', () => {
    const dir = midway('empty', 2 ** 22 + 4322, 0);
    for (const args of [['analyze', dir], ['analyze', dir, '--json'], ['report', dir]]) {
      const r = cfsim(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`DIR: the sweep has no successful run to analyze (0 of its 6 runs are in ${join(dir, 'runs.csv')}; resume it with cfsim sweep ${planShown} --out ${dir} --resume)`);
    }
    expect(readdirSync(dir).sort()).toEqual(['.cfsim-lock', 'plan.json', 'runs.csv', 'sweep.json']);
  });
});

describe('a sweep whose runs had nothing to measure for a metric', () => {
  const work = tempFolder('cfsim-analyze-empty-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });

  it('writes NaN (a one-seat team with nobody in post at the end), resumes past it, and leaves it out of the point\'s figures', () => {
    const plan = join(work, 'plan.yaml');
    writeFileSync(plan, 'parameters:\n  policy.staffing.hiringDelayDays: { values: [300, 301] }\ndesign: grid\nreps: 2\nseed: 2\nset: { days: 540, population.seats: 1, community.overdoseBurden: 3 }\nmetrics: [proqolBO, turnoverPerYear]\n');
    const out = join(work, 'sweep');
    expect(cfsim(['sweep', plan, '--out', out, '--threads', '1']).status).toBe(0);
    const [header, ...rows] = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    const bo = header.indexOf('proqolBO');
    expect(rows.map((row) => row[bo] === 'NaN'), 'the fixture: replication 0 has nobody in post in its last 90 days').toEqual([true, false, true, false]);
    // A resume reads the finished rows as they are, empty cell included.
    const resumed = cfsim(['sweep', plan, '--out', out, '--threads', '1', '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const r = cfsim(['analyze', out]);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8'));
    for (const point of analysis.points) {
      expect(point['proqolBO.mean']).toBe(Number(rows[1][bo]));
      expect(point['turnoverPerYear.mean']).toBeCloseTo((Number(rows[0][bo + 1]) + Number(rows[1][bo + 1])) / 2, 12);
    }
    expect(cfsim(['report', out]).status).toBe(0);
  });

  it('sobol: leaves a replication with nothing to measure at some point out at every point, and says there are no indices when none is left', () => {
    const plan = join(work, 'sobol.yaml');
    writeFileSync(plan, 'parameters:\n  coefficients.separationBase: { min: 0.01, max: 0.1 }\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: sobol\npoints: 8\nreps: 2\nseed: 1\nset: { days: 40, population.seats: 1, policy.staffing.hiringDelayDays: 200 }\nmetrics: [proqolSTS]\n');
    const out = join(work, 'sobol');
    expect(cfsim(['sweep', plan, '--out', out, '--threads', '1']).status).toBe(0);
    const rows = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    // The fixture: replication 0 has nothing to measure at any point, replication 1 at some points but not all.
    const values = (rep: string) => rows.filter((row) => row[2] === rep).map((row) => row.at(-1));
    expect(values('0').every((v) => v === 'NaN')).toBe(true);
    expect(values('1')).toContain('NaN');
    expect(values('1').some((v) => v !== 'NaN')).toBe(true);
    const r = cfsim(['analyze', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Warning: proqolSTS's Sobol indices leave out replications 0 and 1, in which some point had nothing to measure (nobody in post)");
    expect(r.stdout).toContain('proqolSTS: no Sobol indices: in every replication some point had nothing to measure (nobody in post), so no replication compares every point');
    expect(r.stdout).not.toContain('the same at every point');
    const analysis = JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8'));
    expect(analysis.unmeasured).toEqual({ proqolSTS: { leftOut: [0, 1], used: 0 } });
    expect(analysis.sobol.proqolSTS.every((row: { S1: number | null }) => row.S1 === null)).toBe(true);
    // Why there are none is recorded, not left to be read from the nulls.
    expect(analysis.noIndices).toEqual({ proqolSTS: { reason: 'unmeasured' } });
  });

  it('sobol: records that a metric did not vary (noIndices, reason constant, with its value) and says so, beside a metric with indices', () => {
    const plan = join(work, 'sobol-constant.yaml');
    // Over 30 days no parameter here changes anyone's leaving: turnover is the same at every point, ProQOL STS is not.
    writeFileSync(plan, 'parameters:\n  policy.supervision.quality: { min: 0.2, max: 0.8 }\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: sobol\npoints: 4\nreps: 1\nseed: 1\nset: { days: 30 }\nmetrics: [proqolSTS, turnoverPerYear]\n');
    const out = join(work, 'sobol-constant');
    expect(cfsim(['sweep', plan, '--out', out, '--threads', '1']).status).toBe(0);
    const r = cfsim(['analyze', out, '--bootstrap', '0', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(r.stdout);
    const turnover = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((line) => Number(line.split(',').at(-1)));
    expect(new Set(turnover).size, 'the fixture: turnover the same in every run').toBe(1);
    expect(analysis.noIndices).toEqual({ turnoverPerYear: { reason: 'constant', value: turnover[0] } });
    expect(analysis.sobol.turnoverPerYear.every((row: { S1: number | null; ST: number | null }) => row.S1 === null && row.ST === null)).toBe(true);
    expect(analysis.sobol.proqolSTS.every((row: { S1: number | null }) => typeof row.S1 === 'number')).toBe(true);
    const text = cfsim(['analyze', out, '--bootstrap', '0']).stdout;
    expect(text).toContain("turnoverPerYear: the same at every base point (the design's A and B points), so no Sobol indices: the output did not vary (");
    expect(text).toContain('proqolSTS: Sobol indices (no bootstrap intervals)');
  });
  it('sobol: records and reports the bootstrap resamples left out of a metric that varies at few base rows', () => {
    const plan = join(work, 'sobol-rare.yaml');
    writeFileSync(plan, 'parameters:\n  coefficients.separationBase: { min: 0.0001, max: 0.01 }\ndesign: sobol\npoints: 8\nreps: 1\nseed: 2\nset: { days: 30, population.seats: 4, population.warmUpDays: 0 }\nmetrics: [leaversPerYear]\n');
    const out = join(work, 'sobol-rare');
    expect(cfsim(['sweep', plan, '--out', out, '--threads', '1']).status).toBe(0);
    const r = cfsim(['analyze', out, '--bootstrap', '1000']);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8'));
    // The fixture: some base rows have no leaver under any value of the parameter, so a few resamples draw only those.
    const { used, leftOut } = analysis.resamplesLeftOut.leaversPerYear;
    expect(leftOut).toBeGreaterThan(0);
    expect(used + leftOut).toBe(1000);
    expect(r.stdout).toContain(`The intervals use ${used} of 1000 bootstrap resamples: the other ${leftOut} drew only base rows at which leaversPerYear does not vary`);
  });
});

describe('analyze on a partial merge, whose points lack different replications', () => {
  const work = tempFolder('cfsim-partial-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  /** `plan` run as shards `of` shards, all but `missing` merged with --allow-partial. */
  const partialMerge = (name: string, text: string, of: number, missing: number) => {
    const plan = join(work, `${name}.yaml`);
    writeFileSync(plan, text);
    const shards = Array.from({ length: of }, (_, i) => i)
      .filter((i) => i !== missing)
      .map((i) => {
        const dir = join(work, `${name}-shard-${i}`);
        const r = cfsim(['sweep', plan, '--out', dir, '--shard', `${i}/${of}`, '--threads', '1']);
        expect(r.status, r.stderr).toBe(0);
        return dir;
      });
    const out = join(work, `${name}-merged`);
    const r = cfsim(['merge', out, ...shards, '--allow-partial']);
    expect(r.status, r.stderr).toBe(0);
    return out;
  };
  const MORRIS = 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\ndesign: morris\npoints: 2\nlevels: 4\nreps: 2\nseed: 3\nset: { days: 30 }\nmetrics: [proqolSTS]\n';

  it('morris: the effects of the replications every point has, as a sweep of those alone gives them, with a warning naming what was left out', () => {
    // 6 points × 2 reps, run r = 2·point + rep: shard 3 of 4 holds runs 3, 7, 11 (replication 1 of points 1, 3, 5).
    const dir = partialMerge('morris', MORRIS, 4, 3);
    const r = cfsim(['analyze', dir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(r.stdout);
    expect(analysis.replications).toEqual({ reps: 2, points: 6, used: [0], incomplete: [{ replication: 1, points: 3, first: [1, 3, 5] }], leftOut: 3 });
    expect(r.stderr).toContain('the Morris effects use 1 of the 2 replications (replication 0), those with a successful run at every point, and leave out the other 3 successful runs: replication 1 has no run at 3 of 6 points (first: 1, 3, 5)');
    const oneRepPlan = join(work, 'morris-one-rep.yaml');
    writeFileSync(oneRepPlan, MORRIS.replace('reps: 2', 'reps: 1'));
    const oneRep = join(work, 'morris-one-rep');
    expect(cfsim(['sweep', oneRepPlan, '--out', oneRep]).status).toBe(0);
    expect(analysis.morris).toEqual(JSON.parse(cfsim(['analyze', oneRep, '--json']).stdout).morris);
  });

  it('morris: refused when no replication is at every point, naming which points lack which', () => {
    // Shard 2 of 3 holds runs 2, 5, 8, 11: replication 0 of points 1 and 4, replication 1 of points 2 and 5.
    const dir = partialMerge('morris-none', MORRIS, 3, 2);
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`no replication has a run at every point of ${join(dir, 'runs.csv')} (replication 0 has no run at 2 of 6 points (first: 1, 4); replication 1 has no run at 2 of 6 points (first: 2, 5)); a morris analysis compares the points replication by replication`);
  });

  it('morris: where runs failed, the refusal says no successful run, and how many of the runs failed (not every run)', () => {
    const plan = join(work, 'morris-failed.yaml');
    writeFileSync(plan, MORRIS);
    const dir = join(work, 'morris-failed');
    expect(cfsim(['sweep', plan, '--out', dir, '--threads', '1']).status).toBe(0);
    // Replication 0 of point 1 and replication 1 of point 2 failed: every point keeps a replication, none is at every point.
    const rows = readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n').map((line) => {
      const cells = line.split(',');
      const failed = (cells[1] === '1' && cells[2] === '0') || (cells[1] === '2' && cells[2] === '1');
      return failed ? [...cells.slice(0, 4), 'error', 'injected failure', ...cells.slice(6, -1), 'NaN'].join(',') : line;
    });
    writeFileSync(join(dir, 'runs.csv'), rows.join('\n'));
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`no replication has a successful run at every point of ${join(dir, 'runs.csv')} (replication 0 has no successful run at 1 of 6 points (first: 1); replication 1 has no successful run at 1 of 6 points (first: 2))`);
    expect(r.stderr).toContain('uses only the replications every point has: here none; 2 of its 12 runs failed; runs.csv says why');
    expect(r.stderr).not.toContain('every run of it failed');
  });

  /** Shard `index` of `of` of `plan`, in a folder of its own. */
  const shardOf = (name: string, text: string, index: number, of: number) => {
    const plan = join(work, `${name}.yaml`);
    writeFileSync(plan, text);
    const dir = join(work, `${name}-shard-${index}`);
    const r = cfsim(['sweep', plan, '--out', dir, '--shard', `${index}/${of}`, '--threads', '1']);
    expect(r.status, r.stderr).toBe(0);
    return dir;
  };

  it("morris shard: names no other shard's replication as missing, and says plainly why only the shard's whole replications are used", () => {
    // 6 points × 2 reps, run r = 2·point + rep: shard 0 of 2 holds replication 0 of every point, and no run of replication 1.
    const dir = shardOf('morris-own', MORRIS, 0, 2);
    const r = cfsim(['analyze', dir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).replications).toEqual({ reps: 2, points: 6, used: [0], incomplete: [], leftOut: 0 });
    expect(r.stderr).not.toContain('has no successful run');
    expect(r.stderr).not.toContain('the other 0 successful runs');
    expect(r.stderr).toContain(
      "the Morris effects use 1 of the 2 replications (replication 0), those this shard holds at every point: they compare the points replication by replication, so they need a replication's runs at every point, and the other shards run replication 1 at the points shard 0/2 does not. These numbers are those of a sweep of 1 replication; merge the shards for all 2 replications.",
    );
  });

  it('morris shard of three holding no replication at every point: names both other shards to merge with, and its own failed run', () => {
    // 6 points × 4 reps, run r = 4·point + rep: shard 0 of 3 holds runs 0, 3, ..., 21, replications 0 and 3 of points 0 and 3,
    // 2 of points 1 and 4, 1 of points 2 and 5; run 12 (replication 0 of point 3) fails.
    const dir = shardOf('morris-thirds-failed', MORRIS.replace('reps: 2', 'reps: 4'), 0, 3);
    const runs = join(dir, 'runs.csv');
    writeFileSync(runs, readFileSync(runs, 'utf8').replace(/\n(12,3,0,\d+),ok,,/, '\n$1,error,stopped by test,'));
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(
      `DIR: shard 0/3 cannot be analyzed alone: a morris analysis needs a replication with runs at every point, and this shard holds each of its replications at only some points (shards 1/3 and 2/3 hold the rest); of its own runs, replication 0 has no successful run at 1 of 6 points (first: 3). Merge it with shards 1/3 and 2/3 (cfsim merge OUT ${dir} SHARD_DIR...) and analyze the merged folder.`,
    );
  });

  it("morris shard: a failed run of the shard's own is named as missing, and no other shard's", () => {
    // 6 points × 4 reps, run r = 4·point + rep: shard 0 of 2 holds replications 0 and 2 of every point; replication 2 of point 2 (run 10) fails.
    const dir = shardOf('morris-own-failed', MORRIS.replace('reps: 2', 'reps: 4'), 0, 2);
    const runs = join(dir, 'runs.csv');
    writeFileSync(runs, readFileSync(runs, 'utf8').replace(/\n(10,2,2,\d+),ok,,/, '\n$1,error,stopped by test,'));
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "the Morris effects use 1 of the 4 replications (replication 0), those this shard holds at every point, and leave out the other 5 successful runs: they compare the points replication by replication, so they need a replication's runs at every point, and the other shards run the other replications at the points shard 0/2 does not. Of this shard's own runs, replication 2 has no successful run at 1 of 6 points (first: 2).",
    );
    expect(r.stdout).not.toMatch(/replication [13] has no successful run/);
  });

  it("morris shard with runs at every point but not one replication at all of them: refused, saying so, without listing other shards' runs as missing", () => {
    // 6 points × 3 reps, run r = 3·point + rep: shard 0 of 2 holds replications 0 and 2 of the even points, replication 1 of the odd ones.
    const dir = shardOf('morris-halves', MORRIS.replace('reps: 2', 'reps: 3'), 0, 2);
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(2);
    // Nothing failed: the refusal opens with what the shard holds, not with runs lacking success.
    // Plainly: what is missing and which shards to add.
    expect(r.stderr).toContain(`DIR: shard 0/2 cannot be analyzed alone: a morris analysis needs a replication with runs at every point, and this shard holds each of its replications at only some points (shard 1/2 holds the rest); none of its own runs is missing. Merge it with shard 1/2 (cfsim merge OUT ${dir} SHARD_DIR...) and analyze the merged folder.`);
    expect(r.stderr).not.toContain('not one replication whose runs it holds');
    expect(r.stderr).not.toContain('successful run');
    // Not "holds no replication at every point", which reads as holding nothing.
    expect(r.stderr).not.toContain('holds no replication');
    // A point none of whose runs the shard holds is said to be in other shards, not to have failed.
    const thirds = cfsim(['analyze', shardOf('morris-thirds', MORRIS, 0, 3)]);
    expect(thirds.status, thirds.stderr).toBe(2);
    expect(thirds.stderr).toMatch(/point 2 is not in \S+runs\.csv \(the other shards run it\); a morris analysis needs every point/);
  });

  it('grid: each point keeps its own runs, and a warning says the points are averaged over different replications', () => {
    // 3 points × 2 reps: shard 3 of 4 holds run 3, replication 1 of point 1.
    const dir = partialMerge('grid', 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nset: { days: 30 }\nmetrics: [proqolSTS]\n', 4, 3);
    const r = cfsim(['analyze', dir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(r.stdout);
    expect(analysis.points.map((p: { runs: number }) => p.runs)).toEqual([2, 1, 2]);
    expect(analysis.replications).toEqual({ reps: 2, points: 3, incomplete: [{ replication: 1, points: 1, first: [1] }] });
    // Point 1's paired difference pairs only the replication it has.
    expect(analysis.differences.metrics.proqolSTS.map((d: { pairs: number }) => d.pairs)).toEqual([1, 2]);
    const text = cfsim(['analyze', dir]).stdout;
    expect(text).toContain("Also, the points are averaged over different replications: replication 1 has no run at 1 of 3 points (first: 1). Each point's mean and range are over its own runs (the runs column), so the differences between points' means include replication noise as well as the parameters' effects. The paired differences from point 0 are not: they pair only the replications both points have (the pairs column).");
  });

  it("a shard's own folder: counts as missing only the replications the shard owns, not the other shards'", () => {
    // 3 points × 3 reps, run r = 3·point + rep: shard 0 of 2 holds runs 0, 2, 4, 6, 8 (point 0: reps 0, 2; point 1: rep 1; point 2: reps 0, 2).
    const plan = join(work, 'own-shard.yaml');
    writeFileSync(plan, 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 3\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    const dir = join(work, 'own-shard');
    expect(cfsim(['sweep', plan, '--out', dir, '--shard', '0/2', '--threads', '1']).status).toBe(0);
    const whole = cfsim(['analyze', dir, '--json']);
    expect(whole.status, whole.stderr).toBe(0);
    expect(JSON.parse(whole.stdout).replications).toBeUndefined();
    expect(cfsim(['analyze', dir]).stdout).not.toContain('averaged over different replications');
    // Run 4 (replication 1 of point 1), which the shard owns, failed: that one is missing, and only that one.
    const [header, ...rows] = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n');
    const failed = rows.map((row) => row.split(',')).map((c) => (c[0] === '4' ? [...c.slice(0, 4), 'error', 'boom', c[6], ''] : c).join(','));
    writeFileSync(join(dir, 'runs.csv'), `${[header, ...failed].join('\n')}\n`);
    const r = cfsim(['analyze', dir, '--json']);
    expect(JSON.parse(r.stdout).replications).toEqual({ reps: 3, points: 3, incomplete: [{ replication: 1, points: 1, first: [1] }] });
  });
});

describe("a grid sweep's paired differences from point 0", () => {
  const work = tempFolder('cfsim-differences-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  const swept = (name: string, text: string) => {
    const plan = join(work, `${name}.yaml`);
    writeFileSync(plan, text);
    const dir = join(work, name);
    const r = cfsim(['sweep', plan, '--out', dir, '--threads', '1']);
    expect(r.status, r.stderr).toBe(0);
    return dir;
  };

  it('are each point less point 0 in the same replication, as runs.csv gives them, in analysis.json and under the points table', () => {
    const dir = swept('stigma', 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 3\nset: { days: 30 }\nmetrics: [proqolSTS, cf]\n');
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis;
    // Recomputed from runs.csv: run, point, replication, ..., with the metrics after the parameters.
    const [header, ...rows] = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const column = header.indexOf('proqolSTS');
    const at = (point: number, rep: number) => Number(rows.find((row) => Number(row[1]) === point && Number(row[2]) === rep)![column]);
    expect(analysis.differences?.vs).toBe(0);
    const sts = analysis.differences!.metrics.proqolSTS;
    expect(sts.map((d) => [d.point, d.pairs])).toEqual([[1, 3], [2, 3]]);
    for (const d of sts) {
      const paired = [0, 1, 2].map((rep) => at(d.point, rep) - at(0, rep));
      expect(d.mean).toBeCloseTo(paired.reduce((x, y) => x + y) / 3, 10);
      expect([d.p05, d.p95]).toEqual([Math.min(...paired), Math.max(...paired)]);
    }
    // Stigma encounters add burnout, so compassion fatigue: every replication is higher at the top of the range than at its bottom.
    expect(analysis.differences!.metrics.cf[1]).toMatchObject({ point: 2, pairs: 3, positive: 3, negative: 0 });
    expect(r.stdout).toContain('Paired differences from point 0 (community.stigma 0.1): each point\'s value less point 0\'s in the same replication');
    expect(r.stdout).toContain('proqolSTS: difference from point 0 (');
    const cf = r.stdout.slice(r.stdout.indexOf('cf: difference from point 0 ('));
    expect(cf).toMatch(/\n2\t0\.9\t3\t[\d.]+\t[\d.]+\t[\d.]+\t[\d.]+\tindicative: worse \(higher\)\n/);
    // The sweep's report shows the analysis's tables, the differences among them.
    const report = cfsim(['report', dir, '-o', join(work, 'stigma.html')]);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(work, 'stigma.html'), 'utf8')).toContain('Paired differences from point 0 (community.stigma 0.1)');
  });

  it('are measured from the point --vs names, by number or by its values, and the report redraws them from it', () => {
    const dir = swept('vs', 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 3\nset: { days: 30 }\nmetrics: [proqolSTS, cf]\n');
    const fromZero = JSON.parse(cfsim(['analyze', dir, '--json']).stdout) as SweepAnalysis;
    const r = cfsim(['analyze', dir, '--vs', '2']);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis;
    expect(analysis.differences?.vs).toBe(2);
    // Recomputed from runs.csv: each other point less point 2 in the same replication.
    const [header, ...rows] = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const column = header.indexOf('proqolSTS');
    const at = (point: number, rep: number) => Number(rows.find((row) => Number(row[1]) === point && Number(row[2]) === rep)![column]);
    const sts = analysis.differences!.metrics.proqolSTS;
    // Point 2 is the baseline: its difference from itself is 0 in every replication, so it has no row.
    expect(sts.map((d) => [d.point, d.pairs])).toEqual([[0, 3], [1, 3]]);
    for (const d of sts) {
      const paired = [0, 1, 2].map((rep) => at(d.point, rep) - at(2, rep));
      expect(d.mean).toBeCloseTo(paired.reduce((x, y) => x + y) / 3, 10);
      expect([d.p05, d.p95]).toEqual([Math.min(...paired), Math.max(...paired)]);
    }
    // Point 0 from point 2 is minus point 2 from point 0, in each metric.
    for (const metric of ['proqolSTS', 'cf']) {
      const before = fromZero.differences!.metrics[metric].find((d) => d.point === 2)!;
      const after = analysis.differences!.metrics[metric].find((d) => d.point === 0)!;
      expect(after.mean).toBeCloseTo(-before.mean, 10);
      expect([after.p05, after.p95, after.positive, after.negative]).toEqual([-before.p95, -before.p05, before.negative, before.positive]);
    }
    expect(r.stdout).toContain("Paired differences from point 2 (community.stigma 0.9): each point's value less point 2's in the same replication");
    expect(r.stdout).toMatch(/\ncf: difference from point 2 \([\d.]+\)\npoint\tcommunity\.stigma\tpairs\tdifference\tp05\tp95\tse\tverdict\n0\t0\.1\t3\t/);
    // The same point by its value, as the points table prints it or written otherwise.
    for (const vs of ['community.stigma=0.9', 'community.stigma=0.90']) {
      const byValue = cfsim(['analyze', dir, '--vs', vs, '--json']);
      expect(byValue.status, byValue.stderr).toBe(0);
      expect((JSON.parse(byValue.stdout) as SweepAnalysis).differences).toEqual(analysis.differences);
    }
    // The report measures from the point analysis.json was measured from.
    const report = cfsim(['report', dir, '-o', join(work, 'vs.html')]);
    expect(report.status, report.stderr).toBe(0);
    const html = readFileSync(join(work, 'vs.html'), 'utf8');
    expect(html).toContain('Paired differences from point 2 (community.stigma 0.9)');
    // The figure's caption (HTML-escaped) and the chart's own title, in words, both name point 2.
    expect(html).toContain('proqolSTS: each point&#39;s paired difference from point 2');
    expect(html).toContain("ProQOL STS (points): each point's paired difference from point 2");
    expect(html).not.toContain('Paired differences from point 0');
    // report takes no --vs of its own: it says where the point is chosen.
    const vsToReport = cfsim(['report', dir, '--vs', '1']);
    expect(vsToReport.status).toBe(2);
    expect(vsToReport.stderr).toContain('unknown option --vs (a flag of cfsim analyze: cfsim analyze DIR --vs POINT records the point in DIR/analysis.json, and report then measures from it)');
    // Without --vs, analyze measures from the recorded point too, saying so; --vs 0 goes back to point 0.
    const again = cfsim(['analyze', dir]);
    expect(again.stderr).toContain(`cfsim: paired differences from point 2 (community.stigma=0.9), which ${join(dir, 'analysis.json')} records (cfsim analyze --vs 2); cfsim analyze ${dir} --vs 0 measures them from point 0 again`);
    expect((JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).differences?.vs).toBe(2);
    cfsim(['analyze', dir, '--vs', '0']);
    expect((JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).differences?.vs).toBe(0);
    expect(cfsim(['analyze', dir]).stderr).not.toContain('paired differences from point');
  });

  it('refuses a --vs that names no point with runs, naming the value and what is allowed', () => {
    const dir = swept('vs-bad', 'parameters:\n  community.stigma: { values: [0.1, 0.9] }\n  policy: { values: [status-quo, opt-out-support] }\ndesign: grid\nreps: 1\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    const refused = (vs: string) => {
      const r = cfsim(['analyze', dir, '--vs', vs]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(refused('4')).toContain('--vs: there is no point 4: the plan has 4 points, 0 to 3');
    expect(refused('first')).toContain('--vs: "first" is not a point; expected a point\'s number as the points table gives it, or its parameter values as PATH=VALUE, several joined by commas: a number from 0 to 3, or e.g. community.stigma=0.1,policy=opt-out-support');
    expect(refused('1.5')).toContain('--vs: "1.5" is not a point;');
    expect(refused('')).toContain("--vs: has no value; expected a point's number as the points table gives it, or its parameter values as PATH=VALUE, several joined by commas: a number from 0 to 3, or e.g. community.stigma=0.1,policy=opt-out-support");
    expect(refused('policy=status-quo')).toContain('--vs: "policy=status-quo" fits 2 points (0, 2); give community.stigma too, or the point\'s number');
    expect(refused('policy=opt-in')).toContain('--vs: policy is never "opt-in" in this sweep; its values are status-quo, opt-out-support');
    expect(refused('stigma=0.1')).toContain('--vs: "stigma" is not a parameter of this sweep; its parameters are community.stigma, policy');
    // A shard's folder holds only some points' runs: shard 1 of 4 holds run 1, point 1 alone.
    const plan = join(work, 'vs-shard.yaml');
    writeFileSync(plan, readFileSync(join(work, 'vs-bad.yaml'), 'utf8'));
    const shard = join(work, 'vs-shard');
    expect(cfsim(['sweep', plan, '--out', shard, '--shard', '1/4']).status).toBe(0);
    const r = cfsim(['analyze', shard, '--vs', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--vs: point 3 has no successful run in ${join(shard, 'runs.csv')}, so no replication pairs with it; give a point with runs (1)`);
  });

  it('refuses --vs for a sweep without paired differences', () => {
    const dir = swept('vs-independent', 'parameters:\n  community.stigma: { values: [0.1, 0.9] }\ndesign: grid\nreps: 1\nrandomNumbers: independent\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    const r = cfsim(['analyze', dir, '--vs', '1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--vs: chooses the point a grid's paired differences are measured from; ${dir} holds a grid with randomNumbers independent, whose replications do not pair: drop --vs`);
  });

  it('are none at all where a parameter moves no metric: a price leaves every replication as it was', () => {
    const dir = swept('price', 'parameters:\n  costs.supervisionSession: { values: [50, 500] }\ndesign: grid\nreps: 2\nset: { days: 30 }\nmetrics: [proqolSTS, costPerWorkerYear]\n');
    const r = cfsim(['analyze', dir, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const analysis = JSON.parse(r.stdout) as SweepAnalysis;
    expect(analysis.differences!.metrics.proqolSTS[0]).toMatchObject({ pairs: 2, mean: 0, zero: 2 });
    expect(cfsim(['analyze', dir]).stdout).toMatch(/\n1\t500\t2\t0\t0\t0\t0\tthe same in every future\n/);
  });

  it('are not given with independent random numbers, whose replications do not pair, and the table says why', () => {
    const dir = swept('independent', 'parameters:\n  community.stigma: { values: [0.1, 0.9] }\ndesign: grid\nreps: 2\nrandomNumbers: independent\nset: { days: 30 }\nmetrics: [proqolSTS]\n');
    const r = cfsim(['analyze', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).differences).toBeUndefined();
    expect(r.stdout).toContain("No paired differences between points: the plan's randomNumbers is independent, so replication r of two points meets different events");
    expect(r.stdout).not.toContain('Paired differences from point 0');
  });
});

describe('analysis tables', () => {
  it('widen a column for a long parameter path or a wide cell, so columns never run together', () => {
    const long = 'population.startingLevels.traumaticMemoriesRatio';
    // A 25-character cell: with the usual 26 it stood one space from the parameter.
    const row = { parameter: long, S1: -0.5, S1low: -0.789, S1high: -0.123, ST: 0.0123, STlow: -0.0456, SThigh: 0.789 };
    const lines = analysisTables(sweep({ sobol: { proqolSTS: [row, sobolRow('community.stigma', 0.3)] } })).split('\n');
    const cells = lines.slice(1, 4).map((line) => line.trim().split(/ {2,}/));
    expect(cells).toEqual([
      ['parameter', 'first-order S1', 'total ST'],
      // Ranked by ST: community.stigma's 0.5 before the long path's 0.012.
      ['community.stigma', '0.300 (0.100 to 0.500)', '0.500 (0.400 to 0.600)'],
      [long, '−0.500 (−0.789 to −0.123)', '0.012 (−0.046 to 0.789)'],
    ]);
    // Short paths and cells keep the usual widths: 40 for the parameter, 26 for each index.
    const usual = analysisTables(sweep({ sobol: { proqolSTS: [sobolRow('community.stigma', 0.3)] } })).split('\n')[2];
    expect(usual).toBe('community.stigma'.padEnd(40) + '0.300 (0.100 to 0.500)'.padStart(26) + '0.500 (0.400 to 0.600)'.padStart(26));
  });

  it('say how many bootstrap resamples the intervals use when some are left out, and warn when many are', () => {
    const rows = { proqolSTS: [sobolRow('community.stigma', 0.3)] };
    expect(analysisTables(sweep({ sobol: rows }))).not.toContain('bootstrap resamples');
    const few = analysisTables(sweep({ sobol: rows, resamplesLeftOut: { proqolSTS: { used: 996, leftOut: 4 } } }));
    expect(few).toContain('The intervals use 996 of 1000 bootstrap resamples: the other 4 drew only base rows at which proqolSTS does not vary, which give no indices.\n');
    const many = analysisTables(sweep({ sobol: rows, resamplesLeftOut: { proqolSTS: { used: 650, leftOut: 350 } } }));
    expect(many).toContain('the other 350 drew only base rows at which proqolSTS does not vary, which give no indices. With so many left out, proqolSTS varies at only a few base rows and the intervals understate the uncertainty; raise points (or reps).');
  });

  it('say the unit of Morris effects under their table', () => {
    const text = analysisTables(sweep({ design: 'morris', morris: { proqolSTS: [{ parameter: 'community.stigma', mu: -1.5, muStar: 2, sigma: 0.25 }] } }));
    expect(text.split('\n').slice(1, 3)).toEqual(['parameter'.padEnd(40) + 'μ*'.padStart(12) + 'μ'.padStart(12) + 'σ'.padStart(12), 'community.stigma'.padEnd(40) + '2'.padStart(12) + '−1.500'.padStart(12) + '0.2500'.padStart(12)]);
    expect(text).toContain("μ*, μ and σ are in proqolSTS's unit for a move across the parameter's whole range: μ* ranks influence, σ shows non-linearity or interaction.");
    expect(text).not.toContain('bootstrap');
    // Resamples asked for, but too few trajectories for an interval: said.
    expect(analysisTables(sweep({ design: 'morris', bootstrap: 1000, morris: { proqolSTS: [{ parameter: 'community.stigma', mu: -1.5, muStar: 2, muStarLow: NaN, muStarHigh: NaN, sigma: 0.25 }] } }))).toContain(
      ' μ* has no bootstrap interval: fewer than 5 trajectories (points) give none that holds 95%; with this few the order of close parameters is not settled.',
    );
  });

  it("give μ* with its bootstrap interval where the analysis has one, and say what overlapping intervals mean", () => {
    const text = analysisTables(sweep({ design: 'morris', morris: { proqolSTS: [{ parameter: 'community.stigma', mu: -1.5, muStar: 2, muStarLow: 1.5, muStarHigh: 2.5, sigma: 0.25 }] } }));
    expect(text.split('\n')[0]).toBe('proqolSTS: Morris elementary effects (μ* with 95% bootstrap intervals), ranked by μ*, largest first');
    expect(text).toMatch(/\ncommunity\.stigma +2 \(1\.500 to 2\.500\) +−1\.500 +0\.2500\n/);
    expect(text).toContain("μ*'s interval resamples the trajectories: where two parameters' intervals overlap, their order is not settled; raise points (trajectories) to settle it.");
  });
});

describe('the Sobol and Morris tables', () => {
  // They listed the parameters in the plan's order: a researcher with 12 parameters had to scan for the influential ones.
  const names = (text: string, from: number) =>
    text
      .split('\n')
      .slice(from)
      .map((line) => line.split(' ')[0])
      .filter((name) => name.startsWith('p.'));
  const st = (parameter: string, ST: number) => ({ parameter, S1: ST / 2, S1low: NaN, S1high: NaN, ST, STlow: NaN, SThigh: NaN });

  it('rank a Sobol table by total index ST, largest first, saying so, with a parameter without one last and ties in plan order', () => {
    const rows = [st('p.small', 0.05), st('p.none', NaN), st('p.large', 0.7), st('p.tieA', 0.2), st('p.mid', 0.3), st('p.tieB', 0.2)];
    const text = analysisTables(sweep({ sobol: { proqolSTS: rows } }));
    expect(text.split('\n')[0]).toBe('proqolSTS: Sobol indices (no bootstrap intervals), ranked by total index ST, largest first');
    expect(names(text, 2)).toEqual(['p.large', 'p.mid', 'p.tieA', 'p.tieB', 'p.small', 'p.none']);
  });

  it("name the parameters of the Sobol cautions under the table in the table's order, not the plan's", () => {
    const row = (parameter: string, S1: number, S1low: number, S1high: number, ST: number) => ({ parameter, S1, S1low, S1high, ST, STlow: ST - 0.01, SThigh: ST + 0.01 });
    const rows = [
      // Far outside 0 to 1.
      row('p.outLow', -0.5, -0.6, -0.4, 0.02),
      row('p.outHigh', 1.4, 1.2, 1.6, 1.5),
      // Wholly below 0, or above ST.
      row('p.belowZero', -0.02, -0.04, -0.01, 0.1),
      row('p.aboveST', 0.5, 0.45, 0.55, 0.3),
    ];
    const text = analysisTables(sweep({ sobol: { proqolSTS: rows } }));
    expect(names(text, 2).slice(0, 4)).toEqual(['p.outHigh', 'p.aboveST', 'p.belowZero', 'p.outLow']);
    expect(text).toContain('Caution: S1 of p.outHigh is 1.40, ST of p.outHigh is 1.50 and S1 of p.outLow is −0.500, far outside 0 to 1');
    expect(text).toContain("Caution: p.aboveST: its S1 interval lies wholly above its ST's; p.belowZero: its S1 interval lies wholly below 0, which no true index can");
  });

  it('rank a Morris table by μ*, largest first, saying so', () => {
    const row = (parameter: string, muStar: number) => ({ parameter, mu: -muStar, muStar, sigma: 0.1 });
    const text = analysisTables(sweep({ design: 'morris', morris: { proqolSTS: [row('p.b', 1), row('p.a', 5), row('p.c', 3)] } }));
    expect(text.split('\n')[0]).toBe('proqolSTS: Morris elementary effects, ranked by μ*, largest first');
    expect(names(text, 2)).toEqual(['p.a', 'p.c', 'p.b']);
  });

  it('leave the analysis (analysis.json) in the plan\'s order', () => {
    const rows = [st('p.small', 0.05), st('p.large', 0.7)];
    const a = sweep({ sobol: { proqolSTS: rows } });
    analysisTables(a);
    expect(a.sobol!.proqolSTS.map((r) => r.parameter)).toEqual(['p.small', 'p.large']);
  });
});

describe('a Sobol plan too small for independent A and B samples', () => {
  const work = tempFolder('cfsim-overlap-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  const plan = join(work, 'p4.yaml');
  writeFileSync(
    plan,
    'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\n  coefficients.stsGain: { min: 0.04, max: 0.08 }\n  policy.supervision.quality: { min: 0.2, max: 0.9 }\ndesign: sobol\npoints: 4\nreps: 1\nset: { days: 30 }\nmetrics: [proqolBO]\n',
  );
  const warning = "Warning: in this Sobol design's 4 base rows, the A and B samples of some parameters are not the independent samples the estimators assume: community.stigma (the same in every row)";

  it('is warned of by validate, by sweep before it runs, and by analyze, whose analysis.json names the parameters; its index is exactly 0', () => {
    const checked = cfsim(['validate', plan]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(warning);
    const out = join(work, 'p4');
    const swept = cfsim(['sweep', plan, '--out', out, '--threads', '1']);
    expect(swept.status, swept.stderr).toBe(0);
    expect(swept.stderr.split('\n')[0]).toContain(warning);
    const analyzed = cfsim(['analyze', out]);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    expect(analyzed.stdout).toContain(warning);
    expect(analyzed.stdout).toContain('Raise points to 16, the fewest (a power of two)');
    const analysis = JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8')) as SweepAnalysis;
    expect(analysis.designOverlaps?.parameters.map((p) => p.parameter)).toEqual(['community.stigma', 'coefficients.stsGain', 'policy.supervision.quality']);
    expect(analysis.designOverlaps?.clearFrom).toBe(16);
    const stigma = analysis.sobol!.proqolBO.find((r) => r.parameter === 'community.stigma')!;
    expect([stigma.S1, stigma.ST]).toEqual([0, 0]);
  });

  it('is not warned of at the number of points the warning names', () => {
    const big = join(work, 'p16.yaml');
    writeFileSync(big, readFileSync(plan, 'utf8').replace('points: 4', 'points: 16'));
    const checked = cfsim(['validate', big]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).not.toContain('Warning');
  });
});

describe('a Sobol sweep with independent random numbers', () => {
  const work = tempFolder('cfsim-independent-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  // A coefficient no run uses (single-session harm: status quo has no debriefing) has no effect.
  const plan = (randomNumbers: string) =>
    `parameters:\n  coefficients.stsGain: { min: 0.04, max: 0.1 }\n  coefficients.singleSessionHarm: { min: 0, max: 0.05 }\ndesign: sobol\npoints: 8\nreps: 2\nseed: 7\nrandomNumbers: ${randomNumbers}\nset: { days: 60, population.warmUpDays: 30 }\nbase: { population: ct-harm-reduction }\nmetrics: [proqolSTS]\n`;
  const warning = "each point drew random numbers of its own (the plan's randomNumbers: independent), so the points differ by replication noise as well as by their values, and the Sobol indices count that noise as the parameters' effects";

  it("warns that the indices count replication noise as effects, which gives a parameter with no effect a total index; under common random numbers it has none and no warning", () => {
    const runs = (name: string, randomNumbers: string) => {
      const file = join(work, `${name}.yaml`);
      writeFileSync(file, plan(randomNumbers));
      const out = join(work, name);
      const swept = cfsim(['sweep', file, '--out', out, '--threads', '1']);
      expect(swept.status, swept.stderr).toBe(0);
      return out;
    };
    const independent = runs('independent', 'independent');
    const text = cfsim(['analyze', independent]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Warning: ${warning}`);
    const json = cfsim(['analyze', independent, '--json']);
    expect(json.stderr).toContain(warning);
    const analysis = JSON.parse(json.stdout) as SweepAnalysis;
    expect(analysis.randomNumbers).toBe('independent');
    const harm = (a: SweepAnalysis) => a.sobol!.proqolSTS.find((r) => r.parameter === 'coefficients.singleSessionHarm')!;
    expect(harm(analysis).ST, 'the noise, counted as an effect').toBeGreaterThan(0);
    const common = runs('common', 'common');
    const plain = cfsim(['analyze', common, '--json']);
    expect(plain.stderr).not.toContain('random numbers of its own');
    expect(harm(JSON.parse(plain.stdout) as SweepAnalysis).ST).toBe(0);
  });
});
