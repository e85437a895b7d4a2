import { plausibilityWarnings, type PlausibilityWarning } from './plausibility';
import type { Plan } from './plan';
import { pointScenario } from './planDesign';
import { InputError } from '../sim/params/issues';

/**
 * The plausibility warnings of a sweep plan's fixed fields, as its first point words them: not those of a field the plan
 * varies (a range is meant to reach its ends), nor one resting on other fields (`restsOn`) that some swept point clears.
 * Whether a point clears it is read from that point's own scenario, not from whether the plan varies one of those very
 * fields: a sweep that lowers another role's weight (`population.roleMix.police`, inside `population.roleMix`) gives a
 * small role a seat at some points, so its salary factor is no longer idle there. Points
 * that cannot run are passed over (they are refused on their own). `values`: the design's points, the first first.
 */
export function sweptPlausibilityWarnings(plan: Plan, values: readonly (readonly unknown[])[]): PlausibilityWarning[] {
  const varied = new Set(plan.parameters.map((p) => p.path));
  const first = plausibilityWarnings(pointScenario(plan, values[0])).filter((w) => !varied.has(w.path));
  // Only a warning some varied field bears on can be cleared, so only those send every point's scenario through the
  // checks: a plan varying other fields stays quick.
  const resting = first.filter((w) => (w.restsOn ?? []).some((on) => plan.parameters.some((p) => bearsOn(p.path, on))));
  const cleared = new Set<string>();
  for (let point = 1; point < values.length && cleared.size < resting.length; point++) {
    const paths = warnedPaths(plan, values[point]);
    if (paths) for (const w of resting) if (!paths.has(w.path)) cleared.add(w.path);
  }
  return first.filter((w) => !cleared.has(w.path));
}

/** The paths a point's scenario is warned of, or undefined for a point that cannot run. */
function warnedPaths(plan: Plan, values: readonly unknown[]): Set<string> | undefined {
  try {
    return new Set(plausibilityWarnings(pointScenario(plan, values)).map((w) => w.path));
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * Whether varying the field `varied` may change the field `on` a warning rests on: the field itself, a group holding it, or
 * a field inside it where it is a group within a section (`population.roleMix.police` inside `population.roleMix`). A
 * section's name in restsOn (`policy`, `population`) stands for the package or preset chosen, which no field inside the
 * section changes: a plan varying policy.supervision.quality does not read every point for a role's idle salary factor.
 */
export function bearsOn(varied: string, on: string): boolean {
  return varied === on || on.startsWith(`${varied}.`) || (on.includes('.') && varied.startsWith(`${on}.`));
}
