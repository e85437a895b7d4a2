import { FRESH_TEAM_START } from '../../models/hiring';
import { closest, InputError } from '../../sim/params/issues';
import { PACKAGE_IDS, isPackageId, type PackageId } from '../../scenarios/presets/packages';
import { POPULATION_IDS, isPopulationId, type PopulationId } from '../../scenarios/presets/populations';
import { parseOverrideValue } from '../../scenarios/parse';
import { fixedDuringRun } from '../../scenarios/changes';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';
import type { Field } from '../../sim/params/fields';
import { LEVERS, leverField } from './levers';
import { isTileMeasure, TILE_MEASURES, type TileMeasure } from './tileScale';

// The whole state of the classroom app, as it lives in the URL so a teacher can share a link.
// Every value is validated with the scenario validator; a bad one is reported and replaced by
// its default, never silently used.

export const SPEEDS = [1, 5, 10, 25, 50, 100, 200] as const;
/**
 * When a lever change takes effect: `start`, from day 0 (the run as if it had always been so);
 * `today`, from the day shown (a change introduced now: the days before it stay as they were).
 */
export const APPLY_MODES = ['start', 'today'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];
export const isApplyMode = (x: unknown): x is ApplyMode => (APPLY_MODES as readonly unknown[]).includes(x);
/**
 * How the team starts on day 0 (part of the scenario, for both teams): `settled`, staff in post as
 * the population usually is (its startingLevels and initial tenure: a status-quo team holds steady);
 * `fresh`, a programme just launched, every worker starting as a new hire (FRESH_TEAM_START).
 */
export const TEAM_STARTS = ['settled', 'fresh'] as const;
export type TeamStart = (typeof TEAM_STARTS)[number];
export const isTeamStart = (x: unknown): x is TeamStart => (TEAM_STARTS as readonly unknown[]).includes(x);
/**
 * The size of the page's reading text and the charts' labels: `normal`, sized for a laptop and for a
 * 1280×720 projector's fold; `large`, for the back of a room (a projector at 100% zoom): the charts'
 * axis, legend, title and change-label text, the explanations under the controls and the team view,
 * and the team view itself (its facts line, "Recent departures" and the tiles) are larger.
 * Like the tiles' scale, the run does not depend on it.
 */
export const TEXT_SIZES = ['normal', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const isTextSize = (x: unknown): x is TextSize => (TEXT_SIZES as readonly unknown[]).includes(x);
export const MAX_DAY = 3650;
export const MIN_TEAM = 2;
export const MAX_TEAM = 80;
export const MAX_SEED = 2 ** 32 - 1;

export interface AppConfig {
  readonly population: PopulationId;
  /** Funded seats (population.seats). */
  readonly team: number;
  /** How the team starts on day 0 (see TEAM_STARTS). */
  readonly teamStart: TeamStart;
  readonly seed: number;
  /** The day to show (the app fast-forwards to it on load). */
  readonly day: number;
  /** The package of the team the levers edit. */
  readonly policy: PackageId;
  /** In compare mode, the untouched twin's package. */
  readonly compare?: PackageId;
  /** Simulated days per second while playing. */
  readonly speed: number;
  /** Lever settings from day 0, by scenario field path (policy levers edit the main team; environment both). */
  readonly levers: Readonly<Record<string, unknown>>;
  /** Lever changes from a later day on, in day order (the scenario's scheduled `changes`). */
  readonly changes: readonly TimedChange[];
  /** When a lever change made in the app takes effect. */
  readonly applyFrom: ApplyMode;
  /** The ProQOL scale the team view's tiles show (colour, number, outline, the facts line's count); the run does not depend on it. */
  readonly tiles: TileMeasure;
  /** The size of the charts' labels and the page's explanations (see TEXT_SIZES); the run does not depend on it. */
  readonly text: TextSize;
}

/** One lever set to `value` from the start of `day` on. */
export interface TimedChange {
  readonly day: number;
  readonly path: string;
  readonly value: unknown;
}

export const DEFAULT_CONFIG: AppConfig = { population: 'ma-outreach', team: 12, teamStart: 'settled', seed: 1, day: 0, policy: 'status-quo', speed: 25, levers: {}, changes: [], applyFrom: 'start', tiles: 'sts', text: 'normal' };

const LEVER_PATHS = new Set(LEVERS.map((l) => l.path));
const SHARED = new Set(LEVERS.filter((l) => l.shared).map((l) => l.path));

/**
 * The two kinds of lever the app restores apart: the `package`'s levers (every level but the
 * Environment: what the package sets, on the edited team) and the `environment` settings (the
 * population's community, shared by both teams). Restoring the package's defaults keeps the
 * setting a class was shown (a high-burden, high-stigma community), and the reverse.
 */
export const LEVER_KINDS = ['package', 'environment'] as const;
export type LeverKind = (typeof LEVER_KINDS)[number];
/** The kind of the lever at `path` (any path not an Environment setting's is a package lever's). */
export const leverKind = (path: string): LeverKind => (SHARED.has(path) ? 'environment' : 'package');

/** How many changes of the levers of `kind` the configuration holds: levers set from day 0, and changes during the run (each counts). */
export function changeCount(config: AppConfig, kind: LeverKind): number {
  return Object.keys(config.levers).filter((path) => leverKind(path) === kind).length + config.changes.filter((c) => leverKind(c.path) === kind).length;
}

/**
 * The configuration with every change of the levers of `kind` undone, from day 0 and during the
 * run: they hold their package's (or, for the environment, population's) own values again. The
 * other kind's changes stay as they are; each lever's changes depend on that lever alone, so none
 * of them comes to change nothing.
 */
export function withoutChangesOf(config: AppConfig, kind: LeverKind): AppConfig {
  const levers = Object.fromEntries(Object.entries(config.levers).filter(([path]) => leverKind(path) !== kind));
  return { ...config, levers, changes: config.changes.filter((c) => leverKind(c.path) !== kind) };
}
/** The URL keys other than lever paths. */
const KEY_NAMES = ['population', 'policy', 'compare', 'team', 'start', 'seed', 'day', 'speed', 'apply', 'tiles', 'text', 'change'] as const;
const KEYS: ReadonlySet<string> = new Set(KEY_NAMES);
/** Where to find a lever's path, after the names allowed: the app shows none, but a link copied from it writes the levers changed by their paths. */
const LEVER_PATH = `a lever's scenario path (such as policy.supervision.mode; "Copy a link" writes each lever changed by its path)`;
/**
 * What a link's setting may be named, said after a name not known and close to none, as the
 * command line lists the names allowed after one it does not know: the keys, and the levers by
 * their paths (too many to list in a message).
 */
const SETTINGS_ALLOWED = `expected one of ${KEY_NAMES.join(', ')}, or ${LEVER_PATH}`;
/** The same for the field a change sets, which is a lever. */
const LEVERS_ALLOWED = `expected ${LEVER_PATH}`;

/** A whole number from `min` to `max` written as digits only ("", "2.6", "-1" and "1e3" are not), else undefined. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/**
 * A URL value read: the value to use, or what is wrong with it ("is not allowed; expected …"). A
 * value used in place of the one written (a day past the end of the run: its last day) is read
 * with the problem that says so, and `usedText` names it in the message ("3650, the last day of the run").
 */
type Reading<T> = { readonly ok: true; readonly value: T; readonly problem?: string; readonly usedText?: string } | { readonly ok: false; readonly problem: string };
const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
/** Said after what is allowed when a name written is close to an allowed one (a typo): ` (did you mean "opt-out-support"?)`, else nothing. */
const meant = (hint: string | undefined) => (hint === undefined ? '' : ` (did you mean ${JSON.stringify(hint)}?)`);
/**
 * The setting a name not known most likely meant (a typo): the one lever whose path it ends
 * ("supervision.mode"), else the closest of `names` by edit distance; a dotted name is compared
 * with the levers' paths only, so "policy.supervison.mode" is not taken for "policy".
 */
function settingMeant(name: string, names: readonly string[]): string | undefined {
  const ending = LEVERS.filter((l) => l.path.toLowerCase().endsWith(`.${name.toLowerCase()}`));
  if (ending.length === 1) return ending[0].path;
  return closest(name, name.includes('.') ? names.filter((n) => n.includes('.')) : names);
}
const notAllowed = (allowed: string, hint?: string): Reading<never> => ({ ok: false, problem: `is not allowed; expected ${allowed}${meant(hint)}` });

/** What a lever's field allows, in the scenario validator's words ("a number from 0 to 1", "true or false", "one of "none", "opt-in""). */
function allowedOf(field: Field): string {
  switch (field.kind) {
    case 'number':
      return `${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}${field.unit ? ` (${field.unit})` : ''}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${field.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      throw new Error(`a lever of kind ${field.kind} has no words for what it allows`);
  }
}

/**
 * A space before or after a value (" 12", "opt-out ") is refused for every setting, as the whole
 * numbers and names always were: a link the app writes has none, so one is an edit gone wrong,
 * often a "+" (see queryEntries), and a value is never silently changed into another one.
 */
const padded = (raw: string) => raw !== raw.trim();

/** A lever's value from the URL, checked by the scenario validator. */
function leverReading(path: string, raw: string): Reading<unknown> {
  if (padded(raw)) return notAllowed(allowedOf(leverField(LEVERS.find((l) => l.path === path)!)));
  const value = parseOverrideValue(raw);
  try {
    resolveScenario({ overrides: [[path, value]] });
    return ok(value);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, problem: error.issues.map((i) => issueProblem(raw, i.message)).join('; ') };
  }
}

/** A validator message without the value it starts with ("0.5x is not a number; …" → "is not a number; …"); an empty value says so rather than reading as null. */
function issueProblem(raw: string, message: string): string {
  const rest = message.slice(message.indexOf(' is ') + 1);
  return raw === '' ? rest.replace(/^is not (a number|allowed)/, 'is empty') : rest;
}

/** A key and its value in a query string, as read and as written. */
export interface QueryEntry {
  /** As read, by the form decoding every browser and URLSearchParams apply: "+" is a space, %XX escapes decoded. */
  readonly key: string;
  readonly value: string;
  /** As written in the address bar, for messages: the same, but a "+" stays "+" (the user typed "+5", not " 5"). */
  readonly keyWritten: string;
  readonly valueWritten: string;
}

/**
 * The entries of a query string, in order, read exactly as URLSearchParams reads them (a "+" is a
 * space, as in a form), each with the text as written beside it. Written and read differ only
 * where the query has a literal "+", character for character.
 */
export function queryEntries(search: string): QueryEntry[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const [[key, value]] = new URLSearchParams(part);
      const [[keyWritten, valueWritten]] = new URLSearchParams(part.replaceAll('+', '%2B'));
      return { key, value, keyWritten, valueWritten };
    });
}

/** Said after a text written with a "+" that the link read as a space: why "+5" is not 5. */
const plusNote = (written: string, read: string) => (written !== read ? ' (a "+" in a link reads as a space)' : '');

/**
 * Reads the app state from a URL query string; problems say what was wrong and what was used
 * instead, in the order of the URL, quoting each value as written (a "+" as "+", see
 * queryEntries). A key given more than once is reported and its first allowed value used; only
 * `change` repeats, one entry each. A value with a space before or after it is not allowed.
 * `settings` names, each once and in the same order, the settings the problems point to, for the
 * page to show their controls: a key ("team"), a lever's path (also for a change of that lever, and
 * for a misspelt name the closest one), or "change" for a change tied to no lever. A name close to
 * none points to no setting.
 */
export function configFromUrl(search: string): { config: AppConfig; problems: string[]; settings: string[] } {
  const entries = queryEntries(search);
  /** Each problem, with where it was in the URL and the setting it points to (see `settings` in the result). */
  const problems: { at: number; text: string; setting?: string }[] = [];
  const given = new Map<string, QueryEntry[]>();
  for (const entry of entries) given.set(entry.key, [...(given.get(entry.key) ?? []), entry]);
  const firstAt = (key: string) => entries.findIndex((e) => e.key === key);

  /** The first allowed value of `key`, else `fallback`; reports the values not allowed and a repeated key, naming the value used. */
  const read = <T>(key: string, reading: (raw: string) => Reading<T>, fallback: T, fallbackText: string = JSON.stringify(fallback)): T => {
    const raws = given.get(key);
    if (!raws) return fallback;
    const readings = raws.map((r) => reading(r.value));
    const first = readings.find((r) => r.ok);
    const [used, usedText] = first?.ok ? [first.value, first.usedText ?? JSON.stringify(first.value)] : [fallback, fallbackText];
    const bad = readings.flatMap((r, k) => (r.problem === undefined ? [] : [`${JSON.stringify(raws[k].valueWritten)} ${r.problem}${plusNote(raws[k].valueWritten, raws[k].value)}`]));
    const at = firstAt(key);
    const name = JSON.stringify(raws[0].keyWritten);
    if (raws.length > 1) problems.push({ at, setting: key, text: `${name} is given ${raws.length} times (${raws.map((r) => JSON.stringify(r.valueWritten)).join(', ')})${bad.length > 0 ? `: ${bad.join('; ')}` : ''}. Using ${usedText}.` });
    else if (bad.length > 0) problems.push({ at, setting: key, text: `${name} = ${bad[0]}. Using ${usedText}.` });
    return used;
  };
  const oneOf =
    <T extends string>(values: readonly T[], is: (x: unknown) => x is T) =>
    (raw: string): Reading<T> =>
      // A name close to an allowed one is named ("opt-out-suport": did you mean "opt-out-support"?); not one with a space around it, refused as such.
      is(raw) ? ok(raw) : notAllowed(`one of ${values.join(', ')}`, padded(raw) ? undefined : closest(raw, values));
  const whole =
    (min: number, max: number) =>
    (raw: string): Reading<number> => {
      const n = wholeNumber(raw, min, max);
      return n === undefined ? notAllowed(`a whole number from ${min} to ${max}`) : ok(n);
    };

  // A day past the end of the run (a link edited, or written by hand) shows the run's last day, and says so.
  const dayReading = (raw: string): Reading<number> => {
    const reading = whole(0, MAX_DAY)(raw);
    if (reading.ok || wholeNumber(raw, MAX_DAY + 1, Infinity) === undefined) return reading;
    return { ok: true, value: MAX_DAY, problem: `is past the end of the run (day ${MAX_DAY}); expected a whole number from 0 to ${MAX_DAY}`, usedText: `${MAX_DAY}, the last day of the run` };
  };
  const compare = read<PackageId | undefined>('compare', oneOf(PACKAGE_IDS, isPackageId), undefined, 'no comparison');
  const config: AppConfig = {
    population: read('population', oneOf(POPULATION_IDS, isPopulationId), DEFAULT_CONFIG.population),
    policy: read('policy', oneOf(PACKAGE_IDS, isPackageId), DEFAULT_CONFIG.policy),
    ...(compare ? { compare } : {}),
    team: read('team', whole(MIN_TEAM, MAX_TEAM), DEFAULT_CONFIG.team),
    teamStart: read('start', oneOf(TEAM_STARTS, isTeamStart), DEFAULT_CONFIG.teamStart),
    seed: read('seed', whole(0, MAX_SEED), DEFAULT_CONFIG.seed),
    day: read('day', dayReading, DEFAULT_CONFIG.day),
    speed: read('speed', (raw) => (SPEEDS.some((s) => String(s) === raw) ? ok(Number(raw)) : notAllowed(`one of ${SPEEDS.join(', ')} (days per second)`)), DEFAULT_CONFIG.speed),
    applyFrom: read('apply', oneOf(APPLY_MODES, isApplyMode), DEFAULT_CONFIG.applyFrom),
    tiles: read('tiles', oneOf(TILE_MEASURES, isTileMeasure), DEFAULT_CONFIG.tiles),
    text: read('text', oneOf(TEXT_SIZES, isTextSize), DEFAULT_CONFIG.text),
    levers: {},
    changes: [],
  };

  // A lever not allowed keeps its package's value (an environment setting, its population's).
  const own = packageScenario(config);
  const levers: Record<string, unknown> = {};
  for (const l of LEVERS) {
    const fallback = `the ${l.shared ? "population's" : "package's"} value, ${JSON.stringify(valueAt(own, l.path))}`;
    const value = read<unknown>(l.path, (raw) => leverReading(l.path, raw), undefined, fallback);
    if (value !== undefined) levers[l.path] = value;
  }

  const changes: TimedChange[] = [];
  entries.forEach(({ key, value: raw, valueWritten: written }, at) => {
    if (key !== 'change') return;
    // A change points to the lever it sets (or meant to), else to the changes at large ("change").
    const ignored = (text: string, setting = 'change') => problems.push({ at, setting, text: `"change" = ${JSON.stringify(written)}${text} It was ignored.` });
    // The part of the text as written at the same place as `part` in the text as read (they differ only where "+" reads as " ").
    const writtenAs = (part: string, from: number) => written.slice(from, from + part.length);
    // DAY:PATH=VALUE, e.g. 365:policy.supervision.mode=opt-out
    const match = /^(\d+):([^=]+)=(.*)$/.exec(raw);
    const day = match ? wholeNumber(match[1], 1, MAX_DAY - 1) : undefined;
    if (!match || day === undefined) return ignored(` is not allowed; expected DAY:FIELD=VALUE with a day from 1 to ${MAX_DAY - 1}, e.g. 365:policy.supervision.mode=opt-out${plusNote(written, raw)}.`);
    const path = match[2];
    const pathWritten = writtenAs(path, match[1].length + 1);
    if (KEYS.has(path)) return ignored(`: ${JSON.stringify(pathWritten)} is not a lever; a change sets a lever (a policy or environment setting, by its scenario path) from a day on.`);
    if (!LEVER_PATHS.has(path)) {
      const hint = settingMeant(path, [...LEVER_PATHS]);
      return ignored(`: ${JSON.stringify(pathWritten)} is not a setting of this app${meant(hint)}${plusNote(pathWritten, path)}${hint === undefined ? `; ${LEVERS_ALLOWED}` : ''}.`, hint);
    }
    const valueWritten = writtenAs(match[3], raw.length - match[3].length);
    if (padded(match[3])) {
      const l = LEVERS.find((x) => x.path === path)!;
      return ignored(`: "${path}" = ${JSON.stringify(valueWritten)} is not allowed; expected ${allowedOf(leverField(l))}${plusNote(valueWritten, match[3])}.`, path);
    }
    const value = parseOverrideValue(match[3]);
    try {
      // Checked as the scheduled change it becomes (a field fixed on day 0 cannot change later).
      resolveScenario({ file: { changes: [{ day, set: { [path]: value } }] }, overrides: [['days', MAX_DAY]] });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return ignored(`: ${error.issues.map((i) => (match[3] === '' ? `"${path}" ${issueProblem('', i.message)}` : i.message)).join('; ')}${plusNote(valueWritten, match[3])}.`, path);
    }
    // A setting given twice: reported, and its first allowed value used, as for every other setting.
    const earlier = changes.find((c) => c.day === day && c.path === path);
    if (earlier) return ignored(`: day ${day} already sets ${path} (to ${String(earlier.value)}), which is used.`, path);
    changes.push({ day, path, value });
  });
  for (const [key, [{ keyWritten }]] of given) {
    if (KEYS.has(key) || LEVER_PATHS.has(key)) continue;
    const hint = settingMeant(key, [...KEYS, ...LEVER_PATHS]);
    // Close to no name, it says what the names are.
    problems.push({ at: firstAt(key), setting: hint, text: `${JSON.stringify(keyWritten)} is not a setting of this app${meant(hint)}${plusNote(keyWritten, key)}${hint === undefined ? `; ${SETTINGS_ALLOWED}` : ''}; it was ignored.` });
  }
  // A change that sets the value already in force changes nothing: dropped, as when made in the app.
  let kept: AppConfig = { ...config, changes: sortedChanges(changes), levers };
  for (const path of new Set(changes.map((c) => c.path))) kept = withoutNoChanges(kept, path);
  for (const c of changes.filter((c) => !kept.changes.includes(c))) {
    problems.push({ at: entries.length, setting: c.path, text: `"change" = "${c.day}:${c.path}=${String(c.value)}" sets the value already in force then; it was ignored.` });
  }
  const inUrlOrder = problems.sort((a, b) => a.at - b.at);
  return { config: kept, problems: inUrlOrder.map((p) => p.text), settings: [...new Set(inUrlOrder.flatMap((p) => (p.setting === undefined ? [] : [p.setting])))] };
}

/** The query string for a state (defaults left out, so links stay short). */
export function configToUrl(config: AppConfig): string {
  const params = new URLSearchParams();
  params.set('population', config.population);
  if (config.team !== DEFAULT_CONFIG.team) params.set('team', String(config.team));
  if (config.teamStart !== DEFAULT_CONFIG.teamStart) params.set('start', config.teamStart);
  params.set('policy', config.policy);
  if (config.compare) params.set('compare', config.compare);
  params.set('seed', String(config.seed));
  if (config.speed !== DEFAULT_CONFIG.speed) params.set('speed', String(config.speed));
  for (const [path, value] of Object.entries(config.levers)) params.set(path, String(value));
  if (config.applyFrom !== DEFAULT_CONFIG.applyFrom) params.set('apply', config.applyFrom);
  if (config.tiles !== DEFAULT_CONFIG.tiles) params.set('tiles', config.tiles);
  if (config.text !== DEFAULT_CONFIG.text) params.set('text', config.text);
  // The changes as the app lists them: it keeps none that changes nothing (withoutPackageValues).
  for (const c of config.changes) params.append('change', `${c.day}:${c.path}=${String(c.value)}`);
  params.set('day', String(config.day));
  // ':' and '=' are left readable in values (change=365:policy.supervision.mode=opt-out): a query
  // value ends at '&', so they are unambiguous, and URLSearchParams reads them back as written.
  return `?${params.toString().replace(/%3A/g, ':').replace(/%3D/g, '=')}`;
}

function baseOverrides(config: AppConfig): [string, unknown][] {
  return [
    ['population.seats', config.team],
    ...teamStartOverrides(config.teamStart),
    ['days', MAX_DAY],
  ];
}

/** The population settings a team start sets: none when settled (the population's own); when fresh, FRESH_TEAM_START's. */
export function teamStartOverrides(start: TeamStart): [string, unknown][] {
  if (start === 'settled') return [];
  const levels = Object.entries(FRESH_TEAM_START.startingLevels).map(([field, value]): [string, unknown] => [`population.startingLevels.${field}`, value]);
  return [...levels, ['population.initialTenureMeanDays', FRESH_TEAM_START.initialTenureMeanDays], ['population.warmUpDays', FRESH_TEAM_START.warmUpDays]];
}

/** The scenarios the app runs: the edited team, and in compare mode its untouched twin (shared environment). */
export function scenariosOf(config: AppConfig): { main: Scenario; twin?: Scenario } {
  const base = baseOverrides(config);
  const all = Object.entries(config.levers);
  const shared = all.filter(([path]) => SHARED.has(path));
  const main = resolveScenario({ population: config.population, policy: config.policy, file: { changes: scheduledChanges(config.changes) }, overrides: [...base, ...all] });
  const twin = config.compare
    ? resolveScenario({
        population: config.population,
        policy: config.compare,
        file: { changes: scheduledChanges(config.changes.filter((c) => SHARED.has(c.path))) },
        overrides: [...base, ...shared],
      })
    : undefined;
  return { main, twin };
}

/** Timed lever changes as the scenario's `changes`: one entry per day. */
function scheduledChanges(changes: readonly TimedChange[]): { day: number; set: Record<string, unknown> }[] {
  const byDay = new Map<number, Record<string, unknown>>();
  for (const c of sortedChanges(changes)) byDay.set(c.day, { ...byDay.get(c.day), [c.path]: c.value });
  return [...byDay].map(([day, set]) => ({ day, set }));
}

const sortedChanges = (changes: readonly TimedChange[]): TimedChange[] => [...changes].sort((a, b) => a.day - b.day || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** The value a lever holds on `day`: its latest timed change by then, else its value in `dayZero` (the scenario as it starts). */
export function valueOn(config: AppConfig, dayZero: Scenario, path: string, day: number): unknown {
  const timed = changeInForce(config, path, day);
  return timed ? timed.value : valueAt(dayZero, path);
}

/** The timed change of `path` in force on `day`, if any. */
export function changeInForce(config: AppConfig, path: string, day: number): TimedChange | undefined {
  let found: TimedChange | undefined;
  for (const c of config.changes) if (c.path === path && c.day <= day) found = c;
  return found;
}

/**
 * The configuration with `path` set to `value`: from day 0 (`applyFrom` start, on day 0, or for a
 * field fixed on day 0), which also drops the lever's timed changes up to `day`; or from `day` on,
 * as a timed change. Either way the lever's timed changes that no longer change anything are
 * dropped (see withoutNoChanges).
 */
export function withLever(config: AppConfig, path: string, value: unknown, day: number): AppConfig {
  if (config.applyFrom === 'start' || day <= 0 || fixedDuringRun(path) !== undefined) {
    return withoutNoChanges({ ...config, levers: { ...config.levers, [path]: value }, changes: config.changes.filter((c) => !(c.path === path && c.day <= day)) }, path);
  }
  const changes = config.changes.filter((c) => !(c.path === path && c.day === day));
  return withoutNoChanges({ ...config, changes: sortedChanges([...changes, { day, path, value }]) }, path);
}

/** The configuration without the timed changes of `path` that set the value it already holds the day before (they change nothing). */
export function withoutNoChanges(config: AppConfig, path: string): AppConfig {
  let before = Object.hasOwn(config.levers, path) ? config.levers[path] : valueAt(packageScenario(config), path);
  const changes = config.changes.filter((c) => {
    if (c.path !== path) return true;
    if (c.value === before) return false;
    before = c.value;
    return true;
  });
  return changes.length === config.changes.length ? config : { ...config, changes };
}

/** The edited team's scenario with no lever changed: what the population and package set. */
export function packageScenario(config: AppConfig): Scenario {
  return resolveScenario({ population: config.population, policy: config.policy, overrides: baseOverrides(config) });
}

/** The value a scenario holds at a field path ("policy.supervision.mode"). */
export function valueAt(scenario: Scenario, path: string): unknown {
  let v: unknown = scenario;
  for (const k of path.split('.')) v = (v as Record<string, unknown>)[k];
  return v;
}

/**
 * The configuration without the lever changes that change nothing: from day 0, those that equal
 * the package's (or population's) own value; during the run, those that set the value already in
 * force the day before (withoutNoChanges). A package or population switch may make a change
 * redundant: it goes, as a lever set back by hand does, so the list, the charts and the link
 * always agree (a link never carries a change its loader would refuse as changing nothing).
 */
export function withoutPackageValues(config: AppConfig): AppConfig {
  const own = packageScenario(config);
  const levers = Object.fromEntries(Object.entries(config.levers).filter(([path, value]) => valueAt(own, path) !== value));
  let kept: AppConfig = { ...config, levers };
  for (const path of new Set(config.changes.map((c) => c.path))) kept = withoutNoChanges(kept, path);
  return kept;
}
