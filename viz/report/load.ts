import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type InputIssue } from '../../sim/params/issues';
import { populationSd } from '../../sim/stats/summary';
import { SEPARATIONS_CSV_COLUMNS, TIMESERIES_CSV_COLUMNS, WORKERS_CSV_COLUMNS } from '../../models/resultsColumns';
import type { GroupOutcome, ReportData, SeparationCause, SeriesPoint, SupportUse, TeamTotals } from './reportData';
import { manifestIssues, summaryIssues } from './resultsDocuments';
import { csvRows, notNumbers, SeriesDays } from './resultsCsv';
import { distributionBins, scoreBin } from './scoreBins';
import { PROQOL_HIGH, PROQOL_LOW } from '../../models/proqol';
import { isRole, ROLE_PROFILES } from '../../models/roles';
import { SEPARATION_REASONS } from '../../models/separationAttribution';

/** The daily series the report charts. */
export const REPORT_SERIES = ['proqolSTS', 'proqolBO', 'proqolCS', 'highSTSShare', 'highBOShare', 'lowCSShare', 'headcount', 'vacancies', 'cumulativeSeparations'] as const;
/** Charts plot every SAMPLE_DAYS-th day (and the last), which keeps the file small and the lines readable. */
export const SAMPLE_DAYS = 7;

const SCALES = [
  ['proqolCS', 'Compassion satisfaction'],
  ['proqolBO', 'Burnout'],
  ['proqolSTS', 'Secondary traumatic stress'],
] as const;

/** A results folder's JSON file, refused (naming the file and each problem `issuesOf` finds) unless it has the shape the report reads. */
function readJson<T>(path: string, what: string, issuesOf: (value: unknown, file: string) => InputIssue[]): T {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError([{ path: 'RESULTS_DIR', value: path, message: `${what} cannot be read: ${error instanceof Error ? error.message : String(error)}` }], 'results folder');
  }
  const issues = issuesOf(value, path);
  if (issues.length > 0) throw new InputError(issues, 'results folder');
  return value as T;
}

function burnoutBand(score: number): string {
  return score >= PROQOL_HIGH ? `high (≥${PROQOL_HIGH})` : score <= PROQOL_LOW ? `low (≤${PROQOL_LOW})` : 'moderate';
}

/** Reads a results folder (from `--out`) and reduces it to the report's tables, streaming the CSVs. */
export async function loadResults(dir: string): Promise<ReportData> {
  const required = ['manifest.json', 'summary.json', 'timeseries.csv', 'workers.csv', 'separations.csv'];
  const missing = required.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new InputError(
      [{ path: 'RESULTS_DIR', value: dir, message: `${JSON.stringify(dir)} is not a CFSim results folder: missing ${missing.join(', ')} (write one with cfsim run --out DIR or cfsim compare --out DIR)` }],
      'results folder',
    );
  }
  const manifest = readJson<ReportData['manifest']>(join(dir, 'manifest.json'), 'manifest.json', manifestIssues);
  if (!(manifest.completedReps > 0)) {
    throw new InputError([{ path: 'RESULTS_DIR', value: dir, message: `${JSON.stringify(dir)} holds no finished replication (status: ${manifest.status}); there is nothing to report` }], 'results folder');
  }
  const summary = readJson<ReportData['summary']>(join(dir, 'summary.json'), 'summary.json', summaryIssues);
  const mismatch = documentsMismatch(manifest, summary);
  if (mismatch !== undefined) throw new InputError([{ path: join(dir, 'summary.json'), value: undefined, message: `${mismatch}, so they are not one run's results; write the results again (manifest.json holds the command)` }], 'results folder');

  const wanted = new Set<string>(REPORT_SERIES);
  const lastDay = manifest.days - 1;
  const series: SeriesPoint[] = [];
  const timeseries = join(dir, 'timeseries.csv');
  const days = new SeriesDays();
  // The mean daily headcount and cost summed over the days: worker-days in post, and cost, per replication.
  const workerDays = new Map<string, number>();
  const cost = new Map<string, number>();
  for await (const [policy, day, metric, mean, p05, p50, p95] of csvRows(timeseries, TIMESERIES_CSV_COLUMNS, notNumbers(TIMESERIES_CSV_COLUMNS, [1, 3, 4, 5, 6]))) {
    days.add(policy, metric);
    if (metric === 'headcount') workerDays.set(policy, (workerDays.get(policy) ?? 0) + Number(mean));
    else if (metric === 'cost') cost.set(policy, (cost.get(policy) ?? 0) + Number(mean));
    const d = Number(day);
    if (!wanted.has(metric) || (d % SAMPLE_DAYS !== 0 && d !== lastDay)) continue;
    series.push({ policy, day: d, metric, mean: Number(mean), p05: Number(p05), p50: Number(p50), p95: Number(p95) });
  }
  days.check(timeseries, summary.policies.map((p) => p.policy), REPORT_SERIES, manifest.days);

  // Per-worker end states, folded into small tables as they stream by.
  const histogram = new Map<string, number>();
  const totals = new Map<string, number>();
  const groupSums = new Map<string, { sum: number; n: number }>();
  const supportSums = new Map<string, { offered: number; attended: number }>();
  const burnoutSums = new Map<string, { n: number; sum: number; squares: number }>();
  const add = <T>(map: Map<string, T>, key: string, init: () => T, update: (v: T) => void) => {
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = init()));
    update(v);
  };
  const KEY = '\u0000';
  for await (const row of csvRows(join(dir, 'workers.csv'), WORKERS_CSV_COLUMNS, workerRowProblem)) {
    const [policy, , , role, lived] = row;
    const scores = { proqolCS: Number(row[13]), proqolBO: Number(row[14]), proqolSTS: Number(row[15]) };
    const offered = Number(row[16]);
    const attended = Number(row[17]);
    totals.set(policy, (totals.get(policy) ?? 0) + 1);
    add(burnoutSums, policy, () => ({ n: 0, sum: 0, squares: 0 }), (v) => {
      v.n++;
      v.sum += scores.proqolBO;
      v.squares += scores.proqolBO * scores.proqolBO;
    });
    for (const [field, scale] of SCALES) {
      const key = [policy, scale, scoreBin(scores[field])].join(KEY);
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
      for (const [breakdown, group] of [
        ['Role', roleName(role)],
        ['Lived experience', lived === 'true' ? 'with lived experience' : 'without'],
      ]) {
        add(groupSums, [policy, breakdown, group, scale].join(KEY), () => ({ sum: 0, n: 0 }), (v) => {
          v.sum += scores[field];
          v.n++;
        });
      }
    }
    for (const [breakdown, group] of [
      ['Role', roleName(role)],
      ['Burnout band', burnoutBand(scores.proqolBO)],
    ]) {
      add(supportSums, [policy, breakdown, group].join(KEY), () => ({ offered: 0, attended: 0 }), (v) => {
        v.offered += offered;
        v.attended += attended;
      });
    }
  }
  const distributions = distributionBins(
    summary.policies.map((p) => p.policy),
    SCALES.map(([, scale]) => scale),
    (policy, scale, bin) => histogram.get([policy, scale, bin].join(KEY)) ?? 0,
    (policy) => totals.get(policy) ?? 0,
  );
  const groups: GroupOutcome[] = [...groupSums].map(([key, v]) => {
    const [policy, breakdown, group, scale] = key.split(KEY);
    return { policy, breakdown, group, scale, mean: v.sum / v.n, workers: v.n };
  });
  const support: SupportUse[] = [...supportSums].map(([key, v]) => {
    const [policy, breakdown, group] = key.split(KEY);
    return { policy, breakdown, group, offered: v.offered, attended: v.attended, uptake: v.offered > 0 ? v.attended / v.offered : 0 };
  });
  const separations = await separationCauses(join(dir, 'separations.csv'), summary.policies.map((p) => p.policy), (policy) => ((workerDays.get(policy) ?? 0) * manifest.completedReps) / 365);
  const teams: TeamTotals[] = summary.policies.map(({ policy }) => ({
    policy,
    staffInPost: (workerDays.get(policy) ?? 0) / manifest.days,
    costPerYear: ((cost.get(policy) ?? 0) * 365) / manifest.days,
  }));
  const burnoutSd = Object.fromEntries([...burnoutSums].map(([policy, v]) => [policy, populationSd(v.n, v.sum, v.squares)]));
  return { manifest, summary, burnoutSd, series, distributions, groups, support, separations, teams };
}

/** The header of separations.csv before it gave each reason's share (one main driver per row, no baseline). */
const SEPARATIONS_HEADER_WITHOUT_SHARES = 'policy,rep,day,worker,role,tenureDays,burnout,cf,satisfaction,reason';

/** Whether a separations.csv gives each reason's share: one written before them has the older header (its first line). */
function hasShares(path: string): boolean {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(SEPARATIONS_HEADER_WITHOUT_SHARES.length + 2);
  let bytes: number;
  try {
    bytes = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('utf8', 0, bytes).split(/\r?\n/)[0] !== SEPARATIONS_HEADER_WITHOUT_SHARES;
}

/**
 * separations.csv summed by package and reason, per 100 worker-years in post (`workerYears` of a
 * package, all replications pooled): each separation counts as its shares of the reasons, so a
 * package's reasons add up to its separations. Undefined for a file written before the shares
 * (chart 9 then says to write the results again; the other charts are drawn).
 */
async function separationCauses(path: string, policies: readonly string[], workerYears: (policy: string) => number): Promise<SeparationCause[] | undefined> {
  if (!hasShares(path)) return undefined;
  const sums = new Map<string, number>();
  const firstShare = SEPARATIONS_CSV_COLUMNS.indexOf('shareBaseline');
  for await (const row of csvRows(path, SEPARATIONS_CSV_COLUMNS)) {
    SEPARATION_REASONS.forEach((reason, k) => {
      const key = `${row[0]}\u0000${reason}`;
      sums.set(key, (sums.get(key) ?? 0) + Number(row[firstShare + k]));
    });
  }
  return policies.flatMap((policy) =>
    SEPARATION_REASONS.map((reason) => {
      const separations = sums.get(`${policy}\u0000${reason}`) ?? 0;
      const years = workerYears(policy);
      return { policy, reason, separations, workerYears: years, per100WorkerYears: years > 0 ? (100 * separations) / years : 0 };
    }),
  );
}

/** A role as the app names it ("Firefighter / EMS"); workers.csv holds its id ("fire-ems"). */
function roleName(role: string): string {
  return isRole(role) ? ROLE_PROFILES[role].label : role;
}

const WORKER_NUMBERS = WORKERS_CSV_COLUMNS.map((_, i) => i).filter((i) => i !== 0 && (i < 3 || i > 5));
const workerNumbersProblem = notNumbers(WORKERS_CSV_COLUMNS, WORKER_NUMBERS);

/** What cfsim never writes in a workers.csv row: an unknown role, a yes/no other than true or false, a number that is not one. */
function workerRowProblem(cells: readonly string[]): string | undefined {
  if (!isRole(cells[3])) return `has role ${JSON.stringify(cells[3])}, not a role of this model`;
  for (const i of [4, 5]) if (cells[i] !== 'true' && cells[i] !== 'false') return `has ${WORKERS_CSV_COLUMNS[i]} ${JSON.stringify(cells[i])}, not true or false`;
  return workerNumbersProblem(cells);
}

/** Where manifest.json and summary.json disagree on the packages (or scenarios) run, if they do. */
function documentsMismatch(manifest: ReportData['manifest'], summary: ReportData['summary']): string | undefined {
  const run = manifest.scenarios.map((s) => s.policy.name);
  const summarised = summary.policies.map((p) => p.policy);
  if (run.join('\u0000') !== summarised.join('\u0000')) return `it summarises ${JSON.stringify(summarised)}, where manifest.json ran ${JSON.stringify(run)}`;
  // run with several packages has no differences; compare has one per package after the first.
  const differences = summary.differences;
  if (differences !== undefined && differences.length !== summarised.length - 1) return `it has ${differences.length} paired differences for ${summarised.length} packages (a comparison has one per package after the first)`;
  return undefined;
}
