import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cliScratch } from './cliScratch';

// cfsim calibrate: the block it prints, pasted into the scenario file, gives the figure's mean as
// `cfsim run` computes it; --json carries the same; bad flags are named with what is allowed.

const { work, file } = cliScratch('calibrate');
const TEAM = 'name: small\nbase: { population: ct-harm-reduction }\npopulation: { seats: 8 }\ndays: 240\n';
file('team.yaml', TEAM);
const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 });
const CALIBRATE = ['calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.demandPerSeat', '--range', '3,12', '--reps', '6', '--seed', '3'];

describe('cfsim calibrate', () => {
  it('prints a block that, pasted into the file, runs to the mean it reports; its steps and summary go to stderr', () => {
    const r = cfsim(...CALIBRATE);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# community\.demandPerSeat matched to proqolBO 24 for small \(scenario file team\.yaml\) under status-quo \(6 replications × 240 days, seed 3\); values from [\d.]+ to [\d.]+ match as well\.\ncommunity:\n  demandPerSeat: [\d.]+\n$/);
    expect(r.stderr).toContain('Matching community.demandPerSeat (from 3 to 12) to proqolBO 24');
    const reported = Number(r.stderr.match(/is met at community\.demandPerSeat [\d.]+: mean ([\d.]+) there/)![1]);
    const value = (parseYaml(r.stdout) as { community: { demandPerSeat: number } }).community.demandPerSeat;
    writeFileSync(join(work, 'matched.yaml'), `${TEAM}${r.stdout}`);
    const run = cfsim('run', 'matched.yaml', '--reps', '6', '--seed', '3', '--json');
    expect(run.status, run.stderr).toBe(0);
    const mean = JSON.parse(run.stdout).policies[0].metrics.proqolBO.mean;
    expect(Number(mean.toPrecision(4))).toBe(reported);
    expect(readFileSync(join(work, 'matched.yaml'), 'utf8')).toContain(`demandPerSeat: ${value}`);
  });

  it('gives the same result as --json, with nothing on stderr', () => {
    const text = cfsim(...CALIBRATE);
    const json = cfsim(...CALIBRATE, '--json');
    expect(json.status, json.stderr).toBe(0);
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ scenario: 'small', policy: 'status-quo', field: 'community.demandPerSeat', metric: 'proqolBO', target: 24, range: [3, 12], reps: 6, days: 240, seed: 3 });
    expect(text.stdout).toContain(`demandPerSeat: ${doc.value}`);
    expect(doc.achieved.low).toBeLessThan(24);
    expect(doc.achieved.high).toBeGreaterThan(24);
    expect(doc.steps.length).toBeGreaterThan(3);
  });

  it('names bad flags with what is allowed, and a figure out of reach with the means at the range\'s ends, writing nothing on stdout', () => {
    const bad = cfsim('calibrate', 'team.yaml', '--target', 'proqolBurnout=x', '--vary', 'population.seats', '--range', '1,2');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--target: "proqolBurnout" is not a metric (did you mean "proqolBO"?)');
    expect(bad.stderr).toContain('--target: "x" is not a number');
    expect(bad.stderr).toContain('--vary: population.seats is a whole-number field');
    const missing = cfsim('calibrate', 'team.yaml');
    expect(missing.stderr).toContain('--target: is required');
    expect(missing.stderr).toContain('--vary: is required');
    const fixed = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--set', 'community.stigma=0.4');
    expect(fixed.stderr).toContain('--vary: community.stigma is also fixed by --set');
    const range = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--range', '0.5,0.2');
    expect(range.stderr).toContain('--range: "0.5,0.2" is not allowed; expected MIN,MAX with MIN below MAX, both from 0 to 1');
    const far = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=45', '--vary', 'community.demandPerSeat', '--range', '3,4', '--reps', '2');
    expect(far.status).toBe(2);
    expect(far.stdout).toBe('');
    expect(far.stderr).toMatch(/--target: proqolBO 45 is not met between community\.demandPerSeat 3 \(mean [\d.]+\) and 4 \(mean [\d.]+\); give a --range whose ends' means lie either side of it/);
  });
});
