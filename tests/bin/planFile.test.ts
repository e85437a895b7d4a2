import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// cfsim sweep and validate with a plan whose base is a scenario file (base: team.yaml): the file is
// found beside the plan, carried into plan.json, and each point runs as `cfsim run team.yaml --set`.

const { work, file } = cliScratch('plan-file');
const TEAM = `name: riverside
base: { population: ct-harm-reduction }
population:
  seats: 12
  roleMix: { harm-reduction: 8, peer-navigator: 4 }
practice:
  compensation: { ptoDaysPerYear: 20 }
costs:
  salary: 48000
`;
const study = join(work, 'study');
beforeAll(() => {
  mkdirSync(study);
  writeFileSync(join(study, 'team.yaml'), TEAM);
  writeFileSync(join(study, 'plan.yaml'), 'name: on-team\nbase: team.yaml\nset: { days: 60 }\nparameters:\n  community.stigma: { min: 0.2, max: 0.8 }\ndesign: grid\nlevels: 2\nreps: 3\nseed: 4\nmetrics: [proqolBO, turnoverPerYear]\n');
});
/** The CLI run from `cwd` (the scratch folder unless given), so that paths are found as a user's are. */
const cfsimIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

describe('a sweep plan whose base is a scenario file', () => {
  it('finds the file beside the plan from any folder, and says what the plan builds on', () => {
    const r = cfsimIn(work, 'validate', 'study/plan.yaml');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Base: scenario file team.yaml (population preset ct-harm-reduction, package status-quo); the sweep folder\'s plan.json keeps the file\'s content');
  });

  it("runs each point as cfsim run of the file with the point's value, and keeps the file's content in plan.json", () => {
    const sweep = cfsimIn(work, 'sweep', 'study/plan.yaml', '--out', 'on-team');
    expect(sweep.status, sweep.stderr).toBe(0);
    const stored = JSON.parse(readFileSync(join(work, 'on-team', 'plan.json'), 'utf8')).plan.base;
    expect(stored.file).toBe('team.yaml');
    expect(stored.scenario.costs).toEqual({ salary: 48000 });
    const rows = readFileSync(join(work, 'on-team', 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const header = readFileSync(join(work, 'on-team', 'runs.csv'), 'utf8').split('\n')[0].split(',');
    const burnout = header.indexOf('proqolBO');
    const highStigma = rows.filter((r) => r[1] === '1').map((r) => Number(r[burnout]));
    const run = cfsimIn(study, 'run', 'team.yaml', '--set', 'days=60', '--set', 'community.stigma=0.8', '--reps', '3', '--seed', '4', '--json');
    expect(run.status, run.stderr).toBe(0);
    const mean = JSON.parse(run.stdout).policies[0].metrics.proqolBO.mean;
    expect(highStigma.reduce((a, b) => a + b, 0) / 3).toBeCloseTo(mean, 9);
  });

  it('runs another package on the file where the plan says base: { file, policy }, as run --policy does', () => {
    writeFileSync(join(study, 'package-plan.yaml'), 'base: { file: team.yaml, policy: opt-out-support }\nset: { days: 60 }\nparameters:\n  community.stigma: { min: 0.2, max: 0.8 }\ndesign: grid\nlevels: 2\nreps: 2\nmetrics: [proqolBO]\n');
    const v = cfsimIn(work, 'validate', 'study/package-plan.yaml');
    expect(v.stdout).toContain('Base: scenario file team.yaml (population preset ct-harm-reduction, package opt-out-support)');
    const sweep = cfsimIn(work, 'sweep', 'study/package-plan.yaml', '--out', 'package');
    expect(sweep.status, sweep.stderr).toBe(0);
    const rows = readFileSync(join(work, 'package', 'runs.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const run = cfsimIn(study, 'run', 'team.yaml', '--policy', 'opt-out-support', '--set', 'days=60', '--set', 'community.stigma=0.8', '--reps', '2', '--json');
    const mean = JSON.parse(run.stdout).policies[0].metrics.proqolBO.mean;
    const point = rows.filter((r) => r[1] === '1').map((r) => Number(r[r.length - 1]));
    expect(point.reduce((a, b) => a + b, 0) / 2).toBeCloseTo(mean, 9);
  });

  it('refuses to resume after the scenario file changed, naming the field, and resumes once it is as it was', () => {
    const out = join(work, 'resumed');
    expect(cfsimIn(work, 'sweep', 'study/plan.yaml', '--out', out).status).toBe(0);
    // A folder whose last runs were lost: the resume reruns them.
    const runs = join(out, 'runs.csv');
    writeFileSync(runs, readFileSync(runs, 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    writeFileSync(join(study, 'team.yaml'), TEAM.replace('salary: 48000', 'salary: 50000'));
    const changed = cfsimIn(work, 'sweep', 'study/plan.yaml', '--out', out, '--resume');
    expect(changed.status).toBe(2);
    expect(changed.stderr).toContain('base.scenario.costs.salary: 48000 in');
    writeFileSync(join(study, 'team.yaml'), TEAM);
    const again = cfsimIn(work, 'sweep', 'study/plan.yaml', '--out', out, '--resume');
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(runs, 'utf8').trim().split('\n')).toHaveLength(7);
  });

  it("names the file's own slips and draws as the file's, not the plan's set's", () => {
    file('drawing.yaml', 'name: t\nbase: { population: ct-harm-reduction }\npopulation: { seats: 8 }\npolicy: { compensation: { payRaise: 1 } }\nuncertainty: { coefficients.separationCf: { min: 0.7, max: 1.6 } }\n');
    const plan = file('drawing-plan.yaml', 'base: drawing.yaml\nset: { days: 60 }\nparameters: { community.stigma: { min: 0.1, max: 0.9 } }\ndesign: grid\nlevels: 2\n');
    const v = cfsimIn(work, 'validate', plan);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain('Warning: drawing.yaml: policy.compensation.payRaise 1 is a raise of 100% of salary');
    expect(v.stdout).toContain('Warning: the uncertainty of drawing.yaml draws a field anew in every run: coefficients.separationCf');
    // A point's replications are cfsim run's, the file's draws included.
    const swept = cfsimIn(work, 'sweep', plan, '--out', 'drawing-sweep');
    expect(swept.status, swept.stderr).toBe(0);
    const text = readFileSync(join(work, 'drawing-sweep', 'runs.csv'), 'utf8').trim().split('\n');
    const burnout = text[0].split(',').indexOf('proqolBO');
    const point = text.slice(1).map((l) => l.split(',')).filter((r) => r[1] === '1').map((r) => Number(r[burnout]));
    const run = cfsimIn(work, 'run', 'drawing.yaml', '--set', 'days=60', '--set', 'community.stigma=0.9', '--reps', String(point.length), '--json');
    expect(point.reduce((a, b) => a + b, 0) / point.length).toBeCloseTo(JSON.parse(run.stdout).policies[0].metrics.proqolBO.mean, 9);
    const varied = file('varied-plan.yaml', 'base: drawing.yaml\nparameters: { coefficients.separationCf: { min: 0.1, max: 0.9 } }\n');
    expect(cfsimIn(work, 'validate', varied).stderr).toContain(
      'coefficients.separationCf is both varied here and drawn anew in every replication (the uncertainty of drawing.yaml), where each replication\'s draw would silently replace every point\'s value; remove it from the uncertainty of drawing.yaml to vary it',
    );
  });

  it("names a missing file where it looked, a preset named as a file, and the file's own problems with its name", () => {
    const missing = file('missing.yaml', 'base: nowhere.yaml\nparameters: { community.stigma: { min: 0.2, max: 0.8 } }\n');
    const r = cfsimIn(work, 'sweep', missing, '--out', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`base: scenario file "${join(work, 'nowhere.yaml')}" does not exist`);
    const preset = file('preset.yaml', 'base: ct-harm-reduction\nparameters: { community.stigma: { min: 0.2, max: 0.8 } }\n');
    expect(cfsimIn(work, 'validate', preset).stderr).toContain('base: "ct-harm-reduction" is a population preset, not a scenario file; write base: { population: ct-harm-reduction }');
    file('bad-team.yaml', TEAM.replace('seats: 12', 'seats: 12.5'));
    const bad = file('bad.yaml', 'base: bad-team.yaml\nparameters: { community.stigma: { min: 0.2, max: 0.8 } }\n');
    const v = cfsimIn(work, 'validate', bad);
    expect(v.status).toBe(2);
    expect(v.stderr).toContain('bad-team.yaml: population.seats: 12.5 is not a whole number');
  });
});

describe("a sweep folder's plan.json given as the plan", () => {
  it('is refused by sweep and validate, saying what it is; its "plan" field, saved as the command says, resumes the sweep', () => {
    const out = join(work, 'record');
    expect(cfsimIn(work, 'sweep', 'study/plan.yaml', '--out', 'record').status).toBe(0);
    const runs = readFileSync(join(out, 'runs.csv'), 'utf8');
    const message = `record/plan.json is a sweep folder's plan.json (its plan under "plan" and every point under "points"), not a plan file; give the plan file the sweep began with, or save its "plan" field as one (node -e 'console.log(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).plan, null, 2))' record/plan.json > plan-file.json)`;
    for (const args of [['sweep', 'record/plan.json', '--out', 'record', '--resume'], ['validate', 'record/plan.json']]) {
      const r = cfsimIn(work, ...args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toBe(`cfsim: invalid sweep plan record/plan.json:\n  - ${message}\n`);
    }
    const saved = spawnSync('bash', ['-c', message.slice(message.indexOf('(node -e') + 1, -1)], { cwd: work, encoding: 'utf8' });
    expect(saved.status, saved.stderr).toBe(0);
    const resumed = cfsimIn(work, 'sweep', 'plan-file.json', '--out', 'record', '--resume');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(runs);
  });

  it("written by an earlier version (a grid's plan with points beside levels, no randomNumbers), does not offer its \"plan\" field as the plan file, which would be refused or another plan", () => {
    const document = JSON.parse(readFileSync(join(work, 'record', 'plan.json'), 'utf8'));
    const { randomNumbers: _, ...plan } = document.plan;
    mkdirSync(join(work, 'older'));
    writeFileSync(join(work, 'older', 'plan.json'), JSON.stringify({ plan: { ...plan, points: 8 }, points: document.points }, null, 2));
    const r = cfsimIn(work, 'validate', 'older/plan.json');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toBe(`cfsim: invalid sweep plan older/plan.json:\n  - older/plan.json is a sweep folder's plan.json (its plan under "plan" and every point under "points"), not a plan file; give the plan file the sweep began with (its "plan" field, written by an earlier version of CFSim, is not that plan as a plan file)\n`);
  });
});

describe('a scenario given as the plan', () => {
  it('is refused in one message that says it is a scenario, with a plan building on it that validates', () => {
    for (const format of ['yaml', 'json']) {
      const shown = cfsimIn(work, 'show', '--format', format);
      expect(shown.status, shown.stderr).toBe(0);
      writeFileSync(join(study, `shown.${format}`), shown.stdout);
      const r = cfsimIn(work, 'sweep', `study/shown.${format}`, '--out', 'shown');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      // One issue, not one per top-level field of the scenario, and no other (the missing parameters).
      expect(r.stderr.match(/^ {2}- /gm)).toHaveLength(1);
      expect(r.stderr).not.toContain('is a field of the scenario, not of the plan');
      expect(r.stderr).toContain(
        `cfsim: invalid sweep plan study/shown.${format}:\n  - study/shown.${format} looks like a scenario (it has description, days, population, community, practice, policy, changes, costs, coefficients and uncertainty), not a sweep plan, which names the fields to vary (parameters), the design and the replications. Keep the scenario as it is and build a plan on it with base: write, in shown-plan.yaml beside it, for example\n      base: shown.${format}\n`,
      );
      expect(r.stderr).toContain('    and run cfsim sweep study/shown-plan.yaml --out DIR. Every point is then this scenario');
      // The plan it gives, written where it says, is one.
      const plan = r.stderr.split('for example\n')[1].split('\n    and run')[0].replace(/^ {6}/gm, '');
      writeFileSync(join(study, 'shown-plan.yaml'), `${plan}\n`);
      const v = cfsimIn(work, 'validate', 'study/shown-plan.yaml');
      expect(v.status, v.stderr).toBe(0);
      expect(v.stdout).toContain(`Base: scenario file shown.${format} (population preset ma-outreach, package status-quo)`);
    }
  });

  it('keeps the note per field for a plan with parameters and a scenario field beside them', () => {
    writeFileSync(join(work, 'stray.yaml'), 'days: 30\npopulation: { seats: 12 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\n');
    const r = cfsimIn(work, 'sweep', 'stray.yaml', '--out', 'stray');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('  - days: unknown field; allowed: name, base, set, parameters, design, points, levels, reps, seed, randomNumbers, metrics; days is a field of the scenario, not of the plan: give it in set, by its path (set: { days: 30 })');
    expect(r.stderr).toContain('  - population: unknown field;');
    expect(r.stderr).not.toContain('looks like a scenario');
  });

  it('keeps the note per field for a plan that lacks its parameters but has a field only a plan has', () => {
    writeFileSync(join(work, 'noparams.yaml'), 'base: { population: ma-outreach }\ndays: 730\ncommunity: { stigma: 0.3 }\nreps: 4\n');
    const r = cfsimIn(work, 'sweep', 'noparams.yaml', '--out', 'noparams');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('looks like a scenario');
    expect(r.stderr).toContain('  - days: unknown field;');
    expect(r.stderr).toContain('  - community: unknown field;');
    expect(r.stderr).toContain('  - parameters: expected at least one parameter');
  });
});
