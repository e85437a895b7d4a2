import { plausibilityWarnings, type PlausibilityWarning } from './plausibility';
import type { Plan } from './plan';
import type { Scenario } from './schema';
import { pointScenario } from './planDesign';
import { InputError } from '../sim/params/issues';

/** The most points whose own wording of a warning differs from the first's that a plan's warnings are worded over. */
const MOST_WITNESSES = 8;

/**
 * The plausibility warnings of a sweep plan's fixed fields: not those of a field the plan varies (a range is meant to
 * reach its ends), nor one resting on other fields (`restsOn`) that some swept point clears. Whether a point clears it is
 * read from that point's own scenario, not from whether the plan varies one of those very fields: a sweep that lowers
 * another role's weight (`population.roleMix.police`, inside `population.roleMix`) gives a small role a seat at some
 * points, so its salary factor is no longer idle there. Points that cannot run are passed over (they are refused on their
 * own). A warning is worded at the first point, over the points that word it otherwise (a few of them) as a comparison's
 * arms are: `debrief.after: death` swept over debrief modes none and ongoing says the mode is "none or ongoing", not
 * "none" alone. `values`: the design's points, the first first.
 */
export function sweptPlausibilityWarnings(plan: Plan, values: readonly (readonly unknown[])[]): PlausibilityWarning[] {
  const varied = new Set(plan.parameters.map((p) => p.path));
  const firstScenario = pointScenario(plan, values[0]);
  const first = plausibilityWarnings(firstScenario).filter((w) => !varied.has(w.path));
  // Only a warning some varied field bears on can be cleared, so only those send every point's scenario through the
  // checks: a plan varying other fields stays quick.
  const resting = first.filter((w) => (w.restsOn ?? []).some((on) => plan.parameters.some((p) => bearsOn(p.path, on))));
  const cleared = new Set<string>();
  // Points that keep a resting warning but word it otherwise than the first (another debrief mode), each wording once.
  const witnesses: Scenario[] = [];
  const wordings = new Set(resting.map((w) => `${w.path} ${w.meaning}`));
  for (let point = 1; point < values.length && cleared.size < resting.length; point++) {
    const warned = pointWarnings(plan, values[point]);
    if (!warned) continue;
    for (const w of resting) {
      const own = warned.warnings.find((v) => v.path === w.path);
      if (!own) cleared.add(w.path);
      else if (witnesses.length < MOST_WITNESSES && !wordings.has(`${own.path} ${own.meaning}`)) {
        wordings.add(`${own.path} ${own.meaning}`);
        witnesses.push(warned.scenario);
      }
    }
  }
  const kept = first.filter((w) => !cleared.has(w.path));
  if (witnesses.length === 0) return kept;
  const worded = plausibilityWarnings(firstScenario, [firstScenario, ...witnesses]);
  return kept.map((w) => worded.find((v) => v.path === w.path) ?? w);
}

/** A point's scenario and its warnings, or undefined for a point that cannot run. */
function pointWarnings(plan: Plan, values: readonly unknown[]): { scenario: Scenario; warnings: PlausibilityWarning[] } | undefined {
  try {
    const scenario = pointScenario(plan, values);
    return { scenario, warnings: plausibilityWarnings(scenario) };
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
