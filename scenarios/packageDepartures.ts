import { isPackageId } from './presets/packages';
import { isPopulationId } from './presets/populations';
import { isObject, resolveScenario } from './resolve';
import { InputError } from '../sim/params/issues';
import type { Scenario } from './schema';

// Outputs label a package's arm by the package. When a scenario file or --set changes policy
// levers, every package runs with them, so the arm is no longer the package as presets define it:
// outputs must say how it departs, or a planner reads one package's results under another's name.
// A scenario's practice is not a departure: the package applies on top of it by design, and
// outputs list the practice on its own line (practiceDepartures).

/** A day-0 policy setting in which a scenario departs from the package it is labelled with. */
export interface PackageDeparture {
  /** Dotted field path, e.g. `policy.supervision.mode`. */
  readonly path: string;
  readonly value: unknown;
  /** The package's own value. */
  readonly packageValue: unknown;
}


function leaves(own: unknown, actual: unknown, path: string, out: PackageDeparture[]): void {
  if (isObject(own) && isObject(actual)) {
    for (const key of Object.keys(own)) leaves(own[key], actual[key], `${path}.${key}`, out);
    return;
  }
  if (JSON.stringify(own) !== JSON.stringify(actual)) out.push({ path, value: actual, packageValue: own });
}

/**
 * The day-0 policy levers in which `scenario` differs from the package named by its `policy.name`
 * applied on top of the scenario's practice (its name and description aside), in schema order;
 * none when the name is not a package's. Scheduled changes are not departures: outputs list them on their own.
 */
export function packageDepartures(scenario: Scenario): PackageDeparture[] {
  const id = scenario.policy.name;
  if (!isPackageId(id)) return [];
  const out: PackageDeparture[] = [];
  leaves(packageOnPractice(id, scenario.practice), scenario.policy, 'policy', out);
  return out.filter((d) => d.path !== 'policy.name' && d.path !== 'policy.description');
}

/**
 * Whether `scenario`'s policy is the status-quo package's, lever by lever, on top of its practice
 * (its name and description aside): the arm `compare --policies status-quo` would run on it. An arm
 * of `compare --scenarios` carries its file's label as its policy's name, so it is judged by its
 * levers, not by that name.
 */
export function runsStatusQuo(scenario: Scenario): boolean {
  if (typeof scenario.policy !== 'object' || scenario.policy === null) return false;
  return packageDepartures({ ...scenario, policy: { ...scenario.policy, name: 'status-quo' } }).length === 0;
}

/**
 * The policy of package `id` on top of `practice`. A results folder written before scenarios had
 * a practice has none (the status quo's), and one written by another version may hold a practice
 * this version cannot read (a lever it does not know): the package as presets define it then.
 */
function packageOnPractice(id: string, practice: Scenario['practice'] | undefined): Scenario['policy'] {
  if (practice !== undefined) {
    try {
      return resolveScenario({ policy: id, file: { practice } }).policy;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  }
  return resolveScenario({ policy: id }).policy;
}

/** The levers in which `scenario`'s practice differs from the status quo, in schema order (`packageValue`: the status quo's). */
export function practiceDepartures(scenario: Scenario): PackageDeparture[] {
  const out: PackageDeparture[] = [];
  if (scenario.practice === undefined) return out; // a results folder from before scenarios had a practice
  leaves(resolveScenario().practice, scenario.practice, 'practice', out);
  return out;
}

/** The parts of a scenario a population preset gives (the rest is policy, practice, horizon and changes). */
const PRESET_PARTS = ['population', 'community', 'coefficients', 'costs'] as const;

/**
 * The population, community, coefficient and cost fields in which `scenario` differs from the
 * population preset `presetId`, by default the one whose id it is named by (`packageValue`: the
 * preset's), in schema order; none when that is no preset's id. Outputs label such a scenario by
 * the preset's id, so they list these, as they list a package's departures. A field a results
 * folder of another version lacks is not one.
 */
export function presetDepartures(scenario: Scenario, presetId: string = scenario.name): PackageDeparture[] {
  if (!isPopulationId(presetId)) return [];
  const preset = resolveScenario({ population: presetId });
  const out: PackageDeparture[] = [];
  for (const part of PRESET_PARTS) if (scenario[part] !== undefined) leaves(preset[part], scenario[part], part, out);
  // A role mix is relative weights: its roles' shares are what changed (7 of 20 seats against a preset's 0.395 read as "7 vs 0.395").
  const roles = out.filter((d) => d.path.startsWith('population.roleMix.'));
  const mix = (weights: unknown) => (isObject(weights) ? roleSharesText(weights) : '');
  const own = isObject(scenario.population?.roleMix) ? shares(scenario.population.roleMix) : {};
  const presetShares = shares(preset.population.roleMix);
  // Compared as numbers: a change below the text's rounding (police 0.3951 for 0.395) still changes who gets a seat.
  const sharesChanged = roles.length > 0 && [...new Set([...Object.keys(own), ...Object.keys(presetShares)])].some((role) => Math.abs((own[role] ?? 0) - (presetShares[role] ?? 0)) > 1e-12);
  const merged = out.filter((d) => !d.path.startsWith('population.roleMix.'));
  if (sharesChanged) merged.splice(out.indexOf(roles[0]), 0, { path: 'population.roleMix', value: mix(scenario.population.roleMix), packageValue: mix(preset.population.roleMix) });
  return merged.filter((d) => d.value !== undefined);
}

/** A role mix's roles with a share of the seats (weights over their sum). */
function shares(weights: Record<string, unknown>): Record<string, number> {
  const entries = Object.entries(weights).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return Object.fromEntries(entries.map(([role, w]) => [role, w / total]));
}

/** "police 35.0%, recovery-coach 15.0%, harm-reduction 50.0%". */
function roleSharesText(weights: Record<string, unknown>): string {
  return Object.entries(shares(weights))
    .map(([role, share]) => `${role} ${(100 * share).toFixed(1)}%`)
    .join(', ');
}

const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** "supervision.mode opt-out (package: opt-in); grief.leaveDays 1 (package: 2)"; `from` names what the second values are. */
export function departuresText(departures: readonly PackageDeparture[], from = 'package'): string {
  return departures.map((d) => `${d.path.replace(/^(policy|practice)\./, '')} ${shown(d.value)} (${from}: ${shown(d.packageValue)})`).join('; ');
}

/** "Scenario changed from the ma-outreach preset ...: population.seats 10 (preset: 38); ..." for the scenario's departures, or "". */
export function presetDeparturesSentence(scenario: Scenario): string {
  const departures = presetDepartures(scenario);
  return departures.length === 0 ? '' : `Scenario changed from the ${scenario.name} preset by the scenario file or --set (results are for the preset so changed): ${departuresText(departures, 'preset')}`;
}
