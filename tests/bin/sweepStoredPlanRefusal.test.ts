import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

const { work, cfsim, file } = cliScratch('stored-plan-refusal');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const planText = (values: string) => `name: twice
base: { population: ct-harm-reduction, policy: status-quo }
set: { days: 20 }
parameters:
  policy.supervision.intervalDays: { values: ${values} }
design: grid
reps: 1
seed: 1
metrics: [proqolSTS]
`;

// A sweep CFSim 0.26.0 began with a value listed twice (refused since 0.27.0) and that stopped
// after its first run: made as that version wrote it, from a sweep of distinct values whose plan.json,
// runs.csv and sweep.json are then written as 0.26.0's would be.
const old = join(work, 'old');
const twice = file('twice.yaml', planText('[14, 14, 28]'));
const mended = file('mended.yaml', planText('[14, 28]'));
let before: Record<string, string>;

beforeAll(() => {
  const r = cfsim('sweep', file('made.yaml', planText('[14, 21, 28]')), '--out', old);
  expect(r.status, r.stderr).toBe(0);
  const document = JSON.parse(readFileSync(join(old, 'plan.json'), 'utf8')) as { plan: { parameters: Record<string, { values: number[] }> }; points: Record<string, number>[] };
  document.plan.parameters['policy.supervision.intervalDays'].values = [14, 14, 28];
  document.points[1]['policy.supervision.intervalDays'] = 14;
  writeFileSync(join(old, 'plan.json'), `${JSON.stringify(document, null, 2)}\n`);
  const runs = readFileSync(join(old, 'runs.csv'), 'utf8').split('\n');
  writeFileSync(join(old, 'runs.csv'), `${runs.slice(0, 2).join('\n')}\n`);
  const status = JSON.parse(readFileSync(join(old, 'sweep.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(old, 'sweep.json'), `${JSON.stringify({ ...status, cfsim: '0.26.0', status: 'interrupted', completed: 1, sessions: [] }, null, 2)}\n`);
  before = Object.fromEntries(['plan.json', 'runs.csv', 'sweep.json'].map((name) => [name, readFileSync(join(old, name), 'utf8')]));
}, 120_000);

const untouched = () => {
  for (const [name, text] of Object.entries(before)) expect(readFileSync(join(old, name), 'utf8'), name).toBe(text);
};

const duplicate = 'parameters.policy.supervision.intervalDays.values[1]: 14 is listed twice (values[0] and values[1]); name each value of policy.supervision.intervalDays once';

describe('resuming a sweep whose plan lists a value twice (begun before that was refused)', () => {
  it('with the plan it began with: says why this version cannot resume it, naming the duplicate, and what to do', () => {
    const r = cfsim('sweep', twice, '--out', old, '--resume');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`  - ${duplicate}\n`);
    expect(r.stderr).toContain(
      `  - --resume: ${old} cannot be resumed by this version: the plan it began with, in ${join(old, 'plan.json')}, has what CFSim 0.26.0 allowed and this version (CFSim ${VERSION}) refuses (${duplicate}), and mended it is not the plan its runs were made with; finish it with CFSim 0.26.0, or mend the plan as said and run it into a new --out folder`,
    );
    untouched();
  });

  it('with the plan mended: says the plans differ, and that neither resumes it', () => {
    const r = cfsim('sweep', mended, '--out', old, '--resume');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(
      `--resume: the plan in ${join(old, 'plan.json')} differs from this plan (parameters.policy.supervision.intervalDays.values: [14,14,28] in ${join(old, 'plan.json')}, [14,28] in this plan); neither resumes it: the plan it began with has what CFSim 0.26.0 allowed and this version (CFSim ${VERSION}) refuses (${duplicate}); finish it with CFSim 0.26.0, or run this plan into a new --out folder`,
    );
    untouched();
    // What it says works: the mended plan runs into a new folder.
    expect(cfsim('sweep', mended, '--out', join(work, 'new')).status).toBe(0);
  });

  it("says nothing of the folder where its own plan is one this version takes (the plan file's duplicate is new)", () => {
    const r = cfsim('sweep', twice, '--out', join(work, 'new'), '--resume');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(duplicate);
    expect(r.stderr).not.toContain('cannot be resumed');
    const differs = cfsim('sweep', file('other.yaml', planText('[14, 21]')), '--out', join(work, 'new'), '--resume');
    expect(differs.stderr).toContain('; resume with the same plan, or use a new --out folder');
    expect(differs.stderr).not.toContain('neither resumes it');
  });
});

describe('a sweep without --resume into a folder whose plan.json this version cannot read', () => {
  it('is told what --resume would say of it, not to add --resume (which is refused so)', () => {
    const dir = join(work, 'unreadable');
    expect(cfsim('sweep', mended, '--out', dir).status).toBe(0);
    writeFileSync(join(dir, 'plan.json'), '{"plan": 3}\n');
    const resumed = cfsim('sweep', mended, '--out', dir, '--resume');
    expect(resumed.status).toBe(2);
    const refusal = resumed.stderr.match(/^ {2}- plan\.json: (.*)$/m)?.[1];
    expect(refusal, resumed.stderr).toContain('is not a sweep\'s plan this version can read');
    const r = cfsim('sweep', mended, '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - --out: ${dir} already holds a sweep (runs.csv), which --resume would not continue: ${refusal}\n`);
  });
});

describe('a sweep without --resume into a folder whose runs.csv holds runs and which has no plan.json', () => {
  it('is told what --resume would say of it, not to add --resume (which is refused so)', () => {
    const dir = join(work, 'planless');
    expect(cfsim('sweep', mended, '--out', dir).status).toBe(0);
    rmSync(join(dir, 'plan.json'));
    const resumed = cfsim('sweep', mended, '--out', dir, '--resume');
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toContain(`--resume: ${dir} holds runs (runs.csv) but no plan.json saying which plan made them, so they cannot be checked against this plan; restore ${join(dir, 'plan.json')}, or run the sweep into a new --out folder`);
    const r = cfsim('sweep', mended, '--out', dir);
    expect(r.status).toBe(2);
    // Was: add --resume to continue it, or choose another folder.
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - --out: ${dir} already holds a sweep (runs.csv), which --resume would not continue: its runs are there but no plan.json saying which plan made them, so they cannot be checked against this plan; restore ${join(dir, 'plan.json')}, or run the sweep into a new --out folder\n`);
  });
});
