import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumeRefusal, shardResumeRefusal } from '../../bin/resumeRefusal';
import { shownFromHere } from './shownFromHere';
import { tempFolder } from '../tempFolder';

describe('resumeRefusal', () => {
  it("refuses another version's runs and a runs.csv without its draws, and nothing else", () => {
    expect(resumeRefusal(true, 3, '0.28.0', '0.29.0')).toMatchObject({ kind: 'version', finishWith: 'CFSim 0.28.0' });
    expect(resumeRefusal(false, 3, undefined, '0.29.0')).toMatchObject({ kind: 'undrawn', finishWith: 'the version that began it (before 0.23.0)' });
    // No runs yet, the same version, or no version recorded: a resume goes on.
    expect(resumeRefusal(true, 0, '0.28.0', '0.29.0')).toBeUndefined();
    expect(resumeRefusal(true, 3, '0.29.0', '0.29.0')).toBeUndefined();
    expect(resumeRefusal(true, 3, undefined, '0.29.0')).toBeUndefined();
  });
});

describe('shardResumeRefusal', () => {
  it("refuses a shard another version began even without runs, as a merge takes one version's shards", () => {
    expect(shardResumeRefusal(true, 0, '0.28.0', '0.29.0')).toMatchObject({ kind: 'version', finishWith: 'CFSim 0.28.0' });
    expect(shardResumeRefusal(true, 0, '0.28.0', '0.29.0', 'merge says so')?.why).toBe('merge says so');
    expect(shardResumeRefusal(true, 0, '0.29.0', '0.29.0')).toBeUndefined();
    expect(shardResumeRefusal(true, 0, undefined, '0.29.0')).toBeUndefined();
  });
});

describe('the advice analyze gives to complete a sweep begun by another version', () => {
  const work = tempFolder('cfsim-resume-refusal-');
  const cfsim = (args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });

  it('names the version that can resume it, as resume itself refuses this one', () => {
    const plan = join(work, 'older.yaml');
    writeFileSync(plan, 'parameters:\n  community.stigma: { values: [0.1, 0.9] }\ndesign: grid\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    const dir = join(work, 'older');
    expect(cfsim(['sweep', plan, '--out', dir, '--threads', '1']).status).toBe(0);
    // Stopped after two runs, by an older version.
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'runs.csv'), `${lines.slice(0, 3).join('\n')}\n`);
    const status = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...status, cfsim: '0.1.0', status: 'interrupted', completed: 2 }));
    const analyzed = cfsim(['analyze', dir]);
    expect(analyzed.status, analyzed.stderr).toBe(0);
    // The built cfsim's version is the package's (the tests' own import of it is a development one).
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(analyzed.stdout).toContain(
      `To complete it, finish it with CFSim 0.1.0 (cfsim sweep ${shownFromHere(plan)} --out ${dir} --resume, run with that version: CFSim ${version} does not resume runs another version made, whose results may differ for the same plan and seed), or run the plan again into a new folder with this version.`,
    );
    expect(analyzed.stdout).not.toContain('resume it with');
    const reported = cfsim(['report', dir]);
    expect(reported.stderr).toContain('To complete it, finish it with CFSim 0.1.0 (');
    // As resume decides.
    const resumed = cfsim(['sweep', plan, '--out', dir, '--resume']);
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toContain('Finish it with cfsim 0.1.0');
  });

  it("names that version for a shard without a run yet, with its --shard, as the merge with the others' shards takes only theirs", () => {
    const plan = join(work, 'shard.yaml');
    writeFileSync(plan, 'parameters:\n  community.stigma: { values: [0.1, 0.9] }\ndesign: grid\nreps: 2\nset: { days: 20 }\nmetrics: [proqolSTS]\n');
    const dir = join(work, 'shard');
    expect(cfsim(['sweep', plan, '--out', dir, '--shard', '0/2', '--threads', '1']).status).toBe(0);
    // Stopped by an older version before its first run finished: the header alone.
    writeFileSync(join(dir, 'runs.csv'), `${readFileSync(join(dir, 'runs.csv'), 'utf8').split('\n')[0]}\n`);
    const status = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({ ...status, cfsim: '0.1.0', status: 'interrupted', completed: 0 }));
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const analyzed = cfsim(['analyze', dir]);
    expect(analyzed.status).toBe(2);
    expect(analyzed.stderr).toContain(
      `the shard has no successful run to analyze (0 of its 2 runs are in ${join(dir, 'runs.csv')}; finish it with CFSim 0.1.0 (cfsim sweep ${shownFromHere(plan)} --out ${dir} --shard 0/2 --resume, run with that version: a merge takes the shards of one version, and CFSim 0.1.0 began this one: resumed by CFSim ${version}, it would be ${version}'s, and its merge with the others refused), or run the plan again into a new folder with this version)`,
    );
    expect(analyzed.stderr).not.toContain('resume it with');
  });
});
