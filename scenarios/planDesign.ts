import type { Design } from '../sim/design/design';
import { fullGrid } from '../sim/design/fullGrid';
import { latinHypercube } from '../sim/design/latinHypercube';
import { morrisDesign, type MorrisDesign } from '../sim/design/morris';
import { randomDesign } from '../sim/design/randomDesign';
import { saltelliDesign } from '../sim/design/saltelli';
import { gridLevelValue, listIndex, roundInRange, scaleCoordinate } from '../sim/design/scale';
import { createStream } from '../sim/random/stream';
import type { Plan } from './plan';
import { resolveScenario } from './resolve';
import { changeDayWhy } from './changes';
import type { Scenario } from './schema';
import { formatIssue, InputError, type InputIssue } from '../sim/params/issues';

/** A plan's points: the unit design and each point's parameter values (in plan.parameters order). */
export interface PlanDesign {
  readonly design: Design;
  readonly values: readonly (readonly unknown[])[];
  /** Only for morris designs (the analysis needs the trajectories). */
  readonly morris?: MorrisDesign;
}

/** A grid's values per parameter: `levels` evenly spaced from min to max (both included; an integer range has at most max − min + 1), or each of a list's values. */
export function gridLevels(plan: Plan): number[] {
  return plan.parameters.map((p) => (p.kind === 'values' ? p.values.length : p.integer ? Math.min(plan.levels, p.max - p.min + 1) : plan.levels));
}

/** How many points a plan's design has, counted without building it. */
export function designPointCount(plan: Plan): number {
  const k = plan.parameters.length;
  switch (plan.design) {
    case 'grid':
      return gridLevels(plan).reduce((product, n) => product * n, 1);
    case 'random':
    case 'lhs':
      return plan.points;
    case 'sobol':
      return plan.points * (k + 2);
    case 'morris':
      return plan.points * (k + 1);
  }
}

/** The design of a plan: deterministic for the plan (its seed drives the random designs). */
export function planDesign(plan: Plan): PlanDesign {
  const k = plan.parameters.length;
  const u = createStream({ seed: plan.seed, point: 0, replication: 0 }, 'design');
  let design: Design;
  let morris: MorrisDesign | undefined;
  switch (plan.design) {
    case 'grid':
      design = fullGrid(gridLevels(plan), { endpoints: true });
      break;
    case 'random':
      design = randomDesign(plan.points, k, u);
      break;
    case 'lhs':
      design = latinHypercube(plan.points, k, u);
      break;
    case 'sobol':
      design = saltelliDesign(plan.points, k);
      break;
    case 'morris':
      morris = morrisDesign(plan.points, k, plan.levels, u);
      design = morris;
      break;
  }
  return { design, values: pointValues(plan, design, 'rounded'), morris };
}

/** The levels of each parameter's grid, for the designs whose coordinates lie on one (grid, morris). */
function designLevels(plan: Plan): readonly number[] | undefined {
  if (plan.design === 'grid') return gridLevels(plan);
  if (plan.design === 'morris') return plan.parameters.map(() => plan.levels);
  return undefined;
}

/**
 * Each point's parameter values: a list's value, an integer range's whole number, a continuous
 * range's value. `rounded` (this version): on a grid or Morris design, each level computed from
 * the range's ends (gridLevelValue), on the others min + u·(max − min) for the unit coordinate
 * u, both rounded to 12 significant digits of the range's width within min to max
 * (roundInRange). `scaled` (versions before 2026-12-02 for random, LHS and Sobol designs, before
 * 2026-12-01 for grid and Morris): min + u·(max − min) as it comes (0.6812499999999999).
 */
function pointValues(plan: Plan, design: Design, values: 'rounded' | 'scaled'): unknown[][] {
  const k = plan.parameters.length;
  const levels = values === 'rounded' ? designLevels(plan) : undefined;
  const points: unknown[][] = [];
  for (let i = 0; i < design.count; i++) {
    points.push(
      plan.parameters.map((p, d) => {
        const x = design.points[i * k + d];
        if (p.kind === 'values') return p.values[listIndex(x, p.values.length)];
        if (p.integer) return scaleCoordinate(x, { min: p.min, max: p.max, integer: true });
        const range = { min: p.min, max: p.max };
        if (levels) return gridLevelValue(Math.round(x * (levels[d] - 1)), levels[d], range);
        return values === 'rounded' ? roundInRange(scaleCoordinate(x, range), range) : scaleCoordinate(x, range);
      }),
    );
  }
  return points;
}

/** plan.json's record of each point: its index and its value of each parameter, by path. */
export function pointRecords(plan: Plan, values: readonly (readonly unknown[])[]): Record<string, unknown>[] {
  return values.map((v, point) => ({ point, ...Object.fromEntries(plan.parameters.map((p, d) => [p.path, v[d]])) }));
}

/**
 * The plan's design with the values a sweep folder's plan.json records for its points, when they
 * are the plan's: as this version computes them, or as earlier versions did. Versions before
 * 2026-12-02 scaled random, LHS and Sobol values without rounding (0.6812499999999999 where this
 * version gives 0.68125), versions before 2026-12-01 grid and Morris levels too (0.2 to 0.9 in 3
 * levels gave 0.8999999999999999 where this version gives 0.9), and took a Sobol design's base
 * rows from point 1 of the sequence. Those sweeps' rows hold those values, and they are analysed,
 * resumed and merged with them. Undefined when the record is none of these.
 */
export function recordedPlanDesign(plan: Plan, recorded: unknown): PlanDesign | undefined {
  const current = planDesign(plan);
  const text = JSON.stringify(recorded);
  const records = (values: readonly (readonly unknown[])[]) => JSON.stringify(pointRecords(plan, values)) === text;
  if (records(current.values)) return current;
  const scaled = pointValues(plan, current.design, 'scaled');
  if (records(scaled)) return { ...current, values: scaled };
  if (plan.design === 'sobol') {
    // Before 2026-12-01 the base rows were Sobol points 1 to n (saltelliSkip in sim/design/saltelli.ts).
    const design = saltelliDesign(plan.points, plan.parameters.length, { skip: 1 });
    const values = pointValues(plan, design, 'scaled');
    if (records(values)) return { design, values };
  }
  return undefined;
}

/**
 * What sets a sweep's horizon, as a problem with a change's day names it: a point's own days
 * where the plan varies them, else the plan's set, else the scenario file the plan builds on
 * where it gives days (`fileDays`: its name), else the base population.
 */
export function sweepHorizonSource(plan: { readonly setsDays: boolean; readonly variesDays: boolean; readonly fileDays?: string }): string {
  if (plan.variesDays) return "this point's days (a parameter of the plan)";
  if (plan.setsDays) return "the plan's set: { days }";
  return plan.fileDays !== undefined ? `${plan.fileDays}'s days (give another with set: { days: N })` : "the default horizon (give another with set: { days: N })";
}

/** The name of the scenario a plan builds on, where that scenario gives its own days. */
export const fileDaysOf = (scenario: Plan['scenario']): string | undefined => (scenario && Object.hasOwn(scenario.content, 'days') ? (scenario.file ?? 'base.scenario') : undefined);

/**
 * The parameter that varies the support package (`policy: { values: [status-quo, opt-out-support] }`),
 * named as `base.policy` and `--policy` name it. A point's package is resolved as `--policy` is,
 * and the plan's set and the point's other values (a varied `policy.*` lever among them) apply on
 * top of it, as `--set` does on top of `--policy`.
 */
export const PACKAGE_PARAMETER = 'policy';

/** The scenario of one point: the base (presets, or the scenario the plan carries), the point's package (or the plan's), the plan's set, then the point's values. */
export function pointScenario(plan: Plan, values: readonly unknown[]): Scenario {
  const pkg = plan.parameters.findIndex((p) => p.path === PACKAGE_PARAMETER);
  return resolveScenario({
    file: plan.scenario?.content,
    population: plan.scenario ? undefined : plan.population,
    policy: pkg >= 0 ? String(values[pkg]) : plan.policy,
    overrides: [...plan.set, ...plan.parameters.flatMap((p, d) => (d === pkg ? [] : [[p.path, values[d]] as const]))],
    horizonSource: sweepHorizonSource({ setsDays: plan.set.some(([path]) => path === 'days'), variesDays: plan.parameters.some((p) => p.path === 'days'), fileDays: fileDaysOf(plan.scenario) }),
  });
}

/**
 * The most different problems an unrunnable plan's message names, each at its first point: enough
 * for a grid's few short days values, and a short message where a continuous days range (lhs,
 * random, sobol, morris) makes every point's problem its own.
 */
const MOST_PROBLEMS_NAMED = 3;

/**
 * The problem with a plan some of whose points cannot run (a point's days end before a scheduled
 * change's day, say), or undefined when every point's scenario resolves: found before any run
 * starts, not by the runs failing one by one (and a resume never rerunning them). Names each
 * different problem at the first point that has it, with its values (so every varied days value
 * too short for a change is named with the days it allows), and how many points have one.
 */
export function unrunnablePoint(plan: Plan, values: readonly (readonly unknown[])[]): InputIssue | undefined {
  const found = unrunnablePoints();
  values.forEach((v, point) => {
    try {
      pointScenario(plan, v);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      noteUnrunnablePoint(found, point, error);
    }
  });
  return unrunnableIssue(plan, values, found);
}

/** The points of a plan found so far that cannot run: each different problem, in the order of the first point that has it, and how many points have one. */
export interface UnrunnablePoints {
  readonly problems: Map<string, number>;
  count: number;
}

/** No unrunnable point found yet. */
export const unrunnablePoints = (): UnrunnablePoints => ({ problems: new Map(), count: 0 });

/** Adds `point`, whose scenario `pointScenario` refused with `error`, to `found`. */
export function noteUnrunnablePoint(found: UnrunnablePoints, point: number, error: InputError): void {
  found.count++;
  const problem = error.issues.map(formatIssue).join('; ');
  if (!found.problems.has(problem)) found.problems.set(problem, point);
}

/** The problem unrunnablePoint names for the points `found` among `values`, or undefined where none was found. */
export function unrunnableIssue(plan: Plan, values: readonly (readonly unknown[])[], found: UnrunnablePoints): InputIssue | undefined {
  const { problems, count } = found;
  if (problems.size === 0) return undefined;
  const shown = (point: number) => plan.parameters.map((p, d) => `${p.path} ${String(values[point][d])}`).join(', ');
  // Where the plan varies days, several points' change days out of range each end with the same explanation but for their days: it is given once, before them.
  const daysAt = plan.parameters.findIndex((p) => p.path === 'days');
  const why = (point: number) => changeDayWhy(Number(values[point][daysAt]), sweepHorizonSource({ setsDays: false, variesDays: true }));
  const listed = [...problems].slice(0, MOST_PROBLEMS_NAMED);
  const once = daysAt >= 0 && listed.filter(([problem, point]) => problem.includes(why(point))).length >= 2;
  const named = listed.map(([problem, point]) => `point ${point} (${shown(point)}) cannot run: ${once ? problem.split(why(point)).join('') : problem}`);
  const explanation = once ? `a scheduled change's day must be from 1 to the point's days − 1 (each point's run has as many days as its days value, numbered from 0, and a change takes effect at the start of one of them): ` : '';
  const unnamed = problems.size - MOST_PROBLEMS_NAMED;
  const more = unnamed > 0 ? `; and ${unnamed === 1 ? '1 other problem at a later point' : `${unnamed} other problems at later points`}` : '';
  const others = count > 1 ? ` (${count} of the plan's ${values.length} points cannot run)` : '';
  return {
    path: 'parameters',
    value: undefined,
    message: `${explanation}${named.join('; ')}${more}${others}; change the parameters' ranges or the plan's set so that every point can run`,
  };
}
