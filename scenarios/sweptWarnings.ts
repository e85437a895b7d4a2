import { plausibilityWarnings, type PlausibilityWarning } from './plausibility';
import type { Plan } from './plan';
import type { Scenario } from './schema';
import { noteUnrunnablePoint, pointScenario, unrunnableIssue, unrunnablePoints } from './planDesign';
import { InputError, type InputIssue } from '../sim/params/issues';

/** The most points whose own wording of a warning differs from the first's that a plan's warnings are worded over. */
const MOST_WITNESSES = 8;

/**
 * A sweep plan's points checked in one pass, each point's scenario resolved once (cfsim validate): the problem of the
 * points that cannot run (as unrunnablePoint names it), else the first point's scenario and the plausibility warnings of
 * the plan's fixed fields: not those of a field the plan varies (a range is meant to reach its ends), nor one resting on
 * other fields (`restsOn`) that some swept point clears. Whether a point clears it is read from that point's own
 * scenario, not from whether the plan varies one of those very fields: a sweep that lowers another role's weight
 * (`population.roleMix.police`, inside `population.roleMix`) gives a small role a seat at some points, so its salary
 * factor is no longer idle there. A warning is worded at the first point, over the points that word it otherwise (a few
 * of them) as a comparison's arms are: `debrief.after: death` swept over debrief modes none and ongoing says the mode is
 * "none or ongoing", not "none" alone. `values`: the design's points, the first first.
 */
export function checkedSweepPoints(plan: Plan, values: readonly (readonly unknown[])[]): { readonly unrunnable: InputIssue } | { readonly unrunnable?: undefined; readonly first: Scenario; readonly warnings: PlausibilityWarning[] } {
  const found = unrunnablePoints();
  let state: SweptWarningState | undefined;
  values.forEach((v, point) => {
    let scenario: Scenario;
    try {
      scenario = pointScenario(plan, v);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      noteUnrunnablePoint(found, point, error);
      return;
    }
    // A plan with a point that cannot run is refused: its warnings are not read.
    if (found.count > 0) return;
    if (point === 0) state = sweptWarningState(plan, scenario);
    else if (state && someUncleared(state)) notePointWarnings(state, scenario);
  });
  const unrunnable = unrunnableIssue(plan, values, found);
  if (unrunnable) return { unrunnable };
  if (!state) throw new RangeError('checkedSweepPoints: a plan has at least one point');
  return { first: state.firstScenario, warnings: sweptWarningsOf(state) };
}

/** The warnings of a plan's fixed fields as its points are read: the first point's, which later points may clear or word otherwise. */
interface SweptWarningState {
  readonly firstScenario: Scenario;
  /** The first point's warnings, less those of fields the plan varies. */
  readonly first: readonly PlausibilityWarning[];
  /** Those some varied field bears on: only these can be cleared, so only these send later points through the checks. */
  readonly resting: readonly PlausibilityWarning[];
  readonly cleared: Set<string>;
  /** Points that keep a resting warning but word it otherwise than the first (another debrief mode), each wording once. */
  readonly witnesses: Scenario[];
  readonly wordings: Set<string>;
}

function sweptWarningState(plan: Plan, firstScenario: Scenario): SweptWarningState {
  const varied = new Set(plan.parameters.map((p) => p.path));
  const first = plausibilityWarnings(firstScenario).filter((w) => !varied.has(w.path));
  // Only a warning some varied field bears on can be cleared, so only those send every point's scenario through the
  // checks: a plan varying other fields stays quick.
  const resting = first.filter((w) => (w.restsOn ?? []).some((on) => plan.parameters.some((p) => bearsOn(p.path, on))));
  return { firstScenario, first, resting, cleared: new Set(), witnesses: [], wordings: new Set(resting.map((w) => `${w.path} ${w.meaning}`)) };
}

/** Whether a later point may still clear a warning (so its scenario is worth checking). */
const someUncleared = (state: SweptWarningState) => state.cleared.size < state.resting.length;

/** Reads one later point's scenario into `state`: the resting warnings it clears, and a wording of one it keeps not met before. */
function notePointWarnings(state: SweptWarningState, scenario: Scenario): void {
  const warnings = plausibilityWarnings(scenario);
  for (const w of state.resting) {
    const own = warnings.find((v) => v.path === w.path);
    if (!own) state.cleared.add(w.path);
    else if (state.witnesses.length < MOST_WITNESSES && !state.wordings.has(`${own.path} ${own.meaning}`)) {
      state.wordings.add(`${own.path} ${own.meaning}`);
      state.witnesses.push(scenario);
    }
  }
}

/** The warnings `state` keeps, worded over the points that word them otherwise. */
function sweptWarningsOf(state: SweptWarningState): PlausibilityWarning[] {
  const kept = state.first.filter((w) => !state.cleared.has(w.path));
  if (state.witnesses.length === 0) return kept;
  const worded = plausibilityWarnings(state.firstScenario, [state.firstScenario, ...state.witnesses]);
  return kept.map((w) => worded.find((v) => v.path === w.path) ?? w);
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
