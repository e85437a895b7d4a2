import { InputError } from '../sim/params/issues';
import type { Plan } from '../scenarios/plan';
import { wholeNumberOf } from './flags';
import { parameterValueFigure } from '../viz/specs/readableNumber';

// `cfsim analyze --vs POINT`: the grid point the paired differences are measured from.

/** What `--vs` takes, for messages. */
const ALLOWED = "a point's number as the points table gives it, or its parameter values as PATH=VALUE, several joined by commas";

/** Whether `text` names the value `v`: as printed (0.5, opt-out, true), or as the same number written otherwise (0.50). */
function names(v: unknown, text: string): boolean {
  if (String(v) === text || parameterValueFigure(v) === text) return true;
  return typeof v === 'number' && text.trim() !== '' && Number(text) === v;
}

/**
 * The point `--vs` names (`raw`: its text, the last if given more than once), checked against the
 * plan's points (`values`, one row per point in the plan's order of parameters) and their
 * successful runs (`counts`): a number from 0 to the last point, or the parameter values of exactly
 * one point (`policy=opt-out-support,community.stigma=0.5`; a parameter left out may take any value).
 * Refuses, naming the value and what is allowed, a value that is neither, a point outside the
 * plan, and a point without a successful run (`runsPath` says where they are), which no other
 * point can be paired with.
 */
export function baselinePoint(raw: unknown, plan: Plan, values: readonly (readonly unknown[])[], counts: ArrayLike<number>, runsPath: string): number {
  const text = String(Array.isArray(raw) ? raw[raw.length - 1] : raw).trim();
  const last = values.length - 1;
  const refuse = (message: string): never => {
    throw new InputError([{ path: '--vs', value: text, message }], 'command line');
  };
  if (text === '') refuse(`has no value; expected ${ALLOWED}: a number from 0 to ${last}, or e.g. ${example(plan, values)}`);
  let point: number;
  if (text.includes('=')) {
    point = pointOfValues(text, plan, values, refuse);
  } else {
    point = wholeNumberOf(text);
    if (!Number.isSafeInteger(point)) refuse(`${JSON.stringify(text)} is not a point; expected ${ALLOWED}: a number from 0 to ${last}, or e.g. ${example(plan, values)}`);
    if (point < 0 || point > last) refuse(`there is no point ${point}: the plan has ${values.length} points, 0 to ${last}`);
  }
  if (counts[point] === 0) {
    const withRuns = Array.from(counts, (c, p) => (c > 0 ? p : -1)).filter((p) => p >= 0);
    refuse(`point ${point} has no successful run in ${runsPath}, so no replication pairs with it; give a point with runs (${pointList(withRuns)})`);
  }
  return point;
}

/** An example of the PATH=VALUE form, from point 1 (or 0) of the plan. */
function example(plan: Plan, values: readonly (readonly unknown[])[]): string {
  const row = values[Math.min(1, values.length - 1)] ?? [];
  return plan.parameters.map((p, d) => `${p.path}=${parameterValueFigure(row[d])}`).join(',');
}

/** Point numbers, the first 10 of them and how many more. */
function pointList(points: readonly number[]): string {
  return points.length <= 10 ? points.join(', ') : `${points.slice(0, 10).join(', ')} and ${points.length - 10} more`;
}

/** The one point whose values are those `text` gives (PATH=VALUE,...). */
function pointOfValues(text: string, plan: Plan, values: readonly (readonly unknown[])[], refuse: (message: string) => never): number {
  const paths = plan.parameters.map((p) => p.path);
  const wanted = text.split(',').map((pair) => {
    const at = pair.indexOf('=');
    const path = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const d = paths.indexOf(path);
    if (at < 0 || path === '' || value === '') refuse(`${JSON.stringify(pair.trim())} is not PATH=VALUE; expected ${ALLOWED}, e.g. ${example(plan, values)}`);
    if (d < 0) refuse(`${JSON.stringify(path)} is not a parameter of this sweep; its parameters are ${paths.join(', ')}`);
    const taken = [...new Set(values.map((row) => parameterValueFigure(row[d])))];
    if (!values.some((row) => names(row[d], value))) refuse(`${path} is never ${JSON.stringify(value)} in this sweep; its values are ${taken.join(', ')}`);
    return { d, value };
  });
  const matching = values.flatMap((row, p) => (wanted.every(({ d, value }) => names(row[d], value)) ? [p] : []));
  if (matching.length === 0) refuse(`no point has all of ${JSON.stringify(text)}; the points table lists each point's values, or give the point's number (0 to ${values.length - 1})`);
  if (matching.length > 1) {
    const open = paths.filter((_, d) => !wanted.some((w) => w.d === d));
    refuse(`${JSON.stringify(text)} fits ${matching.length} points (${pointList(matching)}); give ${open.join(' and ')} too, or the point's number`);
  }
  return matching[0];
}
