import { scaleCoordinate } from '../sim/design/scale';
import type { Plan } from './plan';
import { gridLevels } from './planDesign';

/** A whole-number field that runs fewer distinct levels than the plan's `levels` ask for. */
export interface CappedLevels {
  readonly path: string;
  readonly min: number;
  readonly max: number;
  /** The plan's `levels`. */
  readonly asked: number;
  /** The distinct values the design gives the field, in order. */
  readonly run: readonly number[];
}

/**
 * The whole-number (schema `integer`) ranges of a grid or Morris plan that take fewer distinct
 * values than its `levels`: a grid takes at most max − min + 1 levels of such a field (levels: 5
 * over 0 to 2 runs 0, 1 and 2), and a Morris design's levels j/(levels − 1) of it round to the
 * same whole number where the range has fewer values than the levels. Both were silent.
 */
export function cappedIntegerLevels(plan: Plan): CappedLevels[] {
  if (plan.design !== 'grid' && plan.design !== 'morris') return [];
  const levels = plan.design === 'grid' ? gridLevels(plan) : plan.parameters.map(() => plan.levels);
  const capped: CappedLevels[] = [];
  plan.parameters.forEach((p, d) => {
    if (p.kind !== 'range' || !p.integer) return;
    const n = levels[d];
    const run = new Set<number>();
    for (let j = 0; j < n; j++) run.add(scaleCoordinate(n === 1 ? 0.5 : j / (n - 1), { min: p.min, max: p.max, integer: true }));
    if (run.size < plan.levels) capped.push({ path: p.path, min: p.min, max: p.max, asked: plan.levels, run: [...run].sort((a, b) => a - b) });
  });
  return capped;
}

/**
 * Whether a plan as written (before resolvePlan fills its defaults) gives `levels`: the resolved
 * plan holds 4 either way, and the warnings below name a default as a default (a researcher read
 * "levels: 4" of a plan that had none).
 */
export function planGivesLevels(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && (input as Record<string, unknown>).levels !== undefined;
}

/**
 * The warning for one such field, as validate and sweep (before its runs) print it after
 * "Warning: "; `levelsGiven`: whether the plan as written gives levels (planGivesLevels) or takes the default.
 */
export function cappedLevelsWarning(plan: Plan, c: CappedLevels, levelsGiven: boolean): string {
  const values = c.run.length <= 12 ? ` (${c.run.join(', ')})` : ` (${c.run.slice(0, 3).join(', ')}, ..., ${c.run.at(-1)})`;
  const why =
    plan.design === 'grid'
      ? `a grid takes at most max − min + 1 = ${c.max - c.min + 1} levels of a whole-number field`
      : `its ${c.asked} Morris levels round to ${c.run.length} whole numbers, some levels sharing one`;
  // A grid's levels apply to every range, so the field's own values are the way to say what it runs; a Morris design takes an even number of levels, and no list.
  const fewer = c.run.length - (c.run.length % 2);
  const remedy =
    plan.design === 'grid' && c.run.length <= 12 ? `give its values as a list (values: [${c.run.join(', ')}]) to run just these, or a wider range for more`
    : levelsGiven ? `give levels: ${fewer}, or a wider range, to run as many levels as the plan says`
    : `add levels: ${fewer} to the plan, or give a wider range, so that every level it asks for is run`;
  const asks = levelsGiven ? `levels: ${c.asked} asks` : `the plan gives no levels, and the default (${c.asked}) asks`;
  return `parameters.${c.path}: ${asks} for ${c.asked} levels, but ${c.path} is a whole-number field and its range ${c.min} to ${c.max} gives only ${c.run.length} distinct level${c.run.length === 1 ? '' : 's'}${values}, which the sweep runs: ${why}; ${remedy}`;
}

/** Every such warning of a plan, in its parameters' order; `levelsGiven` as for cappedLevelsWarning. */
export function cappedLevelsWarnings(plan: Plan, levelsGiven: boolean): string[] {
  return cappedIntegerLevels(plan).map((c) => cappedLevelsWarning(plan, c, levelsGiven));
}
