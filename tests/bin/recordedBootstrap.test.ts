import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The resamples `cfsim analyze --bootstrap N` chose, past a resume, a new sweep or a merge that removes analysis.json.

const PLAN = 'parameters:\n  community.stigma: { min: 0, max: 1 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\ndesign: morris\npoints: 5\nlevels: 4\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n';

describe("a sweep folder's recorded --bootstrap count", () => {
  const work = mkdtempSync(join(tmpdir(), 'cfsim-recorded-bootstrap-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  const planFile = (name: string, text: string) => {
    const plan = join(work, `${name}.yaml`);
    writeFileSync(plan, text);
    return plan;
  };
  const ok = (args: string[]) => {
    const r = cfsim(args);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };
  const json = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
  /** Leaves the sweep in `dir` as if stopped after its first `rows` runs. */
  const interrupt = (dir: string, rows: number) => {
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, rows + 1).join('\n')}\n`);
    writeFileSync(join(dir, 'sweep.json'), readFileSync(join(dir, 'sweep.json'), 'utf8').replace('"complete"', '"interrupted"'));
  };

  it('is kept past a resume: the next analysis and report use it, saying so, until --bootstrap 1000 chooses the default again', () => {
    const plan = planFile('resumed', PLAN);
    const dir = join(work, 'resumed');
    ok(['sweep', plan, '--out', dir, '--threads', '1']);
    ok(['analyze', dir, '--bootstrap', '200']);
    interrupt(dir, 7);
    ok(['sweep', plan, '--out', dir, '--threads', '1', '--resume']);
    // The resume removed the analysis, and kept its count in sweep.json.
    expect(existsSync(join(dir, 'analysis.json'))).toBe(false);
    expect(json(dir, 'sweep.json').bootstrap).toBe(200);
    const again = ok(['analyze', dir, '--json']);
    expect(JSON.parse(again.stdout).bootstrap).toBe(200);
    expect(again.stderr).toContain(`cfsim: intervals from 200 bootstrap resamples, which ${join(dir, 'sweep.json')} keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --bootstrap 200); cfsim analyze ${dir} --bootstrap 1000 goes back to the default`);
    // analysis.json records it now, and sweep.json no longer keeps it: one count, in one place.
    expect(json(dir, 'analysis.json').bootstrap).toBe(200);
    expect(json(dir, 'sweep.json').bootstrap).toBeUndefined();
    const report = ok(['report', dir]);
    expect(report.stderr).toContain(`intervals from 200 bootstrap resamples, which ${join(dir, 'analysis.json')} records (cfsim analyze --bootstrap 200)`);
    expect(json(dir, 'analysis.json').bootstrap).toBe(200);
    // --bootstrap 1000 chooses the default again, and a resume keeps that, as a choice (a merge then keeps it over the shards').
    ok(['analyze', dir, '--bootstrap', '1000']);
    interrupt(dir, 7);
    ok(['sweep', plan, '--out', dir, '--threads', '1', '--resume']);
    expect(json(dir, 'sweep.json').bootstrap).toBe(1000);
    const plain = ok(['analyze', dir, '--json']);
    expect(JSON.parse(plain.stdout)).toMatchObject({ bootstrap: 1000, bootstrapChosen: true });
    expect(json(dir, 'sweep.json').bootstrap).toBeUndefined();
    expect(plain.stderr).not.toContain('bootstrap resamples');
  });

  it("is kept past a merge again (the Slurm merge job's analyze step), and not for a new plan whose design draws no resamples", () => {
    const plan = planFile('merged', PLAN);
    const shards = [0, 1].map((i) => join(work, `merged-shard-${i}`));
    shards.forEach((shard, i) => ok(['sweep', plan, '--out', shard, '--shard', `${i}/2`, '--threads', '1']));
    const merged = join(work, 'merged');
    // Shard 0 of 2 holds replication 0 of every point.
    ok(['merge', merged, shards[0], '--allow-partial']);
    ok(['analyze', merged, '--bootstrap', '300']);
    ok(['merge', merged, ...shards]);
    expect(json(merged, 'sweep.json').bootstrap).toBe(300);
    // As merge.sbatch runs it: analyze "$merged", then report "$merged".
    const analyzed = ok(['analyze', merged, '--json']);
    expect(JSON.parse(analyzed.stdout).bootstrap).toBe(300);
    ok(['report', merged]);
    expect(json(merged, 'analysis.json').bootstrap).toBe(300);
    // A grid run into the folder draws no resamples: nothing to keep.
    rmSync(join(merged, 'runs.csv'));
    const grid = planFile('grid', 'parameters:\n  community.stigma: { values: [0.2, 0.8] }\ndesign: grid\nreps: 1\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    ok(['sweep', grid, '--out', merged, '--threads', '1']);
    expect(json(merged, 'sweep.json').bootstrap).toBeUndefined();
  });
});
