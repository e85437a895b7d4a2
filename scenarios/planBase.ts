import { closest, show, type InputIssue } from '../sim/params/issues';
import { isObject } from './resolve';

// A sweep plan's base: presets ({ population, policy }), or a whole scenario (a scenario file's
// content) that the plan carries with it. The command line reads `base: team.yaml` into the second
// form (bin/planFile.ts), so a sweep folder's plan.json, its resumes and its Slurm shards run the
// file as it was when the sweep began, not as it is when they run.

/** A scenario a plan builds on, carried whole. */
export interface PlanScenario {
  /** The scenario file's name as the plan wrote it (`base: team.yaml`), naming its problems; undefined for a scenario written into the plan. */
  readonly file: string | undefined;
  /** The file's content as parsed: a scenario document, its own `base` presets included. */
  readonly content: Readonly<Record<string, unknown>>;
}

/** The base's keys in its two forms. */
export const PRESET_KEYS = ['population', 'policy'] as const;
const SCENARIO_KEYS = ['scenario', 'file', 'policy'] as const;

/**
 * A plan's base split into its presets, as given (checked later, as a scenario file's base is),
 * and the scenario it carries, if any. Problems of the form are pushed onto `issues`: the scenario
 * must be an object, `file` a name beside it, and the population is the scenario's own.
 */
export function splitPlanBase(base: Record<string, unknown>, issues: InputIssue[]): { presets: Record<string, unknown>; scenario: PlanScenario | undefined } {
  if (!Object.hasOwn(base, 'scenario') && !Object.hasOwn(base, 'file')) return { presets: base, scenario: undefined };
  for (const key of Object.keys(base)) {
    if ((SCENARIO_KEYS as readonly string[]).includes(key)) continue;
    const message =
      key === 'population'
        ? `${show(base[key])} is not allowed beside base.scenario, whose own base names its population preset (base: { population: ID } in the scenario file); remove it, or set population fields in the plan's set`
        : `unknown field${closest(key, SCENARIO_KEYS) ? ` (did you mean "base.${closest(key, SCENARIO_KEYS)}"?)` : ''}; allowed beside base.scenario: ${SCENARIO_KEYS.join(', ')}`;
    issues.push({ path: `base.${key}`, value: base[key], message });
  }
  const file = base.file;
  if (file !== undefined && (typeof file !== 'string' || file.length === 0)) issues.push({ path: 'base.file', value: file, message: `${show(file)} is not allowed; expected the name of the scenario file that gave base.scenario` });
  if (!Object.hasOwn(base, 'scenario')) {
    issues.push({ path: 'base.file', value: file, message: `names a scenario file without its content (base.scenario), which the command line reads (cfsim sweep, cfsim validate); a plan given in code carries it: base: { file: ${show(typeof file === 'string' ? file : 'team.yaml')}, scenario: { ... } }` });
    return { presets: {}, scenario: undefined };
  }
  if (!isObject(base.scenario)) {
    const named = typeof base.scenario === 'string' ? `; to build on the scenario file ${show(base.scenario)}, write base: ${base.scenario}` : '';
    issues.push({ path: 'base.scenario', value: base.scenario, message: `${show(base.scenario)} is not allowed; expected a scenario (an object of scenario fields, as a scenario file holds)${named}` });
    return { presets: {}, scenario: undefined };
  }
  const presets = Object.hasOwn(base, 'policy') ? { policy: base.policy } : {};
  return { presets, scenario: { file: typeof file === 'string' && file.length > 0 ? file : undefined, content: base.scenario } };
}

/** Where a plan's draws are given: its set.uncertainty, or the scenario it builds on (the plan's set.uncertainty replaces the scenario's). */
export function drawsSource(scenario: PlanScenario | undefined, set: readonly (readonly [string, unknown])[]): string {
  return scenario && !set.some(([path]) => path === 'uncertainty') ? `the uncertainty of ${scenario.file ?? 'base.scenario'}` : 'set.uncertainty';
}

/** The allowed forms of a base, for the message on a base that is neither. */
export const PLAN_BASE_FORMS = `expected { ${PRESET_KEYS.map((k) => `${k}: ID`).join(', ')} } (preset ids: cfsim list) or the name of a scenario file to build on (base: team.yaml)`;

/**
 * A problem found resolving the base scenario with the plan's set, named where it is: in the
 * plan's set (the path and value a set entry gives), in the plan's base.policy, or in the scenario
 * the plan carries (`team.yaml: population.seats`, or `base.scenario.population.seats` for one
 * written into the plan).
 */
export function baseScenarioIssue(issue: InputIssue, scenario: PlanScenario | undefined, set: readonly (readonly [string, unknown])[], planGivesPolicy: boolean): InputIssue {
  if (!scenario) return issue.path.startsWith('base') ? issue : { ...issue, path: `set.${issue.path}` };
  const fromSet = set.some(([path, value]) => issue.path === path && JSON.stringify(issue.value) === JSON.stringify(value));
  if (fromSet) return { ...issue, path: `set.${issue.path}` };
  // The plan's base.policy replaces the scenario's package (resolveScenario names it base.policy).
  if (issue.path === 'base.policy' && planGivesPolicy) return issue;
  const where = scenario.file !== undefined ? `${scenario.file}:` : 'base.scenario';
  const path = issue.path === '' ? where.replace(/:$/, '') : scenario.file !== undefined ? `${where} ${issue.path}` : `${where}.${issue.path}`;
  return { ...issue, path };
}
