import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch, interruptSweep, jsonIn } from './cliScratch';
import { bootstrapToKeep, recordedBootstrap } from '../../bin/recordedBootstrap';

// The resamples `cfsim analyze --bootstrap N` chose, past a resume, a new sweep or a merge that removes analysis.json.

const PLAN = 'parameters:\n  community.stigma: { min: 0, max: 1 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\ndesign: morris\npoints: 5\nlevels: 4\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n';

describe("a sweep folder's recorded --bootstrap count", () => {
  const { work, ok, planFile } = cliScratch('recorded-bootstrap');

  it('is kept past a resume: the next analysis and report use it, saying so, until --bootstrap 1000 chooses the default again', () => {
    const plan = planFile('resumed', PLAN);
    const dir = join(work, 'resumed');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--bootstrap', '200');
    interruptSweep(dir, 7);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    // The resume removed the analysis, and kept its count in sweep.json.
    expect(existsSync(join(dir, 'analysis.json'))).toBe(false);
    expect(jsonIn(dir, 'sweep.json').bootstrap).toBe(200);
    const again = ok('analyze', dir, '--json');
    expect(JSON.parse(again.stdout).bootstrap).toBe(200);
    expect(again.stderr).toContain(`cfsim: intervals from 200 bootstrap resamples, which ${join(dir, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --bootstrap 200); cfsim analyze ${dir} --bootstrap 1000 goes back to the default`);
    // analysis.json records it now, and sweep.json no longer keeps it: one count, in one place.
    expect(jsonIn(dir, 'analysis.json').bootstrap).toBe(200);
    expect(jsonIn(dir, 'sweep.json').bootstrap).toBeUndefined();
    const report = ok('report', dir);
    expect(report.stderr).toContain(`intervals from 200 bootstrap resamples, which ${join(dir, 'analysis.json')} records (cfsim analyze --bootstrap 200)`);
    expect(jsonIn(dir, 'analysis.json').bootstrap).toBe(200);
    // --bootstrap 1000 chooses the default again, and a resume keeps that, as a choice (a merge then keeps it over the shards').
    ok('analyze', dir, '--bootstrap', '1000');
    interruptSweep(dir, 7);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(jsonIn(dir, 'sweep.json').bootstrap).toBe(1000);
    const plain = ok('analyze', dir, '--json');
    expect(JSON.parse(plain.stdout)).toMatchObject({ bootstrap: 1000, bootstrapChosen: true });
    expect(jsonIn(dir, 'sweep.json').bootstrap).toBeUndefined();
    expect(plain.stderr).not.toContain('bootstrap resamples');
  });

  it("is kept past a merge again (the Slurm merge job's analyze step), and not for a new plan whose design draws no resamples", () => {
    const plan = planFile('merged', PLAN);
    const shards = [0, 1].map((i) => join(work, `merged-shard-${i}`));
    shards.forEach((shard, i) => ok('sweep', plan, '--out', shard, '--shard', `${i}/2`, '--threads', '1'));
    const merged = join(work, 'merged');
    // Shard 0 of 2 holds replication 0 of every point.
    ok('merge', merged, shards[0], '--allow-partial');
    ok('analyze', merged, '--bootstrap', '300');
    ok('merge', merged, ...shards);
    expect(jsonIn(merged, 'sweep.json').bootstrap).toBe(300);
    // As merge.sbatch runs it: analyze "$merged", then report "$merged".
    const analyzed = ok('analyze', merged, '--json');
    expect(JSON.parse(analyzed.stdout).bootstrap).toBe(300);
    ok('report', merged);
    expect(jsonIn(merged, 'analysis.json').bootstrap).toBe(300);
    // A grid run into the folder draws no resamples: nothing to keep.
    rmSync(join(merged, 'runs.csv'));
    const grid = planFile('grid', 'parameters:\n  community.stigma: { values: [0.2, 0.8] }\ndesign: grid\nreps: 1\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    ok('sweep', grid, '--out', merged, '--threads', '1');
    expect(jsonIn(merged, 'sweep.json').bootstrap).toBeUndefined();
  });

  it('reads an analysis.json by its mark, and one written by 0.30.0 (no mark) as a choice only where the count is not 1000', () => {
    const dir = join(work, 'marks');
    mkdirSync(dir);
    const analysed = (body: object) => writeFileSync(join(dir, 'analysis.json'), JSON.stringify(body));
    analysed({ bootstrap: 1000, bootstrapChosen: true });
    expect(recordedBootstrap(dir)).toMatchObject({ count: 1000, chosen: true });
    expect(bootstrapToKeep(dir, 'morris')).toEqual({ bootstrap: 1000 });
    expect(bootstrapToKeep(dir, 'grid')).toEqual({});
    analysed({ bootstrap: 1000 });
    expect(recordedBootstrap(dir)).toMatchObject({ count: 1000, chosen: false });
    expect(bootstrapToKeep(dir, 'sobol')).toEqual({});
    analysed({ bootstrap: 200 });
    expect(recordedBootstrap(dir)).toMatchObject({ count: 200, chosen: true });
    expect(bootstrapToKeep(dir, 'sobol')).toEqual({ bootstrap: 200 });
    // sweep.json keeps only choices: its 1000 is one.
    rmSync(join(dir, 'analysis.json'));
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ status: 'complete', bootstrap: 1000 }));
    expect(recordedBootstrap(dir)).toMatchObject({ count: 1000, chosen: true, file: join(dir, 'sweep.json') });
  });
});
