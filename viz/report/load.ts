import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type InputIssue } from '../../sim/params/issues';
import { populationSd } from '../../sim/stats/summary';
import { DISCOUNTED_CSV_COLUMNS, SEPARATIONS_CSV_COLUMNS, TIMESERIES_CSV_COLUMNS, WORKERS_CSV_COLUMNS } from '../../models/resultsColumns';
import { manifestDiscountRate } from './discountRate';
import { discountedColumnsProblem } from './discountedReplications';
import type { GroupOutcome, ReportData, SeparationCause, SeriesPoint, SupportUse, TeamTotals } from './reportData';
import { manifestIssues, summaryIssues } from './resultsDocuments';
import { csvRows, notNumbers, SeriesDays } from './resultsCsv';
import { distributionBins, scoreBin } from './scoreBins';
import { PROQOL_HIGH, PROQOL_LOW } from '../../models/proqol';
import { isRole, ROLE_PROFILES } from '../../models/roles';
import { GROUPS } from '../../models/groups';
import { SEPARATION_REASONS } from '../../models/separationAttribution';
import { DAILY_SERIES, UNMEASURED_SERIES, type SeriesName } from '../../models/observables';
import { COST_PARTS } from '../../models/costParts';
import { SENSITIVITY_METRICS } from '../../models/drawSensitivity';
import { VALUE_FOR_MONEY_METRICS } from '../../models/valueForMoney';
import { PLANE_METRICS } from '../specs/costEffectiveness';
import { PACKAGE_SPENDING_INPUT_METRICS } from '../../models/packageSpendingOfMetrics';
import { armKind } from '../../models/resultsManifest';
import { isNumberCell } from '../../sim/io/csv';
import { fileHeaderLine } from './headerLine';
import { separatorNameIssues } from './separatorNames';

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

/**
 * Gives each group of a paired difference its label where summary.json has none (written by 0.6.0
 * before difference groups carried it): the label its outcome's group has, else the model's.
 */
function labelGroupDifferences(summary: ReportData['summary']): void {
  const key = (g: { by: string; group: string }) => `${g.by}\u0000${g.group}`;
  const labels = new Map([...GROUPS, ...summary.policies.flatMap((p) => p.groups ?? [])].map((g) => [key(g), g.label]));
  for (const d of summary.differences ?? []) {
    for (const g of d.groups ?? []) if (g.label === undefined) (g as { label: string }).label = labels.get(key(g)) ?? g.group;
  }
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
  labelGroupDifferences(summary);
  const separated = separatorNameIssues(summary.policies, join(dir, 'summary.json'));
  if (separated.length > 0) throw new InputError(separated, 'results folder');
  const mismatch = documentsMismatch(manifest, summary);
  if (mismatch !== undefined) throw new InputError([{ path: join(dir, 'summary.json'), value: undefined, message: `${mismatch}, so they are not one run's results; write the results again (manifest.json holds the command)` }], 'results folder');

  const wanted = new Set<string>(REPORT_SERIES);
  const lastDay = manifest.days - 1;
  const arms = new Arms(manifest, summary.policies.map((p) => p.policy));
  const replicationValues = await checkReplications(join(dir, 'replications.csv'), arms, summary, manifestDiscountRate(manifest));
  const series: SeriesPoint[] = [];
  const timeseries = join(dir, 'timeseries.csv');
  const days = new SeriesDays();
  // The mean daily headcount and cost summed over the days: worker-days in post, and cost, per replication.
  const workerDays = new Map<string, number>();
  const cost = new Map<string, number>();
  // Each cost part's daily mean summed over the days, by package and part series (models/costParts.ts).
  const partCost = new Map<string, Map<string, number>>();
  const partSeries = new Set<string>(COST_PARTS.map((part) => part.series));
  // The last day's mean headcount and cumulative separations: times the replications, the rows workers.csv and separations.csv hold.
  const endHeadcount = new Map<string, number>();
  const endSeparations = new Map<string, number>();
  const seriesNumbers = notNumbers(TIMESERIES_CSV_COLUMNS, [1, 3, 4, 5, 6]);
  // A team-state series has no value on a day nobody was in post in any replication, care quality on a day without contacts in any: NaN in all four cells.
  const noValue = (cells: readonly string[]) => UNMEASURED_SERIES.has(cells[2] as SeriesName) && cells.slice(3).every((c) => c === 'NaN');
  const seriesRowProblem = (cells: readonly string[]) =>
    arms.problem(cells[0]) ?? (SERIES_NAMES.has(cells[2]) ? undefined : `has metric ${JSON.stringify(cells[2])}, not a daily series cfsim records (models/observables.ts lists them)`) ?? (noValue(cells) ? notNumbers(TIMESERIES_CSV_COLUMNS, [1])(cells) : seriesNumbers(cells)) ?? dayProblem(cells[1], manifest.days);
  for await (const [policy, day, metric, mean, p05, p50, p95] of csvRows(timeseries, TIMESERIES_CSV_COLUMNS, seriesRowProblem)) {
    days.add(policy, metric);
    if (metric === 'headcount') workerDays.set(policy, (workerDays.get(policy) ?? 0) + Number(mean));
    else if (metric === 'cost') cost.set(policy, (cost.get(policy) ?? 0) + Number(mean));
    else if (partSeries.has(metric)) {
      const parts = partCost.get(policy) ?? partCost.set(policy, new Map()).get(policy)!;
      parts.set(metric, (parts.get(metric) ?? 0) + Number(mean));
    }
    const d = Number(day);
    if (d === lastDay && metric === 'headcount') endHeadcount.set(policy, Number(mean));
    if (d === lastDay && metric === 'cumulativeSeparations') endSeparations.set(policy, Number(mean));
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
  const workersCsv = join(dir, 'workers.csv');
  const workerProblem = (cells: readonly string[]) => arms.problem(cells[0]) ?? arms.repProblem(cells[1]) ?? workerRowProblem(cells);
  for await (const row of csvRows(workersCsv, WORKERS_CSV_COLUMNS, workerProblem)) {
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
  arms.checkRows(workersCsv, 'workers in post at the end', (policy) => totals.get(policy) ?? 0, endHeadcount, 'headcount');
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
  const separations = await separationCauses(join(dir, 'separations.csv'), arms, manifest.days, endSeparations, (policy) => ((workerDays.get(policy) ?? 0) * manifest.completedReps) / 365);
  const teams: TeamTotals[] = summary.policies.map(({ policy }) => ({
    policy,
    staffInPost: (workerDays.get(policy) ?? 0) / manifest.days,
    costPerYear: ((cost.get(policy) ?? 0) * 365) / manifest.days,
    // Results written before the cost had parts (or before its vacancy part) lack some of them: none then.
    ...(COST_PARTS.every((part) => partCost.get(policy)?.has(part.series))
      ? { costParts: Object.fromEntries(COST_PARTS.map((part) => [part.series, (partCost.get(policy)!.get(part.series)! * 365) / manifest.days])) }
      : {}),
  }));
  const burnoutSd = Object.fromEntries([...burnoutSums].map(([policy, v]) => [policy, populationSd(v.n, v.sum, v.squares)]));
  return { manifest, summary, burnoutSd, series, distributions, groups, support, separations, teams, ...(replicationValues ? { replicationValues } : {}) };
}

/** The header of separations.csv before it gave each reason's share (one main driver per row, no baseline). */
const SEPARATIONS_HEADER_WITHOUT_SHARES = 'policy,rep,day,worker,role,tenureDays,burnout,cf,satisfaction,reason';

/** The separations.csv headers the report reads: this version's, and 0.6.0's, before each row gave the leaver's livedExperience and livesInCommunity (which the report does not use). */
const SEPARATIONS_HEADERS: readonly (readonly string[])[] = [SEPARATIONS_CSV_COLUMNS, SEPARATIONS_CSV_COLUMNS.filter((c) => c !== 'livedExperience' && c !== 'livesInCommunity')];

/**
 * The columns of a separations.csv, from its first line: one of SEPARATIONS_HEADERS, undefined for
 * a file written before the shares, and this version's for anything else (which csvRows then refuses, naming the header).
 */
function separationsColumns(path: string): readonly string[] | undefined {
  const longest = Math.max(SEPARATIONS_HEADER_WITHOUT_SHARES.length, ...SEPARATIONS_HEADERS.map((h) => h.join(',').length));
  const first = fileHeaderLine(path, longest);
  if (first === SEPARATIONS_HEADER_WITHOUT_SHARES) return undefined;
  return SEPARATIONS_HEADERS.find((h) => h.join(',') === first) ?? SEPARATIONS_CSV_COLUMNS;
}

/**
 * separations.csv summed by package and reason, per 100 worker-years in post (`workerYears` of a
 * package, all replications pooled): each separation counts as its shares of the reasons, so a
 * package's reasons add up to its separations. Undefined for a file written before the shares
 * (chart 9 then says to write the results again; the other charts are drawn).
 */
async function separationCauses(path: string, arms: Arms, days: number, endSeparations: ReadonlyMap<string, number>, workerYears: (policy: string) => number): Promise<SeparationCause[] | undefined> {
  const columns = separationsColumns(path);
  if (columns === undefined) return undefined;
  const sums = new Map<string, number>();
  const rows = new Map<string, number>();
  const firstShare = columns.indexOf('shareBaseline');
  const rowProblem = separationRowProblem(columns);
  const problem = (cells: readonly string[]) => arms.problem(cells[0]) ?? arms.repProblem(cells[1]) ?? rowProblem(cells) ?? dayProblem(cells[2], days);
  for await (const row of csvRows(path, columns, problem)) {
    rows.set(row[0], (rows.get(row[0]) ?? 0) + 1);
    SEPARATION_REASONS.forEach((reason, k) => {
      const key = `${row[0]}\u0000${reason}`;
      sums.set(key, (sums.get(key) ?? 0) + Number(row[firstShare + k]));
    });
  }
  arms.checkRows(path, 'separations', (policy) => rows.get(policy) ?? 0, endSeparations, 'cumulativeSeparations');
  return arms.names.flatMap((policy) =>
    SEPARATION_REASONS.map((reason) => {
      const separations = sums.get(`${policy}\u0000${reason}`) ?? 0;
      const years = workerYears(policy);
      return { policy, reason, separations, workerYears: years, per100WorkerYears: years > 0 ? (100 * separations) / years : 0 };
    }),
  );
}

/**
 * Refuses a replications.csv that is not the run's: a row that is not a finished replication of
 * one of its arms, or lacks a number, an arm's replication given twice or missing (each arm has
 * one row per finished replication), or a metric whose mean over an arm's rows is not
 * summary.json's mean (within rounding: the file holds every value in full), so rows removed,
 * repeated or edited are found. Results written before cfsim wrote the file have none, and are
 * reported without it. Its columns are policy, rep and summary.json's metrics in their order
 * (REPLICATIONS_CSV_COLUMNS for this version), so the results of a version with other metrics are
 * checked against their own summary.
 */
/** Each arm's values of the key metrics in each replication (SENSITIVITY_METRICS: how differences move with drawn values; VALUE_FOR_MONEY_METRICS; PACKAGE_SPENDING_INPUT_METRICS: report --budget's), as replications.csv holds them. */
type ReplicationValues = NonNullable<ReportData['replicationValues']>;

async function checkReplications(path: string, arms: Arms, summary: ReportData['summary'], discountRate: number): Promise<ReplicationValues | undefined> {
  if (!existsSync(path)) return undefined;
  // At a discount rate above 0, value for money's discounted leavers and costs follow the metrics.
  const discounted: readonly string[] = discountRate > 0 ? DISCOUNTED_CSV_COLUMNS : [];
  const columns = ['policy', 'rep', ...Object.keys(summary.policies[0]?.metrics ?? {}), ...discounted];
  const metricColumns = columns.slice(2, columns.length - discounted.length) as (keyof (typeof summary.policies)[number]['metrics'])[];
  // NaN is a metric with nothing to measure in that replication (summary.json leaves it out).
  const numbersProblem = (cells: readonly string[]) => notNumbers(columns, columns.map((_, i) => i).filter((i) => i >= 2 && cells[i] !== 'NaN'))(cells);
  const reps = arms.reps;
  const seen = new Map(arms.names.map((name) => [name, new Uint8Array(reps)]));
  const sums = new Map(arms.names.map((name) => [name, new Float64Array(metricColumns.length)]));
  const kept: string[] = [...new Set<string>([...SENSITIVITY_METRICS, ...VALUE_FOR_MONEY_METRICS, ...PLANE_METRICS, ...PACKAGE_SPENDING_INPUT_METRICS])].filter((m) => (metricColumns as string[]).includes(m)).concat(discounted);
  const values = new Map(arms.names.map((name) => [name, Object.fromEntries(kept.map((m) => [m, new Float64Array(reps)]))]));
  const counts = new Map(arms.names.map((name) => [name, new Uint32Array(metricColumns.length)]));
  const problem = (cells: readonly string[]) => {
    const wrong = arms.problem(cells[0]) ?? arms.repProblem(cells[1]) ?? numbersProblem(cells);
    if (wrong !== undefined) return wrong;
    const rows = seen.get(cells[0])!;
    const rep = Number(cells[1]);
    if (rows[rep] === 1) return `has rep ${rep} of ${JSON.stringify(cells[0])} again (an earlier line has it)`;
    rows[rep] = 1;
    return undefined;
  };
  for await (const cells of csvRows(path, columns, problem)) {
    const mine = values.get(cells[0])!;
    for (const m of kept) mine[m][Number(cells[1])] = Number(cells[columns.indexOf(m)]);
    const sum = sums.get(cells[0])!;
    const count = counts.get(cells[0])!;
    for (let j = 0; j < metricColumns.length; j++) {
      if (cells[j + 2] === 'NaN') continue;
      sum[j] += Number(cells[j + 2]);
      count[j]++;
    }
  }
  const refuse = (message: string) => new InputError([{ path, value: undefined, message: `${message}; write the results again (manifest.json holds the command)` }], 'results folder');
  for (const [p, name] of arms.names.entries()) {
    const rows = seen.get(name)!.reduce((n, x) => n + x, 0);
    if (rows !== reps) throw refuse(`it has ${rows} rows of ${JSON.stringify(name)}, where manifest.json's completedReps is ${reps} (one row per finished replication), so the file was cut short or damaged`);
    const metrics = summary.policies[p].metrics;
    for (const [j, metric] of metricColumns.entries()) {
      const expected = metrics[metric]?.mean;
      if (expected === undefined) continue; // a metric of another version's summary
      const n = counts.get(name)![j];
      // null in summary.json: no replication had a value, as no row does.
      const mean = n > 0 ? sums.get(name)![j] / n : null;
      if (expected === null ? mean === null : mean !== null && Math.abs(mean - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) continue;
      throw refuse(`the mean ${metric} of its ${n} rows${n < reps ? ' with a value' : ''} of ${JSON.stringify(name)} is ${mean}, where summary.json's policies[${p}].metrics.${metric}.mean is ${expected}, so the two files are not one run's results (or one was edited)`);
    }
  }
  const discountedProblem = discountRate > 0 ? discountedColumnsProblem(values, summary, discountRate) : undefined;
  if (discountedProblem !== undefined) throw refuse(`${discountedProblem}, so the two files are not one run's results (or one was edited)`);
  return values;
}

const SERIES_NAMES = new Set<string>(DAILY_SERIES.map((s) => s.name));

/** What is wrong with a `day` cell (already a number) of a run of `days` days, if anything: days count from 0 to days − 1. */
function dayProblem(cell: string, days: number): string | undefined {
  const day = Number(cell);
  return Number.isInteger(day) && day >= 0 && day < days ? undefined : `has day ${cell}, outside the run's days: expected a whole number from 0 to ${days - 1} (manifest.json: days ${days})`;
}

/** The separations.csv columns that hold a number: all but policy, role, reason and the true / false flags. */
const SEPARATION_TEXT_COLUMNS: ReadonlySet<string> = new Set(['policy', 'role', 'reason', 'livedExperience', 'livesInCommunity']);

/**
 * What cfsim never writes in a separations.csv row with `columns`: a cell that should be a number
 * and is not, an unknown role or reason, a flag other than true or false, a share outside 0 to 1.
 */
function separationRowProblem(columns: readonly string[]): (cells: readonly string[]) => string | undefined {
  const numbersProblem = notNumbers(
    columns,
    columns.flatMap((c, i) => (SEPARATION_TEXT_COLUMNS.has(c) ? [] : [i])),
  );
  const role = columns.indexOf('role');
  const reason = columns.indexOf('reason');
  const flags = ['livedExperience', 'livesInCommunity'].map((c) => columns.indexOf(c)).filter((i) => i >= 0);
  const firstShare = columns.indexOf('shareBaseline');
  return (cells) => {
    const wrong = numbersProblem(cells);
    if (wrong !== undefined) return wrong;
    if (!isRole(cells[role])) return `has role ${JSON.stringify(cells[role])}, not a role of this model`;
    for (const i of flags) if (cells[i] !== 'true' && cells[i] !== 'false') return `has ${columns[i]} ${JSON.stringify(cells[i])}, not true or false`;
    if (!(SEPARATION_REASONS as readonly string[]).includes(cells[reason])) return `has reason ${JSON.stringify(cells[reason])}, not one of ${SEPARATION_REASONS.join(', ')}`;
    for (let i = firstShare; i < firstShare + SEPARATION_REASONS.length; i++) {
      const share = Number(cells[i]);
      if (!(share >= 0 && share <= 1)) return `has ${columns[i]} ${cells[i]}, outside 0 to 1 (a share of the leaver's separation hazard)`;
    }
    return undefined;
  };
}

/** The arms (packages, or scenarios) of a run and its finished replications, which every row of its CSV files must name. */
class Arms {
  readonly names: readonly string[];
  private readonly known: ReadonlySet<string>;
  private readonly kind: string;
  /** The finished replications (manifest.json's completedReps). */
  readonly reps: number;

  constructor(manifest: ReportData['manifest'], names: readonly string[]) {
    this.names = names;
    this.known = new Set(names);
    this.kind = armKind(manifest) === 'scenarios' ? 'scenario' : 'package';
    this.reps = manifest.completedReps;
  }

  /** What is wrong with a row's `policy` cell, if it names none of the run's arms. */
  problem(policy: string): string | undefined {
    return this.known.has(policy) ? undefined : `has policy ${JSON.stringify(policy)}, not a ${this.kind} of this run: expected one of ${this.names.map((n) => JSON.stringify(n)).join(', ')} (manifest.json: scenarios)`;
  }

  /** What is wrong with a row's `rep` cell, if it is not a finished replication (they are numbered from 0, in order). */
  repProblem(cell: string): string | undefined {
    const rep = Number(cell);
    if (isNumberCell(cell) && Number.isInteger(rep) && rep >= 0 && rep < this.reps) return undefined;
    return `has rep ${JSON.stringify(cell)}, not a finished replication: expected a whole number from 0 to ${this.reps - 1} (manifest.json: completedReps ${this.reps})`;
  }

  /**
   * Refuses `path` unless each arm has as many rows (`count`) as timeseries.csv's `series` on the
   * last day gives over the finished replications (its mean times their number, `ends`): rows
   * removed, or added, are then found, even all of one arm's.
   */
  checkRows(path: string, what: string, count: (policy: string) => number, ends: ReadonlyMap<string, number>, series: string): void {
    for (const policy of this.names) {
      const end = ends.get(policy);
      if (end === undefined) continue;
      const expected = end * this.reps;
      const rows = count(policy);
      if (Math.abs(rows - expected) < 0.5) continue;
      throw new InputError(
        [
          {
            path,
            value: undefined,
            message: `it has ${rows} rows of ${JSON.stringify(policy)}, where timeseries.csv gives ${Math.round(expected)} ${what} (its mean ${series} on the last day, ${end}, times the ${this.reps} finished replications), so the file was cut short or damaged; write the results again (manifest.json holds the command)`,
          },
        ],
        'results folder',
      );
    }
  }
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

/** Where manifest.json and summary.json disagree on the run (its version, seed, days, replications, status, packages or scenarios), if they do. */
function documentsMismatch(manifest: ReportData['manifest'], summary: ReportData['summary']): string | undefined {
  const fields: [field: string, summarised: unknown, manifestField: string, run: unknown][] = [
    ['cfsim', summary.cfsim, 'cfsim', manifest.cfsim],
    ['seed', summary.seed, 'seed', manifest.seed],
    ['days', summary.days, 'days', manifest.days],
    ['reps', summary.reps, 'completedReps', manifest.completedReps],
  ];
  // A run stopped early says so in both files (summaries written before 2026-11-30 did not say it: no status is no contradiction).
  if (summary.status !== undefined) fields.push(['status', summary.status, 'status', manifest.status], ['requestedReps', summary.requestedReps, 'reps', manifest.reps]);
  for (const [field, summarised, manifestField, run] of fields) {
    if (summarised !== run) return `its ${field} is ${JSON.stringify(summarised)}, where manifest.json's ${manifestField} is ${JSON.stringify(run)}`;
  }
  const run = manifest.scenarios.map((s) => s.policy.name);
  const summarised = summary.policies.map((p) => p.policy);
  if (run.join('\u0000') !== summarised.join('\u0000')) return `it summarises ${JSON.stringify(summarised)}, where manifest.json ran ${JSON.stringify(run)}`;
  // run with several packages has no differences; compare has one per package after the first.
  const differences = summary.differences;
  if (differences === undefined) return undefined;
  if (differences.length !== summarised.length - 1) return `it has ${differences.length} paired differences for ${summarised.length} packages (a comparison has one per package after the first)`;
  for (const [i, d] of differences.entries()) {
    const expected = { policy: summarised[i + 1], vs: summarised[0] };
    for (const field of ['policy', 'vs'] as const) {
      if (d[field] !== expected[field]) return `its differences[${i}].${field} is ${JSON.stringify(d[field])}; expected ${JSON.stringify(expected[field])} (differences[${i}] is ${JSON.stringify(expected.policy)} against the baseline ${JSON.stringify(expected.vs)}, in the order of policies)`;
    }
  }
  return undefined;
}

