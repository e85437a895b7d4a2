import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_FROM_GIT } from './builtFromGit';
import { differenceBeyondRounding } from '../../models/pairedDifference';
import { DAILY_SERIES } from '../../models/observables';
import { ROLES } from '../../models/roles';
import { resolveScenario } from '../../scenarios/resolve';

// End-to-end tests of the multi-threaded CLI (dist/cfsim.js and dist/worker.js; `npm test`
// builds them first): thread-count invariance, paired comparisons on common random numbers,
// worker failures, interruption, and the results folder.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cfsim.js');
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const STACK_FRAME = /^\s+at /m;

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cfsim(args: readonly string[], env: Record<string, string> = {}): Result {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  // A timeout (a hang) shows up as an error and a signal.
  expect(result.error, `cfsim ${args.join(' ')}`).toBeUndefined();
  expect(result.signal, `cfsim ${args.join(' ')} was killed`).toBeNull();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses an RFC 4180 CSV file without quoted cells (none of ours needs quoting). */
function readCsv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8');
  expect(text.endsWith('\n'), `${path} ends with a newline`).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  expect(text).not.toContain('"');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`${path}: ${cells.length} cells, expected ${header.length}: ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
  return { header, rows };
}

/** A numeric cell (plain JavaScript number syntax; throws on anything else, e.g. "", "NaN"). */
const num = (text: string): number => {
  if (!/^-?\d+(\.\d+)?(e[-+]\d+)?$/.test(text)) throw new Error(`${JSON.stringify(text)} is not a number`);
  return Number(text);
};

/** Rows that fail `check`, each with the reason (at most 5, so failures stay readable). */
function invalid(rows: readonly Record<string, string>[], check: (row: Record<string, string>) => string | undefined): string[] {
  const out: string[] = [];
  for (const row of rows) {
    let reason: string | undefined;
    try {
      reason = check(row);
    } catch (error) {
      reason = String(error);
    }
    if (reason !== undefined && out.push(`${reason}: ${JSON.stringify(row)}`) >= 5) break;
  }
  return out;
}

/** Every file under `root`, recursively. */
function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const WORKER_HEADER =
  'policy,rep,worker,role,livedExperience,livesInCommunity,tenureDays,sts,burnout,satisfaction,cf,traumaticMemories,numbing,proqolCS,proqolBO,proqolSTS,supportOffered,supportAttended';
const SEPARATION_HEADER = 'policy,rep,day,worker,role,livedExperience,livesInCommunity,tenureDays,burnout,cf,satisfaction,reason,shareBaseline,shareBurnout,shareCompassionFatigue,shareLowSatisfaction,shareLowPay,shareNewHire';
const TIMESERIES_HEADER = 'policy,day,metric,mean,p05,p50,p95';
const REASONS = ['baseline', 'burnout', 'compassion-fatigue', 'low-satisfaction', 'low-pay', 'new-hire'];
const RESULT_FILES = ['manifest.json', 'replications.csv', 'separations.csv', 'summary.json', 'timeseries.csv', 'workers.csv'];
/** A run stopped after some replications keeps checkpoint.bin too, which --resume continues from. */
const STOPPED_FILES = ['checkpoint.bin', ...RESULT_FILES];

/** Quantile by linear interpolation between order statistics (R's and NumPy's default), as summary.json's p05 and p95 are documented. */
function interpolated(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * (sorted[Math.min(sorted.length - 1, lo + 1)] - sorted[lo]);
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** `actual` equals `expected` up to floating-point rounding (relative 1e-12). */
function expectRounded(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

/** replications.csv's values of one package and metric, by replication (checking each replication has one row). */
function replicationValues(rows: readonly Record<string, string>[], policy: string, metric: string, reps: number): number[] {
  const mine = rows.filter((r) => r.policy === policy);
  expect(mine.map((r) => num(r.rep)), `${policy}'s replications`).toEqual(Array.from({ length: reps }, (_, i) => i));
  return mine.map((r) => num(r[metric]));
}

let dir = '';

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'worker.js'))) throw new Error('dist/cfsim.js or dist/worker.js is missing: run `npm run build` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'cfsim-parallel-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// One two-policy run, on one thread and on two (different chunking, different finishing order).
const REPS = 8;
const DAYS = 150;
const POLICIES = ['status-quo', 'opt-out-support'];
const runArgs = (out: string, threads: number) => ['run', '--policy', POLICIES.join(','), '--json', '--reps', String(REPS), '--days', String(DAYS), '--out', out, '--threads', String(threads)];

describe('thread-count invariance and the results folder', () => {
  let one: Result;
  let two: Result;
  let outOne = '';
  let outTwo = '';
  let args: string[];

  beforeAll(() => {
    outOne = join(dir, 'threads-1');
    outTwo = join(dir, 'threads-2');
    one = cfsim(runArgs(outOne, 1));
    args = runArgs(outTwo, 2);
    two = cfsim(args);
  });

  it('both runs succeed, silently on stderr when it is not a terminal (no progress line)', () => {
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
  });

  it('prints byte-identical stdout for --threads 1 and --threads 2', () => {
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes byte-identical summary, time series, worker and separation files', () => {
    for (const name of ['summary.json', 'replications.csv', 'timeseries.csv', 'workers.csv', 'separations.csv']) {
      const a = readFileSync(join(outOne, name), 'utf8');
      const b = readFileSync(join(outTwo, name), 'utf8');
      expect(a.length, name).toBeGreaterThan(0);
      expect(b === a, `${name} differs between --threads 1 and --threads 2`).toBe(true);
    }
  });

  it('writes manifests that differ only in threads, command and times', () => {
    const a = JSON.parse(readFileSync(join(outOne, 'manifest.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(outTwo, 'manifest.json'), 'utf8'));
    expect(a.threads).toBe(1);
    expect(b.threads).toBe(2);
    const strip = ({ threads, command, startedAt, endedAt, ...rest }: Record<string, unknown>) => rest;
    expect(strip(b)).toEqual(strip(a));
  });

  it('writes exactly the six result files, none left partial', () => {
    expect(readdirSync(outTwo).sort()).toEqual(RESULT_FILES);
  });

  it('manifest.json records the run', () => {
    const m = JSON.parse(readFileSync(join(outTwo, 'manifest.json'), 'utf8'));
    expect(Object.keys(m).sort()).toEqual(['arms', 'cfsim', 'command', 'completedReps', 'days', 'endedAt', 'environment', 'reps', 'scenarios', 'seed', 'set', 'startedAt', 'status', 'threads'].sort());
    // --days, as the assignment it is (manifest.set).
    expect(m.set).toEqual([['days', DAYS]]);
    // Where it ran: the folder a scenario file in the command is relative to, and the runtime.
    expect(m.environment).toEqual({ cwd: ROOT.replace(/\/$/, ''), node: process.versions.node, platform: `${process.platform}-${process.arch}`, commit: BUILT_FROM_GIT ? expect.stringMatching(/^[0-9a-f]{40}(-dirty)?$/) : undefined });
    expect(m).toMatchObject({ cfsim: VERSION, seed: 1, reps: REPS, completedReps: REPS, days: DAYS, threads: 2, status: 'complete', arms: 'packages' });
    expect(m.command).toBe(['cfsim', ...args].join(' '));
    expect(Array.isArray(m.scenarios)).toBe(true);
    expect(m.scenarios).toEqual(POLICIES.map((policy) => resolveScenario({ policy, overrides: [['days', DAYS]] })));
    const started = Date.parse(m.startedAt);
    const ended = Date.parse(m.endedAt);
    expect(Number.isFinite(started)).toBe(true);
    expect(Number.isFinite(ended)).toBe(true);
    expect(ended).toBeGreaterThanOrEqual(started);
  });

  it('summary.json is the --json document of the same command', () => {
    const summary = readFileSync(join(outTwo, 'summary.json'), 'utf8');
    expect(JSON.parse(summary)).toEqual(JSON.parse(two.stdout));
    expect(summary).toBe(two.stdout);
  });

  it('replications.csv: one row per replication and package, in replication order, with the metrics of summary.json in its order', () => {
    const { header, rows } = readCsv(join(outTwo, 'replications.csv'));
    const summary = JSON.parse(two.stdout);
    const metrics = Object.keys(summary.policies[0].metrics);
    expect(metrics.length).toBeGreaterThan(20);
    expect(header).toEqual(['policy', 'rep', ...metrics]);
    expect(rows).toHaveLength(REPS * POLICIES.length);
    // Streamed as replications fold: replication 0 of every package, then replication 1, ...
    expect(rows.map((r) => [r.policy, num(r.rep)])).toEqual(Array.from({ length: REPS }, (_, rep) => POLICIES.map((policy) => [policy, rep])).flat());
    const bad = invalid(rows, (r) => {
      for (const m of metrics) if (!Number.isFinite(num(r[m]))) return `${m} ${r[m]}`;
      // Shares as fractions, as in summary.json.
      for (const m of ['highSTSShare', 'vacancyRate', 'absenceRate', 'unmetDemandShare', 'supportUptake']) if (!(num(r[m]) >= 0 && num(r[m]) <= 1)) return `${m} ${r[m]} outside 0-1`;
      return undefined;
    });
    expect(bad).toEqual([]);
    // The replications differ (not one row repeated).
    expect(new Set(rows.filter((r) => r.policy === POLICIES[0]).map((r) => r.proqolSTS)).size).toBe(REPS);
  });

  it("replications.csv: summary.json's mean, sd, p05 and p95 of every metric are those of its values", () => {
    const { rows } = readCsv(join(outTwo, 'replications.csv'));
    const summary = JSON.parse(two.stdout);
    for (const { policy, metrics } of summary.policies as { policy: string; metrics: Record<string, { mean: number; sd: number; p05: number; p95: number }> }[]) {
      for (const [metric, s] of Object.entries(metrics)) {
        const values = replicationValues(rows, policy, metric, REPS);
        const m = mean(values);
        expectRounded(s.mean, m, `${policy} ${metric} mean`);
        expectRounded(s.sd, Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1)), `${policy} ${metric} sd`);
        expectRounded(s.p05, interpolated(values, 0.05), `${policy} ${metric} p05`);
        expectRounded(s.p95, interpolated(values, 0.95), `${policy} ${metric} p95`);
      }
    }
  });

  it('timeseries.csv: one row per policy, day and daily series', () => {
    const { header, rows } = readCsv(join(outTwo, 'timeseries.csv'));
    expect(header.join(',')).toBe(TIMESERIES_HEADER);
    expect(rows).toHaveLength(POLICIES.length * DAYS * DAILY_SERIES.length);
    const series = DAILY_SERIES.map((d) => d.name as string);
    const bad = invalid(rows, (r) => {
      const day = num(r.day);
      if (!POLICIES.includes(r.policy)) return `policy ${r.policy}`;
      if (!(Number.isInteger(day) && day >= 0 && day < DAYS)) return `day ${r.day}`;
      if (!series.includes(r.metric)) return `metric ${r.metric}`;
      for (const c of ['mean', 'p05', 'p50', 'p95']) if (!Number.isFinite(num(r[c]))) return `${c} ${r[c]}`;
      return undefined;
    });
    expect(bad).toEqual([]);
    const seen = new Set(rows.map((r) => `${r.policy}/${r.day}/${r.metric}`));
    expect(seen.size).toBe(rows.length);
  });

  it('timeseries.csv: p05 ≤ p50 ≤ p95 on every row', () => {
    const { rows } = readCsv(join(outTwo, 'timeseries.csv'));
    const disordered = rows.filter((r) => !(num(r.p05) <= num(r.p50) && num(r.p50) <= num(r.p95)));
    expect(disordered.length, `${disordered.length} of ${rows.length} rows have quantiles out of order, e.g. ${JSON.stringify(disordered.slice(0, 3))}`).toBe(0);
  });

  it('workers.csv: one row per worker in post at the end, valid roles, booleans and ProQOL scores', () => {
    const { header, rows } = readCsv(join(outTwo, 'workers.csv'));
    expect(header.join(',')).toBe(WORKER_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    const timeseries = readCsv(join(outTwo, 'timeseries.csv')).rows;
    for (const policy of POLICIES) {
      // Rows for every replication 0..REPS-1, in order, and worker ids unique within a replication.
      const mine = rows.filter((r) => r.policy === policy);
      expect([...new Set(mine.map((r) => num(r.rep)))]).toEqual(Array.from({ length: REPS }, (_, i) => i));
      for (let rep = 0; rep < REPS; rep++) {
        const ids = mine.filter((r) => num(r.rep) === rep).map((r) => r.worker);
        expect(new Set(ids).size).toBe(ids.length);
      }
      // As many rows as the mean headcount on the last day says, over all replications.
      const last = timeseries.find((r) => r.policy === policy && num(r.day) === DAYS - 1 && r.metric === 'headcount')!;
      expect(mine.length).toBeCloseTo(num(last.mean) * REPS, 6);
    }
    const bad = invalid(rows, (r) => {
      if (!(ROLES as readonly string[]).includes(r.role)) return `role ${r.role}`;
      for (const c of ['livedExperience', 'livesInCommunity']) if (r[c] !== 'true' && r[c] !== 'false') return `${c} ${r[c]}`;
      if (!Number.isInteger(num(r.worker))) return `worker ${r.worker}`;
      if (!(num(r.tenureDays) >= 0)) return `tenureDays ${r.tenureDays}`;
      for (const c of ['proqolCS', 'proqolBO', 'proqolSTS']) if (!(num(r[c]) >= 10 && num(r[c]) <= 50)) return `${c} ${r[c]} outside 10-50`;
      for (const c of ['sts', 'burnout', 'satisfaction', 'cf', 'traumaticMemories', 'numbing']) if (!(num(r[c]) >= 0 && num(r[c]) <= 1)) return `${c} ${r[c]} outside 0-1`;
      if (!(num(r.supportAttended) >= 0 && num(r.supportAttended) <= num(r.supportOffered))) return `attended ${r.supportAttended} of ${r.supportOffered}`;
      return undefined;
    });
    expect(bad).toEqual([]);
    expect(new Set(rows.map((r) => r.livedExperience)).size + new Set(rows.map((r) => r.livesInCommunity)).size).toBeGreaterThan(2);
  });

  it('separations.csv: valid rows, and as many as the time series and turnover say', () => {
    const { header, rows } = readCsv(join(outTwo, 'separations.csv'));
    expect(header.join(',')).toBe(SEPARATION_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    const bad = invalid(rows, (r) => {
      const rep = num(r.rep);
      const day = num(r.day);
      if (!POLICIES.includes(r.policy)) return `policy ${r.policy}`;
      if (!(Number.isInteger(rep) && rep >= 0 && rep < REPS)) return `rep ${r.rep}`;
      if (!(Number.isInteger(day) && day >= 0 && day < DAYS)) return `day ${r.day}`;
      if (!(ROLES as readonly string[]).includes(r.role)) return `role ${r.role}`;
      if (!REASONS.includes(r.reason)) return `reason ${r.reason}`;
      for (const c of ['livedExperience', 'livesInCommunity']) if (r[c] !== 'true' && r[c] !== 'false') return `${c} ${r[c]}`;
      if (!(num(r.tenureDays) >= 0)) return `tenureDays ${r.tenureDays}`;
      for (const c of ['burnout', 'cf', 'satisfaction']) if (!(num(r[c]) >= 0 && num(r[c]) <= 1)) return `${c} ${r[c]} outside 0-1`;
      const shares = header.slice(header.indexOf('reason') + 1).map((c) => num(r[c]));
      if (!shares.every((s) => s >= 0 && s <= 1) || Math.abs(shares.reduce((a, b) => a + b, 0) - 1) > 1e-9) return `shares ${shares.join(' ')} not fractions summing to 1`;
      return undefined;
    });
    expect(bad).toEqual([]);
    const summary = JSON.parse(two.stdout);
    const timeseries = readCsv(join(outTwo, 'timeseries.csv')).rows;
    for (const [p, policy] of POLICIES.entries()) {
      const count = rows.filter((r) => r.policy === policy).length;
      const series = (metric: string) => timeseries.filter((r) => r.policy === policy && r.metric === metric).map((r) => num(r.mean));
      // Exactly: the daily "separations" series summed over days and replications.
      const fromSeries = series('separations').reduce((a, b) => a + b, 0) * REPS;
      expect(count).toBeCloseTo(fromSeries, 6);
      // Roughly: turnover per year × mean headcount × years × replications.
      const headcount = series('headcount').reduce((a, b) => a + b, 0) / DAYS;
      const fromTurnover = summary.policies[p].metrics.turnoverPerYear.mean * headcount * (DAYS / 365) * REPS;
      expect(Math.abs(count - fromTurnover)).toBeLessThanOrEqual(0.25 * fromTurnover);
    }
  });
});

describe('cfsim compare', () => {
  let result: Result;
  let doc: any;

  beforeAll(() => {
    result = cfsim(['compare', '--policies', 'status-quo,opt-out-support', '--json', '--reps', '6', '--days', '120']);
    doc = JSON.parse(result.stdout);
  });

  it('exits 0 with nothing on stderr', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints the run contract plus the differences from the baseline', () => {
    expect(Object.keys(doc).sort()).toEqual(['bestOnAverage', 'cfsim', 'days', 'differences', 'policies', 'reps', 'scenario', 'seed']);
    expect(doc).toMatchObject({ cfsim: VERSION, scenario: 'ma-outreach', seed: 1, reps: 6, days: 120 });
    expect(doc.policies.map((p: { policy: string }) => p.policy)).toEqual(['status-quo', 'opt-out-support']);
    expect(doc.differences).toHaveLength(1);
    const d = doc.differences[0];
    expect(Object.keys(d).sort()).toEqual(['groups', 'metrics', 'policy', 'valueForMoney', 'vs']);
    expect(d.policy).toBe('opt-out-support');
    expect(d.vs).toBe('status-quo');
    expect(Object.keys(d.metrics)).toEqual(Object.keys(doc.policies[0].metrics));
    for (const [name, diff] of Object.entries(d.metrics as Record<string, Record<string, number>>)) {
      expect(Object.keys(diff), name).toEqual(['mean', 'sd', 'se', 'p05', 'p95', 'positive', 'zero', 'negative']);
      for (const v of Object.values(diff)) expect(Number.isFinite(v), name).toBe(true);
      expect(diff.p05, name).toBeLessThanOrEqual(diff.p95);
      // The mean's standard error: the paired differences' spread over √(replications paired).
      expect(diff.se, name).toBeCloseTo(diff.sd / Math.sqrt(diff.positive + diff.zero + diff.negative), 12);
      expect(diff.positive + diff.zero + diff.negative, name).toBe(doc.reps);
    }
  });

  it('gives each package its turnover by role and by lived experience, and each paired difference, for the same groups', () => {
    const [base, other] = doc.policies;
    expect(base.groups.map((g: { group: string }) => g.group)).toEqual(other.groups.map((g: { group: string }) => g.group));
    // The default population's roles (police among them) and both lived-experience groups; no role it does not staff.
    expect(base.groups.filter((g: { by: string }) => g.by === 'livedExperience').map((g: { group: string }) => g.group)).toEqual(['yes', 'no']);
    expect(base.groups.some((g: { group: string }) => g.group === 'police')).toBe(true);
    expect(base.groups.some((g: { group: string }) => g.group === 'nurse')).toBe(false);
    for (const g of base.groups) {
      expect(Object.keys(g)).toEqual(['by', 'group', 'label', 'workerYears', 'reps', 'turnoverPerYear']);
      expect(Object.keys(g.turnoverPerYear)).toEqual(['mean', 'sd', 'p05', 'p95']);
      expect(g.workerYears, g.group).toBeGreaterThan(0);
      expect(g.reps, g.group).toBeLessThanOrEqual(doc.reps);
    }
    // Roles and lived experience each split the whole team: their worker-years add up to the same total.
    const years = base.groups.filter((g: { by: string }) => g.by === 'livedExperience').reduce((a: number, g: { workerYears: number }) => a + g.workerYears, 0);
    const roles = base.groups.filter((g: { by: string }) => g.by === 'role').reduce((a: number, g: { workerYears: number }) => a + g.workerYears, 0);
    expect(roles).toBeCloseTo(years, 9);
    const d = doc.differences[0];
    expect(d.groups.map((g: { by: string; group: string }) => `${g.by}:${g.group}`)).toEqual(base.groups.map((g: { by: string; group: string }) => `${g.by}:${g.group}`));
    for (const g of d.groups) {
      expect(Object.keys(g)).toEqual(['by', 'group', 'label', 'reps', 'turnoverPerYear']);
      expect(Object.keys(g.turnoverPerYear)).toEqual(['mean', 'sd', 'se', 'p05', 'p95', 'positive', 'zero', 'negative']);
      expect(g.turnoverPerYear.positive + g.turnoverPerYear.zero + g.turnoverPerYear.negative, g.group).toBe(g.reps);
    }
  });

  it('each mean difference is the policy mean minus the baseline mean', () => {
    const [base, other] = doc.policies;
    for (const [name, diff] of Object.entries(doc.differences[0].metrics as Record<string, { mean: number }>)) {
      const expected = other.metrics[name].mean - base.metrics[name].mean;
      expect(Math.abs(diff.mean - expected), name).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(base.metrics[name].mean)));
    }
    // Not trivially zero: opt-out support changes supervision uptake.
    expect(doc.differences[0].metrics.supportUptake.mean).toBeGreaterThan(0);
  });

  it('runs every package on the same seeds: a debrief with no harm and no cost is the status quo', () => {
    const r = cfsim([
      'compare', '--policies', 'status-quo,mandatory-debrief', '--set', 'coefficients.singleSessionHarm=0', '--set', 'costs.singleSessionDebrief=0',
      '--json', '--reps', '6', '--days', '120', '--threads', '2',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.differences[0]).toMatchObject({ policy: 'mandatory-debrief', vs: 'status-quo' });
    const metrics = d.differences[0].metrics as Record<string, Record<string, number>>;
    expect(Object.keys(metrics)).toEqual(Object.keys(d.policies[0].metrics));
    for (const [name, diff] of Object.entries(metrics)) expect(diff, name).toEqual({ mean: 0, sd: 0, se: 0, p05: 0, p95: 0, positive: 0, zero: 6, negative: 0 });
    for (const g of d.differences[0].groups) expect(g.turnoverPerYear, g.group).toEqual({ mean: 0, sd: 0, se: 0, p05: 0, p95: 0, positive: 0, zero: g.reps, negative: 0 });
    // The replications themselves still vary, so the zeros come from pairing, not from no spread.
    expect(d.policies[0].metrics.proqolSTS.sd).toBeGreaterThan(0);
  });

  it('prints a readable comparison with verdicts', () => {
    const r = cfsim(['compare', '--policies', 'status-quo,opt-out-support', '--reps', '4', '--days', '90']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('opt-out-support vs status-quo');
    expect(r.stdout).toContain('vs status-quo');
    expect(r.stdout).toContain('difference');
    // 4 replications: too few for clear verdicts.
    expect(r.stdout).toMatch(/indicative: |within noise|in \d of 4 futures, the same in the other \d/);
    expect(r.stdout).not.toContain('clearly');
    expect(r.stdout).toContain('Differences of shares are in percentage points (pp).');
    expect(r.stdout).toMatch(/^Turnover per year .* [+−]?\d+\.\d+ pp \(/m);
    // Each role's and lived-experience group's turnover, under the team's, in both tables.
    expect(r.stdout).toMatch(/^ {2}role: Police officer +\d+\.\d% \(/m);
    expect(r.stdout).toMatch(/^ {2}role: Police officer +\d+\.\d% +\d+\.\d% +[+−]?\d+\.\d+ pp \(/m);
    expect(r.stdout).toMatch(/^ {2}with lived experience /m);
    expect(r.stdout).toContain('Turnover by role and lived experience: separations per worker-year in post of each group');
    expect(r.stdout).toMatch(/^Staff in post \(mean\) +\d+\.\d +\d+\.\d$/m);
  });

  describe("replications.csv of a comparison: the paired differences recomputed from it", () => {
    // 21 replications: the differences' range runs from the 2nd smallest to the 2nd largest (k = ⌊0.05 × 21⌋ + 1).
    const ARMS = ['status-quo', 'opt-out-support', 'multi-level'];
    const COMPARE_REPS = 21;
    let out = '';
    let compared: any;

    beforeAll(() => {
      out = join(dir, 'compare-replications');
      const r = cfsim(['compare', '--policies', ARMS.join(','), '--json', '--reps', String(COMPARE_REPS), '--days', '60', '--threads', '2', '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      compared = JSON.parse(r.stdout);
    });

    it('one row per package and replication, every metric of the summary', () => {
      const { header, rows } = readCsv(join(out, 'replications.csv'));
      expect(header).toEqual(['policy', 'rep', ...Object.keys(compared.policies[0].metrics)]);
      expect(rows).toHaveLength(COMPARE_REPS * ARMS.length);
      for (const policy of ARMS) expect(rows.filter((r) => r.policy === policy)).toHaveLength(COMPARE_REPS);
    });

    it("each difference's mean and 90% range are those of the paired differences, replication by replication", () => {
      const { rows } = readCsv(join(out, 'replications.csv'));
      expect(compared.differences).toHaveLength(ARMS.length - 1);
      let clear = 0;
      for (const d of compared.differences as { policy: string; vs: string; metrics: Record<string, { mean: number; p05: number; p95: number }> }[]) {
        expect(d.vs).toBe(ARMS[0]);
        for (const [metric, diff] of Object.entries(d.metrics)) {
          const a = replicationValues(rows, d.policy, metric, COMPARE_REPS);
          const b = replicationValues(rows, d.vs, metric, COMPARE_REPS);
          // A difference within rounding of the values (the same costs summed in another order) is zero, as in pairedDifference.
          const paired = a.map((x, rep) => differenceBeyondRounding(x, b[rep])).sort((x, y) => x - y);
          expectRounded(diff.mean, mean(paired), `${d.policy} − ${d.vs} ${metric} mean`);
          // The k-th smallest and k-th largest paired difference (README, compare).
          const k = Math.floor(0.05 * COMPARE_REPS) + 1;
          expect(diff.p05, `${d.policy} ${metric} p05`).toBe(paired[k - 1]);
          expect(diff.p95, `${d.policy} ${metric} p95`).toBe(paired[COMPARE_REPS - k]);
          if (paired[k - 1] > 0 || paired[COMPARE_REPS - k] < 0) clear++;
        }
      }
      expect(clear, 'some differences are clear, so the pairing is exercised').toBeGreaterThan(0);
    });
  });

  describe('rejects a bad --policies list with exit 2 and a message naming --policies', () => {
    const rejects = (policies: string, ...fragments: string[]) => {
      const r = cfsim(['compare', '--policies', policies, '--reps', '2', '--days', '60']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^cfsim: /);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).toContain('--policies');
      for (const fragment of fragments) expect(r.stderr).toContain(fragment);
    };

    it('one package', () => rejects('status-quo', 'at least two'));
    it('a package named twice', () => rejects('status-quo,opt-out-support,status-quo', '"status-quo" is named twice'));
    it('an unknown package', () => rejects('status-quo,opt-out', '"opt-out" is not a policy package'));
  });
});

describe('worker failures: exit 1, a one-line reason, no hang', () => {
  it('a replication that throws inside a worker names the replication and the seed', () => {
    const out = join(dir, 'failed');
    const r = cfsim(['run', '--reps', '6', '--days', '60', '--threads', '2', '--out', out], { CFSIM_TEST_FAIL_REP: '3' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cfsim: /);
    expect(r.stderr).toContain('replication 3');
    expect(r.stderr).toContain('seed');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toContain('unexpected failure');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('failed');
    expect(manifest.completedReps).toBeLessThanOrEqual(3);
    expect(filesUnder(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
    // The replications that finished before the failure are kept, and only those.
    expect(readCsv(join(out, 'replications.csv')).rows.map((row) => num(row.rep))).toEqual(Array.from({ length: manifest.completedReps }, (_, i) => i));
  });

  it('the same failure on one thread, without --out', () => {
    const r = cfsim(['run', '--reps', '6', '--days', '60', '--threads', '1', '--json'], { CFSIM_TEST_FAIL_REP: '3' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('replication 3');
    expect(r.stderr).toContain('seed 1');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a worker thread that exits is reported, not waited for', () => {
    const out = join(dir, 'crashed');
    const r = cfsim(['run', '--reps', '6', '--days', '60', '--threads', '2', '--out', out], { CFSIM_TEST_CRASH_REP: '2' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cfsim: /);
    expect(r.stderr).toMatch(/worker thread \d+ exited/);
    expect(r.stderr).toContain('replication 2');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('failed');
  });
});

describe('interruption: a clean stop with a truthful results folder', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Starts a long run into `out`, waits until replications have finished (workers.csv.partial has
   * its first rows, about 50 replications in), or with `before` only until the run has started, with
   * replications `before` days long (none finishes for a second), calls `whileRunning`, then sends
   * `signal` (again 20, 60 and 150 ms later if `twice`, while the first is being handled).
   */
  async function interrupt(signal: NodeJS.Signals, out: string, options: { twice?: boolean; whileRunning?: () => void; extra?: string[]; before?: number } = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    const days = options.before ?? DAYS;
    const child: ChildProcess = spawn(process.execPath, [CLI, 'run', '--reps', '2000', '--days', String(days), '--threads', '2', '--out', out, ...(options.extra ?? [])], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout!.resume();
    let killedBy: NodeJS.Signals | null = null;
    const closed = new Promise<number | null>((resolve) =>
      child.once('close', (code, killer) => {
        killedBy = killer;
        resolve(code);
      }),
    );
    let exited = false;
    void closed.then(() => (exited = true));
    try {
      const deadline = Date.now() + 20_000;
      while (!existsSync(join(out, 'manifest.json'))) {
        if (exited) throw new Error(`cfsim exited before writing manifest.json: ${stderr}`);
        if (Date.now() > deadline) throw new Error('manifest.json did not appear within 20 s');
        await sleep(25);
      }
      if (options.before === undefined) {
        const rows = join(out, 'workers.csv.partial');
        while (!existsSync(rows) || statSync(rows).size === 0) {
          if (exited) throw new Error(`cfsim exited before it wrote a finished replication: ${stderr}`);
          if (Date.now() > deadline + 60_000) throw new Error('no replication finished within 80 s');
          await sleep(25);
        }
      }
      options.whileRunning?.();
      expect(exited, 'the run finished before it could be interrupted').toBe(false);
      child.kill(signal);
      if (options.twice) {
        for (const gap of [20, 40, 90]) {
          await sleep(gap);
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        }
      }
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([
        closed,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`cfsim did not exit within 20 s of ${signal}`)), 20_000))),
      ]).finally(() => clearTimeout(timer));
      return { code, signal: killedBy, stderr };
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }

  // SIGHUP: the terminal closed (a dropped SSH session); the run died with nothing saved before it was caught.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${signal}: exit ${code}, manifest "interrupted", summary of the completed replications, nothing partial or "complete"`, async () => {
      const out = join(dir, `interrupted-${signal}`);
      const r = await interrupt(signal, out);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain('interrupted');
      expect(r.stderr).toContain(signal);
      expect(r.stderr).not.toMatch(STACK_FRAME);

      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.status).toBe('interrupted');
      expect(manifest.reps).toBe(2000);
      expect(Number.isInteger(manifest.completedReps)).toBe(true);
      expect(manifest.completedReps).toBeGreaterThan(0);
      expect(manifest.completedReps).toBeLessThan(2000);
      expect(manifest.endedAt).not.toBeNull();
      // The message says what to do next with what finished: make a report of it, or resume the run, by the exact command.
      expect(r.stderr).toContain(`says "interrupted"; cfsim report ${out} makes a report of the finished replications; to run the other ${2000 - manifest.completedReps}, resume it: cfsim run --reps 2000 --days ${DAYS} --threads 2 --out ${out} --resume\n`);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      expect(summary.reps).toBe(manifest.completedReps);
      expect(summary, 'the summary alone says it is not a complete run').toMatchObject({ status: 'interrupted', requestedReps: 2000 });

      // The streamed rows cover exactly the completed replications.
      const workers = readCsv(join(out, 'workers.csv'));
      expect(workers.header.join(',')).toBe(WORKER_HEADER);
      expect([...new Set(workers.rows.map((row) => num(row.rep)))]).toEqual(Array.from({ length: manifest.completedReps }, (_, i) => i));
      // replications.csv: one row per finished replication (one package here), 0 to completedReps − 1 in order, whose means are the summary's.
      const replications = readCsv(join(out, 'replications.csv'));
      expect(replications.header).toEqual(['policy', 'rep', ...Object.keys(summary.policies[0].metrics)]);
      expect(replications.rows.map((row) => [row.policy, num(row.rep)])).toEqual(Array.from({ length: manifest.completedReps }, (_, i) => ['status-quo', i]));
      expectRounded(summary.policies[0].metrics.proqolSTS.mean, mean(replications.rows.map((row) => num(row.proqolSTS))), 'proqolSTS mean');
      const timeseries = readCsv(join(out, 'timeseries.csv'));
      expect(timeseries.header.join(',')).toBe(TIMESERIES_HEADER);
      expect(timeseries.rows).toHaveLength(DAYS * DAILY_SERIES.length);

      const files = filesUnder(out);
      expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual(STOPPED_FILES);
      expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
      for (const f of files) expect(readFileSync(f, 'utf8'), `${f} says "complete"`).not.toMatch(/\bcomplete\b/);
    });
  }

  it('a second Ctrl-C while the finished results are saved does not cut the saving short', async () => {
    const out = join(dir, 'interrupted-twice');
    const r = await interrupt('SIGINT', out, { twice: true });
    // The later Ctrl-Cs stay ignored while the process saves and says what it saved. Exit 130, or
    // killed by a SIGINT that lands while Node tears down (its signal handlers are gone by then),
    // which a shell also reports as 130; either way after the message.
    expect(r.code === 130 || (r.code === null && r.signal === 'SIGINT'), `${r.code} ${r.signal} ${r.stderr}`).toBe(true);
    expect(r.stderr).toContain('interrupted by SIGINT');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('interrupted');
    expect(filesUnder(out).map((f) => f.slice(out.length + 1)).sort()).toEqual(STOPPED_FILES);
  });

  it('a stop whose checkpoint cannot be written (checkpoint.bin a folder) says so plainly: the file, the reason, the finished files kept, and that --resume cannot continue the run', async () => {
    const out = join(dir, 'interrupted-no-checkpoint');
    // Made once the run has begun (a folder holding checkpoint.bin beforehand is refused, as another run's file).
    const r = await interrupt('SIGINT', out, { whileRunning: () => mkdirSync(join(out, 'checkpoint.bin')) });
    expect(r.code, r.stderr).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.status).toBe('failed');
    expect(manifest.completedReps).toBeGreaterThan(0);
    const done = manifest.completedReps as number;
    expect(r.stderr).toBe(
      `cfsim: interrupted by SIGINT after ${done} of 2000 replications, and its checkpoint ${join(out, 'checkpoint.bin')} could not be written: could not rename "${join(out, 'checkpoint.bin.partial')}" to "${join(out, 'checkpoint.bin')}": EISDIR (it is a folder, not a file); ` +
        `the ${done} finished replications' files are kept (${join(out, 'manifest.json')} says "failed"; cfsim report ${out} makes a report of them), ` +
        `but without ${join(out, 'checkpoint.bin')} --resume cannot continue the run from them: to run all 2000, run the command again with --replace, or write to a new --out folder\n`,
    );
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(join(out, 'replications.csv'))).toBe(true);
    expect(existsSync(join(out, 'checkpoint.bin.partial'))).toBe(false);
    // What it says of --resume is what --resume does.
    const resumed = spawnSync(process.execPath, [CLI, 'run', '--reps', '2000', '--days', String(DAYS), '--threads', '2', '--out', out, '--resume'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(resumed.status, resumed.stderr).toBe(2);
    expect(resumed.stderr).toContain('the run cannot be resumed; give --replace instead of --resume');
  });

  it('an interrupted run asked for a report says it wrote none, and how to make one of what finished', async () => {
    const out = join(dir, 'interrupted-report');
    const r = await interrupt('SIGINT', out, { extra: ['--report', join(out, 'report.html')] });
    expect(r.code).toBe(130);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    // What the message offers works: the finished replications pass every check of the results (rows numbered 0 to completedReps − 1, as many as the series count).
    const report = spawnSync(process.execPath, [CLI, 'report', out, '-o', join(dir, 'interrupted-report.html')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).completedReps).toBeGreaterThan(0);
    expect(r.stderr).toContain(`; ${join(out, 'manifest.json')} says "interrupted"; no report was written (cfsim report ${out} makes a report of the finished replications)`);
    expect(report.status, report.stderr).toBe(0);
  });

  it('interrupted before any replication finished: says so, offers no report, and the report of the folder is refused', async () => {
    const out = join(dir, 'interrupted-at-once');
    // 3,000-day replications: the first chunk takes seconds, and the signal comes as the run starts.
    const r = await interrupt('SIGINT', out, { extra: ['--report', join(out, 'report.html')], before: 3000 });
    expect(r.code).toBe(130);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ status: 'interrupted', completedReps: 0 });
    expect(r.stderr).toContain(`after 0 of 2000 replications; ${join(out, 'manifest.json')} says "interrupted"; no report was written\n`);
    const report = spawnSync(process.execPath, [CLI, 'report', out, '-o', join(dir, 'interrupted-at-once.html')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('holds no finished replication');
    expect(filesUnder(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  /**
   * Starts a short compare with a report, waits until its results folder (`out`, or the scratch
   * folder made in `tmp` without `--out`) says "complete", so that the report is being written,
   * then sends `signal`.
   */
  async function interruptReport(signal: NodeJS.Signals, tmp: string, out: string | undefined, report: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const args = ['compare', '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '2000', '--threads', '1', '--json', '--report', report, ...(out ? ['--out', out] : [])];
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    const manifests = () => (out ? [join(out, 'manifest.json')] : readdirSync(tmp).filter((n) => n.startsWith('cfsim-')).map((n) => join(tmp, n, 'manifest.json')));
    const complete = () => manifests().some((m) => existsSync(m) && JSON.parse(readFileSync(m, 'utf8')).status === 'complete');
    try {
      const deadline = Date.now() + 30_000;
      while (!complete()) {
        if (child.exitCode !== null) throw new Error(`cfsim exited before its results were complete: ${stderr}`);
        if (Date.now() > deadline) throw new Error('the results were not complete within 30 s');
        await sleep(5);
      }
      expect(existsSync(report), 'the report was already written when the results were complete').toBe(false);
      child.kill(signal);
      return { code: await closed, stdout, stderr };
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }

  it('a signal after the last replication, as the report is written, stops with a message, printing nothing: a report begun is finished, none is half-written', async () => {
    const tmp = mkdtempSync(join(dir, 'report-tmp-'));
    const out = join(dir, 'interrupted-while-reporting');
    const report = join(dir, 'interrupted-while-reporting.html');
    // The signal comes as the run hands over to the report: the report is finished if it was begun, else not written.
    const reportNote = (path: string, out?: string) => (existsSync(path) ? `the report was finished first (${path})` : `no report was written${out ? ` (cfsim report ${out} makes it)` : ''}`);
    const r = await interruptReport('SIGINT', tmp, out, report);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toBe(`cfsim: interrupted by SIGINT after all 2 replications had finished; ${join(out, 'manifest.json')} says "complete"; ${reportNote(report, out)}; nothing was printed\n`);
    expect(r.stdout).toBe('');
    if (existsSync(report)) expect(readFileSync(report, 'utf8')).toContain('</html>');
    expect(existsSync(`${report}.partial`)).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('complete');

    // Without --out, the scratch results folder is removed as on any other ending.
    const scratchReport = join(dir, 'interrupted-scratch.html');
    const t = await interruptReport('SIGTERM', tmp, undefined, scratchReport);
    expect(t.code, t.stderr).toBe(143);
    expect(t.stderr).toBe(`cfsim: interrupted by SIGTERM after all 2 replications had finished; the results were not kept (give --out to keep them); ${reportNote(scratchReport)}; nothing was printed\n`);
    expect(existsSync(`${scratchReport}.partial`)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a second run into a folder being written is refused (exit 2) and leaves the first intact', async () => {
    const out = join(dir, 'locked');
    let second: Result | undefined;
    const r = await interrupt('SIGINT', out, { whileRunning: () => (second = cfsim(['run', '--reps', '2', '--days', '30', '--seed', '7', '--out', out])) });
    expect(second!.status, second!.stderr).toBe(2);
    expect(second!.stderr).toContain('is being written by another cfsim');
    expect(second!.stderr).toContain('--out');
    expect(r.code).toBe(130);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.seed).toBe(1);
    expect(manifest.status).toBe('interrupted');
    expect(existsSync(join(out, '.cfsim-lock')), 'the lock is released').toBe(false);
  });
});

describe('results folder: leftovers of earlier runs and failures', () => {
  it('takes over the lock of a process that has died, and removes the earlier run\'s results, report and exported figures', () => {
    const out = join(dir, 'leftovers');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.cfsim-lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: 'cfsim run', since: '2026-01-01T00:00:00Z' }));
    writeFileSync(join(out, 'report.html'), '<p>an older run</p>');
    writeFileSync(join(out, 'summary.json'), '{"old": true}');
    mkdirSync(join(out, 'figures'));
    writeFileSync(join(out, 'figures', '1-proqol-over-time.svg'), '<svg>an older run</svg>');
    writeFileSync(join(out, 'figures', '5-differences.png'), 'an older run');
    writeFileSync(join(out, 'figures', 'notes.txt'), 'the user\'s own file');
    const r = cfsim(['run', '--reps', '1', '--days', '30', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    expect(readdirSync(join(out, 'figures')), 'exported figures go, the user\'s own file stays').toEqual(['notes.txt']);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).old).toBeUndefined();
    expect(existsSync(join(out, '.cfsim-lock'))).toBe(false);
  });

  it('--replace removes the figures exported from the results it replaces, named as now and as before 0.23.0', () => {
    const out = join(dir, 'replaced-figures');
    expect(cfsim(['run', '--reps', '1', '--days', '30', '--out', out]).status).toBe(0);
    const report = cfsim(['report', out, '--format', 'svg']);
    expect(report.status, report.stderr).toBe(0);
    expect(readdirSync(join(out, 'figures'))).toContain('figure-01-proqol-over-time.svg');
    // As CFSim 0.22.0 exported them, numbered but not zero-padded; and the user's own files.
    writeFileSync(join(out, 'figures', '1-proqol-over-time.svg'), '<svg>an older version\'s</svg>');
    writeFileSync(join(out, 'figures', '13-best-in-futures.png'), 'an older version\'s');
    writeFileSync(join(out, 'figures', 'notes.txt'), 'the user\'s own file');
    writeFileSync(join(out, 'figures', 'proqol-over-time.svg'), '<svg>the user\'s own figure</svg>');
    const r = cfsim(['run', '--reps', '1', '--days', '30', '--out', out, '--replace']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(out, 'figures')).sort()).toEqual(['notes.txt', 'proqol-over-time.svg']);
  });

  it('removes a figures folder that held only an earlier run\'s exported figures', () => {
    const out = join(dir, 'old-figures');
    mkdirSync(join(out, 'figures'), { recursive: true });
    writeFileSync(join(out, 'figures', '8-support-uptake.svg'), '<svg>an older run</svg>');
    const r = cfsim(['run', '--reps', '1', '--days', '30', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'figures'))).toBe(false);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });

  it('leaves a figures file or a symbolic link to someone\'s folder alone', () => {
    const out = join(dir, 'figures-not-a-folder');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'figures'), 'a file the user named figures');
    expect(cfsim(['run', '--reps', '1', '--days', '30', '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'figures'), 'utf8')).toBe('a file the user named figures');

    const elsewhere = join(dir, 'someone-elses-figures');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, '1-proqol-over-time.svg'), '<svg>not this run\'s</svg>');
    const linked = join(dir, 'figures-linked');
    mkdirSync(linked, { recursive: true });
    symlinkSync(elsewhere, join(linked, 'figures'));
    expect(cfsim(['run', '--reps', '1', '--days', '30', '--out', linked]).status).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['1-proqol-over-time.svg']);
  });

  it('an earlier result that cannot be removed fails the run with the manifest saying so, not "running"', () => {
    const out = join(dir, 'cannot-remove');
    mkdirSync(join(out, 'summary.json', 'inside'), { recursive: true });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ cfsim: '0.2.0', status: 'complete' }));
    const r = cfsim(['run', '--reps', '1', '--days', '30', '--out', out, '--replace']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('summary.json');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('failed');
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('a full disk: one line naming the file, exit 1, manifest "failed", no unfinished files', () => {
    const out = join(dir, 'full-disk');
    mkdirSync(out, { recursive: true });
    // Writes to workers.csv.partial go to /dev/full, which refuses every byte with ENOSPC.
    symlinkSync('/dev/full', join(out, 'workers.csv.partial'));
    const r = cfsim(['run', '--reps', '30', '--days', '60', '--threads', '1', '--out', out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('could not write');
    expect(r.stderr).toContain('workers.csv.partial');
    expect(r.stderr).toContain('ENOSPC (the disk is full)');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('failed');
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it("a run that fails to write replications.csv leaves neither the earlier run's nor an unfinished one", () => {
    const out = join(dir, 'full-disk-replications');
    expect(cfsim(['run', '--reps', '2', '--days', '30', '--out', out]).status).toBe(0);
    expect(existsSync(join(out, 'replications.csv'))).toBe(true);
    symlinkSync('/dev/full', join(out, 'replications.csv.partial'));
    const r = cfsim(['run', '--reps', '3', '--days', '30', '--seed', '9', '--out', out, '--replace']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('replications.csv.partial');
    expect(r.stderr).toContain('ENOSPC');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).status).toBe('failed');
    expect(existsSync(join(out, 'replications.csv')), "the earlier run's replications are not left beside a failed run").toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('a manifest that cannot be written: the earlier complete run is left as it was, and the message names the file', () => {
    const out = join(dir, 'full-disk-manifest');
    expect(cfsim(['run', '--reps', '2', '--days', '30', '--out', out]).status).toBe(0);
    const before = Object.fromEntries(RESULT_FILES.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    symlinkSync('/dev/full', join(out, 'manifest.json.partial'));
    const r = cfsim(['run', '--reps', '3', '--days', '30', '--seed', '9', '--out', out, '--replace']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('manifest.json.partial');
    expect(r.stderr).toContain('ENOSPC');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    for (const f of RESULT_FILES) expect(readFileSync(join(out, f), 'utf8'), f).toBe(before[f]);
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('a run refuses a sweep\'s folder, and a sweep a run\'s (exit 2)', () => {
    const runFolder = join(dir, 'a-run');
    expect(cfsim(['run', '--reps', '1', '--days', '10', '--out', runFolder]).status).toBe(0);
    const plan = join(dir, 'tiny-plan.yaml');
    writeFileSync(plan, 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\npoints: 2\nreps: 1\nset: { days: 10 }\n');
    const sweepIntoRun = cfsim(['sweep', plan, '--out', runFolder]);
    expect(sweepIntoRun.status, sweepIntoRun.stderr).toBe(2);
    expect(sweepIntoRun.stderr).toContain('holds the results of a run');
    const sweepFolder = join(dir, 'a-sweep');
    expect(cfsim(['sweep', plan, '--out', sweepFolder]).status).toBe(0);
    const runIntoSweep = cfsim(['run', '--reps', '1', '--days', '10', '--out', sweepFolder]);
    expect(runIntoSweep.status, runIntoSweep.stderr).toBe(2);
    expect(runIntoSweep.stderr).toContain('holds a sweep');
  });

  it("a run or a sweep refuses a folder holding files of its results' names that no earlier results made (exit 2, nothing touched); earlier results are replaced", () => {
    const own = join(dir, 'own-files');
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, 'report.html'), '<p>my own report</p>');
    writeFileSync(join(own, 'thesis.txt'), 'chapter 1');
    const run = cfsim(['run', '--reps', '1', '--days', '10', '--out', own]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(`--out: ${own} holds report.html, which this run would replace or remove, and no earlier results to replace (a run's manifest.json written by cfsim); write the results into a new or empty folder`);
    expect(run.stdout).toBe('');
    expect(readdirSync(own).sort()).toEqual(['report.html', 'thesis.txt']);
    expect(readFileSync(join(own, 'report.html'), 'utf8')).toBe('<p>my own report</p>');
    // A manifest.json that cfsim did not write (a web project's) is not an earlier run's either.
    const web = join(dir, 'web-project');
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'manifest.json'), '{ "name": "my app" }\n');
    expect(cfsim(['run', '--reps', '1', '--days', '10', '--out', web]).stderr).toContain(`${web} holds manifest.json, which this run would replace`);
    expect(readFileSync(join(web, 'manifest.json'), 'utf8')).toBe('{ "name": "my app" }\n');
    // Nor is a replications.csv of one's own (a table exported from elsewhere).
    const table = join(dir, 'own-replications');
    mkdirSync(table, { recursive: true });
    writeFileSync(join(table, 'replications.csv'), 'id,value\n1,2\n');
    const overTable = cfsim(['run', '--reps', '1', '--days', '10', '--out', table]);
    expect(overTable.status, overTable.stderr).toBe(2);
    expect(overTable.stderr).toContain(`${table} holds replications.csv, which this run would replace or remove`);
    expect(readFileSync(join(table, 'replications.csv'), 'utf8')).toBe('id,value\n1,2\n');
    // A sweep into the folder of its own plan, named plan.json, would replace the plan.
    const project = join(dir, 'sweep-project');
    mkdirSync(project, { recursive: true });
    const planText = `${JSON.stringify({ parameters: { 'community.stigma': { min: 0.1, max: 0.9 } }, points: 2, reps: 1, set: { days: 10 } })}\n`;
    writeFileSync(join(project, 'plan.json'), planText);
    const sweep = cfsim(['sweep', join(project, 'plan.json'), '--out', project]);
    expect(sweep.status, sweep.stderr).toBe(2);
    expect(sweep.stderr).toContain(`--out: ${project} holds plan.json, which this sweep would replace or remove, and no earlier results to replace (a sweep's sweep.json or runs.csv)`);
    expect(readFileSync(join(project, 'plan.json'), 'utf8')).toBe(planText);
    // An earlier run's complete folder, its report included, is replaced with --replace.
    const earlier = join(dir, 'earlier-run');
    expect(cfsim(['run', '--reps', '1', '--days', '10', '--out', earlier, '--report', earlier]).status).toBe(0);
    const again = cfsim(['run', '--reps', '1', '--days', '12', '--out', earlier, '--replace']);
    expect(again.status, again.stderr).toBe(0);
    expect(existsSync(join(earlier, 'report.html'))).toBe(false);
    // ... and says so, naming the earlier run, so a study lost to a mistyped --out is at least noticed.
    expect(again.stderr).toMatch(new RegExp(`^cfsim: replacing the results in ${earlier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} of an earlier run \\(cfsim run --reps 1 --days 10 --out [^,]*, complete 20\\d\\d-`, 'm'));
    expect(cfsim(['run', '--reps', '1', '--days', '12', '--out', join(dir, 'fresh-run')]).stderr).not.toContain('replacing');
  });

  it("refuses a folder holding an earlier run's complete or partly finished results without --replace (exit 2, nothing touched), and replaces a run that finished none", () => {
    const study = join(dir, 'complete-study');
    const first = cfsim(['compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '10', '--out', study]);
    expect(first.status, first.stderr).toBe(0);
    const before = new Map(readdirSync(study).map((name) => [name, readFileSync(join(study, name), 'utf8')]));
    const endedAt = JSON.parse(before.get('manifest.json') ?? '{}').endedAt as string;
    const over = cfsim(['run', '--reps', '1', '--days', '12', '--out', study]);
    expect(over.status, over.stderr).toBe(2);
    expect(over.stderr).toBe(
      `cfsim: invalid command line:\n  - --out: ${study} holds the complete results of an earlier run (cfsim compare --policies status-quo,opt-out-support --reps 2 --days 10 --out ${study}, 2 replications, ended ${endedAt}), which this run would replace; write to another folder, or give --replace to replace them\n`,
    );
    expect(over.stdout).toBe('');
    // Every file as it was, and no lock left behind.
    expect(new Map(readdirSync(study).map((name) => [name, readFileSync(join(study, name), 'utf8')]))).toEqual(before);
    // With --replace the run replaces them, and says so.
    const replaced = cfsim(['run', '--reps', '1', '--days', '12', '--out', study, '--replace']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stderr).toContain(`cfsim: replacing the results in ${study} of an earlier run (cfsim compare`);
    expect(JSON.parse(readFileSync(join(study, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'complete', reps: 1, days: 12 });
    // An interrupted run's finished replications are kept too; one that finished none is replaced without --replace.
    const manifestPath = join(study, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, status: 'interrupted' }));
    const kept = cfsim(['run', '--reps', '1', '--days', '10', '--out', study]);
    expect(kept.status, kept.stderr).toBe(2);
    expect(kept.stderr).toContain(`holds the results of an earlier interrupted run (${manifest.command}, 1 replication finished, ended `);
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, status: 'interrupted', completedReps: 0 }));
    const rerun = cfsim(['run', '--reps', '1', '--days', '10', '--out', study]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(', interrupted ');
    // --replace without --out is a slip, said before anything runs.
    const alone = cfsim(['run', '--reps', '1', '--days', '10', '--replace']);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe("cfsim: invalid command line:\n  - --replace: applies only with --out DIR (it replaces an earlier run's results there), and no --out was given: give --out DIR, or leave --replace out\n");
  });

  it('--report refuses to replace the scenario file the command reads (exit 2)', () => {
    const file = join(dir, 'self-report.yaml');
    writeFileSync(file, 'community: { stigma: 0.5 }\n');
    const r = cfsim(['run', file, '--reps', '1', '--days', '10', '--report', file]);
    expect(r.status, r.stderr).toBe(2);
    // That message alone: its .yaml extension is beside the point.
    expect(r.stderr).toBe(`cfsim: invalid command line:\n  - --report: ${file} is the scenario file this command reads; the report would replace it; name the report another file (e.g. report.html)\n`);
    expect(readFileSync(file, 'utf8')).toBe('community: { stigma: 0.5 }\n');
    const other = join(dir, 'other-arm.yaml');
    writeFileSync(other, 'community: { stigma: 0.6 }\n');
    const c = cfsim(['compare', '--scenarios', `${file},${other}`, '--reps', '2', '--days', '10', '--report', other]);
    expect(c.status, c.stderr).toBe(2);
    expect(c.stderr).toContain(`--report: ${other} is the scenario file this command reads`);
  });
});
