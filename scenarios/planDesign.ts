import type { Design } from '../sim/design/design';
import { fullGrid } from '../sim/design/fullGrid';
import { latinHypercube } from '../sim/design/latinHypercube';
import { morrisDesign, type MorrisDesign } from '../sim/design/morris';
import { randomDesign } from '../sim/design/randomDesign';
import { saltelliDesign } from '../sim/design/saltelli';
import { listIndex, scaleCoordinate } from '../sim/design/scale';
import { createStream } from '../sim/random/stream';
import type { Plan } from './plan';
import { resolveScenario } from './resolve';
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
  const values: unknown[][] = [];
  for (let i = 0; i < design.count; i++) {
    values.push(
      plan.parameters.map((p, d) => {
        const x = design.points[i * k + d];
        if (p.kind === 'values') return p.values[listIndex(x, p.values.length)];
        return scaleCoordinate(x, p.integer ? { min: p.min, max: p.max, integer: true } : { min: p.min, max: p.max });
      }),
    );
  }
  return { design, values, morris };
}

/** What sets a point's horizon, as a problem with a change's day names it. */
function horizonSource(plan: Plan): string {
  if (plan.parameters.some((p) => p.path === 'days')) return "this point's days (a parameter of the plan)";
  return plan.set.some(([path]) => path === 'days') ? "the plan's set: { days }" : "the base population's days (give another with set: { days: N })";
}

/** The scenario of one point. */
export function pointScenario(plan: Plan, values: readonly unknown[]): Scenario {
  return resolveScenario({
    population: plan.population,
    policy: plan.policy,
    overrides: [...plan.set, ...plan.parameters.map((p, d) => [p.path, values[d]] as const)],
    horizonSource: horizonSource(plan),
  });
}

/**
 * The problem with a plan some of whose points cannot run (a point's days end before a scheduled
 * change's day, say), or undefined when every point's scenario resolves: found before any run
 * starts, not by the runs failing one by one (and a resume never rerunning them). Names the first
 * such point, its values and the problem, and how many points have one.
 */
export function unrunnablePoint(plan: Plan, values: readonly (readonly unknown[])[]): InputIssue | undefined {
  let first: { point: number; problem: string } | undefined;
  let count = 0;
  values.forEach((v, point) => {
    try {
      pointScenario(plan, v);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      count++;
      first ??= { point, problem: error.issues.map(formatIssue).join('; ') };
    }
  });
  if (!first) return undefined;
  const shown = plan.parameters.map((p, d) => `${p.path} ${String(values[first!.point][d])}`).join(', ');
  const others = count > 1 ? ` (${count} of the plan's ${values.length} points cannot run)` : '';
  return {
    path: 'parameters',
    value: undefined,
    message: `point ${first.point} (${shown}) cannot run: ${first.problem}${others}; change the parameters' ranges or the plan's set so that every point can run`,
  };
}
