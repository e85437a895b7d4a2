import { isPackageId } from './presets/packages';
import { resolveScenario } from './resolve';
import type { Scenario } from './schema';

// Outputs label a package's arm by the package. When a scenario file or --set changes policy
// levers, every package runs with them, so the arm is no longer the package as presets define it:
// outputs must say how it departs, or a planner reads one package's results under another's name.

/** A day-0 policy setting in which a scenario departs from the package it is labelled with. */
export interface PackageDeparture {
  /** Dotted field path, e.g. `policy.supervision.mode`. */
  readonly path: string;
  readonly value: unknown;
  /** The package's own value. */
  readonly packageValue: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function leaves(own: unknown, actual: unknown, path: string, out: PackageDeparture[]): void {
  if (isObject(own) && isObject(actual)) {
    for (const key of Object.keys(own)) leaves(own[key], actual[key], `${path}.${key}`, out);
    return;
  }
  if (JSON.stringify(own) !== JSON.stringify(actual)) out.push({ path, value: actual, packageValue: own });
}

/**
 * The day-0 policy levers in which `scenario` differs from the package named by its `policy.name`
 * (its name and description aside), in schema order; none when the name is not a package's.
 * Scheduled changes are not departures: outputs list them on their own.
 */
export function packageDepartures(scenario: Scenario): PackageDeparture[] {
  const id = scenario.policy.name;
  if (!isPackageId(id)) return [];
  const out: PackageDeparture[] = [];
  leaves(resolveScenario({ policy: id }).policy, scenario.policy, 'policy', out);
  return out.filter((d) => d.path !== 'policy.name' && d.path !== 'policy.description');
}

const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** "supervision.mode opt-out (package: opt-in); grief.leaveDays 1 (package: 2)". */
export function departuresText(departures: readonly PackageDeparture[]): string {
  return departures.map((d) => `${d.path.replace(/^policy\./, '')} ${shown(d.value)} (package: ${shown(d.packageValue)})`).join('; ');
}
