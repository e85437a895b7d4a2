import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch, interruptSweep } from './cliScratch';
import { shownFromHere } from './shownFromHere';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';

// The point `cfsim analyze --vs` chose, past a resume, a new sweep or a merge that removes analysis.json.

const PLAN = 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n';

/** Marks every run of one point in a sweep folder's runs.csv as failed (status error, no metric), as a new sweep's might be. */
function failRunsOfPoint(dir: string, point: number): void {
  const [header, ...rows] = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n');
  const failed = rows.map((row) => row.split(',')).map((c) => (c[1] === String(point) ? [...c.slice(0, 4), 'error', 'boom', c[6], ''] : c).join(','));
  writeFileSync(join(dir, 'runs.csv'), `${[header, ...failed].join('\n')}\n`);
}

describe("a sweep folder's recorded --vs point", () => {
  const { work, cfsim, ok, planFile } = cliScratch('recorded-vs');
  const analysisVs = (dir: string) => (JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).differences?.vs;

  it('is kept past a resume: the next analysis and report measure from it, saying so, until analyze --vs chooses again', () => {
    const plan = planFile('resumed', PLAN);
    const dir = join(work, 'resumed');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    interruptSweep(dir, 3);
    ok('analyze', dir, '--vs', '1');
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    // The resume removed the analysis of the runs before it, and kept its point in sweep.json.
    expect(existsSync(join(dir, 'analysis.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).vs).toEqual({ point: 1, values: { 'community.stigma': 0.5 } });
    const again = ok('analyze', dir);
    expect(again.stdout).toContain('Paired differences from point 1 (community.stigma 0.5)');
    expect(again.stderr).toContain(`cfsim: paired differences from point 1 (community.stigma=0.5), which ${join(dir, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --vs 1); cfsim analyze ${dir} --vs 0 measures them from point 0 again`);
    expect(analysisVs(dir)).toBe(1);
    // analysis.json records it now, and sweep.json no longer keeps it: one point, in one place.
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).vs).toBeUndefined();
    const report = ok('report', dir);
    expect(report.stderr).toContain(`which ${join(dir, 'analysis.json')} records (cfsim analyze --vs 1)`);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Paired differences from point 1 (community.stigma 0.5)');
    // A resume before any analysis keeps it too.
    interruptSweep(dir, 4);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(ok('report', dir).stderr).toContain('paired differences from point 1 (community.stigma=0.5)');
    // --vs 0 chooses point 0 again, and a resume keeps that, as a choice (a merge then keeps it over the shards').
    ok('analyze', dir, '--vs', '0');
    interruptSweep(dir, 5);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).vs).toEqual({ point: 0, values: { 'community.stigma': 0.1 } });
    const zero = ok('analyze', dir);
    expect(zero.stderr).not.toContain('paired differences from point');
    expect(analysisVs(dir)).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).differences?.chosen).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).vs).toBeUndefined();
  });

  it("is kept past a merge again (the Slurm merge job's analyze step), and gives way to point 0 in a plan without it", () => {
    const plan = planFile('merged', PLAN);
    const shards = [0, 1].map((i) => join(work, `merged-shard-${i}`));
    shards.forEach((shard, i) => ok('sweep', plan, '--out', shard, '--shard', `${i}/2`, '--threads', '1'));
    const merged = join(work, 'merged');
    // Shard 0 of 2 holds replication 0 of every point.
    ok('merge', merged, shards[0], '--allow-partial');
    ok('analyze', merged, '--vs', 'community.stigma=0.9');
    ok('merge', merged, ...shards);
    // As merge.sbatch runs it: analyze "$merged", then report "$merged".
    const analyzed = ok('analyze', merged);
    expect(analyzed.stdout).toContain('Paired differences from point 2 (community.stigma 0.9)');
    expect(analyzed.stderr).toContain('cfsim: paired differences from point 2 (community.stigma=0.9)');
    expect(analysisVs(merged)).toBe(2);
    // A new sweep into the folder whose plan has no point with that value measures from point 0, saying why.
    rmSync(join(merged, 'runs.csv'));
    const other = planFile('other', PLAN.replace('{ min: 0.1, max: 0.9 }', '{ values: [0.2, 0.8] }'));
    ok('sweep', other, '--out', merged, '--threads', '1');
    const fallback = ok('analyze', merged);
    expect(fallback.stderr).toContain(`cfsim: paired differences from point 0: point 2 (community.stigma=0.9), which ${join(merged, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --vs 2), is not a point of this plan (choose another with cfsim analyze ${merged} --vs POINT)`);
    expect(fallback.stdout).toContain('Paired differences from point 0 (community.stigma 0.2)');
  });

  it("says which point the --vs named in the plan then where a new plan has its values at another number", () => {
    const dir = join(work, 'moved');
    ok('sweep', planFile('moved', PLAN), '--out', dir, '--threads', '1');
    ok('analyze', dir, '--vs', '1');
    rmSync(join(dir, 'runs.csv'));
    // community.stigma 0.5 is point 0 of the new plan, 0.1 its point 1.
    ok('sweep', planFile('moved-again', PLAN.replace('{ min: 0.1, max: 0.9 }', '{ values: [0.5, 0.1] }')), '--out', dir, '--threads', '1');
    const r = ok('analyze', dir);
    expect(r.stdout).toContain('Paired differences from point 0 (community.stigma 0.5)');
    // --vs 0 would change nothing: no such advice.
    expect(r.stderr).toContain(`cfsim: paired differences from point 0 (community.stigma=0.5), which ${join(dir, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --vs 1, its point 1 in the plan then)\n`);
    // That analysis recorded point 0 (0.5) as the choice; in a plan where 0.5 is point 2, --vs 0 is told apart from it by point 0's values.
    rmSync(join(dir, 'runs.csv'));
    ok('sweep', planFile('moved-back', PLAN.replace('{ min: 0.1, max: 0.9 }', '{ values: [0.9, 0.1, 0.5] }')), '--out', dir, '--threads', '1');
    expect(ok('analyze', dir).stderr).toContain(`cfsim: paired differences from point 2 (community.stigma=0.5), which ${join(dir, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --vs 0, its point 0 in the plan then); cfsim analyze ${dir} --vs 0 measures them from point 0 (community.stigma=0.9)`);
  });

  it('is forgotten once --vs 0 chooses point 0, even if analysis.json is then removed by hand', () => {
    const plan = planFile('forgotten', PLAN);
    const dir = join(work, 'forgotten');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--vs', '2');
    interruptSweep(dir, 3);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).vs).toEqual({ point: 2, values: { 'community.stigma': 0.9 } });
    ok('analyze', dir, '--vs', '0');
    const status = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    expect(status.vs).toBeUndefined();
    expect(status.status).toBe('complete');
    rmSync(join(dir, 'analysis.json'));
    const report = ok('report', dir);
    expect(report.stderr).not.toContain('paired differences from point');
    expect(analysisVs(dir)).toBe(0);
  });

  it('without a run yet in an unfinished sweep, says first how to complete it', () => {
    const plan = planFile('unfinished', PLAN);
    const dir = join(work, 'unfinished');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--vs', '2');
    // Runs 0 to 2 are points 0 and 1: point 2 has none yet.
    interruptSweep(dir, 3);
    const r = cfsim('analyze', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `has no successful run in ${join(dir, 'runs.csv')}, so no replication pairs with it; the sweep is unfinished (3 of its 6 runs are in runs.csv): to complete it, resume it with cfsim sweep ${shownFromHere(plan)} --out ${dir} --resume; or run cfsim analyze ${dir} --vs POINT with a point that has runs (0, 1), or --vs 0 for point 0`,
    );
    // As it says: the resume gives point 2 its runs, and the analysis measures from it.
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(ok('analyze', dir).stdout).toContain('Paired differences from point 2 (community.stigma 0.9)');
  });

  it('without a successful run, stops the report saying that the analysis chose it and what to do', () => {
    const plan = planFile('failed', PLAN);
    const dir = join(work, 'failed');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--vs', '2');
    // Point 2's runs failed (as a new sweep's might): status error, no metric.
    failRunsOfPoint(dir, 2);
    const r = cfsim('report', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('--vs:');
    expect(r.stderr).toContain(
      `differences.vs: point 2 (community.stigma=0.9), the point paired differences are measured from, which ${join(dir, 'analysis.json')} records (cfsim analyze --vs 2), has no successful run in ${join(dir, 'runs.csv')}, so no replication pairs with it; run cfsim analyze ${dir} --vs POINT with a point that has runs (0, 1), or --vs 0 for point 0`,
    );
    // Analyze without --vs follows the same record, so stops the same way.
    expect(cfsim('analyze', dir).stderr).toContain('differences.vs: point 2 (community.stigma=0.9)');
    // As it says: --vs 0 measures from point 0, and the report follows.
    ok('analyze', dir, '--vs', '0');
    expect(ok('report', dir).stderr).not.toContain('differences.vs');
  });
  it('chosen as point 0 and kept, survives an analysis in which point 0 has no successful run, saying there are no differences', () => {
    const plan = planFile('zero-failed', PLAN);
    const dir = join(work, 'zero-failed');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--vs', '0');
    interruptSweep(dir, 5);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    // Point 0's runs failed: the kept --vs 0 cannot be measured from.
    failRunsOfPoint(dir, 0);
    const r = ok('analyze', dir);
    expect(r.stdout).toContain('No paired differences between points: point 0, chosen by an earlier cfsim analyze --vs 0, has no successful run.');
    const differences = (JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).differences;
    expect(differences).toEqual({ vs: 0, chosen: true, metrics: {} });
    // The choice is recorded in analysis.json, so a resume keeps it in sweep.json, with point 0's parameter values only.
    // (Its failed runs stay failed: the resume exits 1 saying so.)
    interruptSweep(dir, 5);
    expect(cfsim('sweep', plan, '--out', dir, '--threads', '1', '--resume').status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')).vs).toEqual({ point: 0, values: { 'community.stigma': 0.1 } });
  });
});
