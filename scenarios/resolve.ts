import { rangeWords } from './uncertaintyWords';
import { defaultsOf, fieldAt, RETIRED, retiredAt, weightKeysText } from '../sim/params/fields';
import { InputError, closest, show, type InputIssue } from '../sim/params/issues';
import { normalize } from '../sim/params/normalize';
import { PACKAGES, PACKAGE_IDS, isPackageId, type PackageId } from './presets/packages';
import { POPULATIONS, POPULATION_IDS, isPopulationId, type PopulationId } from './presets/populations';
import { changeDayIssues } from './changes';
import { daysWritten } from './daysWithUnit';
import { scenarioField, type Practice, type Scenario } from './schema';

export const DEFAULT_POPULATION: PopulationId = 'ma-outreach';
export const DEFAULT_PACKAGE: PackageId = 'status-quo';

/** A scenario file may name the presets it builds on. */
export interface ScenarioBase {
  readonly population?: string;
  readonly policy?: string;
}

/**
 * What to resolve, in increasing precedence: defaults < population < package < file < overrides,
 * where the policy starts from the scenario's `practice` (from the file and overrides) rather
 * than the defaults, so the package applies on top of what the organization already does.
 * The scenario's scheduled changes (`changes`) are part of it like any field (a list given
 * replaces the whole list); they act during the run, on top of the resolved scenario.
 */
export interface ScenarioRequest {
  /** Population preset id (default `ma-outreach`); a file's `base.population` is used if this is absent. */
  readonly population?: string;
  /** Policy package id (default `status-quo`); overrides a file's `base.policy`. */
  readonly policy?: string;
  /** What gave `policy`, as problems with it are to name it (a command-line flag such as `--policies`); default `policy`. */
  readonly policySource?: string;
  /** Parsed scenario file content (an object; may contain `base`). */
  readonly file?: unknown;
  /** `--set` overrides: dotted path and value. */
  readonly overrides?: readonly (readonly [string, unknown])[];
  /** What sets the horizon, as a problem with a change's day names it ("set by ..."); default: the scenario's days or --days. */
  readonly horizonSource?: string;
}

/** The scenario with every field filled in from the schema defaults (the MA outreach population under status quo). */
export function defaultScenario(): Scenario {
  return defaultsOf(scenarioField);
}

function presetIssue(path: string, value: unknown, ids: readonly string[], kind: string): InputIssue {
  const hint = typeof value === 'string' ? closest(value, ids) : undefined;
  // A planner named the package she wanted ("grief-leave"): a package of one's own is a file's levers.
  const own = kind === 'policy package' && !hint ? '; a package of your own is a scenario file that sets its policy levers (README "Scenario files"), compared with others by compare --scenarios' : '';
  return { path, value, message: `${show(value)} is not a ${kind}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; expected one of ${ids.join(', ')}${own}` };
}

/**
 * `fields` without a `population` or `policy` written as a preset's id (`policy: opt-out-support`),
 * which is refused with where the id goes (base), rather than as "expected an object".
 */
function withoutPresetNames(fields: Record<string, unknown>, base: unknown, issues: InputIssue[]): Record<string, unknown> {
  const out = { ...fields };
  const groups = [
    { key: 'population', ids: POPULATION_IDS, kind: 'population preset' },
    { key: 'policy', ids: PACKAGE_IDS, kind: 'policy package' },
  ] as const;
  for (const { key, ids, kind } of groups) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const id = (ids as readonly string[]).includes(value) ? value : closest(value, ids);
    // A base that names its own preset already: the two disagree, and the hint says so rather than overwrite it.
    const named = typeof base === 'object' && base !== null ? (base as Record<string, unknown>)[key] : undefined;
    const where = named === undefined ? `write base: { ${key}: ${id} }` : `write it in base, which names ${show(named)} now`;
    issues.push({
      path: key,
      value,
      message: `${show(value)} is not allowed; expected an object with fields ${Object.keys(scenarioField.properties[key].properties).join(', ')}${id ? `; to build on the ${kind} ${id}, ${where}` : ''}`,
    });
    delete out[key];
  }
  return out;
}

/** Splits a file's `base` from its fields. */
function splitBase(file: unknown, issues: InputIssue[]): { base: ScenarioBase; rest: unknown } {
  if (file === undefined || file === null) return { base: {}, rest: undefined };
  if (typeof file !== 'object' || Array.isArray(file)) {
    issues.push({ path: '', value: file, message: `a scenario must be an object of fields, not ${show(file)}` });
    return { base: {}, rest: undefined };
  }
  const { base, ...fields } = file as Record<string, unknown>;
  const rest = withoutPresetNames(fields, base, issues);
  if (base === undefined) return { base: {}, rest };
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    issues.push({ path: 'base', value: base, message: `${show(base)} is not allowed; expected { population: ID, policy: ID }` });
    return { base: {}, rest };
  }
  for (const key of Object.keys(base)) {
    if (key === 'population' || key === 'policy') continue;
    const hint = closest(key, ['population', 'policy']);
    issues.push({ path: `base.${key}`, value: (base as Record<string, unknown>)[key], message: `unknown field${hint ? ` (did you mean "base.${hint}"?)` : ''}; allowed here: population, policy` });
  }
  return { base: base as ScenarioBase, rest };
}

/**
 * For a dotted path that names no scenario field: the deepest part of it that does (`prefix`),
 * the fields allowed there (`options`), and the closest full path to what was written, if one is
 * close enough to be a likely typo (`hint`: community.stigma for community.stigmaa).
 */
export function fieldPathHint(parts: readonly string[]): { hint?: string; prefix: string; options: string[]; optionsText: string } {
  let depth = 0;
  while (depth < parts.length && fieldAt(scenarioField, parts.slice(0, depth + 1))) depth++;
  const parent = fieldAt(scenarioField, parts.slice(0, depth));
  const options = parent?.kind === 'object' ? Object.keys(parent.properties) : parent?.kind === 'weights' ? [...parent.keys] : [];
  const near = closest(parts[depth] ?? '', options);
  const prefix = parts.slice(0, depth).join('.');
  // The role mix's keys with what each role is: a planner's "paramedic" finds fire-ems (Firefighter / EMS).
  const optionsText = parent?.kind === 'weights' ? weightKeysText(parent) : options.join(', ');
  return { ...(near ? { hint: mendedPath([...parts.slice(0, depth), near], parts.slice(depth + 1)) } : {}), prefix, options, optionsText };
}

/**
 * `mended` with the parts after it matched too, each to its closest field, where every one is
 * close to one (policy.supervison.mode → policy.supervision.mode, Community.Stigma →
 * community.stigma): the field path to write. Otherwise `mended` alone.
 */
function mendedPath(mended: readonly string[], rest: readonly string[]): string {
  const path = [...mended];
  for (const part of rest) {
    const group = fieldAt(scenarioField, path);
    const options = group?.kind === 'object' ? Object.keys(group.properties) : group?.kind === 'weights' ? [...group.keys] : [];
    const next = options.includes(part) ? part : closest(part, options);
    if (next === undefined) return mended.join('.');
    path.push(next);
  }
  return path.join('.');
}

/** Builds a nested object from a dotted path, checking the path names a real field. */
export function overrideObject(path: string, value: unknown, current?: Scenario): { object?: Record<string, unknown>; issue?: InputIssue } {
  const parts = path.split('.');
  if (parts.some((p) => p === '')) return { issue: { path, value, message: 'is not a field path; expected dotted names like policy.supervision.mode' } };
  const field = fieldAt(scenarioField, parts);
  const leafParent = parts.findIndex((_, k) => {
    const f = fieldAt(scenarioField, parts.slice(0, k + 1));
    return f !== undefined && f.kind !== 'object' && f.kind !== 'weights' && k < parts.length - 1;
  });
  if (leafParent >= 0) {
    const leaf = parts.slice(0, leafParent + 1).join('.');
    if (fieldAt(scenarioField, parts.slice(0, leafParent + 1))?.kind === 'list') {
      return { issue: { path, value, message: `is not a field path: ${leaf} is a list, set whole, e.g. --set '${leaf}=[{day: 365, set: {policy.supervision.mode: opt-out}}]'` } };
    }
    if (fieldAt(scenarioField, parts.slice(0, leafParent + 1))?.kind === 'ranges') {
      return { issue: { path, value, message: `is not a field path: ${leaf} is a set of ranges by field path, given whole, e.g. --set '${leaf}={coefficients.separationCf: {min: 0.7, max: 1.6}}'` } };
    }
    return { issue: { path, value, message: `unknown field: ${leaf} is a single value, not a group of fields; set it with --set ${leaf}=VALUE` } };
  }
  if (!field) {
    const { hint, prefix, options, optionsText } = fieldPathHint(parts);
    const retired = retiredAt(scenarioField, parts);
    if (retired !== undefined) return { issue: { path, value, message: `${RETIRED}: ${retired}` } };
    return {
      issue: {
        path,
        value,
        message: `unknown field${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}${options.length ? `; allowed at ${prefix || 'the top level'}: ${optionsText}` : ''}`,
      },
    };
  }
  if (field.kind === 'object') {
    return { issue: { path, value, message: `is a group of fields, not a value; set one of ${Object.keys(field.properties).map((k) => `${path}.${k}`).join(', ')}` } };
  }
  // Text fields take what was written, even if it looks like a number (--set name=2024).
  const typed = field.kind === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? String(value) : value;
  let object: Record<string, unknown> = { [parts[parts.length - 1]]: typed };
  // One weight of a mix (--set population.roleMix.nurse=0.1) changes that weight only; a whole
  // mix written in a file replaces the mix.
  const parent = fieldAt(scenarioField, parts.slice(0, -1));
  if (parent?.kind === 'weights' && current) {
    let mix: unknown = current;
    for (const key of parts.slice(0, -1)) mix = (mix as Record<string, unknown>)[key];
    object = { ...(mix as Record<string, unknown>), ...object };
  }
  for (let i = parts.length - 2; i >= 0; i--) object = { [parts[i]]: object };
  return { object };
}

/**
 * Resolves a request into a fully-specified, validated scenario. Every problem found is
 * reported at once in an InputError naming the field path, the value and what is allowed.
 */
export function resolveScenario(request: ScenarioRequest = {}): Scenario {
  const scenario = resolveOnto(request, defaultScenario());
  if (isStatusQuoPractice(scenario.practice)) return scenario;
  // The package, the file's policy and --set apply on top of the organization's practice, which
  // is known only once the file and --set are read: resolve again, from a policy that is the practice.
  const start = defaultScenario();
  return resolveOnto(request, { ...start, policy: { ...start.policy, ...scenario.practice } });
}

let statusQuoPractice: string | undefined;

/** Whether `practice` is the status quo's (every lever at its default): the practice of every preset. */
export function isStatusQuoPractice(practice: Practice): boolean {
  statusQuoPractice ??= JSON.stringify(defaultScenario().practice);
  return JSON.stringify(practice) === statusQuoPractice;
}

/** Whether a parsed value is a plain object of fields (not null, not a list). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The presets a file builds on (its base's, or the defaults), as given: unchecked. */
function presetsOf(base: ScenarioBase, rest: unknown): { population: string; policy: string } {
  // A file whose policy is named by a package's id, and that names no package otherwise, is that
  // package with the file's changes: so `cfsim show --policy multi-level`'s output, or a manifest's
  // resolved scenario, runs again as it was written.
  const named = isObject(rest) && isObject(rest.policy) && typeof rest.policy.name === 'string' && isPackageId(rest.policy.name) ? rest.policy.name : undefined;
  // A base field given as null (`population:` with nothing after it) is refused, not taken as the default.
  return {
    population: base.population === undefined ? DEFAULT_POPULATION : base.population,
    policy: base.policy === undefined ? (named ?? DEFAULT_PACKAGE) : base.policy,
  };
}

/** The population preset and package a scenario file builds on, for a file that resolves (resolveScenario({ file })). */
export function filePresets(file: unknown): { population: PopulationId; policy: PackageId } {
  const { base, rest } = splitBase(file, []);
  const { population, policy } = presetsOf(base, rest);
  return { population: isPopulationId(population) ? population : DEFAULT_POPULATION, policy: isPackageId(policy) ? policy : DEFAULT_PACKAGE };
}

/** resolveScenario's work: the request's presets, file and overrides applied onto `start`. */
function resolveOnto(request: ScenarioRequest, start: Scenario): Scenario {
  const issues: InputIssue[] = [];
  const { base, rest: written } = splitBase(request.file, issues);
  const rest = withDaysRead(written, issues);
  const presets = presetsOf(base, rest);
  const populationId = request.population ?? presets.population;
  const packageId = request.policy ?? presets.policy;
  // An unknown preset is reported, and the rest is still checked against the defaults so that
  // every problem is listed at once.
  if (!isPopulationId(populationId)) issues.push(presetIssue(request.population !== undefined ? 'population' : 'base.population', populationId, POPULATION_IDS, 'population preset'));
  if (!isPackageId(packageId)) issues.push(presetIssue(request.policy !== undefined ? (request.policySource ?? 'policy') : 'base.policy', packageId, PACKAGE_IDS, 'policy package'));

  let scenario = start;
  /** The file's change days, kept when its changes had other problems (and so were left out), to check them still. */
  let rawChangeDays: (number | undefined)[] | undefined;
  scenario = normalize(scenarioField, POPULATIONS[isPopulationId(populationId) ? populationId : DEFAULT_POPULATION].patch, scenario, 'population preset');
  scenario = normalize(scenarioField, PACKAGES[isPackageId(packageId) ? packageId : DEFAULT_PACKAGE].patch, scenario, 'policy package');
  if (rest !== undefined) {
    try {
      scenario = normalize(scenarioField, rest, scenario, 'scenario');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(...error.issues);
      // The file's other top-level parts still apply, so that the checks across fields below (the
      // changes' days against the horizon) run on them too and every problem is listed at once.
      const bad = new Set(error.issues.map((i) => i.path.split(/[.[]/)[0]));
      const changes = typeof rest === 'object' && rest !== null ? (rest as { changes?: unknown }).changes : undefined;
      if (bad.has('changes') && Array.isArray(changes)) {
        const dayReported = (k: number) => error.issues.some((i) => i.path === `changes[${k}].day` || i.path === `changes[${k}]`);
        rawChangeDays = changes.map((entry: unknown, k) => {
          const day = typeof entry === 'object' && entry !== null ? (entry as { day?: unknown }).day : undefined;
          return typeof day === 'number' && Number.isInteger(day) && !dayReported(k) ? day : undefined;
        });
      }
      const good = typeof rest === 'object' && rest !== null ? Object.fromEntries(Object.entries(rest).filter(([key]) => !bad.has(key))) : {};
      try {
        scenario = normalize(scenarioField, good, scenario, 'scenario');
      } catch (again) {
        if (!(again instanceof InputError)) throw again; // already reported above
      }
    }
  }
  for (const [path, value] of request.overrides ?? []) {
    const { object, issue } = overrideObject(path, value, scenario);
    if (issue) {
      issues.push(issue);
      continue;
    }
    try {
      scenario = normalize(scenarioField, object, scenario, 'override');
    } catch (error) {
      if (error instanceof InputError) issues.push(...error.issues);
      else throw error;
    }
  }
  // A value --set gives a drawn field would be replaced by every replication's draw: never used.
  for (const [path, value] of request.overrides ?? []) {
    const range = Object.hasOwn(scenario.uncertainty, path) ? scenario.uncertainty[path] : undefined;
    if (range) {
      issues.push({
        path,
        value,
        message: `is drawn anew in every replication (uncertainty.${path}: ${rangeWords(range)}), where each draw would replace ${show(value)}, so it would never be used; to run with ${show(value)}, leave ${path} out of the scenario's uncertainty (--set 'uncertainty={}' draws nothing)`,
      });
    }
  }
  const clash = packageNameClash(packageId, scenario.policy.name);
  if (clash) issues.push(clash);
  // The changes' days are checked against the final horizon (after --days and --set), unless it is bad.
  const horizon = issues.some((i) => i.path === 'days') ? undefined : scenario.days;
  issues.push(...changeDayIssues(horizon, rawChangeDays ?? scenario.changes.map((change) => change.day), request.horizonSource));
  if (issues.length > 0) throw new InputError(issues.map(runSettingHint), 'scenario');
  return scenario;
}

/**
 * A file's `days` written with a unit ("3y", "26w") read as days, as --days reads it; one refused
 * ("1yr", "1.5y", "200y") is an issue at `days` and left out, so the rest of the file is still checked.
 */
function withDaysRead(rest: unknown, issues: InputIssue[]): unknown {
  if (!isObject(rest)) return rest;
  const read = daysWritten(rest.days);
  if (read === undefined) return rest;
  if ('days' in read) return { ...rest, days: read.days };
  issues.push({ path: 'days', value: rest.days, message: read.refused });
  return Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'days'));
}

/** What a run is asked for beside its scenario, often written into one: the flag (and a sweep plan's field) each is. */
const RUN_SETTINGS: Readonly<Record<string, string>> = {
  seed: '--seed N on run and compare, or a sweep plan\'s seed',
  reps: '--reps N on run and compare, or a sweep plan\'s reps',
  threads: '--threads N on run, compare and sweep',
  policies: '--policies A,B on compare',
};

/** An unknown top-level field that is a run setting (`seed: 3` in a file, `--set seed=3`) says where it goes. */
function runSettingHint(issue: InputIssue): InputIssue {
  const where = Object.hasOwn(RUN_SETTINGS, issue.path) ? RUN_SETTINGS[issue.path] : undefined;
  if (where === undefined || !issue.message.startsWith('unknown field')) return issue;
  return { ...issue, message: `${issue.message}; ${issue.path} is a setting of the run, not of the scenario: give it as ${where}` };
}

/**
 * The problem with a package named by another package's id (`policy.name: status-quo` over
 * multi-level): every output labels the results by the name, so they would pass for the other
 * package's.
 */
function packageNameClash(packageId: string, name: string): InputIssue | undefined {
  if (!isPackageId(packageId) || name === packageId || !isPackageId(name)) return undefined;
  return {
    path: 'policy.name',
    value: name,
    message: `${show(name)} is the id of another package, and this scenario's package is ${packageId}: every output would label ${packageId}'s results ${show(name)}; give a name that is no package's id, or leave policy.name out (a file whose policy.name is a package's id, such as cfsim show --policy ${name} writes, runs as that package when no --policy, --policies or base.policy names another)`,
  };
}
