import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../sim/params/issues';
import type { Plan } from '../scenarios/plan';
import { parameterFigure } from '../viz/specs/readableNumber';

// The point a grid's paired differences are measured from, once `cfsim analyze --vs` chose it:
// analysis.json records it (`differences.vs`); a resume, a new sweep or a merge that removes
// analysis.json keeps it in sweep.json (`vs`). Every later analysis without --vs (analyze's, the
// Slurm merge job's, a report's) measures from it, until --vs chooses again (--vs 0: point 0, itself a choice, recorded as one: analysis.json's
// `differences.chosen`, sweep.json's `vs` with point 0, so that a merge does not take the shards'
// point over it). Folders written by 0.30.0 record point 0 as no choice (no `chosen`).
// sweep.json keeps it only while there is no analysis.json: an analysis that records its own point
// drops sweep.json's (bin/keptChoices.ts), so an analysis.json removed by hand after --vs 0 does not bring back the old one.

/** A recorded choice of point (0 included where chosen): its number, its parameter values (by path) and the file that records it. */
export interface RecordedBaseline {
  readonly point: number;
  readonly values: Readonly<Record<string, unknown>>;
  readonly file: string;
}

/** What sweep.json keeps of it. */
export type KeptBaseline = Pick<RecordedBaseline, 'point' | 'values'>;

/** The columns of an analysis.json points row that are not parameters. */
const STATISTICS = ['mean', 'p05', 'p95', 'se'];

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) return undefined; // a file cut short: nothing recorded
    throw error;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isPoint = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/**
 * The point `dir/analysis.json` measured its paired differences from, with that point's values
 * (from its points row), or undefined for point 0 by default (not `chosen`) or nothing readable. `present` says whether
 * there is an analysis.json at all (one measuring from point 0 overrides what sweep.json keeps).
 */
function analysisBaseline(dir: string): { present: boolean; baseline?: RecordedBaseline } {
  const file = join(dir, 'analysis.json');
  const analysis = readJson(file);
  if (!isRecord(analysis)) return { present: analysis !== undefined };
  const differences = analysis.differences;
  if (!isRecord(differences) || !isPoint(differences.vs) || !isRecord(differences.metrics) || !Array.isArray(analysis.points)) return { present: true };
  if (differences.vs === 0 && differences.chosen !== true) return { present: true };
  const row: unknown = analysis.points[differences.vs];
  if (!isRecord(row)) return { present: true };
  // The parameters' columns stand between point and runs (differences.metrics is empty where the point had no run to measure from).
  const keys = Object.keys(row);
  const runs = keys.indexOf('runs');
  const metrics = Object.keys(differences.metrics);
  const values = Object.fromEntries(Object.entries(row).filter(([key], i) => key !== 'point' && (runs < 0 || i < runs) && key !== 'runs' && !metrics.some((m) => STATISTICS.some((s) => key === `${m}.${s}`))));
  return { present: true, baseline: { point: differences.vs, values, file } };
}

/** The point `dir/sweep.json` keeps from an earlier analysis (of this folder, before a resume, new sweep or merge removed it, or of the shards merged into it), if any. */
export function keptBaseline(dir: string): RecordedBaseline | undefined {
  const file = join(dir, 'sweep.json');
  const status = readJson(file);
  const vs = isRecord(status) ? status.vs : undefined;
  return isRecord(vs) && isPoint(vs.point) && isRecord(vs.values) ? { point: vs.point, values: vs.values, file } : undefined;
}

/** The point the folder records: analysis.json's if it has one (point 0 included), else sweep.json's. */
export function recordedBaseline(dir: string): RecordedBaseline | undefined {
  const analysis = analysisBaseline(dir);
  return analysis.present ? analysis.baseline : keptBaseline(dir);
}

/** What a resume, new sweep or merge writes in sweep.json's `vs` before it removes analysis.json: the recorded point, if any. */
export function baselineToKeep(dir: string): { vs: KeptBaseline } | Record<string, never> {
  const recorded = recordedBaseline(dir);
  return recorded ? { vs: { point: recorded.point, values: recorded.values } } : {};
}

/**
 * Whether two recorded points are the same point: the same parameters with the same values. Their
 * numbers may differ (a folder swept again with a plan whose points moved records the number then),
 * and the same number may be another point.
 */
export function samePoint(a: KeptBaseline, b: KeptBaseline): boolean {
  const keys = Object.keys(a.values);
  return keys.length === Object.keys(b.values).length && keys.every((key) => Object.hasOwn(b.values, key) && Object.is(a.values[key], b.values[key]));
}

/** The number of the point of `plan` (whose points have `values`) that has these parameter values, or −1 (another plan's point). */
export function pointWithValues(recorded: Readonly<Record<string, unknown>>, plan: Plan, values: readonly (readonly unknown[])[]): number {
  const paths = plan.parameters.map((p) => p.path);
  const keys = Object.keys(recorded);
  const same = keys.length === paths.length && paths.every((p) => keys.includes(p));
  return same ? values.findIndex((row) => paths.every((path, d) => row[d] === recorded[path])) : -1;
}

/** A point's values as the points table prints them: PATH=VALUE, joined by commas (as `--vs` takes them). */
export function valuesText(values: Readonly<Record<string, unknown>>): string {
  return Object.entries(values)
    .map(([path, v]) => `${path}=${typeof v === 'number' ? parameterFigure(v) : String(v)}`)
    .join(',');
}

/**
 * The point of this plan (`values`: one row per point) a recorded point names: the one with the
 * same parameters and values, so a plan that gained levels still finds it. Undefined, with `note`
 * told why, when no point of the plan has them: its differences are then measured from point 0.
 * A point found without a successful run (`counts`) is refused, saying which file chose it and
 * what to do, as no replication pairs with it: first, in a folder still to be completed (an
 * unfinished sweep, a shard, one being written), `pending`, what completes it.
 */
export function recordedPoint(recorded: RecordedBaseline, plan: Plan, values: readonly (readonly unknown[])[], counts: ArrayLike<number>, dir: string, note?: (line: string) => void, pending?: string): number | undefined {
  const paths = plan.parameters.map((p) => p.path);
  const point = pointWithValues(recorded.values, plan, values);
  const named = `point ${recorded.point} (${valuesText(recorded.values)})`;
  const kept = recorded.file.endsWith('sweep.json');
  // A plan whose points moved (a new sweep into the folder) has the values at another number: the --vs then named its point in the plan then.
  const then = point >= 0 && point !== recorded.point ? `, its point ${recorded.point} in the plan then` : '';
  const how = kept ? `keeps from an earlier analysis past a resume, new sweep or merge (cfsim analyze --vs ${recorded.point}${then})` : `records (cfsim analyze --vs ${recorded.point}${then})`;
  if (point < 0) {
    note?.(`paired differences from point 0: ${named}, which ${recorded.file} ${how}, is not a point of this plan (choose another with cfsim analyze ${dir} --vs POINT)`);
    return undefined;
  }
  // Point 0 chosen measures from point 0, as without a choice: no note, and no differences where it has no run.
  if (point === 0 && recorded.point === 0) return 0;
  if (counts[point] === 0) {
    const withRuns = Array.from(counts, (c, p) => (c > 0 ? p : -1)).filter((p) => p >= 0);
    const list = withRuns.length <= 10 ? withRuns.join(', ') : `${withRuns.slice(0, 10).join(', ')} and ${withRuns.length - 10} more`;
    throw new InputError(
      [
        {
          path: kept ? 'vs' : 'differences.vs',
          value: recorded.point,
          message: `${named}, the point paired differences are measured from, which ${recorded.file} ${how}, has no successful run in ${join(dir, 'runs.csv')}, so no replication pairs with it; ${pending ? `${pending}; or ` : ''}run cfsim analyze ${dir} --vs POINT with a point that has runs (${list}), or --vs 0 for point 0`,
        },
      ],
      'sweep folder',
    );
  }
  // Where the values are point 0's now, --vs 0 would change nothing: no such advice.
  const pointZero = point === 0 ? '' : `; cfsim analyze ${dir} --vs 0 measures them from point 0${then ? ` (${valuesText(Object.fromEntries(paths.map((path, d) => [path, values[0][d]])))})` : ' again'}`;
  note?.(`paired differences from point ${point} (${valuesText(recorded.values)}), which ${recorded.file} ${how}${pointZero}`);
  return point;
}
