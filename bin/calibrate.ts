import { andList } from '../sim/text/andList';
import { stringify as toYaml } from 'yaml';
import { closest, show, type InputIssue } from '../sim/params/issues';
import { fieldAt, withValueAt } from '../sim/params/fields';
import { isPlausiblePercentage, percentageWording, percentHint } from '../sim/params/percentHint';
import { modelParameters } from '../models/parameters';
import { METRICS, METRIC_NAMES, type MetricName } from '../models/metrics';
import { metricHint } from '../models/metricHint';
import { halfWidth, type CalibrationStep, type FieldCalibration } from '../models/fieldCalibration';
import { fieldPathHint } from '../scenarios/resolve';
import { scenarioField, type Scenario } from '../scenarios/schema';

// `cfsim calibrate`: the value of one scenario field at which a metric's mean meets a figure the
// team knows (models/fieldCalibration.ts), as a block to paste into the scenario file (stdout),
// with the values run and how closely the replications pin the field (stderr); or --json.

export const CALIBRATE_DEFAULTS = { reps: 40, halvings: 30 } as const;

/** What a calibration matches: the metric and its figure, and the field varied over its range. */
export interface CalibrationTarget {
  readonly metric: MetricName;
  readonly target: number;
  readonly path: string;
  readonly range: readonly [number, number];
}

/** --target METRIC=VALUE, checked: a metric the run reports, and a number. */
export function targetFlag(raw: unknown, issues: InputIssue[]): { metric: MetricName; target: number } | undefined {
  const text = String(Array.isArray(raw) ? raw[raw.length - 1] : raw);
  const m = /^([^=]+)=(.*)$/.exec(text);
  if (!m) {
    issues.push({ path: '--target', value: text, message: `${show(text)} is not allowed; expected METRIC=VALUE, the figure your team has for a metric, such as turnoverPerYear=0.35 (35% a year) or proqolBO=24` });
    return undefined;
  }
  // Decimal only: Number() would read 0x10 as 16 and an empty text as 0.
  const written = m[2].trim();
  const [name, value] = [m[1].trim(), /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(written) ? Number(written) : NaN];
  const ok = (METRIC_NAMES as readonly string[]).includes(name);
  if (!ok) {
    const hint = metricHint(name) ?? closest(name, METRIC_NAMES);
    issues.push({ path: '--target', value: text, message: `${show(name)} is not a metric${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${METRIC_NAMES.join(', ')}` });
  }
  if (!Number.isFinite(value)) issues.push({ path: '--target', value: text, message: `${show(m[2])} is not a number; expected METRIC=VALUE with a number, such as turnoverPerYear=0.35 (35% a year)` });
  const reach = ok && Number.isFinite(value) ? outOfReach(name as MetricName, value) : undefined;
  if (reach) issues.push({ path: '--target', value: text, message: reach });
  return ok && Number.isFinite(value) && !reach ? { metric: name as MetricName, target: value } : undefined;
}

/**
 * Why no mean of `metric` can be `target`, or undefined: a share above 1 (often a percentage,
 * 12 for 0.12) or an index (careQuality, cf) outside 0-1, a ProQOL score outside 10-50, a negative rate. Refused before anything runs,
 * where the search would otherwise run both ends and ask for a --range that no range could give.
 */
function outOfReach(metric: MetricName, target: number): string | undefined {
  const unit = METRICS.find((d) => d.name === metric)!.unit;
  const [min, max, what] =
    unit === 'share' ? [0, 1, 'a share'] : unit === '0-1' ? [0, 1, 'an index'] : unit === 'score 10-50' ? [10, 50, 'a ProQOL score'] : unit.startsWith('currency') ? [-Infinity, Infinity, ''] : [0, Infinity, 'a rate'];
  if (target >= min && target <= max) return undefined;
  const percent = what === 'a share' && isPlausiblePercentage(target) ? percentageWording(target, (share) => `--target ${metric}=${share}`) : '';
  return `${metric} ${target} cannot be met: ${metric} is ${what}, ${max === Infinity ? `${min} or more` : `from ${min} to ${max}`}${percent}`;
}

/**
 * Why a turnoverPerYear target is beyond what the scenario can give, or undefined. A worker in post
 * leaves on a day with probability at most the model's separation ceiling (models/parameters.ts:
 * full burnout and compassion fatigue, no satisfaction or pay, on a first day), so the team's
 * separations per average headcount are at most 365 times that a year, and at most 365 (one
 * departure per worker per day in post). The ceiling is taken where it is highest: the varied field
 * at its range's top and each drawn coefficient at its range's maximum (every term raises it).
 */
export function turnoverBeyondCeiling(metric: MetricName, target: number, scenario: Scenario, vary: { path: string; range: readonly [number, number] }): string | undefined {
  if (metric !== 'turnoverPerYear') return undefined;
  let drawn = scenario;
  for (const [path, range] of Object.entries(scenario.uncertainty)) drawn = withValueAt(drawn, path.split('.'), range.max);
  const ceiling = modelParameters(withValueAt(drawn, vary.path.split('.'), vary.range[1])).separationCeiling;
  const daily = Math.min(1, ceiling);
  const most = 365 * daily;
  if (target <= most) return undefined;
  const percent = isPlausiblePercentage(target) && target / 100 <= most ? percentageWording(target, (share) => `--target turnoverPerYear=${share}`, `(${target}% a year)`) : '';
  // The varied field is named only where it moves the ceiling (a separation coefficient).
  const moved = ceiling !== modelParameters(drawn).separationCeiling ? ` with ${vary.path} at ${shown(vary.range[1])}` : '';
  const why =
    daily >= 1
      ? 'each worker leaves at most once per day in post'
      : `a worker leaves on a given day with probability at most ${shown(daily)} here${moved} (at full burnout and compassion fatigue, on a first day: coefficients.separationBase × e^(separationBurnout + separationCf) × (1 + newHireHazard))`;
  return `turnoverPerYear ${target} cannot be met: turnover is separations per average headcount per year, and ${why}, so it is at most ${shown(most)} a year${percent}`;
}

/**
 * --vary PATH and --range MIN,MAX, checked against the scenario: a number field that is not a
 * whole number, not drawn by the scenario's uncertainty and not fixed by --set; the range within
 * the field's own (default: half to twice the scenario's value, within the field's range, or the
 * field's whole range when the value is 0).
 */
export function varyFlags(path: unknown, rangeText: unknown, scenario: Scenario | undefined, overrides: readonly (readonly [string, unknown])[], issues: InputIssue[]): { path: string; range: [number, number] } | undefined {
  const text = String(path);
  const parts = text.split('.');
  const field = fieldAt(scenarioField, parts);
  if (!field) {
    const { hint } = fieldPathHint(parts);
    issues.push({ path: '--vary', value: text, message: `${show(text)} is not a scenario field${hint ? ` (did you mean "${hint}"?)` : ''}; expected the path of a number field, such as community.demandPerSeat (docs/SCENARIO.md lists them)` });
    return undefined;
  }
  if (field.kind !== 'number' || field.integer) {
    const kind = field.kind === 'number' ? 'a whole-number field' : field.kind === 'enum' ? 'a choice field' : field.kind === 'boolean' ? 'a true/false field' : 'a group of fields';
    issues.push({ path: '--vary', value: text, message: `${text} is ${kind}; calibration moves a field with values between whole numbers, such as community.demandPerSeat, community.fatality or population.payAdequacy (a whole-number field or a choice: compare its values with a sweep)` });
    return undefined;
  }
  if (field.min === field.max) {
    issues.push({ path: '--vary', value: text, message: `${text} has a single allowed value, ${field.min}, so there is nothing to move; vary another field` });
    return undefined;
  }
  if (overrides.some(([p]) => p === text)) {
    issues.push({ path: '--vary', value: text, message: `${text} is also fixed by --set, whose value calibration would replace; remove it from --set` });
    return undefined;
  }
  if (scenario && Object.hasOwn(scenario.uncertainty, text)) {
    issues.push({ path: '--vary', value: text, message: `${text} is drawn anew in every replication (the scenario's uncertainty), so no one value of it runs; leave it out of uncertainty (--set 'uncertainty={}' draws nothing) to calibrate it` });
    return undefined;
  }
  const changed = scenario?.changes.findIndex((c) => Object.hasOwn(c.set, text)) ?? -1;
  if (scenario && changed >= 0) {
    issues.push({ path: '--vary', value: text, message: `${text} is changed during the run (changes[${changed}], day ${scenario.changes[changed].day}), which would replace the value calibrated from that day; vary a field the scheduled changes leave alone, or calibrate without the change` });
    return undefined;
  }
  const own = scenario ? (parts.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], scenario) as number) : undefined;
  if (rangeText === undefined) {
    if (own === undefined) return undefined;
    const range: [number, number] = own > 0 ? [Math.max(field.min, own / 2), Math.min(field.max, own * 2)] : [field.min, field.max];
    return { path: text, range };
  }
  const given = String(Array.isArray(rangeText) ? rangeText[rangeText.length - 1] : rangeText);
  const ends = given.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (ends.length !== 2 || !ends.every((e) => Number.isFinite(e) && e >= field.min && e <= field.max) || ends[0] >= ends[1]) {
    // Percentages for a 0-1 field (--range 10,50): the shares to write, as the field's own check
    // gives them; only where both ends read as percentages (0, or 2 to 100): in --range 0.5,50 the
    // 0.5 is a share already, and 0.005 would not be what was meant.
    const asPercentage = (e: number) => e === 0 || percentHint(field, e) !== '';
    const shares = ends.length === 2 && ends[0] < ends[1] && ends.every(asPercentage);
    // Otherwise the ends outside the field's range are named (--range 0.5,50: "50 is outside it").
    const outside = ends.filter((e) => Number.isFinite(e) && (e < field.min || e > field.max));
    const hint = shares
      ? `; if these are percentages, write --range ${ends.map((e) => Number((e / 100).toPrecision(12))).join(',')}`
      : ends.length === 2 && outside.length > 0
        ? `; ${andList(outside.map(String))} ${outside.length === 1 ? 'is' : 'are'} outside that range`
        : '';
    issues.push({ path: '--range', value: given, message: `${show(given)} is not allowed; expected MIN,MAX with MIN below MAX, both from ${field.min} to ${field.max} (${text}'s range)${hint}` });
    return undefined;
  }
  return { path: text, range: [ends[0], ends[1]] };
}

/** A number as the calibration prints it: four significant digits. */
const shown = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : 'none');

/** The mean's 90% interval, from the replications that gave it a value. */
function interval(step: CalibrationStep): { low: number; high: number } {
  const h = halfWidth(step);
  return { low: step.mean - h, high: step.mean + h };
}

/** Where the run came from, for the header: the scenario and package, and how it was run. */
export interface CalibrationRun {
  readonly scenario: Scenario;
  /** The scenario file, when one was given. */
  readonly file?: string;
  readonly set?: readonly string[];
  readonly reps: number;
  readonly seed: number;
}

/** What is matched, for whom and how: the header of the steps (stderr) and of the block (stdout). */
function what(run: CalibrationRun, t: CalibrationTarget): string {
  const file = run.file === undefined ? '' : ` (scenario file ${run.file})`;
  const set = run.set && run.set.length > 0 ? ` with ${run.set.map((s) => `--set ${s}`).join(' ')}` : '';
  return `${t.metric} ${t.target} for ${run.scenario.name}${file} under ${run.scenario.policy.name}${set} (${run.reps} replications × ${run.scenario.days} days, seed ${run.seed})`;
}

/** The line stderr starts with, before the values are run. */
export function calibrationHeading(run: CalibrationRun, t: CalibrationTarget): string {
  return `Matching ${t.path} (from ${shown(t.range[0])} to ${shown(t.range[1])}) to ${what(run, t)}\n${t.path.padEnd(28)} ${t.metric} (mean ± standard error)\n`;
}

/** One value run, as a line of the steps. */
export const stepLine = (step: CalibrationStep, path: string) => `${shown(step.value).padEnd(Math.max(28, path.length))} ${shown(step.mean)} ± ${shown(step.se)}\n`;

/** The problem with a calibration that found no value: the means at the range's ends, and what to do. */
export function unmatchedIssue(t: CalibrationTarget, result: Exclude<FieldCalibration, { kind: 'matched' }>): InputIssue {
  const [low, high] = result.steps;
  const field = fieldAt(scenarioField, t.path.split('.')) as { min: number; max: number };
  const ends = `${t.path} ${shown(low.value)} (mean ${shown(low.mean)}) and ${shown(high.value)} (mean ${shown(high.mean)})`;
  if (result.kind === 'jumps') {
    const [x, y] = result.pair;
    return {
      path: '--target',
      value: `${t.metric}=${t.target}`,
      message: `${t.metric} ${t.target} is passed, not met: its mean jumps from ${shown(x.mean)} at ${t.path} ${shown(x.value)} to ${shown(y.mean)} at ${shown(y.value)}, and ${t.target} lies outside the 90% interval of the mean between them (the field moves the team in steps there, such as a role's whole seats); the nearest values are those two, or match another field`,
    };
  }
  if (result.kind === 'unmeasured') {
    return {
      path: '--target',
      value: `${t.metric}=${t.target}`,
      message: `${t.metric} ${t.target} lies between ${ends}, but at ${t.path} ${shown(result.at.value)} no replication gave ${t.metric} a value (it had nothing to measure in any, such as nobody in post on the days it is measured), so the search cannot go on there; give a --range that keeps a team in post, or more --days`,
    };
  }
  const message =
    result.kind === 'out of range'
      ? `${t.metric} ${t.target} is not met between ${ends}; give a --range whose ends' means lie either side of it (${t.path} may be from ${field.min} to ${field.max}), or vary another field`
      : result.kind === 'unmoved'
        ? `${t.metric} is ${t.target} at both ${ends}: it does not move with ${t.path} over this range, so every value matches and none is given; vary a field that moves it, or run longer (--days)`
        : `${t.metric} ${t.target} lies between ${ends}, but ${result.steps.length - 2} halvings left a pair of values too far apart to give one (${t.path}'s range is wide); give a narrower --range around where you expect it`;
  return { path: '--target', value: `${t.metric}=${t.target}`, message };
}

/** The warning for values at which some replications had nothing to measure (nobody in post), or undefined. */
export function unmeasuredWarning(t: CalibrationTarget, steps: readonly CalibrationStep[], reps: number): string | undefined {
  const short = steps.filter((s) => s.measured < reps);
  if (short.length === 0) return undefined;
  const fewest = Math.min(...short.map((s) => s.measured));
  return `at ${short.length} of the ${steps.length} values run, ${t.metric} had nothing to measure in some replications (nobody in post; as few as ${fewest} of ${reps} gave it a value): those means and intervals rest on the others only, and values that lose different replications no longer share all their futures`;
}

/** The closing lines (stderr) and the block to paste (stdout) of a calibration that met its target. */
export function calibrationText(run: CalibrationRun, t: CalibrationTarget, result: FieldCalibration & { kind: 'matched' }): { yaml: string; summary: string } {
  const { low, high } = interval(result.achieved);
  const atEnd = result.matching.low <= t.range[0] || result.matching.high >= t.range[1] ? ` (reaching the range's end: the replications do not pin it within the range)` : '';
  const summary =
    `${t.metric} ${t.target} is met at ${t.path} ${result.value}: mean ${shown(result.achieved.mean)} there (90% interval of the mean ${shown(low)} to ${shown(high)}). ` +
    `Values from ${shown(result.matching.low)} to ${shown(result.matching.high)} give a mean whose 90% interval holds ${t.target}${atEnd}: ${run.reps} replications pin ${t.path} no closer, and more narrow it. ` +
    `This matches one figure with one field: check the team's other figures against cfsim run with the value set.\n`;
  const block: Record<string, unknown> = {};
  const parts = t.path.split('.');
  let at = block;
  parts.slice(0, -1).forEach((k) => (at = (at[k] = {}) as Record<string, unknown>));
  at[parts[parts.length - 1]] = result.value;
  const yaml = `# ${t.path} matched to ${what(run, t)}; values from ${shown(result.matching.low)} to ${shown(result.matching.high)} match as well. Merge it into the file (into its ${parts.slice(0, -1).join('.') || 'top level'} group if it has one).\n${toYaml(block)}`;
  return { yaml, summary };
}

/**
 * The --json document. `warnings` are the run's warnings as stderr gives them, without the
 * `cfsim: warning: ` prefix (the scenario's first, then the calibration's), so that a script
 * reading stdout alone keeps them; the array is always there, empty without any.
 */
export function calibrationJson(run: CalibrationRun, t: CalibrationTarget, result: FieldCalibration & { kind: 'matched' }, warnings: readonly string[]): Record<string, unknown> {
  return {
    scenario: run.scenario.name,
    policy: run.scenario.policy.name,
    field: t.path,
    metric: t.metric,
    target: t.target,
    range: t.range,
    reps: run.reps,
    days: run.scenario.days,
    seed: run.seed,
    value: result.value,
    achieved: { mean: result.achieved.mean, se: result.achieved.se, measured: result.achieved.measured, ...interval(result.achieved) },
    matching: result.matching,
    steps: result.steps,
    warnings,
  };
}
