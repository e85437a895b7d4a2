import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch, jsonIn } from './cliScratch';
import { killedSweep } from './killedSweep';

// analysis.json records the choices an analysis made (--vs, --bootstrap); sweep.json keeps them only while there is no
// analysis.json. A resume or merge that adds no run keeps analysis.json, so sweep.json then keeps no second copy.

const GRID = 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n';
const MORRIS = 'parameters:\n  community.stigma: { min: 0, max: 1 }\n  community.overdoseBurden: { min: 0.5, max: 2 }\ndesign: morris\npoints: 2\nlevels: 4\nreps: 1\nset: { days: 20 }\nmetrics: [proqolSTS]\n';

describe('choices an analysis made, past a resume or merge that adds no run', () => {
  const { work, ok, planFile } = cliScratch('kept-choices');
  const kept = (dir: string) => {
    const status = jsonIn(dir, 'sweep.json');
    return { vs: status.vs, bootstrap: status.bootstrap };
  };

  it('a resume of a complete sweep leaves the --vs point in analysis.json alone, not also in sweep.json', () => {
    const plan = planFile('resumed', GRID);
    const dir = join(work, 'resumed');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--vs', '1');
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(existsSync(join(dir, 'analysis.json'))).toBe(true);
    expect(kept(dir)).toEqual({ vs: undefined, bootstrap: undefined });
    // analysis.json, the one record, still chooses the point.
    const again = ok('analyze', dir);
    expect(again.stdout).toContain('Paired differences from point 1 (community.stigma 0.5)');
    expect(again.stderr).toContain(`which ${join(dir, 'analysis.json')} records (cfsim analyze --vs 1)`);
  });

  it('a merge again with no new run leaves the --vs point in analysis.json alone, not also in sweep.json', () => {
    const plan = planFile('merged', GRID);
    const shards = [0, 1].map((i) => join(work, `merged-shard-${i}`));
    shards.forEach((shard, i) => ok('sweep', plan, '--out', shard, '--shard', `${i}/2`, '--threads', '1'));
    const merged = join(work, 'merged');
    ok('merge', merged, ...shards);
    ok('analyze', merged, '--vs', '2');
    ok('merge', merged, ...shards);
    expect(existsSync(join(merged, 'analysis.json'))).toBe(true);
    expect(kept(merged)).toEqual({ vs: undefined, bootstrap: undefined });
    expect(ok('analyze', merged).stdout).toContain('Paired differences from point 2 (community.stigma 0.9)');
  });

  it('a resume of a complete Morris sweep leaves the --bootstrap count in analysis.json alone, not also in sweep.json', () => {
    const plan = planFile('morris', MORRIS);
    const dir = join(work, 'morris');
    ok('sweep', plan, '--out', dir, '--threads', '1');
    ok('analyze', dir, '--bootstrap', '200');
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    expect(kept(dir)).toEqual({ vs: undefined, bootstrap: undefined });
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).bootstrap).toBe(200);
    expect(ok('analyze', dir).stderr).toContain(`intervals from 200 bootstrap resamples, which ${join(dir, 'analysis.json')} records`);
  });

  it('analyze dropping the choice sweep.json kept, in a sweep killed outright, puts back the lock that sweep left: the resume records its heartbeat (since 0.44.0)', async () => {
    const { plan, dir, lock } = await killedSweep(work, 'killed', 7);
    // Its heartbeat, as one after its start leaves it (it was killed before its first, half a minute in).
    const beat = new Date();
    utimesSync(lock, beat, beat);
    const left = readFileSync(lock, 'utf8');
    // The point an earlier analysis chose, as a new sweep keeps it in sweep.json past the analysis.json it removes.
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...jsonIn(dir, 'sweep.json'), vs: { point: 0, values: { 'community.stigma': 0.1 } } }));
    ok('analyze', dir);
    expect(kept(dir).vs).toBeUndefined();
    expect(readFileSync(lock, 'utf8')).toBe(left);
    ok('sweep', plan, '--out', dir, '--threads', '1', '--resume');
    const [first] = jsonIn(dir, 'sweep.json').sessions as { status: string; lastHeartbeatAt?: string }[];
    expect(first.status).toBe('killed');
    // (Within a millisecond: utimes takes seconds as a float.)
    expect(Math.abs(Date.parse(first.lastHeartbeatAt!) - beat.getTime())).toBeLessThanOrEqual(1);
  });
});
