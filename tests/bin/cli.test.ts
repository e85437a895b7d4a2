import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_IDS } from '../../scenarios/presets/packages';
import { POPULATION_IDS } from '../../scenarios/presets/populations';
import { resolveScenario } from '../../scenarios/resolve';
import { changesAveragedNote } from '../../bin/simulate';
import type { Scenario } from '../../scenarios/schema';
import { validationReportPath } from '../../bin/validationReport';
import { PROJECT_SCENARIO_REFERENCE } from '../../bin/scenarioReference';

// End-to-end tests of the built CLI (dist/cfsim.js; `npm test` builds it first).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cfsim.js');
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cfsim(...args: string[]): Result {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_FRAME = /^\s+at /m;

/** A bad-input failure: exit 2, nothing on stdout, every fragment on stderr, no stack trace. */
function expectBadInput(result: Result, ...fragments: string[]): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^cfsim: /);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('unexpected failure');
  for (const fragment of fragments) expect(result.stderr).toContain(fragment);
}

const CONTRACT_METRICS = [
  'proqolCS',
  'proqolBO',
  'proqolSTS',
  'highSTSShare',
  'highBOShare',
  'lowCSShare',
  'turnoverPerYear',
  'vacancyRate',
  'absenceRate',
  'careQuality',
  'unmetDemandShare',
  'supportUptake',
  'costPerWorkerYear',
  'payCostPerWorkerYear',
  'programmeCostPerWorkerYear',
  'sessionCostPerWorkerYear',
  'staffingCostPerWorkerYear',
  'turnoverCostPerWorkerYear',
  'absenceCostPerWorkerYear',
  'vacancyCostPerWorkerYear',
  'teamCostPerYear',
];

let dir = '';
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests`);
  dir = mkdtempSync(join(tmpdir(), 'cfsim-cli-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('cfsim run --json', () => {
  let result: Result;
  let doc: any;

  beforeAll(() => {
    result = cfsim('run', '--json', '--reps', '3', '--days', '120');
    doc = JSON.parse(result.stdout);
  });

  it('exits 0 with nothing on stderr', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints exactly the result document contract', () => {
    expect(Object.keys(doc).sort()).toEqual(['cfsim', 'days', 'policies', 'reps', 'scenario', 'seed']);
    expect(doc).toMatchObject({ cfsim: VERSION, scenario: 'ma-outreach', seed: 1, reps: 3, days: 120 });
    expect(doc.policies).toHaveLength(1);
    expect(Object.keys(doc.policies[0]).sort()).toEqual(['groups', 'metrics', 'policy']);
    expect(doc.policies[0].policy).toBe('status-quo');
  });

  it('summarises every metric as finite mean, sd, p05 and p95', () => {
    const metrics = doc.policies[0].metrics as Record<string, Record<string, unknown>>;
    for (const name of CONTRACT_METRICS) expect(Object.keys(metrics)).toContain(name);
    for (const [name, summary] of Object.entries(metrics)) {
      expect(Object.keys(summary), name).toEqual(['mean', 'sd', 'p05', 'p95']);
      for (const [stat, value] of Object.entries(summary)) {
        expect(typeof value, `${name}.${stat}`).toBe('number');
        expect(Number.isFinite(value), `${name}.${stat}`).toBe(true);
      }
      const s = summary as Record<string, number>;
      expect(s.sd, name).toBeGreaterThanOrEqual(0);
      expect(s.p05, name).toBeLessThanOrEqual(s.p95);
    }
  });

  it('gives the cost in parts that add up to it', () => {
    const metrics = doc.policies[0].metrics as Record<string, { mean: number }>;
    const parts = CONTRACT_METRICS.filter((m) => m.endsWith('CostPerWorkerYear')).reduce((sum, m) => sum + metrics[m].mean, 0);
    expect(metrics.costPerWorkerYear.mean).toBeGreaterThan(0);
    expect(parts).toBeCloseTo(metrics.costPerWorkerYear.mean, 6);
    expect(metrics.turnoverCostPerWorkerYear.mean, 'the status quo pays for leavers').toBeGreaterThan(0);
  });

  it('runs several policies in the order given', () => {
    const r = cfsim('run', '--json', '--reps', '2', '--days', '60', '--policy', 'status-quo,opt-out-support');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout);
    expect(d.policies.map((p: { policy: string }) => p.policy)).toEqual(['status-quo', 'opt-out-support']);
    expect(Object.keys(d.policies[1].metrics)).toEqual(Object.keys(d.policies[0].metrics));
    const reversed = JSON.parse(cfsim('run', '--json', '--reps', '2', '--days', '60', '--policy', 'opt-out-support,status-quo').stdout);
    expect(reversed.policies.map((p: { policy: string }) => p.policy)).toEqual(['opt-out-support', 'status-quo']);
  });

  it('is reproducible: the same command twice gives byte-identical output', () => {
    const args = ['run', '--json', '--reps', '2', '--days', '60', '--seed', '7'];
    const a = cfsim(...args);
    const b = cfsim(...args);
    expect(a.status).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('gives different results for a different seed', () => {
    const a = JSON.parse(cfsim('run', '--json', '--reps', '2', '--days', '60', '--seed', '7').stdout);
    const b = JSON.parse(cfsim('run', '--json', '--reps', '2', '--days', '60', '--seed', '8').stdout);
    expect(a.seed).toBe(7);
    expect(b.seed).toBe(8);
    expect(b.policies).not.toEqual(a.policies);
  });

  it('runs a scenario file, naming it in the document', () => {
    const path = file('run-good.yaml', 'base: { population: ct-harm-reduction }\nname: ct-file\n');
    const r = cfsim('run', path, '--json', '--reps', '2', '--days', '60', '--policy', 'multi-level');
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.scenario).toBe('ct-file');
    expect(d.days).toBe(60);
    expect(d.policies.map((p: { policy: string }) => p.policy)).toEqual(['multi-level']);
  });
});

describe('cfsim run (readable table)', () => {
  it('shows the metric labels and the policy names', () => {
    const r = cfsim('run', '--reps', '2', '--days', '60', '--policy', 'status-quo,opt-out-support');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('scenario ma-outreach, 2 replications × 60 days, seed 1');
    for (const label of [
      'ProQOL compassion satisfaction',
      'ProQOL burnout',
      'ProQOL secondary traumatic stress',
      'Turnover per year',
      'Seats vacant',
      'Sickness absence',
      'Care quality (0-1)',
      'Client demand unmet',
      'Supervision sessions kept',
      'Cost per worker-year',
    ]) {
      expect(r.stdout).toContain(label);
    }
    const header = r.stdout.split('\n').find((line) => line.startsWith('Outcome'));
    expect(header).toMatch(/status-quo\s+opt-out-support$/);
    // The parts of the cost, indented under it in order, in dollars.
    const lines = r.stdout.split('\n');
    const cost = lines.findIndex((line) => /^Cost per worker-year +\$/.test(line));
    const parts = ['pay and benefits', 'programmes and training', 'support sessions', 'added and float staff', 'replacing leavers', 'paid absence'];
    expect(lines.slice(cost + 1, cost + 1 + parts.length).map((line) => line.match(/^ {2}of which ([a-z ]+?)\s{2,}/)?.[1])).toEqual(parts);
    expect(lines[cost + 1]).toMatch(/\$[\d,]+ \(\$[\d,]+–\$[\d,]+\)/);
  });

  it('names the levers whose spend the cost leaves out (set differently, priced at 0), and says how to price them', () => {
    const r = cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '30');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[5], 'under the header, the team, the seats and the warm-up line').toBe(
      'Cost per worker-year counts nothing for policy.supervision.affirmation and policy.training.shadowingDays, which multi-level sets differently from status-quo: their prices (costs.affirmation and costs.shadowingDayWageShare) are 0 (the default, as none of the seed studies gives a price); --set costs.affirmation=VALUE prices the first.',
    );
    const priced = cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '30', '--set', 'costs.affirmation=400');
    expect(priced.stdout).toContain('counts nothing for policy.training.shadowingDays, which multi-level sets differently from status-quo: its price, costs.shadowingDayWageShare, is 0');
    expect(cfsim('run', '--reps', '1', '--days', '30', '--policy', 'multi-level').stdout).not.toContain('counts nothing');
  });
});

describe('compare from few replications', () => {
  it('calls a difference whose range excludes zero indicative below 20 replications, says why and how many would do; clear from 20', () => {
    const few = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30');
    expect(few.status, few.stderr).toBe(0);
    expect(few.stdout).toContain('paired differences over the same 2 simulated futures. They are too few for clear verdicts: see the note under the table.');
    // Some role's turnover pairs fewer than the 2 (nobody of it in post in one): the ranges are of all pairs.
    expect(few.stdout).toContain('difference (range of all pairs)');
    expect(few.stdout).toMatch(/^Supervision sessions kept .* indicative: higher$/m);
    expect(few.stdout).not.toContain('clearly');
    expect(few.stdout).toContain('With 2 replications (fewer than 20) each range runs from the smallest to the largest paired difference');
    const enough = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '20', '--days', '30');
    expect(enough.status, enough.stderr).toBe(0);
    expect(enough.stdout).toMatch(/^Supervision sessions kept .* clearly higher$/m);
    expect(enough.stdout).toContain('"Clear" means the difference has the same sign in at least 95% of them');
    expect(enough.stdout).not.toContain('indicative');
  });
});

describe("compare's note on burnout effects larger than trials found", () => {
  it('follows the table of a package whose burnout effect, in SDs of the baseline\'s individual scores, is beyond −0.62, with the size the results folder gives; not the others', () => {
    const out = mkdtempSync(join(tmpdir(), 'cfsim-burnout-note-'));
    const r = cfsim('compare', '--policies', 'status-quo,multi-level,opt-out-support', '--reps', '6', '--days', '365', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const notes = r.stdout.split('\n').filter((line) => line.includes('beyond what trials found'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^multi-level's burnout effect, −\d\.\d\d SD of individual scores, is beyond what trials found: organization-directed interventions lowered burnout by 0\.45 SD/);
    // The same standardized effect from the folder: the paired difference in mean ProQOL burnout over the SD of the baseline's end-of-run scores.
    const rows = readFileSync(join(out, 'workers.csv'), 'utf8').trim().split('\n');
    const columns = rows[0].split(',');
    const scores = rows.slice(1).map((row) => row.split(',')).filter((cells) => cells[0] === 'status-quo').map((cells) => Number(cells[columns.indexOf('proqolBO')]));
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const difference = summary.differences.find((d: { policy: string }) => d.policy === 'multi-level').metrics.proqolBO.mean;
    expect(notes[0]).toContain(`effect, ${(difference / sd).toFixed(2).replace('-', '−')} SD`);
    expect(difference / sd).toBeLessThan(-0.62);
    const optOut = summary.differences.find((d: { policy: string }) => d.policy === 'opt-out-support').metrics.proqolBO.mean;
    expect(optOut / sd, 'opt-out support lowers burnout within the evidence').toBeGreaterThan(-0.62);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('packages whose levers a scenario file or --set changed', () => {
  it('lists, under the header, each package the file changed, with the package\'s own values; an unchanged run has no such lines', () => {
    const team = file('team-levers.yaml', 'population: { seats: 12 }\npolicy:\n  supervision: { mode: opt-out, intervalDays: 28 }\n  grief: { leaveDays: 1 }\n');
    const r = cfsim('compare', team, '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(1, 5)).toEqual([
      // The file changes the preset too, and the arms are still labelled ma-outreach: that is listed first.
      'Scenario changed from the ma-outreach preset by the scenario file or --set (results are for the preset so changed): population.seats 12 (preset: 38)',
      "Policy levers changed from the package's own by the scenario file or --set (results are for the package so changed):",
      '  status-quo: supervision.mode opt-out (package: opt-in); grief.leaveDays 1 (package: 0)',
      '  opt-out-support: supervision.intervalDays 28 (package: 14); grief.leaveDays 1 (package: 2)',
    ]);
    const set = cfsim('run', '--policy', 'multi-level', '--set', 'policy.compensation.payRaise=0.05', '--reps', '1', '--days', '30');
    expect(set.stdout).toContain('\n  multi-level: compensation.payRaise 0.05 (package: 0.1)\n');
    const plain = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30');
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('opt-out-support vs status-quo');
    expect(plain.stdout).not.toContain('changed from the package');
    expect(plain.stdout).not.toContain('changed from the');
    // A file that names its own scenario is labelled by its name, with nothing to list of a preset.
    const named = file('team-named.yaml', 'name: our county team\npopulation: { seats: 12 }\n');
    const own = cfsim('run', named, '--reps', '1', '--days', '30');
    expect(own.status, own.stderr).toBe(0);
    expect(own.stdout).toMatch(/^CFSim [^:]*: scenario our county team,/);
    expect(own.stdout).not.toContain('changed from the');
  });
});

describe('a status quo outside the calibrated range', () => {
  it('run warns under the table, and the report at its top, when the status quo\'s turnover leaves the range the presets were calibrated to; the presets do not', () => {
    const out = join(dir, 'heavy-caseload');
    const heavy = cfsim('run', '--set', 'community.demandPerSeat=9', '--reps', '4', '--days', '365', '--out', out, '--report', join(out, 'report.html'));
    expect(heavy.status, heavy.stderr).toBe(0);
    expect(heavy.stdout).toMatch(/\nWarning: status-quo's turnover \(\d+\.\d% a year\) lies above 20–36%, the range every preset's status quo was calibrated to/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<p class="warning"><strong>Outside the calibrated range:</strong> status-quo&#39;s turnover');
    const preset = cfsim('run', '--reps', '4', '--days', '365');
    expect(preset.status, preset.stderr).toBe(0);
    expect(preset.stdout).not.toContain('Warning:');
  });

  it("warns when the status quo's ProQOL scores leave the outreach bands, except in the first-responder preset, calibrated to turnover only", () => {
    const burdened = cfsim('run', '--set', 'community.overdoseBurden=1.6', '--reps', '10', '--days', '365');
    expect(burdened.status, burdened.stderr).toBe(0);
    expect(burdened.stdout).toMatch(/\nWarning: status-quo's (turnover .*; its )?ProQOL secondary traumatic stress \(\d+\.\d\) lies above 22–28, the band the outreach and harm-reduction presets' status quo was calibrated to/);
    // Its status quo scores STS about 31, outside the outreach band, as seed 000's acute region does.
    const firstResponders = cfsim('run', 'canada-first-responders', '--reps', '10', '--days', '365');
    expect(firstResponders.status, firstResponders.stderr).toBe(0);
    expect(firstResponders.stdout).toMatch(/ProQOL secondary traumatic stress +(29|3\d)\.\d/);
    expect(firstResponders.stdout).not.toContain('Warning:');
  });
});

describe('compare --scenarios: arms from scenario files', () => {
  const NEVER = 'name: never\nbase: { population: ct-harm-reduction }\n';
  const YEAR2 = 'name: from-day-200\nbase: { population: ct-harm-reduction }\nchanges:\n  - day: 200\n    set: { policy.supervision.mode: opt-out }\n';

  it('compares a scheduled change against none, paired: the same days before the change, each arm labelled by its name', () => {
    const out = join(dir, 'arms');
    const args = ['compare', '--scenarios', `${file('never.yaml', NEVER)},${file('year2.yaml', YEAR2)}`, '--reps', '4', '--days', '300'];
    const r = cfsim(...args, '--json', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.policies.map((p: { policy: string }) => p.policy)).toEqual(['never', 'from-day-200']);
    expect(d.differences[0]).toMatchObject({ policy: 'from-day-200', vs: 'never' });
    expect(d, 'the arms have different changes: none at the top').not.toHaveProperty('changes');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.arms, 'the manifest says the arms are scenario files').toBe('scenarios');
    expect(manifest.scenarios.map((sc: { policy: { name: string } }) => sc.policy.name)).toEqual(['never', 'from-day-200']);
    expect(d.differences[0].metrics.supportUptake.p05, 'opt-out sessions from day 200').toBeGreaterThan(0);
    // Common random numbers: every daily series is the same in both arms until day 200.
    const rows = readFileSync(join(out, 'timeseries.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const before = (arm: string) => rows.filter((c) => c[0] === arm && Number(c[1]) < 200).map((c) => c.slice(1).join(','));
    expect(before('from-day-200')).toEqual(before('never'));
    expect(before('never').length).toBeGreaterThan(1000);
    const after = (arm: string) => rows.filter((c) => c[0] === arm && Number(c[1]) >= 200).map((c) => c.slice(1).join(','));
    expect(after('from-day-200')).not.toEqual(after('never'));
    const text = cfsim(...args);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      'CFSim 0.1.0: scenarios never, from-day-200, 4 replications × 300 days, seed 1, every scenario on the same seeds'.replace('0.1.0', VERSION),
      'Scheduled changes in from-day-200: day 200: supervision opt-out',
      changesAveragedNote(300),
    ]);
  });

  it('a file without a name is labelled by its file name; clashes, one file, and mixing with --policies or SCENARIO are refused', () => {
    const unnamed = file('unnamed-arm.yaml', 'base: { population: ct-harm-reduction }\n');
    const r = cfsim('compare', '--scenarios', `${file('never2.yaml', NEVER)},${unnamed}`, '--reps', '2', '--days', '30', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).policies.map((p: { policy: string }) => p.policy)).toEqual(['never', 'unnamed-arm']);
    const same = file('same-name.yaml', NEVER);
    expectBadInput(cfsim('compare', '--scenarios', `${same},${file('never3.yaml', NEVER)}`, '--reps', '2'), '--scenarios', 'two scenarios are labelled "never"; give each file its own name field');
    const once = file('once.yaml', NEVER);
    expectBadInput(cfsim('compare', '--scenarios', `${once},${once}`, '--reps', '2'), '--scenarios', `names ${once} twice; name each scenario file once (its difference from itself is zero)`);
    expectBadInput(cfsim('compare', '--scenarios', `${once},${dir}/./once.yaml`, '--reps', '2'), '--scenarios', `names one file (${once}, ${dir}/./once.yaml) twice`);
    expectBadInput(cfsim('compare', '--scenarios', same, '--reps', '2'), 'compare needs at least two scenario files');
    expectBadInput(cfsim('compare', '--scenarios', `${same},${unnamed}`, '--policies', 'status-quo,multi-level', '--reps', '2'), 'name either packages (--policies) or scenario files (--scenarios), not both');
    expectBadInput(cfsim('compare', 'ma-outreach', '--scenarios', `${same},${unnamed}`, '--reps', '2'), 'SCENARIO', 'name no SCENARIO');
    // The SCENARIO meant as the baseline arm: the --scenarios list that makes it one.
    expectBadInput(cfsim('compare', same, '--scenarios', unnamed, '--reps', '2'), 'SCENARIO', `name no SCENARIO; for ${same} as the baseline, list it first: --scenarios ${same},${unnamed}`);
    expect(cfsim('compare', same, '--scenarios', `${same},${unnamed}`, '--reps', '2').stderr).not.toContain('list it first');
    expectBadInput(cfsim('compare', '--reps', '2'), '--policies', 'or --scenarios');
  });

  it('names the file of each problem, and refuses arms of different lengths before running anything', () => {
    const bad = file('bad-stigma.yaml', 'name: bad\ncommunity: { stigma: 1.5 }\n');
    const late = file('late-change.yaml', 'name: late\nchanges:\n  - day: 200\n    set: { community.stigma: 0.5 }\n');
    expectBadInput(cfsim('compare', '--scenarios', `${bad},${late}`, '--days', '150', '--reps', '2'), `${bad}: community.stigma: 1.5 is out of range`, `${late}: changes[0].day: 200 is out of range`);
    // A --set every file gets is the command line's problem, reported once and not blamed on the files.
    const setForAll = cfsim('compare', '--scenarios', `${late},${file('plain.yaml', 'name: plain\n')}`, '--set', 'community.stigma=5', '--reps', '2');
    expectBadInput(setForAll, '  - community.stigma: 5 is out of range');
    expect(setForAll.stderr.match(/community\.stigma/g)).toHaveLength(1);
    // The file's own bad value at a path --set also gives is still the file's.
    const own = file('own-stigma.yaml', 'name: own\ncommunity: { stigma: 4 }\n');
    expectBadInput(cfsim('compare', '--scenarios', `${late},${own}`, '--set', 'community.stigma=0.3', '--days', '300', '--reps', '2'), `${own}: community.stigma: 4 is out of range`);
    const out = join(dir, 'different-lengths');
    const short = file('short.yaml', 'name: short\ndays: 100\n');
    const long = file('long.yaml', 'name: long\ndays: 300\n');
    expectBadInput(cfsim('compare', '--scenarios', `${short},${long}`, '--reps', '2', '--out', out), '--scenarios', `the scenarios run for different numbers of days (${short} has 100, ${long} has 300)`, '--days N for all');
    expect(existsSync(out), 'nothing is written').toBe(false);
    const r = cfsim('compare', '--scenarios', `${short},${long}`, '--reps', '2', '--days', '20', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).scenario, 'the document names every arm').toBe('short, long');
  });

  it('changes every file shares are named once, and head the --json document', () => {
    const change = 'changes:\n  - day: 10\n    set: { community.stigma: 0.5 }\n';
    const a = file('shared-a.yaml', `name: a\n${change}`);
    const b = file('shared-b.yaml', `name: "b, with a comma"\nbase: { population: ct-harm-reduction }\n${change}`);
    const text = cfsim('compare', '--scenarios', `${a},${b}`, '--reps', '2', '--days', '20');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      `CFSim ${VERSION}: scenarios a, "b, with a comma", 2 replications × 20 days, seed 1, every scenario on the same seeds`,
      'Scheduled changes (in every scenario): day 10: stigma 0.5',
    ]);
    const d = JSON.parse(cfsim('compare', '--scenarios', `${a},${b}`, '--reps', '2', '--days', '20', '--json').stdout);
    expect(d.changes).toEqual([{ day: 10, set: { 'community.stigma': 0.5 } }]);
    // The populations differ, so only the seeds are shared, not the futures.
    expect(text.stdout).toContain('"b, with a comma" vs a: paired differences over the same 2 seeds, replication by replication.');
  });
});

describe('run --report without --out', () => {
  it('simulates in a scratch folder it removes, and removes scratch folders left by runs that were killed', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cfsim-scratch-test-'));
    try {
      // A finished process's id: a scratch folder it owned was abandoned (as after SIGKILL).
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      for (const [name, owner] of [['cfsim-killed', String(gone)], ['cfsim-running', String(process.pid)]] as const) {
        mkdirSync(join(tmp, name));
        writeFileSync(join(tmp, name, 'owner.pid'), owner);
      }
      mkdirSync(join(tmp, 'cfsim-someone-elses'));
      const report = join(tmp, 'report.html');
      const r = spawnSync(process.execPath, [CLI, 'run', '--reps', '2', '--days', '30', '--report', report], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp }, timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(report)).toBe(true);
      // Its own scratch folder is gone, so is the killed run's; a running owner's and a folder without an owner stay.
      expect(readdirSync(tmp).sort()).toEqual(['cfsim-running', 'cfsim-someone-elses', 'report.html']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('scenario files with scheduled changes', () => {
  const CHANGES = 'name: from-day-60\nchanges:\n  - day: 60\n    set: { policy.supervision.mode: opt-out, policy.supervision.intervalDays: 14 }\n';

  it('run FILE --reps 2 --json applies the changes', () => {
    const path = file('changes-good.yaml', CHANGES);
    const plain = file('changes-none.yaml', 'name: from-day-60\n');
    const r = cfsim('run', path, '--reps', '2', '--json', '--days', '120');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ scenario: 'from-day-60', reps: 2, days: 120 });
    expect(Object.keys(d).slice(0, 6), 'the changes follow days').toEqual(['cfsim', 'scenario', 'seed', 'reps', 'days', 'changes']);
    expect(d.changes).toEqual([{ day: 60, set: { 'policy.supervision.mode': 'opt-out', 'policy.supervision.intervalDays': 14 } }]);
    const without = JSON.parse(cfsim('run', plain, '--reps', '2', '--json', '--days', '120').stdout);
    expect(without, 'no changes, no key').not.toHaveProperty('changes');
    // Opt-out sessions from day 60 are mostly kept; opt-in ones rarely.
    expect(d.policies[0].metrics.supportUptake.mean).toBeGreaterThan(2 * without.policies[0].metrics.supportUptake.mean);
  });

  it('the readable output, validate and show name the changes', () => {
    const path = file('changes-header.yaml', CHANGES);
    const r = cfsim('compare', path, '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '80');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('Scheduled changes (under every package): day 60: supervision opt-out, supervision intervalDays 14');
    // The ProQOL window is the whole of a run shorter than 90 days, as the Values line says.
    expect(r.stdout.split('\n')[2]).toBe(changesAveragedNote(80));
    expect(r.stdout.split('\n')[2]).toContain('ProQOL scores and shares are over the last 80 days;');
    const one = cfsim('run', '--reps', '1', '--days', '30');
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).not.toContain('Scheduled changes');
    expect(one.stdout).not.toContain('the days before each change included');
    // One replication: values without a range, and JSON's sd null (no spread to estimate from one value).
    expect(one.stdout).toContain('Values: one replication, so no range across replications (--reps 2 or more gives one).');
    expect(one.stdout).toMatch(/^ProQOL burnout +\d+\.\d$/m);
    const json = JSON.parse(cfsim('run', '--reps', '1', '--days', '30', '--json').stdout);
    expect(json.policies[0].metrics.proqolBO.sd).toBeNull();
    expect(JSON.parse(cfsim('run', '--reps', '2', '--days', '30', '--json').stdout).policies[0].metrics.proqolBO.sd).toBeGreaterThan(0);
    expect(cfsim('validate', path).stdout).toContain('1 scheduled change)');
    const shown = parseYaml(cfsim('show', path, '--format', 'yaml').stdout);
    expect(shown.changes).toEqual([{ day: 60, set: { 'policy.supervision.mode': 'opt-out', 'policy.supervision.intervalDays': 14 } }]);
  });

  it('compare applies the changes on top of every package (each package\'s scenario carries them), the same on 1 or 2 threads', () => {
    const path = file('changes-compare.yaml', CHANGES);
    const out = join(dir, 'changes-compare');
    const args = ['compare', path, '--policies', 'status-quo,opt-out-support', '--reps', '4', '--days', '120', '--json'];
    const one = cfsim(...args, '--threads', '1', '--out', out);
    const two = cfsim(...args, '--threads', '2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.scenarios.map((s: { policy: { name: string } }) => s.policy.name)).toEqual(['status-quo', 'opt-out-support']);
    for (const s of manifest.scenarios) expect(s.changes).toEqual([{ day: 60, set: { 'policy.supervision.mode': 'opt-out', 'policy.supervision.intervalDays': 14 } }]);
    expect(manifest.scenarios[0]).toEqual(resolveScenario({ file: parseYaml(CHANGES), policy: 'status-quo', overrides: [['days', 120]] }));
  });

  it('a bad change is rejected with exit 2, naming the field, the value and what is allowed', () => {
    const path = file(
      'changes-bad.yaml',
      'changes:\n  - day: 60\n    set: { community.stigma: 0.7 }\n  - day: 90\n    set: { policy.supervision.mode: weekly, policy.staffing.extraSeatShare: 0.2 }\n',
    );
    expectBadInput(
      cfsim('run', path, '--reps', '2', '--json'),
      'changes[1].set.policy.supervision.mode: "weekly" is not allowed; expected one of "none", "opt-in", "opt-out"',
      'changes[1].set.policy.staffing.extraSeatShare: cannot change during a run: it adds seats, and the number of seats is fixed on day 0',
    );
    expectBadInput(cfsim('run', file('changes-late.yaml', CHANGES), '--days', '50', '--reps', '2'), 'changes[0].day: 60 is out of range; expected a day from 1 to 49');
    expectBadInput(cfsim('validate', path), 'changes[1].set.policy.supervision.mode');
  });

  it('names the scenario file an error is in: validate in its header, run, compare and show in each of the file\'s issues', () => {
    // A planner's file: "cfsim: invalid scenario:" and "population.seats: 14.5 ..." said nothing of which file.
    const path = file('half-seat.yaml', 'base: { population: ma-outreach }\npopulation: { seats: 14.5 }\npolicy: { supervision: { mode: weekly } }\n');
    const seats = 'population.seats: 14.5 is not a whole number; expected a whole number from 1 to 100000 (seats)';
    const mode = 'policy.supervision.mode: "weekly" is not allowed; expected one of "none", "opt-in", "opt-out"';
    const checked = cfsim('validate', path);
    expectBadInput(checked);
    expect(checked.stderr).toBe(`cfsim: invalid scenario ${path}:\n  - ${seats}\n  - ${mode}\n`);
    const run = cfsim('run', path, '--reps', '2', '--days', '5');
    expectBadInput(run);
    expect(run.stderr).toBe(`cfsim: invalid input:\n  - ${path}: ${seats}\n  - ${path}: ${mode}\n`);
    // With the command line's own problems, each still its own: a bad flag, and a bad value --set gives.
    const compared = cfsim('compare', path, '--policies', 'status-quo,multi-levl', '--reps', '2', '--days', '5', '--set', 'community.stigma=5');
    expectBadInput(compared, `  - ${path}: ${seats}\n`, `  - ${path}: ${mode}\n`, '  - --policies: "multi-levl" is not a policy package', '  - community.stigma: 5 is out of range');
    expect(compared.stderr).not.toContain(`${path}: community.stigma`);
    expectBadInput(cfsim('show', path), `  - ${path}: ${seats}\n`);
    // compare --scenarios named its files already, and names them once.
    const both = cfsim('compare', '--scenarios', `${path},ma-outreach`, '--reps', '2', '--days', '5');
    expectBadInput(both, `  - ${path}: ${seats}\n`);
    expect(both.stderr).not.toContain(`${path}: ${path}:`);
    // A file that cannot be read or parsed names itself in its message, as before.
    const tabs = file('tabs.yaml', 'population:\n\tseats: 3\n');
    expect(cfsim('validate', tabs).stderr).toMatch(new RegExp(`^cfsim: invalid scenario file:\\n  - ${tabs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid YAML`));
  });

  it('refuses a scenario file that is not UTF-8 (UTF-16 from a Windows editor, Latin-1), saying so, rather than reading its names garbled', () => {
    const utf16 = join(dir, 'utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name: team\n', 'utf16le')]));
    expectBadInput(cfsim('validate', utf16), `${JSON.stringify(utf16)} is not UTF-8 text (it is UTF-16, by its byte order mark); save it as UTF-8`);
    const latin1 = join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('name: caf\xe9\n', 'latin1'));
    expectBadInput(cfsim('run', latin1, '--reps', '2', '--days', '5'), `${JSON.stringify(latin1)} is not UTF-8 text (some of its bytes are no UTF-8 characters`);
    expect(cfsim('validate', file('utf8.yaml', '\ufeffname: café\n')).stdout).toContain('valid scenario "café"');
  });
});

describe('bad input: exit 2, a message naming the problem, no stack trace', () => {
  it('--reps 0', () => {
    expectBadInput(cfsim('run', '--reps', '0'), '--reps', '"0"', 'whole number from 1 to 100000');
  });

  it('compare --reps 1 says why compare needs two replications, naming the flag and the value', () => {
    const r = cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', '1');
    expectBadInput(
      r,
      '--reps: "1" is not allowed; expected a whole number from 2 to 100000: ',
      "compare pairs each package's (or file's) replications with the baseline's, one by one, and the 90% range of those paired differences needs at least 2 (cfsim run --reps 1 runs one replication)",
    );
    // Not for a value that is no number, nor for run, whose least is 1.
    expect(cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', 'abc').stderr).not.toContain('pairs each');
    expect(cfsim('run', '--reps', '0').stderr).not.toContain('pairs each');
  });

  it('--reps abc', () => {
    expectBadInput(cfsim('run', '--reps', 'abc'), '--reps', '"abc"', 'whole number from 1 to 100000');
  });

  it('--reps 1.5', () => {
    expectBadInput(cfsim('run', '--reps', '1.5'), '--reps', '"1.5"');
  });

  it('--seed -1', () => {
    expectBadInput(cfsim('run', '--seed', '-1'), '--seed', '"-1"', 'whole number from 0 to 4294967295');
  });

  it('--days 0', () => {
    expectBadInput(cfsim('run', '--days', '0'), '--days', '"0"', 'from 1 to 36500', 'or with a unit: 10d, 26w, 3y');
  });

  it('--days takes weeks and years: 2w runs 14 days', () => {
    const r = cfsim('run', '--days', '2w', '--reps', '1', '--threads', '1', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { days: number }).days).toBe(14);
  });

  it('several bad flags are reported together', () => {
    const r = cfsim('run', '--reps', '0', '--seed', 'x', '--set', 'policy.supervision.mood=opt-out');
    expectBadInput(r, '--reps', '--seed', 'policy.supervision.mood');
  });

  it('an unknown option', () => {
    expectBadInput(cfsim('run', '--bogus'), 'bogus');
  });

  it('an unknown option with a dash is named once, not again in the camel case the parser adds', () => {
    const r = cfsim('run', '--foo-baz', '2', '--quxQuux', '3');
    expectBadInput(r, 'unknown options --foo-baz, --quxQuux;');
    expect(r.stderr).not.toContain('fooBaz');
  });

  it("show prints the days a file's horizon with a unit resolves to (days: 2y is 730), and names the file where a unit is refused", () => {
    expect(parseYaml(cfsim('show', file('two-years.yaml', 'days: 2y\n')).stdout).days).toBe(730);
    const path = file('year-and-a-half.yaml', 'days: 1.5y\n');
    expectBadInput(cfsim('show', path), `  - ${path}: days: "1.5y" is not allowed; expected a whole number from 1 to 36500 (days), or with a unit: 10d, 26w, 3y`);
  });

  it('a switch given twice (or with its --no- form), a field --set twice, and --days beside --set days are refused: which would win is a guess', () => {
    expectBadInput(cfsim('run', '--json', '--json', '--reps', '2', '--days', '2'), '--json is given 2 times (--json, --json); give it once');
    expectBadInput(cfsim('run', '--json', '--no-json', '--reps', '2', '--days', '2'), '--json is given 2 times (--json, --no-json)');
    expectBadInput(cfsim('run', '--set', 'days=5', '--set', 'days=6', '--reps', '2'), '--set: sets days 2 times ("days=5", "days=6")');
    expectBadInput(cfsim('show', '--set', 'days=100', '--days', '200'), '--days: gives the horizon, and so does --set days; which would win is a guess: give one');
    expect(cfsim('run', '--json', '--reps', '2', '--days', '2').status).toBe(0);
  });

  it('a switch given a value other than true or false is refused (the parser read --json=yes as false and printed the table; --resume=yes did not resume)', () => {
    expectBadInput(cfsim('run', '--json=yes', '--reps', '2', '--days', '2'), '"--json=yes" is not allowed; --json is a switch: give --json or --no-json (a value, if given, is true or false)');
    expectBadInput(cfsim('run', '--json=1', '--reps', '2', '--days', '2'), '"--json=1" is not allowed');
    expectBadInput(cfsim('merge', 'somewhere', 'shard', '--allow-partial=yes'), '"--allow-partial=yes" is not allowed; --allow-partial is a switch');
    const json = cfsim('run', '--json=true', '--reps', '2', '--days', '2');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).cfsim).toBe(VERSION);
    expect(cfsim('run', '--json=false', '--reps', '2', '--days', '2').stdout).toMatch(/^CFSim /);
  });

  it('arguments after "--" are refused, not dropped (the default scenario ran instead of the file)', () => {
    expectBadInput(cfsim('run', '--reps', '2', '--days', '5', '--', 'never.yaml'), 'nothing after "--" is read (here "never.yaml"); give those arguments without the "--"');
    expectBadInput(cfsim('validate', '--', 'f.yaml'), 'nothing after "--" is read');
  });

  it('--policy and --policies, each the other command\'s spelling, suggest each other', () => {
    expectBadInput(cfsim('compare', '--policy', 'status-quo,multi-level'), 'unknown option --policy (did you mean --policies?)');
    expectBadInput(cfsim('run', '--policies', 'status-quo'), 'unknown option --policies (did you mean --policy?)');
  });

  it('packages that a file or --set would give one name are refused: outputs could not tell them apart', () => {
    expectBadInput(cfsim('compare', '--policies', 'status-quo,multi-level', '--set', 'policy.name=foo', '--reps', '2', '--days', '5'), 'policy.name: gives every package the same name', 'leave policy.name out of --set');
    const named = join(dir, 'named-policy.yaml');
    writeFileSync(named, 'policy: { name: weekly-supervision, supervision: { intervalDays: 7 } }\n');
    expectBadInput(cfsim('run', named, '--policy', 'status-quo,opt-out-support', '--reps', '2', '--days', '5'), `${named}: policy.name: gives every package the same name`, 'leave policy.name out of the file');
    expect(cfsim('run', named, '--reps', '2', '--days', '5').status).toBe(0);
  });

  it('an unknown option is matched against the command\'s own flags, not flags its help text mentions', () => {
    // report's help says results folders are "written by run --out or compare --out".
    expectBadInput(cfsim('report', dir, '--out', 'x.html'), 'unknown option --out (did you mean --output?); this command accepts --output, --format');
  });

  it('validate FILE and sweep PLAN named without the extension suggest the file that has it, as SCENARIO does', () => {
    const folder = join(dir, 'no-extension');
    mkdirSync(folder);
    writeFileSync(join(folder, 'team.yaml'), 'name: team\n');
    writeFileSync(join(folder, 'plan.yml'), 'parameters: { community.stigma: { min: 0.1, max: 0.9 } }\n');
    const inFolder = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    expectBadInput(inFolder('validate', 'team'), 'scenario file "team" does not exist (did you mean "team.yaml"?)');
    expectBadInput(inFolder('sweep', 'plan', '--out', 'out'), 'plan file "plan" does not exist (did you mean "plan.yml"?)');
    expectBadInput(inFolder('validate', 'nosuch'), 'scenario file "nosuch" does not exist\n');
  });

  it('a thousands separator inside { } (salary 62 and a field 000) is named as such', () => {
    const file = join(dir, 'flow-thousands.yaml');
    writeFileSync(file, 'costs: { salary: 62,000 }\n');
    expectBadInput(cfsim('validate', file), 'flow-thousands.yaml: the field costs.000 at line 1, column 21 has no value', 'with no value, is how YAML reads a thousands separator inside { } (`{ salary: 62,000 }` is salary 62 and a field 000): write the number with digits only (62000)');
  });

  it('an unknown one-letter option is named as typed, --x or -x, and offered only the flag it begins', () => {
    expectBadInput(cfsim('schema', '--x'), 'unknown option --x');
    expectBadInput(cfsim('run', '--x=1'), 'unknown option --x;');
    expectBadInput(cfsim('list', '-x'), 'unknown option -x');
    // A letter is offered the one accepted flag it begins, not the nearest spelling (-t was offered --out, -j --vs).
    expectBadInput(cfsim('sweep', 'p.yaml', '--out', 'r', '-t', '2'), 'unknown option -t (did you mean --threads?);');
    expectBadInput(cfsim('analyze', 'study', '-j'), 'unknown option -j (did you mean --json?);');
    expectBadInput(cfsim('run', '-r', '3'), 'unknown option -r; this command accepts');
  });

  it('an unknown --no- form is named as typed, offered the --no- form of a switch, with or without the argument it took', () => {
    // yargs lists --no-jsn as "jsn": it was named --jsn, which was not typed.
    expectBadInput(cfsim('analyze', '--no-jsn', 'study'), 'unknown option --no-jsn (did you mean --no-json?); this command accepts --bootstrap, --json, --vs, --value-per-departure');
    expectBadInput(cfsim('analyze', '--no-jsn'), 'unknown option --no-jsn (did you mean --no-json?);');
    expectBadInput(cfsim('sweep', '--no-resme', '--out', 'r'), 'unknown option --no-resme (did you mean --no-resume?);');
    // --reps takes a number, not a --no- form.
    expectBadInput(cfsim('run', '--no-rep', '2'), 'unknown option --no-rep (did you mean --reps?);');
  });

  it('an unknown command is called a command, not an option', () => {
    const r = cfsim('frobnicate');
    expectBadInput(r, 'unknown command "frobnicate"', 'commands: run, compare');
    expect(r.stderr).not.toContain('--frobnicate');
  });

  it('an argument a command does not take is named as such', () => {
    expectBadInput(cfsim('run', 'ma-outreach', 'ct-harm-reduction'), 'unexpected argument "ct-harm-reduction": run takes one SCENARIO', 'compare --scenarios');
    expectBadInput(cfsim('list', 'list'), 'unexpected argument "list": see cfsim list --help');
    expectBadInput(cfsim('compare', '--scenario', 'a.yaml,b.yaml'), 'SCENARIO: names several (a.yaml,b.yaml)', 'use --scenarios a.yaml,b.yaml');
  });

  it('packages given where SCENARIO or --scenarios goes are named as packages, with the flag that takes them', () => {
    const joined = cfsim('compare', 'status-quo,multi-level', '--reps', '2');
    expectBadInput(joined, 'SCENARIO: names policy packages (status-quo,multi-level)', 'to compare packages, use --policies status-quo,multi-level');
    expect(joined.stderr).not.toContain('--scenarios status-quo');
    expect(joined.stderr).not.toContain('compare needs at least two packages');
    expectBadInput(cfsim('compare', 'status-quo', 'multi-level'), 'unexpected argument "multi-level"', 'status-quo and multi-level are policy packages: use --policies status-quo,multi-level');
    expectBadInput(cfsim('run', 'status-quo', 'multi-level'), 'status-quo and multi-level are policy packages: use --policy status-quo,multi-level');
    // One message with the list ready, not one per package.
    const listed = cfsim('compare', '--scenarios', 'status-quo,multi-level');
    expectBadInput(listed, '--scenarios: names policy packages (status-quo,multi-level), where --scenarios takes scenario files; to compare packages, use --policies status-quo,multi-level');
    expect(listed.stderr.match(/^ {2}- /gm)).toHaveLength(1);
    expectBadInput(cfsim('compare', '--scenarios', 'multi-level'), '--scenarios: names a policy package (multi-level), where --scenarios takes scenario files; to compare packages, use --policies with two or more, the first being the baseline (--policies status-quo,multi-level compares it with the status quo)');
    expectBadInput(cfsim('compare', '--scenarios', 'multi-level,multi-level'), 'names a policy package (multi-level,multi-level)', '(--policies status-quo,multi-level compares it with the status quo)');
    // A package among files is named on its own.
    expectBadInput(cfsim('compare', '--scenarios', `status-quo,${file('named-b.yaml', 'name: b\nbase: { population: ct-harm-reduction }\n')}`), '--scenarios: "status-quo" is a policy package, not a population preset or a scenario file; name packages with --policy (run) or --policies (compare)');
    expectBadInput(cfsim('run', 'multi-level'), 'SCENARIO: "multi-level" is a policy package');
    // A population and a package: the package goes with its flag (compare adds the baseline).
    const run = cfsim('run', 'ma-outreach', 'multi-level');
    expectBadInput(run, 'unexpected argument "multi-level"', 'multi-level is a policy package: use --policy multi-level');
    expect(run.stderr).not.toContain('--scenarios');
    expectBadInput(cfsim('compare', 'ma-outreach', 'multi-level'), 'multi-level is a policy package: use --policies status-quo,multi-level (the first is the baseline)');
  });

  it('a flag given twice is refused (which value would win is a guess), as is a bare --set; --set repeats', () => {
    const out = join(dir, 'twice');
    const r = cfsim('run', '--out', `${out}-a`, '--out', `${out}-b`, '--reps', '1', '--days', '2');
    expectBadInput(r, `--out is given 2 times ("${out}-a", "${out}-b"); give it once`);
    expect(existsSync(`${out}-a`) || existsSync(`${out}-b`)).toBe(false);
    expectBadInput(cfsim('run', '--reps', '5', '--reps', '6', '--days', '2'), '--reps is given 2 times ("5", "6")');
    expectBadInput(cfsim('report', out, '-o', 'a.html', '-o', 'b.html'), '-o/--output is given 2 times');
    expectBadInput(cfsim('run', '--set', '--reps', '1', '--days', '2'), '--set: has no value; expected PATH=VALUE');
    expectBadInput(cfsim('run', '--reps', '5', '--reps', '5', '--days', '5', '--days', '5'), '--reps is given 2 times ("5", "5"); give it once; --days is given 2 times');
    expectBadInput(cfsim('sweep', 'plan.yaml', '--out', out, '--emit', 'slurm', '--shards', '3', '--shards', '5'), '--shards is given 2 times ("3", "5")');
    const unknown = cfsim('run', '--repz', '5', '--repz', '6');
    expectBadInput(unknown, 'unknown option --repz (did you mean --reps?)');
    expect(unknown.stderr, 'an unknown flag is not reported as repeated').not.toContain('given 2 times');
    const twice = cfsim('run', '--set', 'policy.supervision.mode=opt-out', '--set', 'policy.grief.leaveDays=2', '--reps', '1', '--days', '2', '--json');
    expect(twice.status, twice.stderr).toBe(0);
  });

  it('a missing argument, a missing required flag and a value outside the choices are named as the README names them', () => {
    expectBadInput(cfsim('validate'), 'missing FILE; usage: cfsim validate FILE');
    expectBadInput(cfsim('validate', 'ct-harm-reduction'), 'FILE: "ct-harm-reduction" is a population preset, not a file; presets need no checking (cfsim show ct-harm-reduction prints it resolved)');
    expectBadInput(cfsim('validate', 'multi-level'), 'FILE: "multi-level" is a policy package, not a file');
    expectBadInput(cfsim('merge', 'merged'), 'missing at least one SHARD_DIR; usage: cfsim merge OUT SHARD_DIR...');
    expectBadInput(cfsim('merge'), 'missing OUT and at least one SHARD_DIR');
    expectBadInput(cfsim('report'), 'missing RESULTS_DIR');
    // A folder that does not exist, or a file, is said to be that, not a folder missing files or unable to hold the report.
    const absent = join(dir, 'no-such-results');
    expectBadInput(cfsim('report', absent), `RESULTS_DIR: ${absent} does not exist; name a folder written by cfsim run --out DIR, cfsim compare --out DIR or cfsim sweep PLAN --out DIR`);
    const notFolder = file('not-a-folder.txt', 'x');
    const r = cfsim('report', notFolder);
    expectBadInput(r, `RESULTS_DIR: ${notFolder} is a file, not a results folder;`);
    expect(r.stderr).not.toContain('where the report goes');
    expectBadInput(cfsim('analyze', absent), `DIR: ${absent} does not exist; write one with cfsim sweep PLAN --out ${absent}`);
    expectBadInput(cfsim('sweep', 'plan.yaml'), 'missing --out, which this command requires');
    expectBadInput(cfsim('report', 'results', '--format', 'jpg'), '--format: "jpg" is not allowed; expected one of "html", "svg", "png"');
    for (const r of [cfsim('validate'), cfsim('sweep', 'plan.yaml'), cfsim('show', '--format', 'x')]) expect(r.stderr).not.toMatch(/Not enough non-option|Missing required argument|Argument: /);
  });

  it('a scenario file named as a package points to --scenarios (compare) or SCENARIO (run), once', () => {
    const compare = cfsim('compare', '--policies', 'status-quo,a-supervision.yaml', '--reps', '2');
    expectBadInput(compare, '--policies: "a-supervision.yaml" is a file, not a policy package', 'use --scenarios (the first file is the baseline, e.g. --scenarios current.yaml,a-supervision.yaml)');
    expect(compare.stderr).not.toContain('is not a policy package');
    expectBadInput(cfsim('run', '--policy', 'mine.json', '--reps', '1'), '--policy: "mine.json" is a file, not a policy package', 'run as SCENARIO (cfsim run mine.json)');
  });

  it('a bad package is blamed on the flag that named it, and --set policy=... on the field', () => {
    expectBadInput(cfsim('show', '--policy', 'a,b'), '--policy: "a,b" is not a policy package');
    expectBadInput(cfsim('compare', '--policies', 'status-quo,bogus', '--reps', '2'), '--policies: "bogus" is not a policy package');
    // A package the planner wished existed: where one of her own goes.
    expectBadInput(cfsim('compare', '--policies', 'status-quo,grief-leave', '--reps', '2'), 'a package of your own is a scenario file that sets its policy levers (README "Scenario files"), compared with others by compare --scenarios');
    expect(cfsim('compare', '--policies', 'status-quo,opt-out', '--reps', '2').stderr).not.toContain('a package of your own');
    const set = cfsim('run', '--set', 'policy=multi-level', '--reps', '1', '--days', '2');
    expectBadInput(set, 'policy: is a group of fields, not a value');
    expect(set.stderr).not.toContain('--policy');
    // A file's bad policy field is the file's, even when --policy names the same package.
    const file = join(dir, 'policy-field.yaml');
    writeFileSync(file, 'policy: multi-level\n');
    const own = cfsim('run', file, '--policy', 'multi-level', '--reps', '1', '--days', '2');
    expectBadInput(own, 'policy: "multi-level" is not allowed; expected an object');
    expect(own.stderr).not.toContain('--policy');
    const both = cfsim('run', '--policy', 'bogus', '--set', 'policy=bogus');
    expectBadInput(both, '--policy: "bogus" is not a policy package', '  - policy: is a group of fields');
  });

  it('a misspelt command, with a suggestion', () => {
    expectBadInput(cfsim('rnu'), 'unknown command "rnu" (did you mean run?); commands: run, compare');
    expectBadInput(cfsim('rn'), 'unknown command "rn" (did you mean run?); commands: run, compare, report, sweep,');
  });

  it('a list split by a space after a comma is named as that, with the list written whole', () => {
    const files = cfsim('compare', '--scenarios', 'a.yaml,', 'b.yaml', '--reps', '2');
    expectBadInput(files, 'cfsim: --scenarios "a.yaml," is followed by "b.yaml" as an argument of its own: a space after a comma ends the list; if "b.yaml" belongs to it, write --scenarios a.yaml,b.yaml (no spaces, or the list in quotes)\n');
    expect(files.stderr).not.toContain('list it first');
    expectBadInput(cfsim('compare', '--policies', 'status-quo', ',multi-level'), 'write --policies status-quo,multi-level (no spaces');
    expectBadInput(cfsim('compare', '--policies=status-quo,', 'multi-level'), 'write --policies status-quo,multi-level (no spaces');
    expectBadInput(cfsim('calibrate', '--target', 'proqolBO=24', '--vary', 'community.stigma', '--range', '0.2,', '0.6'), 'write --range 0.2,0.6 (no spaces');
    // A comma at the end with nothing after it is the empty item it always was.
    expectBadInput(cfsim('run', '--policy', 'status-quo,', '--reps', '2'), '--policy: "status-quo," has an empty item');
  });

  it("merge given --out (sweep's way) is refused with the order it takes, before any folder is read or made (yargs took the first shard for OUT)", () => {
    const merged = join(tmpdir(), `cfsim-merge-flag-${process.pid}`);
    const r = cfsim('merge', 'shard0', 'shard1', '--out', merged);
    expect(r.stderr.trim().split('\n')[0]).toBe('cfsim: merge takes no --out: name the merged folder first, then the shard folders, cfsim merge OUT SHARD_DIR... (e.g. cfsim merge merged shard0 shard1)');
    expectBadInput(r);
    expectBadInput(cfsim('merge', 'shard0', `--out=${merged}`), 'merge takes no --out:');
    expectBadInput(cfsim('merge', merged, '--shards', 'shard0'), 'merge takes no --shards:');
    expect(existsSync(merged)).toBe(false);
  });

  it('sweep --plan names --plan and says the plan is the first argument', () => {
    const r = cfsim('sweep', '--plan', 'p.yaml', '--out', 'r');
    expectBadInput(r);
    expect(r.stderr.trim().split('\n')[0]).toBe('cfsim: sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep p.yaml --out r)');
    expectBadInput(cfsim('sweep', '--plan=my plan.yaml'), "sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep 'my plan.yaml' --out DIR)");
  });

  it("sweep --points, --levels, --design, --metrics or --randomNumbers says the plan file takes it, as sweep --reps does", () => {
    expectBadInput(cfsim('sweep', 'p.yaml', '--out', 'r', '--points', '256'), 'unknown option --points (a sweep takes it in its plan file: `points: N`); this command accepts --out,');
    expectBadInput(cfsim('sweep', '--levels', '3', '--out', 'r'), 'unknown option --levels (a sweep takes it in its plan file: `levels: N`);');
    expectBadInput(cfsim('sweep', 'p.yaml', '--out', 'r', '--design', 'grid'), 'unknown option --design (a sweep takes it in its plan file: `design: grid`, `random`, `lhs`, `sobol` or `morris`);');
    expectBadInput(cfsim('sweep', 'p.yaml', '--out', 'r', '--metrics', 'proqolSTS'), 'unknown option --metrics (a sweep takes it in its plan file: `metrics: [METRIC, ...]`);');
    expectBadInput(cfsim('sweep', 'p.yaml', '--out', 'r', '--randomNumbers', 'independent'), 'unknown option --randomNumbers (a sweep takes it in its plan file: `randomNumbers: common` or `independent`);');
  });

  it('sweep --plans, --pla or --paln names that flag, not the PLAN it left missing', () => {
    for (const flag of ['--plans', '--pla']) {
      const r = cfsim('sweep', flag, 'p.yaml', '--out', 'r');
      expectBadInput(r, `sweep takes no ${flag}: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep p.yaml --out r)`);
      expect(r.stderr).not.toContain('missing PLAN');
    }
    // A slip is a guess at --plan, and said as one.
    const slip = cfsim('sweep', '--paln', 'p.yaml', '--out', 'r');
    expectBadInput(slip, 'sweep takes no --paln; if you meant --plan p.yaml, sweep takes no --plan either: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep p.yaml --out r)');
    expect(slip.stderr).not.toContain('missing PLAN');
    expectBadInput(cfsim('sweep', '--plans=p.yaml'), 'sweep takes no --plans: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep p.yaml --out DIR)');
  });

  it('sweep --plot, two letters from --plan, is named as an unknown option like any other, not as the plan file', () => {
    for (const args of [['p.yaml', '--out', 'r', '--plot', 'x'], ['--plot', 'x', '--out', 'r']]) {
      const r = cfsim('sweep', ...args);
      expectBadInput(r, 'unknown option --plot; this command accepts --out, --threads, --resume, --shard, --emit, --shards');
      expect(r.stderr).not.toContain('plan file');
    }
    // With the closest accepted option where there is one.
    expectBadInput(cfsim('sweep', 'p.yaml', '--out', 'r', '--shrad', '1/2'), 'unknown option --shrad (did you mean --shard?);');
    // A flag that only starts as --plan does (--placebo, --platform) is another flag too; --plane, one letter from --plan, is the plan's.
    for (const flag of ['--placebo', '--platform']) {
      const r = cfsim('sweep', 'p.yaml', '--out', 'r', flag, 'x');
      expectBadInput(r, `unknown option ${flag}; this command accepts --out, --threads, --resume, --shard, --emit, --shards`);
      expect(r.stderr).not.toContain('plan file');
    }
    expectBadInput(cfsim('sweep', '--plane', 'p.yaml', '--out', 'r'), 'sweep takes no --plane; if you meant --plan p.yaml, sweep takes no --plan either: give the plan file as its first argument');
  });

  it('sweep a.yaml --plane x keeps a.yaml as the plan file, and offers x only as a sweep of its own', () => {
    const slip = cfsim('sweep', 'a.yaml', '--plane', 'x', '--out', 'r');
    expectBadInput(slip, 'sweep takes no --plane; if you meant --plan x, sweep takes no --plan either: it takes one plan file, as its first argument, here a.yaml: drop --plane x (cfsim sweep a.yaml --out r), or sweep x into a folder of its own (cfsim sweep x --out OTHER_DIR)');
    expect(slip.stderr).not.toContain('cfsim sweep x --out r');
    for (const flag of ['--pla', '--plans']) {
      expectBadInput(cfsim('sweep', 'a.yaml', flag, 'x'), `sweep takes no ${flag}: it takes one plan file, as its first argument, here a.yaml: drop ${flag} x (cfsim sweep a.yaml --out DIR), or sweep x into a folder of its own (cfsim sweep x --out OTHER_DIR)`);
    }
    // The plan file after the flag, or after another flag's value, is the plan file too; --plane=x is dropped as typed.
    expectBadInput(cfsim('sweep', '--threads', '2', '--plan', 'x', 'a.yaml'), 'sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml: drop --plan x');
    expectBadInput(cfsim('sweep', 'a.yaml', '--plane=x'), 'here a.yaml: drop --plane=x (cfsim sweep a.yaml --out DIR)');
    // A flag with no value: nothing else to sweep.
    const bare = cfsim('sweep', 'a.yaml', '--out', 'r', '--plan');
    expectBadInput(bare, 'sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml: drop --plan (cfsim sweep a.yaml --out r)');
    expect(bare.stderr).not.toContain('OTHER_DIR');
    // The plan file given to the flag as well: nothing else to sweep.
    const twice = cfsim('sweep', 'a.yaml', '--plan', 'a.yaml', '--out', 'r');
    expectBadInput(twice, 'sweep takes no --plan: it takes one plan file, as its first argument, here a.yaml: drop --plan a.yaml (cfsim sweep a.yaml --out r)');
    expect(twice.stderr).not.toContain('OTHER_DIR');
    // A switch before the plan file (--no-resume, -h) takes no value: the plan file after it is still the plan file (and --no-resume stays in the command offered; -h, which prints help, does not).
    expectBadInput(cfsim('sweep', '--no-resume', 'a.yaml', '--plane', 'x'), 'here a.yaml: drop --plane x (cfsim sweep a.yaml --no-resume --out DIR), or sweep x into a folder of its own');
    expectBadInput(cfsim('sweep', '-h', 'a.yaml', '--plane', 'x'), 'here a.yaml: drop --plane x (cfsim sweep a.yaml --out DIR), or sweep x into a folder of its own');
  });

  it('sweep given more than one plan file besides --plan names every file and suggests a sweep of each', () => {
    expectBadInput(
      cfsim('sweep', 'a.yaml', 'b.yaml', '--plan', 'c.yaml'),
      'sweep takes no --plan: it takes one plan file, as its first argument, and was given 3, a.yaml, b.yaml and --plan c.yaml: sweep a.yaml alone (cfsim sweep a.yaml --out DIR), and each other into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR_1; cfsim sweep c.yaml --out OTHER_DIR_2)',
    );
    expectBadInput(cfsim('sweep', 'a.yaml', 'b.yaml', '--plan', '--out', 'r'), 'and was given 2, a.yaml and b.yaml: sweep a.yaml alone and drop --plan (cfsim sweep a.yaml --out r), and each other into a folder of its own (cfsim sweep b.yaml --out OTHER_DIR)');
  });

  it('sweep --plan a.yaml results takes a.yaml as the plan and offers results as the --out folder', () => {
    expectBadInput(cfsim('sweep', '--plan', 'a.yaml', 'results'), 'sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep a.yaml --out results: a sweep names its results folder with --out, not as an argument)');
    expectBadInput(cfsim('sweep', '--plan', 'a.yaml', 'results', '--out', 'r'), '(here cfsim sweep a.yaml --out r; it takes no other argument: drop results)');
  });

  it('sweep --plan a results, no file named by its extension, still takes the flag\'s value for the plan, not the argument after it', () => {
    expectBadInput(cfsim('sweep', '--plan', 'a', 'results'), 'sweep takes no --plan: give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep a --out results: a sweep names its results folder with --out, not as an argument)');
    // An argument before the flag is taken for the plan file, as ever.
    expectBadInput(cfsim('sweep', 'a', '--plan', 'b'), 'here a: drop --plan b (cfsim sweep a --out DIR), or sweep b into a folder of its own');
  });

  it('sweep --plan a.yaml with more than one stray argument lists them as a list ("results and more")', () => {
    expectBadInput(cfsim('sweep', '--plan', 'a.yaml', 'results', 'more'), '(here cfsim sweep a.yaml --out DIR; it takes no other argument: drop results and more)');
  });

  it('sweep --plan a.yaml --out r --out s suggests a command sweep accepts: --out once, and says it was given twice', () => {
    expectBadInput(cfsim('sweep', '--plan', 'a.yaml', '--out', 'r', '--out=s', '--threads', '2'), '(here cfsim sweep a.yaml --out DIR --threads 2; --out is given 2 times ("r", "s"); give it once)');
    expectBadInput(cfsim('sweep', 'a.yaml', '--plan', 'b.yaml', '--out', 'r', '--out', 's'), 'here a.yaml: drop --plan b.yaml (cfsim sweep a.yaml --out DIR; --out is given 2 times ("r", "s"); give it once), or sweep b.yaml');
  });

  it('sweep --dry-run a.yaml --plane x: an unknown flag before the plan file does not take it as its value, and is named too', () => {
    const r = cfsim('sweep', '--dry-run', 'a.yaml', '--plane', 'x');
    expectBadInput(r, 'here a.yaml: drop --plane x (cfsim sweep a.yaml --out DIR), or sweep x into a folder of its own (cfsim sweep x --out OTHER_DIR). Nor does it take --dry-run (a sweep has no dry run; cfsim validate a.yaml checks a plan without running it, and counts its points and runs): it accepts --out, --threads, --resume, --shard, --emit, --shards');
    expect(r.stderr).not.toContain('cfsim sweep x --out DIR');
    // A near miss of one of sweep's flags is offered it; an argument after an unknown flag that names no plan file is read as that flag's value.
    expectBadInput(cfsim('sweep', '--outt', 'r', '--plan', 'a.yaml'), 'give the plan file as its first argument, cfsim sweep PLAN --out DIR (here cfsim sweep a.yaml --out DIR). Nor does it take --outt (did you mean --out?)');
    // Any unknown --xyz before the plan file, with no plan flag, is named by yargs' own refusal, not as the plan missing.
    const xyz = cfsim('sweep', '--xyz', 'a.yaml', '--out', 'r');
    expectBadInput(xyz, 'unknown option --xyz; this command accepts --out, --threads, --resume, --shard, --emit, --shards');
    expect(xyz.stderr).not.toContain('missing');
  });

  it("sweep's plan-flag hint keeps the user's other flags, in their order, in the command it offers", () => {
    expectBadInput(cfsim('sweep', '--plan', 'p.yaml', '--threads', '4', '--shard', '1/2'), '(here cfsim sweep p.yaml --threads 4 --shard 1/2 --out DIR)');
    expectBadInput(cfsim('sweep', '--threads', '2', '--plan', 'x', 'a.yaml', '--out', 'r', '--resume'), 'drop --plan x (cfsim sweep a.yaml --threads 2 --out r --resume), or sweep x');
    expectBadInput(cfsim('sweep', 'a.yaml', '--shards=3', '--emit', 'slurm', '--plans', 'x', '--out', 'my dir'), "drop --plans x (cfsim sweep a.yaml --shards=3 --emit slurm --out 'my dir'), or sweep x");
    // A flag given no value (--out before --plan) is offered with what its value stands for, not bare (cfsim sweep a.yaml --out).
    expectBadInput(cfsim('sweep', '--out', '--plan', 'a.yaml'), '(here cfsim sweep a.yaml --out DIR)');
    expectBadInput(cfsim('sweep', '--threads', '--plan', 'a.yaml', '--out', 'r'), '(here cfsim sweep a.yaml --threads N --out r)');
  });

  it("sweep's plan-flag hint names the other unknown flags as cfsim names any unknown flag: as typed, and a plan field with where the plan takes it", () => {
    expectBadInput(cfsim('sweep', '--plan', 'a.yaml', '-o', 'r'), 'Nor does it take -o (did you mean --out?)');
    expectBadInput(cfsim('sweep', '--plan', 'a.yaml', '--reps', '3'), 'Nor does it take --reps (a sweep takes it in its plan file: `reps: N`)');
    expect(cfsim('sweep', '--plan', 'a.yaml', '--set', 'days=30').stderr).not.toContain('did you mean --out');
  });

  it('an unknown option that took the argument a command lacks is named, with the closest accepted one, not the missing argument', () => {
    const out = cfsim('sweep', '--outt', 'r');
    expectBadInput(out, 'unknown option --outt (did you mean --out?); this command accepts --out, --threads, --resume, --shard, --emit, --shards');
    expect(out.stderr).not.toContain('missing');
    expectBadInput(cfsim('sweep', '--thread', '2', '--out', 'r'), 'unknown option --thread (did you mean --threads?);');
    expectBadInput(cfsim('analyze', '--jsno', 'study'), 'unknown option --jsno (did you mean --json?); this command accepts --bootstrap, --json, --vs, --value-per-departure');
    expectBadInput(cfsim('merge', '--allow-parital', 'merged'), 'unknown option --allow-parital (did you mean --allow-partial?); this command accepts --allow-partial');
    // A one-letter flag too: sweep takes no -o (report's), and -p is nothing.
    const letter = cfsim('sweep', 'p.yaml', '-o', 'r');
    expectBadInput(letter, 'unknown option -o (did you mean --out?); this command accepts --out, --threads, --resume, --shard, --emit, --shards');
    expect(letter.stderr).not.toContain('missing');
    expectBadInput(cfsim('sweep', '-p', 'p.yaml', '--out', 'r'), 'unknown option -p; this command accepts --out,');
    expectBadInput(cfsim('report', '-x', 'study'), 'unknown option -x; this command accepts --output,');
    // Accepted flags (an alias, a --no- form) leave the missing argument to be said.
    expectBadInput(cfsim('report', '-o', 'x'), 'missing RESULTS_DIR; usage: cfsim report RESULTS_DIR');
    expectBadInput(cfsim('report', '--o', 'x'), 'missing RESULTS_DIR; usage: cfsim report RESULTS_DIR');
    expectBadInput(cfsim('sweep', '--no-resume', '--out', 'r'), 'missing PLAN; usage: cfsim sweep PLAN');
  });

  it('an option given to a command that takes none says it takes none, and an output flag says where the output goes', () => {
    expectBadInput(cfsim('list', '--zz'), 'unknown option --zz; cfsim list takes no options\n');
    const schema = cfsim('schema', '--out', 'x');
    expectBadInput(schema, 'unknown option --out; cfsim schema takes no options: it prints on the standard output, which > writes to a file: cfsim schema > x\n');
    expectBadInput(cfsim('validate', '--out=r.txt', 'a.yaml'), 'cfsim validate takes no options: it prints on the standard output, which > writes to a file: cfsim validate a.yaml > r.txt\n');
    // A command with options lists them instead.
    expect(cfsim('show', '--zz').stderr).not.toContain('takes no options');
  });

  it('a command close to none suggests none; one close to help suggests help (yargs took "hlep" for sweep)', () => {
    const far = cfsim('zzzz');
    expectBadInput(far, 'unknown command "zzzz"; commands: run, compare');
    expect(far.stderr).not.toMatch(/mean/i);
    const typo = cfsim('hlep');
    expectBadInput(typo, 'unknown command "hlep" (did you mean help?); commands: run, compare');
    expect(typo.stderr).not.toMatch(/sweep\?/);
    expectBadInput(cfsim('Help', 'run'), 'unknown command "Help" (did you mean help?)');
  });

  it('help CMD prints the help of CMD, as CMD --help does; help alone the general help', () => {
    const help = cfsim('help', 'run');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toBe(cfsim('run', '--help').stdout);
    expect(help.stdout).toMatch(/^cfsim run \[scenario\]/);
    expect(cfsim('help').stdout).toBe(cfsim('--help').stdout);
    const helpHelp = cfsim('help', 'help');
    expect(helpHelp.status, helpHelp.stderr).toBe(0);
    expect(helpHelp.stdout).toBe(cfsim('--help').stdout);
    expectBadInput(cfsim('help', 'nosuch'), 'unknown command "nosuch"; commands: run, compare, report, sweep');
    // After help a command is named: help itself is not suggested.
    expect(cfsim('help', 'hlep').stderr).not.toContain('did you mean help');
    expectBadInput(cfsim('help', 'rnu'), 'unknown command "rnu" (did you mean run?)');
  });

  it('-h is --help, for the general help and for each command', () => {
    expect(cfsim('-h').stdout).toBe(cfsim('--help').stdout);
    const run = cfsim('run', '-h');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(cfsim('run', '--help').stdout);
    expect(cfsim('report', '-h').stdout).toMatch(/^cfsim report <results>/);
  });

  it('no command', () => {
    expectBadInput(cfsim(), 'Name a command');
  });

  it('an unknown preset name, with a suggestion', () => {
    expectBadInput(cfsim('run', 'ct-harm'), '"ct-harm"', 'did you mean "ct-harm-reduction"?', 'ma-outreach, ct-harm-reduction, canada-first-responders');
  });

  it('an unknown --policy, with a suggestion', () => {
    expectBadInput(cfsim('run', '--policy', 'opt-out'), '"opt-out" is not a policy package', 'did you mean "opt-out-support"?', PACKAGE_IDS.join(', '));
  });

  it('an unknown --policy in a list', () => {
    expectBadInput(cfsim('run', '--policy', 'status-quo,nonsense'), '"nonsense" is not a policy package');
  });

  it('an empty --policy', () => {
    expectBadInput(cfsim('run', '--policy', ','), '--policy', 'no package named');
  });

  it('an empty item in a list of packages or scenario files (which would run something else than asked)', () => {
    expectBadInput(cfsim('compare', '--policies', 'status-quo,,multi-level'), '--policies', '"status-quo,,multi-level" has an empty item');
    expectBadInput(cfsim('run', '--policy', 'status-quo,'), '--policy', '"status-quo," has an empty item');
    expectBadInput(cfsim('compare', '--scenarios', 'a.yaml,,b.yaml'), '--scenarios', 'has an empty item');
  });

  it('--set with an unknown path', () => {
    expectBadInput(cfsim('run', '--set', 'policy.supervision.mood=opt-out'), 'policy.supervision.mood', 'unknown field', 'did you mean "policy.supervision.mode"?');
  });

  it('--set naming a group', () => {
    expectBadInput(cfsim('run', '--set', 'policy.supervision=opt-out'), 'policy.supervision', 'is a group of fields');
  });

  it('--set with a bad value', () => {
    expectBadInput(cfsim('run', '--set', 'policy.supervision.mode=weekly'), 'policy.supervision.mode', '"weekly" is not allowed', '"none", "opt-in", "opt-out"');
  });

  it('--set without "="', () => {
    expectBadInput(cfsim('run', '--set', 'days'), '--set', '"days"', 'PATH=VALUE');
  });

  it('a scenario file with errors: every error, with its path', () => {
    const path = file('bad.yaml', 'days: 0\nnme: x\npolicy:\n  supervision: { mode: optout }\n');
    expectBadInput(
      cfsim('run', path, '--reps', '2', '--days', '60'),
      'days: 0 is out of range',
      'nme: unknown field (did you mean "name"?)',
      'policy.supervision.mode: "optout" is not allowed',
    );
  });

  it('a missing scenario file', () => {
    const path = join(dir, 'missing.yaml');
    expectBadInput(cfsim('run', path), JSON.stringify(path), 'neither a population preset nor an existing file');
  });

  it('a scenario file named without its extension: the command names the file that exists', () => {
    const path = file('team.yml', 'population: { seats: 14 }\n');
    const bare = path.slice(0, -'.yml'.length);
    expectBadInput(cfsim('run', bare), `${JSON.stringify(bare)} is neither a population preset nor an existing file (did you mean ${JSON.stringify(path)}?)`);
  });

  it('a file named like a population preset is neither silently ignored nor silently read: the command says to write ./NAME', () => {
    const folder = join(dir, 'preset-named');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'ma-outreach'), 'community: { stigma: 0.95 }\n');
    const r = spawnSync(process.execPath, [CLI, 'run', 'ma-outreach', '--reps', '1', '--days', '5'], { cwd: folder, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('SCENARIO: "ma-outreach" names both a population preset and a file here; write ./ma-outreach for the file, or run from another folder for the preset');
    const fromFile = spawnSync(process.execPath, [CLI, 'show', './ma-outreach'], { cwd: folder, encoding: 'utf8' });
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toContain('0.95');
  });

  it('a device or a file this user cannot read instead of a scenario file: exit 2 naming it (a device was read forever)', () => {
    expectBadInput(cfsim('validate', '/dev/zero'), '"/dev/zero" is a device, not a scenario file');
    const secret = file('secret.yaml', 'days: 10\n');
    chmodSync(secret, 0o000);
    chmodSync(dir, 0o755);
    // Root may read anything: as root the command runs as the unprivileged user nobody.
    const r =
      process.getuid?.() === 0
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, 'validate', secret], { cwd: ROOT, encoding: 'utf8' })
        : cfsim('validate', secret);
    expectBadInput({ status: r.status, stdout: r.stdout, stderr: r.stderr }, `${JSON.stringify(secret)} cannot be read (EACCES: no permission to read it)`);
  });

  it('a directory instead of a scenario file', () => {
    const path = join(dir, 'a-directory');
    mkdirSync(path, { recursive: true });
    expectBadInput(cfsim('run', path), 'is a directory');
  });

  it('invalid YAML, with the line and column', () => {
    const path = file('invalid.yaml', 'name: x\ndays: [1,\n');
    const r = cfsim('run', path);
    expectBadInput(r, path, 'is not valid YAML or JSON at line 3, column 1');
  });

  it('invalid JSON, with the line and column', () => {
    const path = file('invalid.json', '{\n  "days": 100\n  "name": "x"\n}\n');
    expectBadInput(cfsim('validate', path), `${path} is not valid JSON at line 3, column 3: no comma between the value of days and the next field; a .json file is read as strict JSON`);
  });

  it('a .json scenario or plan file is strict JSON on every command that reads one; the same text named .yaml is read as YAML', () => {
    const text = '{\n  "base": { "population": "ma-outreach" },\n  "days": 30,\n}\n';
    const json = file('trailing-comma.json', text);
    const upper = file('trailing-comma-upper.JSON', text);
    const refused = (path: string) => `${path} is not valid JSON at line 3, column 13: a comma after the last field, before "}", which JSON does not allow; a .json file is read as strict JSON (rename it ${path.replace(/\.json$/i, '.yaml')} to have it read as YAML, which allows this)`;
    expectBadInput(cfsim('run', json, '--reps', '1'), refused(json));
    expectBadInput(cfsim('run', upper, '--reps', '1'), refused(upper));
    expectBadInput(cfsim('validate', json), refused(json));
    const good = file('good-arm.json', JSON.stringify({ base: { population: 'ma-outreach' }, name: 'good', days: 30 }));
    expectBadInput(cfsim('compare', '--scenarios', `${good},${json}`, '--reps', '2'), refused(json));
    const plan = file('trailing-comma-plan.json', '{"name": "p", "base": {"population": "ma-outreach"}, "parameters": {"community.stigma": {"min": 0.1, "max": 0.9}}, "points": 2, "reps": 1,}');
    const out = join(dir, 'never-swept');
    expectBadInput(cfsim('sweep', plan, '--out', out), `${plan} is not valid JSON at line 1, column 138: a comma after the last field`);
    expect(existsSync(out)).toBe(false);
    expectBadInput(cfsim('validate', plan), `${plan} is not valid JSON at line 1, column 138`);

    const yaml = file('trailing-comma.yaml', text);
    const valid = cfsim('validate', yaml);
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stdout).toContain(`${yaml}: valid scenario`);
    expect(cfsim('run', yaml, '--reps', '1', '--days', '2').status).toBe(0);
  });

  it('a field given twice in a .json file, as in a .yaml file', () => {
    const text = '{\n  "days": 30,\n  "policy": { "supervision": { "mode": "opt-in", "mode": "opt-out" } }\n}\n';
    const json = file('twice.json', text);
    const twice = `${json}: the field policy.supervision.mode is given twice in one object, at line 3, column 32 and at line 3, column 50; remove one (a JSON reader would silently keep the last)`;
    expectBadInput(cfsim('run', json, '--reps', '1'), twice);
    expectBadInput(cfsim('validate', json), twice);
    const yaml = file('twice.yaml', text);
    expectBadInput(cfsim('validate', yaml), twice.replace(json, yaml).replace(' (a JSON reader would silently keep the last)', ''));
    const once = file('once.json', text.replace('"mode": "opt-in", ', ''));
    expect(cfsim('validate', once).status).toBe(0);
  });

  it('a YAML alias to an undefined anchor', () => {
    const path = file('alias.yaml', 'name: *nowhere\n');
    expectBadInput(cfsim('validate', path), path);
  });

  it('show reports flag and scenario problems together', () => {
    expectBadInput(cfsim('show', '--days', '0', '--set', 'policy.supervision.mood=opt-out'), '--days', 'policy.supervision.mood');
  });
});

describe('output paths: checked before any work, exit 2 naming the flag and the path', () => {
  const blocker = () => file('blocker', 'a file where a folder is needed\n');

  it('run --out under a file', () => {
    expectBadInput(cfsim('run', '--reps', '1', '--days', '5', '--out', join(blocker(), 'sub')), '--out', 'is a file, so it cannot hold');
  });

  it('run --out naming a file', () => {
    expectBadInput(cfsim('run', '--reps', '1', '--days', '5', '--out', blocker()), '--out', 'is a file; expected a folder');
  });

  it('run --report under a file, before simulating', () => {
    const r = cfsim('run', '--reps', '1', '--days', '5', '--report', join(blocker(), 'r.html'));
    expectBadInput(r, '--report', 'is a file, so it cannot hold');
  });

  it('an empty --report', () => {
    expectBadInput(cfsim('run', '--reps', '1', '--days', '5', '--report', ''), '--report', 'an empty path is not allowed');
  });

  it('a --report that is not an .html or .htm file, before simulating, pointing to figure files', () => {
    const pdf = join(dir, 'team.pdf');
    expectBadInput(
      cfsim('run', '--reps', '1', '--days', '5', '--report', pdf),
      `--report: ${JSON.stringify(pdf)} ends in .pdf, but the report is an HTML page (one self-contained file for a browser): name a file ending in .html or .htm (e.g. team.html); for a PDF, open the report in a browser and print it; for figure files (SVG or PNG, one per chart) keep the results with --out DIR and run cfsim report DIR --format svg (or png), which writes them into DIR/figures`,
    );
    const out = join(dir, 'figure-report-results');
    const png = join(dir, 'figure.PNG');
    expectBadInput(
      cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '5', '--out', out, '--report', png),
      `--report: ${JSON.stringify(png)} ends in .PNG, but the report is an HTML page (one self-contained file for a browser): name a file ending in .html or .htm (e.g. figure.html); for figure files (SVG or PNG, one per chart) run cfsim report ${out} --format png after this run, which writes them into ${join(out, 'figures')}`,
    );
    const bare = join(dir, 'report');
    expectBadInput(
      cfsim('run', '--reps', '1', '--days', '5', '--out', out, '--report', bare),
      `--report: ${JSON.stringify(bare)} has no extension, but the report is an HTML page; name a file ending in .html or .htm (e.g. ${basename(bare)}.html), or a folder to hold report.html (one that exists, or written with a trailing /)`,
    );
    for (const path of [pdf, png, bare, out]) expect(existsSync(path), path).toBe(false);
  });

  it('a --report ending in .html or .htm in any case, or naming the --out folder, is written', () => {
    const htm = join(dir, 'upper-case.HTM');
    expect(cfsim('run', '--reps', '1', '--days', '2', '--report', htm).status).toBe(0);
    expect(readFileSync(htm, 'utf8')).toMatch(/^<!doctype html>/i);
    const out = join(dir, 'report-into-out');
    const r = cfsim('run', '--reps', '1', '--days', '2', '--out', out, '--report', out);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('report -o of an HTML report that is not an .html or .htm file, pointing to --format svg or png', () => {
    const results = join(dir, 'results-for-o');
    expect(cfsim('run', '--reps', '1', '--days', '2', '--out', results).status).toBe(0);
    const figures = join(results, 'figures');
    const pdf = join(dir, 'o.pdf');
    expectBadInput(
      cfsim('report', results, '-o', pdf),
      `-o: ${JSON.stringify(pdf)} ends in .pdf, but the report is an HTML page (one self-contained file for a browser): name a file ending in .html or .htm (e.g. o.html); for a PDF, open the report in a browser and print it; for figure files (SVG or PNG, one per chart) give --format svg (or png), with -o naming the folder for them (default ${figures})`,
    );
    const svg = join(dir, 'o.svg');
    expectBadInput(cfsim('report', results, '--format', 'html', '-o', svg), `-o: ${JSON.stringify(svg)} ends in .svg, but the report is an HTML page`, `give --format svg, with -o naming the folder for them (default ${figures})`);
    const bare = join(dir, 'o-report');
    expectBadInput(cfsim('report', results, '-o', bare), `-o: ${JSON.stringify(bare)} has no extension, but the report is an HTML page; name a file ending in .html or .htm (e.g. ${basename(bare)}.html), or a folder to hold report.html`);
    for (const path of [pdf, svg, bare]) expect(existsSync(path), path).toBe(false);
    const htm = join(dir, 'o.htm');
    expect(cfsim('report', results, '-o', htm).status).toBe(0);
    expect(readFileSync(htm, 'utf8')).toMatch(/^<!doctype html>/i);
    // Figures go into a folder: a new one named like a file is a slip; an existing one is taken as it is.
    const png = join(dir, 'fig.png');
    expectBadInput(cfsim('report', results, '--format', 'png', '-o', png), `-o: ${JSON.stringify(png)} names a file, but --format png writes one file per chart into a folder: name a folder for them with -o (e.g. ${JSON.stringify(join(dir, 'fig'))}), which is made if it is missing`);
    expect(existsSync(png)).toBe(false);
    const dotted = join(dir, 'figures-v1.svg');
    mkdirSync(dotted);
    expect(cfsim('report', results, '--format', 'svg', '-o', dotted).status).toBe(0);
    expect(readdirSync(dotted).some((f) => f.endsWith('.svg'))).toBe(true);
  });

  it('sweep --out naming a file, and --shards without --emit slurm', () => {
    const plan = file('plan-paths.yaml', 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 2\nreps: 1\n');
    expectBadInput(cfsim('sweep', plan, '--out', blocker(), '--shards', '3'), '--out', 'is a file', '--shards', 'only with --emit slurm');
  });

  it('a missing sweep plan is called a plan file', () => {
    expectBadInput(cfsim('sweep', join(dir, 'nosuch.yaml'), '--out', join(dir, 'never')), 'plan file', 'does not exist');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('merge OUT under a file', () => {
    expectBadInput(cfsim('merge', join(blocker(), 'merged'), dir), 'OUT', 'is a file, so it cannot hold');
  });

  it('validation-report names the command that regenerates it, flags included', () => {
    const out = join(dir, 'validation.md');
    const r = cfsim('validation-report', '--reps', '2', '--seed', '5', '--out', out);
    expect(r.stderr).toContain(`wrote ${out}: `);
    expect(readFileSync(out, 'utf8')).toContain('Generated by `cfsim validation-report --reps 2 --seed 5` with CFSim');
  });

  it('validation-report with a failing check still writes the report, marks and names the failures, and exits 1', () => {
    // Two replications miss some targets (at 200 replications every check passes: docs/VALIDATION.md).
    const out = join(dir, 'failing-validation.md');
    const r = cfsim('validation-report', '--reps', '2', '--out', out);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    const total = text.match(/^\| `[^`]+` \|/gm)?.length ?? 0;
    const failing = [...text.matchAll(/^\| `([^`]+)` \|.*\| \*\*FAIL\*\* \|$/gm)].map((m) => m[1]);
    expect(failing.length).toBeGreaterThan(0);
    expect(text).toContain(`\n**${total - failing.length} of ${total} checks pass.** Failing: ${failing.map((id) => `\`${id}\``).join(', ')} (marked **FAIL** below).\n`);
    expect(r.stderr).toBe(`wrote ${out}: ${total - failing.length} of ${total} checks pass; failing: ${failing.join(', ')}\n`);
  });

  it('validation-report writes VALIDATION.md into a folder, resolves a relative --out against the current folder, and by default regenerates the project\'s docs/VALIDATION.md wherever it runs', () => {
    const folder = join(dir, 'validation-folder');
    mkdirSync(folder);
    const here = spawnSync(process.execPath, [CLI, 'validation-report', '--reps', '2', '--out', 'reports/'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    const written = join(folder, 'reports', 'VALIDATION.md');
    expect(here.stderr).toContain(`wrote ${written}: `);
    const text = readFileSync(written, 'utf8');
    // No relative link or image, which would break wherever the report is written but docs/.
    expect(text).not.toMatch(/\]\((?![a-z]+:)|<img|src=/);
    const again = spawnSync(process.execPath, [CLI, 'validation-report', '--reps', '2', '--out', 'reports'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    expect(again.stderr).toContain(`wrote ${written}: `);
    expect(validationReportPath(undefined)).toBe(join(ROOT, 'docs', 'VALIDATION.md'));
    expect(validationReportPath('x.md')).toBe('x.md');
  });

  it("scenario-docs without --out regenerates the project's docs/SCENARIO.md wherever it runs, creating no docs/ there", () => {
    expect(PROJECT_SCENARIO_REFERENCE).toBe(join(ROOT, 'docs', 'SCENARIO.md'));
    const folder = join(dir, 'scenario-docs-elsewhere');
    mkdirSync(folder);
    const before = readFileSync(PROJECT_SCENARIO_REFERENCE, 'utf8');
    const r = spawnSync(process.execPath, [CLI, 'scenario-docs'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(folder, 'docs'))).toBe(false);
    expect(readFileSync(PROJECT_SCENARIO_REFERENCE, 'utf8')).toBe(before);
    const here = spawnSync(process.execPath, [CLI, 'scenario-docs', '--out', 'ref.md'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    expect(readFileSync(join(folder, 'ref.md'), 'utf8')).toBe(before);
    expect(here.status).toBe(0);
  });

  it('starting-levels prints the startingLevels block to paste into a scenario, and its measures on stderr', () => {
    const r = cfsim('starting-levels', 'ct-harm-reduction', '--days', '400', '--settled-from', '200', '--reps', '2', '--rounds', '1', '--set', 'population.startingLevels.sts=0.9');
    expect(r.status, r.stderr).toBe(0);
    // The header names the --set overrides: pasted elsewhere, the block is not taken for the preset's own levels.
    expect(r.stdout).toMatch(/^# population\.startingLevels for ct-harm-reduction under status-quo with --set population\.startingLevels\.sts=0\.9, calibrated in 1 round to its team means over days 200-399 \(2 replications, seed 1\)/);
    const levels = parseYaml(r.stdout).population.startingLevels;
    expect(Object.keys(levels)).toEqual(['sts', 'burnout', 'prolongedExposure', 'traumaticMemoriesRatio', 'numbingRatio']);
    expect(levels.sts).toBeLessThan(0.6);
    expect(r.stderr).toMatch(/^traumaticMemoriesRatio +\d\.\d{3} +\d\.\d{3} +\d\.\d{3} \(traumaticMemories\)$/m);
    // The block it prints is a valid scenario fragment.
    expect(resolveScenario({ file: parseYaml(r.stdout) }).population.startingLevels).toEqual(levels);
  });

  it('starting-levels takes the second half of a short horizon as settled, and warns on stderr of a level still away from settled', () => {
    const r = cfsim('starting-levels', '--days', '400', '--reps', '2', '--rounds', '0', '--set', 'population.startingLevels.sts=0.9');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('# population.startingLevels of ma-outreach under status-quo with --set population.startingLevels.sts=0.9 as set; their day-0 team means against those over days 200-399');
    expect(r.stderr).toMatch(/^warning: sts: its day-0 team mean 0\.\d{3} is 0\.\d{3} from the settled 0\.\d{3} \(more than 0\.02\): calibrate it \(--rounds 3\)\.$/m);
    expect(r.stderr).not.toContain('warning: prolongedExposure: ');
    // A preset measured as it was calibrated (the defaults: 20 replications of ten years) starts settled: no warning.
    const preset = cfsim('starting-levels', 'ma-outreach', '--rounds', '0');
    expect(preset.stderr).toMatch(/^sts +0\.410 /m);
    expect(preset.stderr).not.toContain('warning');
    expect(preset.stdout).toMatch(/^# population\.startingLevels of ma-outreach under status-quo as set;/);
    // A scenario file is named too.
    const file = join(dir, 'levels-study.yaml');
    writeFileSync(file, 'name: study\nbase: { population: ma-outreach }\n');
    const fromFile = cfsim('starting-levels', file, '--days', '40', '--reps', '1', '--rounds', '0');
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toContain(`# population.startingLevels of study (scenario file ${file}) under status-quo as set;`);
  });

  it('starting-levels rejects a settled window outside the horizon', () => {
    expectBadInput(cfsim('starting-levels', '--days', '100', '--settled-from', '100'), '--settled-from', 'from 0 to 99');
  });

  it('validation-report --out under a file', () => {
    expectBadInput(cfsim('validation-report', '--reps', '2', '--out', join(blocker(), 'v.md')), '--out', 'is a file, so it cannot hold');
  });

  it("validation-report and scenario-docs refuse a results data file's name for --out (they overwrote a run's summary.json or a sweep's runs.csv)", () => {
    const results = join(dir, 'named-like-data');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'summary.json'), '{"kept": true}\n');
    expectBadInput(cfsim('validation-report', '--reps', '2', '--out', join(results, 'summary.json')), '--out', 'summary.json is the name of a results data file; the validation report would replace it; name the validation report another file (e.g. VALIDATION.md)');
    expectBadInput(cfsim('scenario-docs', '--out', join(results, 'runs.csv')), '--out', 'runs.csv is the name of a results data file; the scenario reference would replace it');
    expect(readFileSync(join(results, 'summary.json'), 'utf8')).toBe('{"kept": true}\n');
    expect(existsSync(join(results, 'runs.csv'))).toBe(false);
  });

  it('app --port on a port already in use', async () => {
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, [CLI, 'app', '--port', String(port)], { cwd: ROOT });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expectBadInput({ status, stdout, stderr }, '--port', `port ${port} is already in use`, '--port 0');
    } finally {
      server.close();
    }
  });

  it('no command lists every command in --help', () => {
    const help = cfsim('--help').stdout;
    const listed = [...help.matchAll(/^ {2}cfsim (\S+)/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThanOrEqual(12);
    const message = cfsim().stderr;
    for (const command of listed) expect(message).toContain(command);
  });

  it("merge --help neither shows a default for its required shard folders nor claims more than the merge gives", () => {
    const help = cfsim('merge', '--help').stdout;
    expect(help).toMatch(/shards +Shard folders\. +\[array\] \[required\]\n/);
    expect(help).not.toContain('[default: []]');
    expect(help).toContain('whose runs.csv and plan.json are those of an unsharded');
  });
});

describe('cfsim list', () => {
  it('names every population preset and policy package', () => {
    const r = cfsim('list');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(POPULATION_IDS).toHaveLength(3);
    expect(PACKAGE_IDS).toHaveLength(6);
    for (const id of [...POPULATION_IDS, ...PACKAGE_IDS]) expect(r.stdout).toMatch(new RegExp(`^  ${id} `, 'm'));
    expect(r.stdout).toMatch(/^ {2}ma-outreach .*\[default\]$/m);
    expect(r.stdout).toMatch(/^ {2}status-quo .*\[default\]$/m);
  });
});

describe('cfsim show', () => {
  it('prints a preset as JSON, fully resolved', () => {
    const r = cfsim('show', 'ct-harm-reduction', '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const scenario = JSON.parse(r.stdout);
    expect(scenario.population.seats).toBe(17);
    expect(scenario.name).toBe('ct-harm-reduction');
    expect(scenario).toEqual(resolveScenario({ population: 'ct-harm-reduction' }));
  });

  it('prints YAML by default, with --policy, --days and --set applied', () => {
    const r = cfsim('show', '--policy', 'opt-out-support', '--days', '200', '--set', 'policy.supervision.intervalDays=7');
    expect(r.status).toBe(0);
    expect(parseYaml(r.stdout)).toEqual(
      resolveScenario({
        policy: 'opt-out-support',
        overrides: [
          ['days', 200],
          ['policy.supervision.intervalDays', 7],
        ],
      }),
    );
  });

  it('applies --policy over a file\'s base.policy, keeping the file\'s own fields', () => {
    const path = file('show-base.yaml', 'base: { population: ct-harm-reduction, policy: opt-out-support }\npolicy:\n  supervision: { intervalDays: 7 }\n');
    const r = cfsim('show', path, '--policy', 'mandatory-debrief', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const scenario = JSON.parse(r.stdout);
    expect(scenario.policy.name).toBe('mandatory-debrief');
    expect(scenario.policy.supervision.mode).toBe('opt-in');
    expect(scenario.policy.supervision.intervalDays).toBe(7);
    expect(scenario.population.seats).toBe(17);
  });
});

describe('cfsim validate', () => {
  it("prints a plan's resolved days, as cfsim show prints a scenario's, with what sets them", () => {
    const stigma = 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\nreps: 1\n';
    const team = file('validate-days-team.yaml', 'days: 26w\n');
    expect(cfsim('validate', file('validate-days-set.yaml', `${stigma}set: { days: 2y }\n`)).stdout).toContain("\nDays: 730 (the plan's set: { days }), every point alike\n");
    expect(cfsim('validate', file('validate-days-base.yaml', `base: ${team}\n${stigma}`)).stdout).toContain(`\nDays: 182 (${team}'s days), every point alike\n`);
    expect(cfsim('validate', file('validate-days-varied.yaml', 'parameters:\n  days: { values: [26w, 1y] }\ndesign: grid\nreps: 1\n')).stdout).toContain('\nDays: varied by the plan, 182 and 365, each point its own\n');
    expect(cfsim('validate', file('validate-days-range.yaml', 'parameters:\n  days: { min: 26w, max: 400 }\nreps: 1\n')).stdout).toContain('\nDays: varied by the plan, from 182 to 400, each point its own\n');
  });

  it('checks a sweep plan as a plan, without running it: its runs when valid, every problem when not', () => {
    const plan = file('validate-plan.yaml', 'name: stigma-grid\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 3\nreps: 4\nseed: 7\nmetrics: [proqolSTS]\n');
    const r = cfsim('validate', plan);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${plan}: valid sweep plan "stigma-grid" (grid design: 3 points × 4 reps = 12 runs, seed 7; cfsim sweep ${plan} --out DIR runs it)\nDays: 1095 (the default horizon; set: { days: N } gives another), every point alike\n`);
    const bad = file('validate-bad-plan.yaml', 'parameters:\n  community.stigmaa: { min: 0.1, max: 0.9 }\nreps: 0\n');
    const b = cfsim('validate', bad);
    expect(b.status).toBe(2);
    expect(b.stdout).toBe('');
    expect(b.stderr).toContain('parameters.community.stigmaa: "community.stigmaa" is not a scenario field that can be varied (did you mean "community.stigma"?)');
    expect(b.stderr).toContain('reps');
  });

  it('accepts a good file', () => {
    const path = file('good.yaml', 'base: { population: ct-harm-reduction, policy: opt-out-support }\nname: ct-weekly\npolicy:\n  supervision: { intervalDays: 7 }\n');
    const r = cfsim('validate', path);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('valid scenario "ct-weekly"');
    expect(r.stdout).toContain('opt-out-support');
  });

  it('rejects a bad file, listing every problem', () => {
    const path = file('validate-bad.json', JSON.stringify({ days: 0, population: { roleMix: { polise: 1 } }, base: { policy: 'opt-out' } }));
    expectBadInput(cfsim('validate', path), 'days', 'population.roleMix.polise', 'did you mean "police"?', 'base.policy', 'did you mean "opt-out-support"?');
  });

  it('rejects a missing file', () => {
    const path = join(dir, 'nope.yaml');
    expectBadInput(cfsim('validate', path), 'does not exist');
  });
});

describe('cfsim schema', () => {
  it('prints a JSON Schema with the policy group and the base presets', () => {
    const r = cfsim('schema');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.policy.type).toBe('object');
    expect(schema.properties.policy.properties.supervision.properties.mode.enum).toEqual(['none', 'opt-in', 'opt-out']);
    expect(schema.properties.base.properties.population.enum).toEqual([...POPULATION_IDS]);
    expect(schema.properties.base.properties.policy.enum).toEqual([...PACKAGE_IDS]);
  });

  it('ends quietly, with its own exit code, when the reader closes the pipe early', () => {
    // The schema (76 KB) is more than a pipe holds, so a reader that reads nothing makes the write fail (EPIPE).
    const script = `"${process.execPath}" "${CLI}" schema 2>&1 >&3 | cat; exit \${PIPESTATUS[0]}`;
    const r = spawnSync('bash', ['-c', `exec 3> >(true); ${script}`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout, 'stderr of cfsim').toBe('');
    expect(r.status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('says so and exits 1, without a stack trace, when its output cannot be written (a full disk behind > file)', () => {
    for (const args of [['schema'], ['run', '--reps', '2', '--days', '5', '--threads', '1', '--json']]) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
      closeSync(full);
      expect(r.stderr, args.join(' ')).toBe('cfsim: could not write the standard output: ENOSPC (the disk is full); that output is incomplete\n');
      expect(r.status, args.join(' ')).toBe(1);
    }
    const full = openSync('/dev/full', 'w');
    const bad = spawnSync(process.execPath, [CLI, 'run', '--reps', '0'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    closeSync(full);
    expect(bad.status, 'bad input keeps its own code').toBe(2);
  });
});

describe('the warm-up on the command line', () => {
  it('is named under the header of run and compare, is left out when 0, and a bad length is refused naming the field', () => {
    const compared = cfsim('compare', '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '20');
    expect(compared.status, compared.stderr).toBe(0);
    expect(compared.stdout.split('\n')[1]).toMatch(/^Team: 38 funded seats in teams of 4: Police officer 15, /);
    expect(compared.stdout.split('\n')[2]).toBe('Seats: 38 funded under every package; multi-level adds 6 by policy.staffing.extraSeatShare 0.15 (the same clients)');
    expect(compared.stdout.split('\n')[3]).toBe(
      'Warm-up: day 0 follows 365 warm-up days under the status-quo package, not recorded; every package starts from that team, and the seats a package adds (policy.staffing.extraSeatShare) are filled by new hires on day 0',
    );
    const changed = cfsim('run', '--policy', 'opt-out-support', '--reps', '2', '--days', '20', '--set', 'population.warmUpDays=30', '--set', 'policy.compensation.ptoDaysPerYear=25');
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toContain('Warm-up: day 0 follows 30 warm-up days under the status-quo package, not recorded\n');
    const none = cfsim('run', '--reps', '2', '--days', '20', '--set', 'population.warmUpDays=0');
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).not.toContain('Warm-up');
    expectBadInput(cfsim('run', '--reps', '2', '--set', 'population.warmUpDays=-5'), 'population.warmUpDays', '-5', '0 to 3650');
  });

  it('runs under a scenario file\'s practice, which the header lists, and which a package changes only where it sets a lever', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfsim-practice-'));
    const file = join(dir, 'ours.yaml');
    writeFileSync(file, 'practice:\n  compensation: { ptoDaysPerYear: 25 }\n  supervision: { intervalDays: 7 }\n');
    const out = join(dir, 'results');
    const compared = cfsim('compare', file, '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '20', '--out', out, '--json');
    expect(compared.status, compared.stderr).toBe(0);
    // The manifest's resolved scenarios record the practice and each package's policy on top of it.
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.scenarios.map((s: Scenario) => [s.practice.supervision.intervalDays, s.policy.supervision.intervalDays, s.policy.compensation.ptoDaysPerYear])).toEqual([
      [7, 7, 25],
      [7, 14, 25],
    ]);
    const text = cfsim('compare', file, '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '20');
    expect(text.status, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[1]).toBe('Current practice (before day 0, and from day 0 wherever a package does not change it): supervision.intervalDays 7 (status quo: 28); compensation.ptoDaysPerYear 25 (status quo: 15)');
    expect(lines[3]).toBe("Warm-up: day 0 follows 365 warm-up days under the scenario's current practice, not recorded; every package starts from that team");
    // The practice is not a departure from the packages: no such line.
    expect(text.stdout).not.toContain('changed from the package');
    expectBadInput(cfsim('run', file, '--reps', '2', '--set', 'practice.staffing.extraSeatShare=0.2'), 'practice.staffing.extraSeatShare', '0.2', 'expected 0');
    // Scenario files with practices of their own: one line each, and no team shared by the arms.
    const other = join(dir, 'theirs.yaml');
    writeFileSync(other, 'practice:\n  compensation: { ptoDaysPerYear: 40 }\n');
    const two = cfsim('compare', '--scenarios', `${file},${other}`, '--reps', '2', '--days', '20');
    expect(two.status, two.stderr).toBe(0);
    const header = two.stdout.split('\n\n')[0];
    expect(header).toContain("Current practice (before day 0, and from day 0 wherever a scenario's package does not change it):\n  ours: supervision.intervalDays 7 (status quo: 28); compensation.ptoDaysPerYear 25 (status quo: 15)\n  theirs: compensation.ptoDaysPerYear 40 (status quo: 15)\n");
    expect(header).toContain("Warm-up:\n  ours: day 0 follows 365 warm-up days under the scenario's current practice, not recorded\n  theirs: day 0 follows 365 warm-up days under the scenario's current practice, not recorded");
    expect(header).not.toContain('starts from that team');
    rmSync(dir, { recursive: true, force: true });
  });
});
