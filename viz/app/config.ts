import { InputError } from '../../sim/params/issues';
import { PACKAGE_IDS, isPackageId, type PackageId } from '../../scenarios/presets/packages';
import { POPULATION_IDS, isPopulationId, type PopulationId } from '../../scenarios/presets/populations';
import { parseOverrideValue } from '../../scenarios/parse';
import { fixedDuringRun } from '../../scenarios/changes';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';
import { LEVERS } from './levers';

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
export const MAX_DAY = 3650;
export const MIN_TEAM = 2;
export const MAX_TEAM = 80;

export interface AppConfig {
  readonly population: PopulationId;
  /** Funded seats (population.seats). */
  readonly team: number;
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
}

/** One lever set to `value` from the start of `day` on. */
export interface TimedChange {
  readonly day: number;
  readonly path: string;
  readonly value: unknown;
}

export const DEFAULT_CONFIG: AppConfig = { population: 'ma-outreach', team: 12, seed: 1, day: 0, policy: 'status-quo', speed: 25, levers: {}, changes: [], applyFrom: 'start' };

const LEVER_PATHS = new Set(LEVERS.map((l) => l.path));
const SHARED = new Set(LEVERS.filter((l) => l.shared).map((l) => l.path));

function integer(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** Reads the app state from a URL query string; problems say what was wrong and what was used instead. */
export function configFromUrl(search: string): { config: AppConfig; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  let config: AppConfig = { ...DEFAULT_CONFIG, levers: {} };
  const levers: Record<string, unknown> = {};
  const changes: TimedChange[] = [];
  for (const [key, raw] of params) {
    const bad = (allowed: string, fallback: unknown) => problems.push(`"${key}" = ${JSON.stringify(raw)} is not allowed; expected ${allowed}. Using ${JSON.stringify(fallback)}.`);
    switch (key) {
      case 'population':
        if (isPopulationId(raw)) config = { ...config, population: raw };
        else bad(`one of ${POPULATION_IDS.join(', ')}`, DEFAULT_CONFIG.population);
        break;
      case 'policy':
        if (isPackageId(raw)) config = { ...config, policy: raw };
        else bad(`one of ${PACKAGE_IDS.join(', ')}`, DEFAULT_CONFIG.policy);
        break;
      case 'compare':
        if (isPackageId(raw)) config = { ...config, compare: raw };
        else bad(`one of ${PACKAGE_IDS.join(', ')}`, 'no comparison');
        break;
      case 'team': {
        const n = integer(raw, MIN_TEAM, MAX_TEAM);
        if (n === undefined) bad(`a whole number from ${MIN_TEAM} to ${MAX_TEAM}`, DEFAULT_CONFIG.team);
        else config = { ...config, team: n };
        break;
      }
      case 'seed': {
        const n = integer(raw, 0, 2 ** 32 - 1);
        if (n === undefined) bad(`a whole number from 0 to ${2 ** 32 - 1}`, DEFAULT_CONFIG.seed);
        else config = { ...config, seed: n };
        break;
      }
      case 'day': {
        const n = integer(raw, 0, MAX_DAY);
        if (n === undefined) bad(`a whole number from 0 to ${MAX_DAY}`, DEFAULT_CONFIG.day);
        else config = { ...config, day: n };
        break;
      }
      case 'speed': {
        const n = Number(raw);
        if (!(SPEEDS as readonly number[]).includes(n)) bad(`one of ${SPEEDS.join(', ')} (days per second)`, DEFAULT_CONFIG.speed);
        else config = { ...config, speed: n };
        break;
      }
      case 'apply':
        if (isApplyMode(raw)) config = { ...config, applyFrom: raw };
        else bad(`one of ${APPLY_MODES.join(', ')}`, DEFAULT_CONFIG.applyFrom);
        break;
      case 'change': {
        // DAY:PATH=VALUE, e.g. 365:policy.supervision.mode=opt-out
        const match = /^(\d+):([^=]+)=(.*)$/.exec(raw);
        const day = match ? integer(match[1], 1, MAX_DAY - 1) : undefined;
        if (!match || day === undefined) {
          problems.push(`"change" = ${JSON.stringify(raw)} is not allowed; expected DAY:FIELD=VALUE with a day from 1 to ${MAX_DAY - 1}, e.g. 365:policy.supervision.mode=opt-out. It was ignored.`);
          break;
        }
        const path = match[2];
        if (!LEVER_PATHS.has(path)) {
          problems.push(`"change" = ${JSON.stringify(raw)}: "${path}" is not a setting of this app; it was ignored.`);
          break;
        }
        try {
          const value = parseOverrideValue(match[3]);
          // Checked as the scheduled change it becomes (a field fixed on day 0 cannot change later).
          resolveScenario({ file: { changes: [{ day, set: { [path]: value } }] }, overrides: [['days', MAX_DAY]] });
          const same = changes.findIndex((c) => c.day === day && c.path === path);
          if (same >= 0) changes.splice(same, 1);
          changes.push({ day, path, value });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(`"change" = ${JSON.stringify(raw)}: ${error.issues.map((i) => i.message).join('; ')}. It was ignored.`);
        }
        break;
      }
      default:
        if (!LEVER_PATHS.has(key)) {
          problems.push(`"${key}" is not a setting of this app; it was ignored.`);
          break;
        }
        try {
          const value = parseOverrideValue(raw);
          resolveScenario({ overrides: [[key, value]] });
          levers[key] = value;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(`${error.issues.map((i) => `"${i.path}": ${i.message}`).join('; ')}. Using the package's value.`);
        }
    }
  }
  return { config: { ...config, levers, changes: sortedChanges(changes) }, problems };
}

/** The query string for a state (defaults left out, so links stay short). */
export function configToUrl(config: AppConfig): string {
  const params = new URLSearchParams();
  params.set('population', config.population);
  if (config.team !== DEFAULT_CONFIG.team) params.set('team', String(config.team));
  params.set('policy', config.policy);
  if (config.compare) params.set('compare', config.compare);
  params.set('seed', String(config.seed));
  if (config.speed !== DEFAULT_CONFIG.speed) params.set('speed', String(config.speed));
  for (const [path, value] of Object.entries(config.levers)) params.set(path, String(value));
  if (config.applyFrom !== DEFAULT_CONFIG.applyFrom) params.set('apply', config.applyFrom);
  for (const c of config.changes) params.append('change', `${c.day}:${c.path}=${String(c.value)}`);
  params.set('day', String(config.day));
  // ':' and '=' are left readable in values (change=365:policy.supervision.mode=opt-out): a query
  // value ends at '&', so they are unambiguous, and URLSearchParams reads them back as written.
  return `?${params.toString().replace(/%3A/g, ':').replace(/%3D/g, '=')}`;
}

function baseOverrides(config: AppConfig): [string, unknown][] {
  return [
    ['population.seats', config.team],
    ['days', MAX_DAY],
  ];
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
 * as a timed change, unless the lever already holds `value` the day before (then it changes
 * nothing: any change of it on `day` is dropped).
 */
export function withLever(config: AppConfig, path: string, value: unknown, day: number): AppConfig {
  if (config.applyFrom === 'start' || day <= 0 || fixedDuringRun(path) !== undefined) {
    return { ...config, levers: { ...config.levers, [path]: value }, changes: config.changes.filter((c) => !(c.path === path && c.day <= day)) };
  }
  const changes = config.changes.filter((c) => !(c.path === path && c.day === day));
  const earlier = changeInForce({ ...config, changes }, path, day - 1);
  const before = earlier ? earlier.value : Object.hasOwn(config.levers, path) ? config.levers[path] : valueAt(packageScenario(config), path);
  return { ...config, changes: before === value ? changes : sortedChanges([...changes, { day, path, value }]) };
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

/** The configuration without the lever changes that equal the package's own value (they change nothing). */
export function withoutPackageValues(config: AppConfig): AppConfig {
  const own = packageScenario(config);
  const levers = Object.fromEntries(Object.entries(config.levers).filter(([path, value]) => valueAt(own, path) !== value));
  // Changes during the run stay listed (a package switch may make one change nothing, harmlessly):
  // only an edit of the lever drops one (withLever).
  return { ...config, levers };
}
