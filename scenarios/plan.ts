import { fieldAt, RETIRED, retiredAt } from '../sim/params/fields';
import { metricHint } from '../models/metricHint';
import { InputError, closest, show, type InputIssue } from '../sim/params/issues';
import { CONTROL_CHARACTER, isLabel, textFormsWords } from '../sim/params/normalize';
import { percentHint } from '../sim/params/percentHint';
import { METRIC_NAMES, type MetricName } from '../models/metrics';
import { fieldPathHint, filePresets, resolveScenario } from './resolve';
import { baseScenarioIssue, drawsSource, PLAN_BASE_FORMS, PRESET_KEYS, splitPlanBase, type PlanScenario } from './planBase';
import { scenarioField, type Scenario } from './schema';
import { daysWritten, HORIZON_DAYS } from './daysWithUnit';
import { designPointCount, fileDaysOf, gridLevels, PACKAGE_PARAMETER, sweepHorizonSource } from './planDesign';
import { isPackageId, PACKAGE_IDS } from './presets/packages';
import { isPopulationId } from './presets/populations';

// A sweep plan: a base scenario, the parameters to vary, the design, replications, seed and the
// metrics to keep. Validated like scenarios: every problem, with the field, the value and what is
// allowed.

export const DESIGNS = ['grid', 'random', 'lhs', 'sobol', 'morris'] as const;
export type DesignName = (typeof DESIGNS)[number];

/** The indefinite article before a design's name: "an" for lhs, read letter by letter, else "a". */
export function articleFor(design: DesignName): 'a' | 'an' {
  return design === 'lhs' ? 'an' : 'a';
}

/** "a grid", "an lhs". */
export function withArticle(design: DesignName): string {
  return `${articleFor(design)} ${design}`;
}

/**
 * How a sweep's points get their random numbers: `common`, every point's replication r draws the
 * same streams (stream point 0), so points differ only by their parameter values, as the packages
 * of a comparison do; `independent`, each point has streams of its own (stream point = its index).
 */
export const RANDOM_NUMBERS = ['common', 'independent'] as const;
export type RandomNumbers = (typeof RANDOM_NUMBERS)[number];

/** The designs whose size `points` sets, and those that take `levels`; the others refuse the field. */
const USES_POINTS: readonly DesignName[] = ['random', 'lhs', 'sobol', 'morris'];
const USES_LEVELS: readonly DesignName[] = ['grid', 'morris'];

/**
 * At most this many runs (points × reps) in a plan: resuming, merging and analysing read a
 * sweep's whole runs.csv (about 350 bytes a run with every metric) into one string, and Node
 * strings stop at 512 MiB.
 */
export const MAX_RUNS = 1_000_000;
/** At most this many parameter values (points × parameters): plan.json lists every point's values. */
export const MAX_POINT_VALUES = 5_000_000;

/** A varied parameter: a numeric range (continuous or whole numbers) or a list of values. */
export type PlanParameter =
  | { readonly path: string; readonly kind: 'range'; readonly min: number; readonly max: number; readonly integer: boolean }
  | { readonly path: string; readonly kind: 'values'; readonly values: readonly unknown[] };

export interface Plan {
  readonly name: string;
  /** Presets of the base scenario (with a `scenario`, the population preset it builds on). */
  readonly population: string;
  /** The package of every point; undefined where the plan varies it (a `policy` parameter, PACKAGE_PARAMETER). */
  readonly policy: string | undefined;
  /** The scenario the plan builds on (`base: team.yaml`), carried whole; undefined for a plan on presets. */
  readonly scenario: PlanScenario | undefined;
  /** Fixed overrides of the base scenario. */
  readonly set: readonly (readonly [string, unknown])[];
  readonly parameters: readonly PlanParameter[];
  readonly design: DesignName;
  /** Points (random, lhs), base rows (sobol: points × (k + 2) runs), trajectories (morris: points × (k + 1)). A grid refuses it (64 when unused). */
  readonly points: number;
  /** Levels per parameter (grid ranges, morris grid; even for morris). Other designs refuse it (4 when unused). */
  readonly levels: number;
  readonly reps: number;
  readonly seed: number;
  /**
   * Common random numbers across points (default) or independent streams per point. Common ones
   * keep a parameter with no effect at exactly no effect; with independent ones every point's
   * replication noise enters the comparison of points, and a sensitivity analysis ranks it.
   */
  readonly randomNumbers: RandomNumbers;
  readonly metrics: readonly MetricName[];
}

/** The stream-key point of a plan's point: 0 for every point with common random numbers. */
export function streamPoint(plan: Pick<Plan, 'randomNumbers'>, point: number): number {
  return plan.randomNumbers === 'common' ? 0 : point;
}

const KEYS = ['name', 'base', 'set', 'parameters', 'design', 'points', 'levels', 'reps', 'seed', 'randomNumbers', 'metrics'] as const;
/** The fields a plan takes at its top level. */
export const PLAN_FIELDS: readonly string[] = KEYS;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function int(issues: InputIssue[], path: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ path, value, message: `${show(value)} is not allowed; expected a whole number from ${min} to ${max}` });
    return fallback;
  }
  return value;
}

/** What a package parameter looks like, for messages. */
const PACKAGE_EXAMPLE = `{ values: [${PACKAGE_IDS.slice(0, 2).join(', ')}] }`;

/**
 * Checks the parameter that varies the support package (PACKAGE_PARAMETER): a list of package
 * ids, each once. A package is a named set of lever values, not a number: a range is refused.
 */
function packageParameter(issues: InputIssue[], spec: unknown, recorded: boolean): PlanParameter | undefined {
  const at = `parameters.${PACKAGE_PARAMETER}`;
  const allowed = `a list of support packages from ${PACKAGE_IDS.join(', ')} (see cfsim list)`;
  if (!isObject(spec)) {
    issues.push({ path: at, value: spec, message: `${show(spec)} is not allowed; expected ${PACKAGE_EXAMPLE}, ${allowed}` });
    return undefined;
  }
  if (spec.min !== undefined || spec.max !== undefined) {
    issues.push({ path: at, value: spec, message: `${PACKAGE_PARAMETER} is the support package, a choice among named packages that has no range: give ${PACKAGE_EXAMPLE}, ${allowed}` });
    return undefined;
  }
  for (const k of Object.keys(spec).filter((key) => key !== 'values')) {
    issues.push({ path: `${at}.${k}`, value: spec[k], message: `unknown field${closest(k, ['values']) ? ' (did you mean "values"?)' : ''}; allowed here: values` });
  }
  if (!Array.isArray(spec.values) || spec.values.length === 0) {
    issues.push({ path: `${at}.values`, value: spec.values, message: `${show(spec.values)} is not allowed; expected ${allowed}, e.g. ${PACKAGE_EXAMPLE}` });
    return undefined;
  }
  const values: unknown[] = spec.values;
  const before = issues.length;
  values.forEach((value, i) => {
    if (!isPackageId(value)) {
      const hint = typeof value === 'string' ? closest(value, PACKAGE_IDS) : undefined;
      issues.push({ path: `${at}.values[${i}]`, value, message: `${show(value)} is not a policy package${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; expected one of ${PACKAGE_IDS.join(', ')}` });
    } else if (values.indexOf(value) < i) {
      // Its points would be the same scenarios twice (with common random numbers, the same rows), counting double in every mean and index.
      issues.push({ path: `${at}.values[${i}]`, value, message: `${show(value)} is listed twice; name each package once` });
    }
  });
  // Not varied: every point would run the one package, as base.policy runs it.
  if (issues.length === before && values.length === 1 && !recorded) {
    issues.push({ path: `${at}.values`, value: values, message: `${show(values)} is one package, so the package would not vary; list two or more packages to vary it, or fix it in the plan's base (base.policy: ${String(values[0])}) and leave it out of parameters` });
  }
  return issues.length === before ? { path: PACKAGE_PARAMETER, kind: 'values', values } : undefined;
}

/** Names that mean the package but are not its parameter's. */
const PACKAGE_MISNOMERS = ['package', 'packages', 'policies', 'base.policy', 'policy.name'];

/**
 * Fields a sweep cannot use, with why: they act only on what a comparison computes (value for
 * money), which a sweep's runs do not, so every point would be the same.
 */
const COMPARISON_ONLY: Readonly<Record<string, string>> = {
  'costs.discountRate': "it discounts a comparison's value for money, which a sweep's runs do not compute (cfsim analyze --value-per-departure values a grid's points undiscounted): it changes no run, so every point would give the same results; to see value for money at several rates, run cfsim compare with --set costs.discountRate=R at each",
};

/** Checks one parameter against the scenario field it names. */
function parameter(issues: InputIssue[], path: string, spec: unknown, recorded: boolean): PlanParameter | undefined {
  const at = `parameters.${path}`;
  if (path === 'days' && isObject(spec) && !Object.hasOwn(spec, HORIZONS_READ)) {
    const read = horizonsRead(issues, at, spec);
    return read === undefined ? undefined : parameter(issues, path, read, recorded);
  }
  if (path === PACKAGE_PARAMETER) return packageParameter(issues, spec, recorded);
  if (PACKAGE_MISNOMERS.includes(path)) {
    issues.push({ path: at, value: spec, message: `${JSON.stringify(path)} is not a scenario field that can be varied; to vary the support package, name the parameter ${JSON.stringify(PACKAGE_PARAMETER)} (did you mean ${JSON.stringify(PACKAGE_PARAMETER)}?): ${PACKAGE_PARAMETER}: ${PACKAGE_EXAMPLE}` });
    return undefined;
  }
  const field = fieldAt(scenarioField, path.split('.'));
  const retired = retiredAt(scenarioField, path.split('.'));
  if (retired !== undefined) {
    issues.push({ path: at, value: spec, message: `${JSON.stringify(path)} ${RETIRED}: ${retired}` });
    return undefined;
  }
  if (Object.hasOwn(COMPARISON_ONLY, path)) {
    issues.push({ path: at, value: spec, message: `${path} cannot be varied in a sweep: ${COMPARISON_ONLY[path]}` });
    return undefined;
  }
  if (!field || field.kind === 'object' || field.kind === 'weights' || field.kind === 'string' || field.kind === 'list' || field.kind === 'assignments' || field.kind === 'ranges') {
    // A misspelled path gets the closest field, as --set does.
    const near = field ? undefined : fieldPathHint(path.split('.'));
    // policy.supervison.quality: the misspelled group mended, with the rest of the path where that names a field.
    const rest = near?.hint === undefined ? [] : path.split('.').slice(near.hint.split('.').length);
    const hint = near?.hint !== undefined && rest.length > 0 && fieldAt(scenarioField, [...near.hint.split('.'), ...rest]) ? [near.hint, ...rest].join('.') : near?.hint;
    issues.push({ path: at, value: spec, message: `${JSON.stringify(path)} is not a scenario field that can be varied${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; use the path of a number, true/false or choice field (see cfsim schema)` });
    return undefined;
  }
  if (!isObject(spec)) {
    issues.push({ path: at, value: spec, message: `${show(spec)} is not allowed; expected { min: A, max: B } or { values: [...] }` });
    return undefined;
  }
  const unknown = Object.keys(spec).filter((k) => !['min', 'max', 'values'].includes(k));
  // Only a key not given yet is suggested: "mean" beside min is nearest "min" by spelling.
  const free = ['min', 'max', 'values'].filter((k) => spec[k] === undefined);
  for (const k of unknown) issues.push({ path: `${at}.${k}`, value: spec[k], message: `unknown field${closest(k, free) ? ` (did you mean "${closest(k, free)}"?)` : ''}; allowed here: min, max, values` });
  if (spec.values !== undefined && (spec.min !== undefined || spec.max !== undefined)) {
    const range = [spec.min !== undefined ? `min ${show(spec.min)}` : '', spec.max !== undefined ? `max ${show(spec.max)}` : ''].filter(Boolean).join(' and ');
    issues.push({ path: at, value: spec, message: `give either a range { min: A, max: B } or a list { values: [...] }, not both (values ${show(spec.values)} would replace ${range})` });
    return undefined;
  }
  if (spec.values !== undefined) {
    if (!Array.isArray(spec.values) || spec.values.length === 0) {
      issues.push({ path: `${at}.values`, value: spec.values, message: `${show(spec.values)} is not allowed; expected a non-empty list of values` });
      return undefined;
    }
    const before = issues.length;
    const values: unknown[] = spec.values;
    values.forEach((value, i) => {
      try {
        resolveScenario({ overrides: [[path, value]] });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        for (const issue of error.issues) issues.push({ path: `${at}.values[${i}]`, value, message: issue.message });
        return;
      }
      // As a package listed twice: its points would be the same scenarios twice (with common random numbers, the same rows), counting double in every mean, PRCC and index.
      const first = values.indexOf(value);
      if (first < i && !recorded) issues.push({ path: `${at}.values[${i}]`, value, message: `${show(value)} is listed twice (values[${first}] and values[${i}]); name each value of ${path} once` });
    });
    // As a range with min = max: not varied, so its effects would be 0/0, read as "no effect", which the sweep never tested.
    if (issues.length === before && values.length === 1 && !recorded) {
      issues.push({ path: `${at}.values`, value: values, message: `${show(values)} is one value, so ${path} would not vary; list two or more values to vary it, or fix it under set (set: { ${path}: ${JSON.stringify(values[0])} }) and leave it out of parameters` });
    }
    return issues.length === before ? { path, kind: 'values', values: spec.values } : undefined;
  }
  if (field.kind !== 'number') {
    issues.push({ path: at, value: spec, message: `${path} is a ${field.kind === 'enum' ? 'choice' : 'true/false'} field: give { values: [...] }` });
    return undefined;
  }
  const { min, max } = spec;
  const ok = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= field.min && v <= field.max && (!field.integer || Number.isInteger(v));
  const expected = `expected ${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}${field.textForms ? `${field.unit ? ` (${field.unit})` : ''}${textFormsWords(field)}` : ''}`;
  if (!ok(min)) issues.push({ path: `${at}.min`, value: min, message: `${show(min)} is not allowed; ${expected}${percentHint(field, min)}` });
  if (!ok(max)) issues.push({ path: `${at}.max`, value: max, message: `${show(max)} is not allowed; ${expected}${percentHint(field, max)}` });
  if (!ok(min) || !ok(max)) return undefined;
  if ((min as number) > (max as number)) {
    issues.push({ path: at, value: spec, message: `min ${min} is above max ${max}; expected min below max (min: ${max}, max: ${min})` });
    return undefined;
  }
  if (min === max && !recorded) {
    // Its effects would be 0/0: read as "no effect", which the sweep never tested.
    issues.push({ path: at, value: spec, message: `min and max are both ${min}, so ${path} would not vary; give a wider range, or fix it under set (set: { ${path}: ${min} })` });
    return undefined;
  }
  return { path, kind: 'range', min: min as number, max: max as number, integer: Boolean(field.integer) };
}

/** Marks a horizon's spec whose units are read (not enumerable: the spec's own keys are checked as given). */
const HORIZONS_READ = Symbol('horizons read');

/**
 * A varied horizon's values, min and max with their units read as --days reads them (values: [1y, 2y]
 * is [365, 730]); undefined, with an issue at each, where one is a near miss ("1yr"). Where a unit makes
 * two values the same days (values: [1y, 365]) or puts min above max, the message names the values as
 * written and the days they are, which the checks of the days read could not.
 */
function horizonsRead(issues: InputIssue[], at: string, spec: Record<string, unknown>): Record<string, unknown> | undefined {
  const before = issues.length;
  const withUnit = (value: unknown) => daysWritten(value) !== undefined;
  const read = (value: unknown, where: string): unknown => {
    const days = daysWritten(value);
    if (days === undefined) return value;
    if ('days' in days) return days.days;
    issues.push({ path: where, value, message: days.refused });
    return value;
  };
  const out: Record<string, unknown> = { ...spec };
  Object.defineProperty(out, HORIZONS_READ, { value: true, enumerable: false });
  if (Array.isArray(spec.values)) {
    const written: unknown[] = spec.values;
    const values = written.map((value, i) => read(value, `${at}.values[${i}]`));
    values.forEach((days, i) => {
      const first = values.indexOf(days);
      if (first < i && typeof days === 'number' && (withUnit(written[first]) || withUnit(written[i]))) {
        issues.push({ path: `${at}.values[${i}]`, value: written[i], message: `${days} days is listed twice (values[${first}]: ${show(written[first])}, values[${i}]: ${show(written[i])}); name each value of days once` });
      }
    });
    out.values = values;
  }
  for (const end of ['min', 'max'] as const) if (spec[end] !== undefined) out[end] = read(spec[end], `${at}.${end}`);
  // Only for two horizons the field takes: a number out of its range is named by the field's own check.
  const horizon = (days: unknown): days is number => Number.isInteger(days) && (days as number) >= HORIZON_DAYS.min && (days as number) <= HORIZON_DAYS.max;
  if (issues.length === before && horizon(out.min) && horizon(out.max) && out.min > out.max && (withUnit(spec.min) || withUnit(spec.max))) {
    const written = (end: 'min' | 'max') => (withUnit(spec[end]) ? `${show(spec[end])} (${out[end] as number} days)` : show(spec[end]));
    issues.push({ path: at, value: spec, message: `min ${written('min')} is above max ${written('max')}; expected min below max (min: ${String(spec.max)}, max: ${String(spec.min)})` });
  }
  return issues.length === before ? out : undefined;
}

const SCENARIO_FILE_NAME = /\.(ya?ml|json)$/i;

/** A base.population or base.policy that names a scenario file, with how a plan builds on one. */
function withScenarioFileHint(issue: InputIssue): InputIssue {
  if (!issue.path.startsWith('base.') || typeof issue.value !== 'string' || !SCENARIO_FILE_NAME.test(issue.value)) return issue;
  return { ...issue, message: `${issue.message}; to build on a scenario file, name it as the whole base: base: ${issue.value}` };
}

/** A design that is none of DESIGNS, with the closest one where the name is a near miss ("grd", "Sobol"). */
function designIssue(value: unknown): InputIssue {
  const hint = typeof value === 'string' ? closest(value, DESIGNS) : undefined;
  return { path: 'design', value, message: `${show(value)} is not allowed${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${DESIGNS.join(', ')}` };
}

/** The problems of a plan's points, levels and parameters under its (valid) design. */
function designFieldIssues(design: DesignName, input: Record<string, unknown>, points: number, levels: number, parameters: readonly PlanParameter[], recorded: boolean): InputIssue[] {
  const issues: InputIssue[] = [];
  if (input.points !== undefined && !USES_POINTS.includes(design)) {
    issues.push({ path: 'points', value: input.points, message: `${show(input.points)} is not used by a grid design, which runs every combination of the parameters' values (levels values per range, ${levels} now; every value of a list); remove points, and set the values per range with levels` });
  }
  if (input.levels !== undefined && !USES_LEVELS.includes(design)) {
    const size = design === 'sobol' ? 'points (base rows; runs = points × (parameters + 2) × reps)' : 'points (the number of points)';
    issues.push({ path: 'levels', value: input.levels, message: `${show(input.levels)} is not used by ${withArticle(design)} design, which takes its size from ${size}; remove levels (it applies to grid and morris designs)` });
  }
  // A new plan only: a sweep folder written before this was refused is still analysed (its indices then carry the caution of indices far outside 0 to 1).
  if (design === 'sobol' && !recorded && input.points === points && points < MIN_SOBOL_POINTS) issues.push({ path: 'points', value: input.points, message: sobolPointsMessage(points) });
  if (design === 'morris' && levels % 2 !== 0) issues.push({ path: 'levels', value: levels, message: `${levels} is not allowed for a Morris design; expected an even number of levels` });
  if (design === 'morris') for (const p of parameters) if (p.kind === 'values') issues.push(morrisListIssue(p));
  return issues;
}

/** Why a list of values cannot be a Morris parameter, and what to give instead. */
function morrisListIssue(p: PlanParameter & { kind: 'values' }): InputIssue {
  if (p.path === PACKAGE_PARAMETER) {
    return { path: `parameters.${p.path}`, value: p.values, message: `${show(p.values)} is a list; a Morris design needs a numeric range for every parameter, and ${p.path}, the support package, is a choice among named packages, which has none: fix it in base.policy, or vary it with a grid, random, lhs or sobol design` };
  }
  const kind = fieldAt(scenarioField, p.path.split('.'))?.kind;
  const instead =
    kind === 'number'
      ? `: give ${p.path} { min: A, max: B }`
      : `, and ${p.path} is a ${kind === 'enum' ? 'choice' : 'true/false'} field, which has none: fix it in set, or vary it with a grid, random, lhs or sobol design`;
  return { path: `parameters.${p.path}`, value: p.values, message: `${show(p.values)} is a list; a Morris design needs a numeric range for every parameter${instead}` };
}

/**
 * Said after a plan's unknown field that is a scenario's (days, population, ...: a scenario file
 * given as the plan, or its fields copied into one): where it goes in a plan, by its first path
 * and value, or '' for another name.
 */
function scenarioFieldNote(key: string, value: unknown): string {
  if (fieldAt(scenarioField, [key]) === undefined) return '';
  // A preset by name (population: ct-harm-reduction) is no value set can give: the plan's base names it.
  if ((PRESET_KEYS as readonly string[]).includes(key) && typeof value === 'string') return `; ${key} is a field of the scenario, not of the plan: a preset by name goes in base (base: { ${key}: ${JSON.stringify(value)} })`;
  let path = key;
  let leaf = value;
  while (isObject(leaf) && Object.keys(leaf).length > 0) {
    // A label (policy.name, as cfsim show writes first) set alone changes no lever: a lever is the example where there is one.
    const [first] = [...Object.keys(leaf).filter((k) => k !== 'name' && k !== 'description'), ...Object.keys(leaf)];
    [path, leaf] = [`${path}.${first}`, leaf[first]];
  }
  const example = leaf === undefined || isObject(leaf) || Array.isArray(leaf) ? '' : ` (set: { ${path}: ${JSON.stringify(leaf)} })`;
  return `; ${key} is a field of the scenario, not of the plan: give it in set, by its path${example}, to fix it at every point, or keep the scenario in a file of its own and build on it with base: FILE`;
}

/**
 * Validates a parsed plan file; throws an InputError listing every problem. `recorded`: a plan a
 * sweep folder holds, which may predate the refusal of a range with min = max, of a list of one
 * value, of a value listed twice and of a metric named twice (its runs were made, so it is read
 * as it ran).
 */
export function resolvePlan(input: unknown, recorded = false): Plan {
  const issues: InputIssue[] = [];
  if (!isObject(input)) throw new InputError([{ path: '', value: input, message: `a plan must be an object of fields (${KEYS.join(', ')}), not ${show(input)}` }], 'sweep plan');
  for (const key of Object.keys(input)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const hint = closest(key, KEYS);
      issues.push({ path: key, value: input[key], message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${KEYS.join(', ')}${scenarioFieldNote(key, input[key])}` });
    }
  }
  const name =
    input.name === undefined
      ? 'sweep'
      : typeof input.name === 'string' && input.name.length <= 200 && (isLabel(input.name) || (recorded && !CONTROL_CHARACTER.test(input.name)))
        ? input.name
        : (issues.push({ path: 'name', value: input.name, message: `${show(input.name)} is not allowed; expected one line of text, not blank (no line breaks, other control characters or invisible ones such as direction marks), of at most 200 characters` }), 'sweep');
  const given = input.base === undefined ? {} : isObject(input.base) ? input.base : (issues.push(unreadBaseIssue(input.base)), {});
  const { presets: base, scenario } = splitPlanBase(given, issues);
  const set: [string, unknown][] = [];
  if (input.set !== undefined) {
    if (!isObject(input.set)) issues.push({ path: 'set', value: input.set, message: 'expected an object of field paths and values, e.g. { days: 730 }' });
    else
      for (const [path, value] of Object.entries(input.set)) {
        if (Object.hasOwn(COMPARISON_ONLY, path)) issues.push({ path: `set.${path}`, value, message: `cannot be set in a sweep plan: ${COMPARISON_ONLY[path]}` });
        else {
          // days: 3y read as --days reads it (a text without a letter is left to the scenario's check).
          const read = path === 'days' ? daysWritten(value) : undefined;
          if (read === undefined) set.push([path, value]);
          else if ('days' in read) set.push([path, read.days]);
          else issues.push({ path: 'set.days', value, message: read.refused });
        }
      }
  }
  let baseScenario: Scenario | undefined;
  try {
    // A plan that varies days has each point's changes checked against that point's own horizon
    // (unrunnablePoint, before any run starts): here only against the longest a run can have.
    const variesDays = isObject(input.parameters) && Object.hasOwn(input.parameters, 'days');
    // Named as where no point varies days: the longest horizon is no point's own.
    const horizonSource = sweepHorizonSource({ setsDays: set.some(([path]) => path === 'days'), variesDays: false, fileDays: fileDaysOf(scenario) });
    const overrides: [string, unknown][] = variesDays ? [...set, ['days', (fieldAt(scenarioField, ['days']) as { max: number }).max]] : set;
    baseScenario = scenario
      ? resolveScenario({ file: scenario.content, policy: base.policy as string | undefined, policySource: 'base.policy', overrides, horizonSource })
      : resolveScenario({ file: { base }, overrides, horizonSource });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const issue of error.issues) issues.push(withScenarioFileHint(baseScenarioIssue(issue, scenario, set, base.policy !== undefined)));
  }
  const parameters: PlanParameter[] = [];
  if (!isObject(input.parameters) || Object.keys(input.parameters).length === 0) {
    issues.push({ path: 'parameters', value: input.parameters, message: 'expected at least one parameter: { FIELD.PATH: { min: A, max: B } or { values: [...] } }' });
  } else {
    for (const [path, spec] of Object.entries(input.parameters)) {
      const p = parameter(issues, path, spec, recorded);
      if (p) parameters.push(p);
      // The package is varied or fixed, not both, as a field is (below): every point's package would silently replace base.policy.
      if (path === PACKAGE_PARAMETER && isObject(base) && base.policy !== undefined) {
        issues.push({
          path: `parameters.${path}`,
          value: spec,
          message: `the support package is both varied here and fixed in the plan's base (base.policy: ${show(base.policy)}), where every point's package would silently replace it; remove base.policy to vary the package, or remove parameters.${path} to fix it`,
        });
      }
      // A point's values are applied after set (an object in set naming a group of fields is refused anyway).
      const fixed = set.find(([entry]) => entry === path);
      if (fixed) {
        issues.push({
          path: `parameters.${path}`,
          value: spec,
          message: `${path} is both varied here and fixed in the plan's set (set.${path}: ${show(fixed[1])}), where every point's value would silently replace the fixed one; remove it from set to vary it, or from parameters to fix it`,
        });
      }
      if (baseScenario && Object.hasOwn(baseScenario.uncertainty, path)) {
        const drawn = drawsSource(scenario, set);
        issues.push({
          path: `parameters.${path}`,
          value: spec,
          message: `${path} is both varied here and drawn anew in every replication (${drawn}), where each replication's draw would silently replace every point's value; remove it from ${drawn} to vary it, or from parameters to draw it`,
        });
      }
    }
  }
  const design = input.design === undefined ? 'lhs' : typeof input.design === 'string' && (DESIGNS as readonly string[]).includes(input.design) ? (input.design as DesignName) : (issues.push(designIssue(input.design)), undefined);
  const points = int(issues, 'points', input.points, 64, 1, 1_000_000);
  const levels = int(issues, 'levels', input.levels, 4, 2, 1000);
  // Which of points and levels a plan uses, and what else its design allows, is judged only against
  // the design it names: a misspelt one ("grd" beside levels) was judged as the default lhs.
  if (design !== undefined) issues.push(...designFieldIssues(design, input, points, levels, parameters, recorded));
  const reps = int(issues, 'reps', input.reps, 5, 1, 100_000);
  const seed = int(issues, 'seed', input.seed, 1, 0, 2 ** 32 - 1);
  let randomNumbers: RandomNumbers = 'common';
  if (input.randomNumbers !== undefined) {
    if (typeof input.randomNumbers === 'string' && (RANDOM_NUMBERS as readonly string[]).includes(input.randomNumbers)) randomNumbers = input.randomNumbers as RandomNumbers;
    else issues.push({ path: 'randomNumbers', value: input.randomNumbers, message: `${show(input.randomNumbers)} is not allowed; expected one of ${RANDOM_NUMBERS.join(', ')} (common: every point draws the same random numbers, so points differ only by their values)` });
  }
  let metrics: MetricName[] = [...METRIC_NAMES];
  if (input.metrics !== undefined) {
    if (!Array.isArray(input.metrics) || input.metrics.length === 0) issues.push({ path: 'metrics', value: input.metrics, message: `${show(input.metrics)} is not allowed; expected a non-empty list of metric names from ${METRIC_NAMES.join(', ')}${typeof input.metrics === 'string' && (METRIC_NAMES as readonly string[]).includes(input.metrics) ? ` (one metric is a list of one: metrics: [${input.metrics}])` : ''}` });
    else {
      metrics = [];
      input.metrics.forEach((m, i) => {
        if (typeof m === 'string' && metrics.includes(m as MetricName) && !recorded) issues.push({ path: `metrics[${i}]`, value: m, message: `${show(m)} is listed twice; name each metric once (runs.csv has one column per metric)` });
        else if (typeof m === 'string' && (METRIC_NAMES as readonly string[]).includes(m)) metrics.push(m as MetricName);
        else {
          const hint = typeof m === 'string' ? metricHint(m) : undefined;
          issues.push({ path: `metrics[${i}]`, value: m, message: `${show(m)} is not a metric${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${METRIC_NAMES.join(', ')}` });
        }
      });
    }
  }
  if (issues.length > 0 || !baseScenario || design === undefined) throw new InputError(issues, 'sweep plan');
  const variesPackage = parameters.some((p) => p.path === PACKAGE_PARAMETER);
  // A scenario's presets are its own base's, its package replaced by the plan's base.policy as --policy replaces it.
  const own = scenario ? filePresets(scenario.content) : { population: String(base.population ?? 'ma-outreach'), policy: 'status-quo' };
  const plan: Plan = { name, population: own.population, policy: variesPackage ? undefined : String(base.policy ?? own.policy), scenario, set, parameters, design, points, levels, reps, seed, randomNumbers, metrics };
  const tooLarge = sizeIssue(plan);
  if (tooLarge) throw new InputError([tooLarge], 'sweep plan');
  return plan;
}

/**
 * The fewest base rows a Sobol design takes (sim/analysis/sobolIndices.ts). Each index is a mean
 * over the n base rows divided by V, the variance (divisor 2n) of their f(A) and f(B) outputs.
 * With one row nothing is averaged and V, from two outputs, is half their sample variance: every
 * index is that row's ratio, S1 = 2r and ST = 2r² with r the part of f(B) − f(A) that the
 * parameter's column moves, so a parameter that explains the output gets 2 for both. The
 * divisor's bias, (2n − 1)/(2n), is an eighth at n = 4 (a quarter at 2, a sixth at 3), and a
 * bootstrap resample that repeats one row (V from two outputs again) is drawn n·n^−n of the
 * time: 1.6% at 4, 11% at 3, 50% at 2.
 */
export const MIN_SOBOL_POINTS = 4;

function sobolPointsMessage(points: number): string {
  return `${points} is too few base rows for a sobol design; expected a whole number from ${MIN_SOBOL_POINTS} (a power of two such as 64, 256 or 1024 gives stable indices): each index averages over the base rows and divides by the variance of their 2 × points outputs, so with 1 row it is that row's ratio, not an estimate (a parameter that explains the output gets S1 = ST = 2), and below ${MIN_SOBOL_POINTS} rows that variance is underestimated by more than an eighth and many bootstrap resamples repeat a single row`;
}

/** The issue with a plan too large to run safely, if it is. */
function sizeIssue(plan: Plan): InputIssue | undefined {
  const n = (x: number) => x.toLocaleString('en-US');
  const count = designPointCount(plan);
  const k = plan.parameters.length;
  const how =
    plan.design === 'grid' ? ` (a grid of ${gridLevels(plan).join(' × ')})`
    : plan.design === 'sobol' ? ` (points ${n(plan.points)} × (${k} parameters + 2))`
    : plan.design === 'morris' ? ` (points ${n(plan.points)} × (${k} parameters + 1))`
    : '';
  const size = plan.design === 'grid' ? 'levels' : 'points';
  const runs = count * plan.reps;
  if (runs > MAX_RUNS) {
    return { path: `${size} × reps`, value: undefined, message: `the plan has ${n(runs)} runs: ${n(count)} points${how} × ${n(plan.reps)} ${plan.reps === 1 ? 'rep' : 'reps'}; at most ${n(MAX_RUNS)} runs are allowed, as resuming, merging and analysing read runs.csv whole; lower ${size} or reps, or split the study into smaller plans` };
  }
  if (count * k > MAX_POINT_VALUES) {
    return { path: size, value: undefined, message: `the plan has ${n(count * k)} parameter values: ${n(count)} points${how} × ${k} parameters; at most ${n(MAX_POINT_VALUES)} are allowed, as plan.json lists them all; lower ${size}, or vary fewer parameters` };
  }
  return undefined;
}

/**
 * A plan read back from a sweep's plan.json. Those written before unused points and levels were
 * refused hold both; the one its design ignores is dropped. Those written before `randomNumbers`
 * existed ran with independent streams per point, and are read so. Those written before a field
 * both varied and fixed in `set` was refused ran with the varied values: the fixed one is dropped.
 */
export function resolveStoredPlan(input: unknown): Plan {
  if (!isObject(input)) return resolvePlan(input, true);
  const varied = isObject(input.parameters) ? input.parameters : {};
  const set = isObject(input.set) ? { set: Object.fromEntries(Object.entries(input.set).filter(([path]) => !Object.hasOwn(varied, path))) } : {};
  const stored: Record<string, unknown> = { ...input, ...set, randomNumbers: input.randomNumbers ?? 'independent' };
  if (typeof input.design !== 'string' || !(DESIGNS as readonly string[]).includes(input.design)) return resolvePlan(stored, true);
  const design = input.design as DesignName;
  const { points, levels, ...rest } = stored;
  return resolvePlan({ ...rest, ...(USES_POINTS.includes(design) ? { points } : {}), ...(USES_LEVELS.includes(design) ? { levels } : {}) }, true);
}

/** A resolved plan written back in the plan-file format (resolvePlan(planInput(p)) gives p back). */
export function planInput(plan: Plan): Record<string, unknown> {
  return {
    name: plan.name,
    base: planBaseInput(plan),
    ...(plan.set.length > 0 ? { set: Object.fromEntries(plan.set) } : {}),
    parameters: Object.fromEntries(plan.parameters.map((p) => [p.path, p.kind === 'values' ? { values: p.values } : { min: p.min, max: p.max }])),
    design: plan.design,
    ...(USES_POINTS.includes(plan.design) ? { points: plan.points } : {}),
    ...(USES_LEVELS.includes(plan.design) ? { levels: plan.levels } : {}),
    reps: plan.reps,
    seed: plan.seed,
    randomNumbers: plan.randomNumbers,
    metrics: plan.metrics,
  };
}

/** A plan's base in the plan-file format: its presets, or the scenario it carries, with a package only where it replaces the scenario's. */
function planBaseInput(plan: Plan): Record<string, unknown> {
  if (!plan.scenario) return { population: plan.population, ...(plan.policy !== undefined ? { policy: plan.policy } : {}) };
  const replaced = plan.policy !== undefined && plan.policy !== filePresets(plan.scenario.content).policy;
  return { ...(plan.scenario.file !== undefined ? { file: plan.scenario.file } : {}), scenario: plan.scenario.content, ...(replaced ? { policy: plan.policy } : {}) };
}

/**
 * A base that is neither presets nor a scenario: a name the command line did not read (a plan
 * resolved in code, where bin/planFile.ts did not turn `base: team.yaml` into the scenario), or
 * anything else.
 */
function unreadBaseIssue(base: unknown): InputIssue {
  if (typeof base === 'string' && isPopulationId(base)) {
    return { path: 'base', value: base, message: `${show(base)} is a population preset, not a scenario file; write base: { population: ${base} }` };
  }
  if (typeof base === 'string' && base.length > 0) {
    return { path: 'base', value: base, message: `${show(base)} names a scenario file, which the command line reads (cfsim sweep, cfsim validate); a plan given in code carries the scenario itself: base: { file: ${show(base)}, scenario: { ... } }` };
  }
  return { path: 'base', value: base, message: `${show(base)} is not allowed; ${PLAN_BASE_FORMS}` };
}
