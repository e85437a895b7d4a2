import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cliScratch } from './cliScratch';
import { turnoverBeyondCeiling, unmatchedIssue } from '../../bin/calibrate';
import { resolveScenario } from '../../scenarios/resolve';

// cfsim calibrate: the block it prints, pasted into the scenario file, gives the figure's mean as
// `cfsim run` computes it; --json carries the same; bad flags are named with what is allowed.

const { work, file } = cliScratch('calibrate');
const TEAM = 'name: small\nbase: { population: ct-harm-reduction }\npopulation: { seats: 8 }\ndays: 240\n';
file('team.yaml', TEAM);
const cfsim = (...args: string[]) => spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 });
/**
 * cfsim with `args`, running: `started` settles once its first value (community.demandPerSeat 3)
 * has run, with more to come; `closed` gives its exit code; `stop` kills it if it still runs.
 */
function afterFirstValue(...args: string[]) {
  const child = spawn(process.execPath, [resolve('dist/cfsim.js'), ...args], { cwd: work });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const started = (async () => {
    const deadline = Date.now() + 90_000;
    while (!/\n3 +[\d.]+ ± /.test(stderr)) {
      if (child.exitCode !== null) throw new Error(`calibrate exited before its first value: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`no value run within 90 s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { process: child, started, closed, stop, stdout: () => stdout, stderr: () => stderr };
}

const CALIBRATE = ['calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.demandPerSeat', '--range', '3,12', '--reps', '6', '--seed', '3'];

describe('cfsim calibrate', () => {
  it('prints a block that, pasted into the file, runs to the mean it reports; its steps and summary go to stderr', () => {
    const r = cfsim(...CALIBRATE);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# community\.demandPerSeat matched to proqolBO 24 for small \(scenario file team\.yaml\) under status-quo \(6 replications × 240 days, seed 3\); values from [\d.]+ to [\d.]+ match as well\. Merge it into the file \(into its community group if it has one\)\.\ncommunity:\n  demandPerSeat: [\d.]+\n$/);
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
    expect(doc.warnings).toEqual([]);
  });

  it("carries its warnings in the --json document too, as stderr gives them, so a script reading stdout keeps them", () => {
    const r = cfsim(...CALIBRATE, '--json', '--set', 'policy.compensation.payRaise=1');
    expect(r.status, r.stderr).toBe(0);
    const warnings: unknown = JSON.parse(r.stdout).warnings;
    expect(warnings).toEqual([expect.stringMatching(/^policy\.compensation\.payRaise 1 is a raise of 100% of salary/)]);
    expect(r.stderr).toBe(`cfsim: warning: ${(warnings as string[])[0]}\n`);
  });

  it('runs each value\'s replications on worker threads, with the same result for any number of them', () => {
    const one = cfsim(...CALIBRATE, '--json', '--threads', '1');
    const two = cfsim(...CALIBRATE, '--json', '--threads', '2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const bad = cfsim(...CALIBRATE, '--threads', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--threads: "0" is not allowed; expected a whole number from 1 to 256');
  });

  it('stops on Ctrl-C, between values or during one, with exit 130, a message, and nothing printed as matched', async () => {
    const child = afterFirstValue(...CALIBRATE.slice(0, -4), '--reps', '400', '--seed', '3', '--threads', '2');
    try {
      await child.started;
      child.process.kill('SIGINT');
      expect(await child.closed).toBe(130);
      expect(child.stderr()).toMatch(/cfsim: calibrate stopped by SIGINT after \d+ values? run; nothing was matched or printed\n$/);
      expect(child.stdout()).toBe('');
    } finally {
      child.stop();
    }
  });

  it('fails with a message naming the replication and its seed when a worker thread throws or exits, and exits 1 without hanging', () => {
    for (const env of [{ CFSIM_TEST_FAIL_REP: '3' }, { CFSIM_TEST_CRASH_REP: '2' }]) {
      const r = spawnSync(process.execPath, [resolve('dist/cfsim.js'), ...CALIBRATE, '--threads', '2'], { cwd: work, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^cfsim: calibrate failed at community\.demandPerSeat 3: /m);
      expect(r.stderr).toContain(`replication ${Object.values(env)[0]}`);
      expect(r.stderr).toContain('seed 3');
    }
  });

  it('reads the scenario file once: editing it while the values run changes nothing', async () => {
    file('edited.yaml', TEAM);
    const args = ['calibrate', 'edited.yaml', ...CALIBRATE.slice(2), '--threads', '1'];
    const undisturbed = cfsim(...args);
    expect(undisturbed.status, undisturbed.stderr).toBe(0);
    const child = afterFirstValue(...args);
    try {
      // Once the first value has run, the team grows to 30 seats.
      await child.started;
      file('edited.yaml', TEAM.replace('seats: 8', 'seats: 30'));
      expect(await child.closed).toBe(0);
      expect(child.stdout()).toBe(undisturbed.stdout);
    } finally {
      child.stop();
    }
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
    expect(range.stderr).not.toContain('percentage');
    const percent = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--range', '10,50');
    expect(percent.stderr).toContain('--range: "10,50" is not allowed; expected MIN,MAX with MIN below MAX, both from 0 to 1 (community.stigma\'s range); if these are percentages, write --range 0.1,0.5\n');
    // Only where both ends read as percentages: 0.5 is a share already, so 0.005,0.5 is not suggested; the end outside the range is named.
    const mixed = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--range', '0.5,50');
    expect(mixed.stderr).toContain('--range: "0.5,50" is not allowed; expected MIN,MAX with MIN below MAX, both from 0 to 1 (community.stigma\'s range); 50 is outside that range\n');
    expect(mixed.stderr).not.toContain('percentage');
    expect(cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--range', '0,50').stderr).toContain('; if these are percentages, write --range 0,0.5\n');
    // Not for a field whose range is not 0 to 1.
    expect(cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.demandPerSeat', '--range', '200,500').stderr).not.toContain('percentage');
    const far = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=45', '--vary', 'community.demandPerSeat', '--range', '3,4', '--reps', '2');
    expect(far.status).toBe(2);
    expect(far.stdout).toBe('');
    expect(far.stderr).toMatch(/--target: proqolBO 45 is not met between community\.demandPerSeat 3 \(mean [\d.]+\) and 4 \(mean [\d.]+\); give a --range whose ends' means lie either side of it/);
  });

  it('refuses a field with one allowed value, a field a scheduled change resets, and a target in another base than decimal', () => {
    const single = cfsim('calibrate', 'team.yaml', '--target', 'turnoverPerYear=0.3', '--vary', 'practice.staffing.extraSeatShare');
    expect(single.status).toBe(2);
    expect(single.stderr).toContain('--vary: practice.staffing.extraSeatShare has a single allowed value, 0, so there is nothing to move');
    file('changing.yaml', `${TEAM}changes: [{ day: 100, set: { community.demandPerSeat: 9 } }]\n`);
    expect(cfsim('calibrate', 'changing.yaml', '--target', 'proqolBO=24', '--vary', 'community.demandPerSeat').stderr).toContain(
      '--vary: community.demandPerSeat is changed during the run (changes[0], day 100), which would replace the value calibrated from that day',
    );
    expect(cfsim('calibrate', 'team.yaml', '--target', 'turnoverPerYear=0x10', '--vary', 'community.stigma').stderr).toContain('--target: "0x10" is not a number');
  });

  it('refuses, before running anything, a figure no mean can reach: a share above 1 (a percentage, with its share), a ProQOL score outside 10-50, a negative rate', () => {
    const share = cfsim('calibrate', 'team.yaml', '--target', 'vacancyRate=12', '--vary', 'community.demandPerSeat', '--reps', '2');
    expect(share.status).toBe(2);
    expect(share.stdout).toBe('');
    expect(share.stderr).toBe(
      'cfsim: invalid command line:\n  - --target: vacancyRate 12 cannot be met: vacancyRate is a share, from 0 to 1; if 12 is a percentage, write --target vacancyRate=0.12\n',
    );
    // Just above 1 a percentage is not the plausible reading: no hint.
    expect(cfsim('calibrate', 'team.yaml', '--target', 'vacancyRate=1.5', '--vary', 'community.demandPerSeat').stderr).toContain('--target: vacancyRate 1.5 cannot be met: vacancyRate is a share, from 0 to 1\n');
    expect(cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=5', '--vary', 'community.demandPerSeat').stderr).toContain('--target: proqolBO 5 cannot be met: proqolBO is a ProQOL score, from 10 to 50\n');
    // An index from 0 to 1 is no share: no percentage is read into it.
    expect(cfsim('calibrate', 'team.yaml', '--target', 'careQuality=80', '--vary', 'community.demandPerSeat').stderr).toContain('--target: careQuality 80 cannot be met: careQuality is an index, from 0 to 1\n');
    expect(cfsim('calibrate', 'team.yaml', '--target', 'turnoverPerYear=-0.2', '--vary', 'community.demandPerSeat').stderr).toContain('--target: turnoverPerYear -0.2 cannot be met: turnoverPerYear is a rate, 0 or more\n');
  });

  it('refuses, before running anything, a turnover above what the separation ceiling allows, with the share when it looks like a percentage', () => {
    const percent = cfsim('calibrate', 'team.yaml', '--target', 'turnoverPerYear=35', '--vary', 'community.demandPerSeat', '--reps', '2');
    expect(percent.status).toBe(2);
    expect(percent.stdout).toBe('');
    expect(percent.stderr).toBe(
      'cfsim: invalid command line:\n  - --target: turnoverPerYear 35 cannot be met: turnover is separations per average headcount per year, and a worker leaves on a given day with probability at most 0.03415 here (at full burnout and compassion fatigue, on a first day: coefficients.separationBase × e^(separationBurnout + separationCf) × (1 + newHireHazard)), so it is at most 12.46 a year; if 35 is a percentage, write --target turnoverPerYear=0.35 (35% a year)\n',
    );
  });

  it('takes the separation ceiling where it is highest: the varied field at its range\'s top, drawn coefficients at their maximum; at most 365 a year', () => {
    const scenario = resolveScenario();
    const demand = { path: 'community.demandPerSeat', range: [3, 12] as const };
    // Realistic figures, and any up to the ceiling (365 × 0.03415 ≈ 12.46 on ma-outreach), run.
    for (const target of [0.35, 1.2, 12]) expect(turnoverBeyondCeiling('turnoverPerYear', target, scenario, demand), String(target)).toBeUndefined();
    expect(turnoverBeyondCeiling('turnoverPerYear', 13, scenario, demand)).toContain('so it is at most 12.46 a year; if 13 is a percentage');
    expect(turnoverBeyondCeiling('proqolBO', 35, scenario, demand)).toBeUndefined();
    // Doubling separationBase doubles the ceiling.
    const base = { path: 'coefficients.separationBase', range: [0.0005, 0.0017] as const };
    expect(turnoverBeyondCeiling('turnoverPerYear', 24, scenario, base)).toBeUndefined();
    expect(turnoverBeyondCeiling('turnoverPerYear', 26, scenario, base)).toContain('at most 0.06829 here with coefficients.separationBase at 0.0017 (');
    const drawn = resolveScenario({ overrides: [['uncertainty', { 'coefficients.separationBase': { min: 0.0005, max: 0.0017 } }]] });
    expect(turnoverBeyondCeiling('turnoverPerYear', 24, drawn, demand)).toBeUndefined();
    // A ceiling of 1 a day or more: each worker leaves at most once per day in post.
    const certain = resolveScenario({ overrides: [['coefficients.separationBase', 1]] });
    expect(turnoverBeyondCeiling('turnoverPerYear', 365, certain, demand)).toBeUndefined();
    expect(turnoverBeyondCeiling('turnoverPerYear', 400, certain, demand)).toBe('turnoverPerYear 400 cannot be met: turnover is separations per average headcount per year, and each worker leaves at most once per day in post, so it is at most 365 a year');
  });

  it("says a metric the field does not move is unmoved, naming no value, and prints the scenario's warnings as run does", () => {
    const flat = cfsim('calibrate', 'team.yaml', '--target', 'turnoverPerYear=0', '--vary', 'community.fatality', '--days', '1', '--reps', '2');
    expect(flat.status).toBe(2);
    expect(flat.stdout).toBe('');
    expect(flat.stderr).toContain('--target: turnoverPerYear is 0 at both community.fatality 0.05 (mean 0) and 0.2 (mean 0): it does not move with community.fatality over this range, so every value matches and none is given');
    const slip = cfsim('calibrate', 'team.yaml', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--set', 'policy.compensation.payRaise=1', '--reps', '2', '--days', '30');
    expect(slip.stderr).toContain('cfsim: warning: policy.compensation.payRaise 1 is a raise of 100% of salary');
  });

  it('says a figure the mean jumps past is passed, not met, and a range too wide for the halvings is unsettled', () => {
    const t = { metric: 'turnoverPerYear' as const, target: 0.4, path: 'population.roleMix.police', range: [0, 100] as const };
    const step = (value: number, mean: number) => ({ value, mean, se: 0.01, measured: 200 });
    const steps = [step(0, 0.2), step(100, 0.6)];
    expect(unmatchedIssue(t, { kind: 'jumps', pair: [step(14.66, 0.42), step(14.72, 0.35)], steps }).message).toBe(
      "turnoverPerYear 0.4 is passed, not met: its mean jumps from 0.42 at population.roleMix.police 14.66 to 0.35 at 14.72, and 0.4 lies outside the 90% interval of the mean between them (the field moves the team in steps there, such as a role's whole seats); the nearest values are those two, or match another field",
    );
    expect(unmatchedIssue(t, { kind: 'unmeasured', at: { value: 50, mean: NaN, se: 0, measured: 0 }, steps }).message).toBe(
      "turnoverPerYear 0.4 lies between population.roleMix.police 0 (mean 0.2) and 100 (mean 0.6), but at population.roleMix.police 50 no replication gave turnoverPerYear a value (it had nothing to measure in any, such as nobody in post on the days it is measured), so the search cannot go on there; give a --range that keeps a team in post, or more --days",
    );
    expect(unmatchedIssue(t, { kind: 'unsettled', steps: [...steps, step(50, 0.5), step(25, 0.3)] }).message).toBe(
      "turnoverPerYear 0.4 lies between population.roleMix.police 0 (mean 0.2) and 100 (mean 0.6), but 2 halvings left a pair of values too far apart to give one (population.roleMix.police's range is wide); give a narrower --range around where you expect it",
    );
  });
});
