// `npm run odd-figures`: every figure of docs/ODD.md §4 "Effects that run against intuition", through
// the built CLI (dist/cfsim.js) with fixed seeds, printed labelled in the order the section quotes them,
// each under the command that measures it. The Morris plans are the YAML files of bench/oddFigures/;
// their sweeps run in a temporary folder, removed at the end, also when Ctrl-C or a kill stops the script (the
// command in progress is stopped first, so nothing writes there after). The commands in progress go to stderr.
// Takes about 2.5 minutes on 2 cores (docs/ODD.md says the time measured).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { signalExitCode } from '../bin/stopSignals';

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

let running: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;
// A signal stops the command in progress (it goes to that command alone when sent to this process by
// its id); the script then stops at once, removing the temporary folder.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    running?.kill(signal);
  });
}

function cfsim(args: readonly string[]): Promise<string> {
  if (stoppedBy !== undefined) return Promise.reject(new Error(`stopped by ${stoppedBy}`));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    running = child;
    // Logged once the command is started, so that a signal sent after this line reaches it.
    process.stderr.write(`cfsim ${args.map((a) => (a.startsWith(scratch) ? relative(scratch, a) || '.' : a)).join(' ')}\n`);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      if (code === 0) resolve(stdout);
      else reject(new Error(`cfsim ${args.join(' ')} failed (exit ${code ?? signal}):\n${stderr}`));
    });
  });
}

/** Means over the replications of `cfsim run` (RUN) with these --set values. */
async function runMeans(...sets: string[]): Promise<Record<string, number>> {
  const json = JSON.parse(await cfsim([...RUN.split(' '), ...sets.flatMap((s) => ['--set', s]), '--json'])) as RunJson;
  versions.add(json.cfsim);
  return Object.fromEntries(Object.entries(json.policies[0].metrics).map(([metric, m]) => [metric, m.mean]));
}

/** The Morris rows of a plan's sweep (the plan file, with another seed where given). */
async function morris(plan: string, seed?: number): Promise<Record<string, Record<string, MorrisRow>>> {
  const name = `${plan.split('/').pop()!.replace(/\.yaml$/, '')}${seed === undefined ? '' : `-seed${seed}`}`;
  let planPath = plan;
  if (seed !== undefined) {
    planPath = join(scratch, `${name}.json`);
    writeFileSync(planPath, JSON.stringify({ ...(parseYaml(readFileSync(join(root, plan), 'utf8')) as object), seed }));
  }
  const out = join(scratch, name);
  await cfsim(['sweep', planPath, '--out', out]);
  const analysis = JSON.parse(await cfsim(['analyze', out, '--json'])) as AnalysisJson;
  if (analysis.status !== 'complete') throw new Error(`the sweep of ${plan} is ${analysis.status}, not complete`);
  versions.add(analysis.cfsim);
  return Object.fromEntries(Object.entries(analysis.morris).map(([metric, rows]) => [metric, Object.fromEntries(rows.map((r) => [r.parameter, r]))]));
}

const fixed = (x: number, digits: number) => x.toFixed(digits).replace(/^-/, '−');
const percent = (x: number, digits = 1) => `${fixed(100 * x, digits)}%`;
const arrow = (a: number, b: number, show: (x: number) => string) => `${show(a)} → ${show(b)}`;

try {
  const stigmaLow = await runMeans('community.stigma=0.1');
  const stigmaHigh = await runMeans('community.stigma=0.8');
  const stayLow = await runMeans('community.stigma=0.1', 'coefficients.separationBase=0');
  const stayHigh = await runMeans('community.stigma=0.8', 'coefficients.separationBase=0');
  const statusQuo = await runMeans('policy.compensation.payRaise=0');
  const raised = await runMeans('policy.compensation.payRaise=0.2');
  const large = await morris(LARGE_PLAN);
  const small: Record<string, Record<string, MorrisRow>>[] = [];
  for (const seed of SMALL_SEEDS) small.push(await morris(SMALL_PLAN, seed === 1 ? undefined : seed));
  if (stoppedBy !== undefined) throw new Error(`stopped by ${stoppedBy}`);
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
  // μ* is the mean of the effects' sizes, μ of the effects, summed alike: μ* = −μ exactly when no effect is above 0.
  const positive = (rows: Record<string, MorrisRow>) => (rows['coefficients.separationCf'].muStar === -rows['coefficients.separationCf'].mu ? 'none' : 'some');
  line(`  elementary effects above 0 (μ* = −μ where none): ${positive(large.proqolBO)} on burnout, ${positive(large.proqolSTS)} on mean STS`);
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
} catch (error) {
  if (stoppedBy === undefined) throw error;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (stoppedBy !== undefined) {
  process.stderr.write(`npm run odd-figures: stopped by ${stoppedBy}; no figures printed\n`);
  process.exit(signalExitCode(stoppedBy));
}

/** Morris rows of a share (turnover) in percentage points. */
function mapPercent(rows: Record<string, MorrisRow>): Record<string, MorrisRow> {
  return Object.fromEntries(Object.entries(rows).map(([p, r]) => [p, { ...r, mu: 100 * r.mu, muStar: 100 * r.muStar, sigma: 100 * r.sigma }]));
}
