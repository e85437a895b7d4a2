// `npm run odd-figures`: every figure of docs/ODD.md §4 "Effects that run against intuition", through
// the built CLI (dist/cfsim.js) with fixed seeds, printed labelled in the order the section quotes them,
// each under the command that measures it. The Morris plans are the YAML files of bench/oddFigures/;
// their sweeps run in a temporary folder, removed at the end. The commands in progress go to stderr.
// Takes about 2.5 minutes on 2 cores (docs/ODD.md says the time measured).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cfsim.js');
const PLAN_FOLDER = 'bench/oddFigures';
const SMALL_PLAN = `${PLAN_FOLDER}/morris-6x3.yaml`;
const LARGE_PLAN = `${PLAN_FOLDER}/morris-20x10.yaml`;
/** The small screening is run again at these seeds, to show how far its figures move with the random numbers alone. */
const SMALL_SEEDS = [1, 2, 3, 4];
const RUN = 'run ma-outreach --policy status-quo --reps 20 --seed 1 --days 365';

interface MetricMean {
  readonly mean: number;
}
interface RunJson {
  readonly cfsim: string;
  readonly policies: readonly { readonly metrics: Record<string, MetricMean> }[];
}
interface MorrisRow {
  readonly parameter: string;
  readonly mu: number;
  readonly muStar: number;
  readonly sigma: number;
}
interface AnalysisJson {
  readonly cfsim: string;
  readonly status: string;
  readonly morris: Record<string, readonly MorrisRow[]>;
}

const versions = new Set<string>();
const scratch = mkdtempSync(join(tmpdir(), 'cfsim-odd-figures-'));

function cfsim(args: readonly string[]): string {
  process.stderr.write(`cfsim ${args.map((a) => (a.startsWith(scratch) ? relative(scratch, a) || '.' : a)).join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`cfsim ${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${r.stderr}`);
  return r.stdout;
}

/** Means over the replications of `cfsim run` (RUN) with these --set values. */
function runMeans(...sets: string[]): Record<string, number> {
  const json = JSON.parse(cfsim([...RUN.split(' '), ...sets.flatMap((s) => ['--set', s]), '--json'])) as RunJson;
  versions.add(json.cfsim);
  return Object.fromEntries(Object.entries(json.policies[0].metrics).map(([metric, m]) => [metric, m.mean]));
}

/** The Morris rows of a plan's sweep (the plan file, with another seed where given). */
function morris(plan: string, seed?: number): Record<string, Record<string, MorrisRow>> {
  const name = `${plan.split('/').pop()!.replace(/\.yaml$/, '')}${seed === undefined ? '' : `-seed${seed}`}`;
  let planPath = plan;
  if (seed !== undefined) {
    planPath = join(scratch, `${name}.json`);
    writeFileSync(planPath, JSON.stringify({ ...(parseYaml(readFileSync(join(root, plan), 'utf8')) as object), seed }));
  }
  const out = join(scratch, name);
  cfsim(['sweep', planPath, '--out', out]);
  const analysis = JSON.parse(cfsim(['analyze', out, '--json'])) as AnalysisJson;
  if (analysis.status !== 'complete') throw new Error(`the sweep of ${plan} is ${analysis.status}, not complete`);
  versions.add(analysis.cfsim);
  return Object.fromEntries(Object.entries(analysis.morris).map(([metric, rows]) => [metric, Object.fromEntries(rows.map((r) => [r.parameter, r]))]));
}

const fixed = (x: number, digits: number) => x.toFixed(digits).replace(/^-/, '−');
const percent = (x: number, digits = 1) => `${fixed(100 * x, digits)}%`;
const arrow = (a: number, b: number, show: (x: number) => string) => `${show(a)} → ${show(b)}`;

try {
  const stigmaLow = runMeans('community.stigma=0.1');
  const stigmaHigh = runMeans('community.stigma=0.8');
  const stayLow = runMeans('community.stigma=0.1', 'coefficients.separationBase=0');
  const stayHigh = runMeans('community.stigma=0.8', 'coefficients.separationBase=0');
  const statusQuo = runMeans('policy.compensation.payRaise=0');
  const raised = runMeans('policy.compensation.payRaise=0.2');
  const large = morris(LARGE_PLAN);
  const small = SMALL_SEEDS.map((seed) => morris(SMALL_PLAN, seed === 1 ? undefined : seed));
  const [version, ...others] = [...versions];
  if (others.length > 0) throw new Error(`the runs were made by different versions: ${[...versions].join(', ')}`);

  const line = (text: string) => process.stdout.write(`${text}\n`);
  const morrisLine = (label: string, rows: Record<string, MorrisRow>, parameter: string, digits: number) => {
    const r = rows[parameter];
    line(`  ${label}: μ ${fixed(r.mu, digits)}, μ* ${fixed(r.muStar, digits)}, σ ${fixed(r.sigma, digits)}`);
  };
  const smallLabel = (k: number) => `${SMALL_PLAN}${SMALL_SEEDS[k] === 1 ? '' : ` with seed: ${SMALL_SEEDS[k]}`}`;

  line(`docs/ODD.md §4 "Effects that run against intuition", measured by CFSim ${version}`);
  line('');
  line('Who is in post');
  line(`  cfsim ${RUN} --set community.stigma=V`);
  line(`  community.stigma 0.1 → 0.8: burnout ${arrow(stigmaLow.proqolBO, stigmaHigh.proqolBO, (x) => fixed(x, 1))}, turnover ${arrow(stigmaLow.turnoverPerYear, stigmaHigh.turnoverPerYear, (x) => percent(x, 0))} a year, mean STS ${arrow(stigmaLow.proqolSTS, stigmaHigh.proqolSTS, (x) => fixed(x, 2))}`);
  line(`  the same with --set coefficients.separationBase=0: mean STS ${arrow(stayLow.proqolSTS, stayHigh.proqolSTS, (x) => fixed(x, 2))}, turnover ${arrow(stayLow.turnoverPerYear, stayHigh.turnoverPerYear, (x) => percent(x, 0))}`);
  line(`  cfsim sweep ${LARGE_PLAN}, coefficients.separationCf (per its whole range, 0.7 to 1.6):`);
  morrisLine('on burnout', large.proqolBO, 'coefficients.separationCf', 2);
  morrisLine('on mean STS', large.proqolSTS, 'coefficients.separationCf', 2);
  line('');
  line('Supervision quality under opt-in');
  line(`  supervision sessions kept (supportUptake), cfsim ${RUN}: ${percent(statusQuo.supportUptake)}`);
  line('  policy.supervision.quality on turnoverPerYear (per its whole range, 0.2 to 0.9; percentage points a year):');
  small.forEach((s, k) => morrisLine(`cfsim sweep ${smallLabel(k)}`, mapPercent(s.turnoverPerYear), 'policy.supervision.quality', 2));
  morrisLine(`cfsim sweep ${LARGE_PLAN}`, mapPercent(large.turnoverPerYear), 'policy.supervision.quality', 2);
  morrisLine(`on mean STS, cfsim sweep ${LARGE_PLAN}`, large.proqolSTS, 'policy.supervision.quality', 3);
  line('');
  line('Noise in small designs');
  line(`  cfsim ${RUN} --set policy.compensation.payRaise=V`);
  line(`  payRaise 0 → 0.2: mean STS ${arrow(statusQuo.proqolSTS, raised.proqolSTS, (x) => fixed(x, 2))}, turnover ${arrow(statusQuo.turnoverPerYear, raised.turnoverPerYear, (x) => percent(x))} a year`);
  line('  policy.compensation.payRaise on mean STS (per its whole range, 0 to 0.2):');
  small.forEach((s, k) => morrisLine(`cfsim sweep ${smallLabel(k)}`, s.proqolSTS, 'policy.compensation.payRaise', 2));
  morrisLine(`cfsim sweep ${LARGE_PLAN}`, large.proqolSTS, 'policy.compensation.payRaise', 2);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Morris rows of a share (turnover) in percentage points. */
function mapPercent(rows: Record<string, MorrisRow>): Record<string, MorrisRow> {
  return Object.fromEntries(Object.entries(rows).map(([p, r]) => [p, { ...r, mu: 100 * r.mu, muStar: 100 * r.muStar, sigma: 100 * r.sigma }]));
}
