import { isObject } from './resolve';
import type { Scenario } from './schema';

// `compare --scenarios` compares whole scenario files, and credits each arm's difference from the
// first to the arm as a whole. Files that repeat the population, community and practice drift
// apart easily (an overdose burden retyped, a seat count left from an older draft), and the
// outputs would then credit the drift to the package. These are the fields in which two resolved
// scenarios differ, so that outputs can list them and say when they lie outside the package.

/** A field in which one resolved scenario differs from another. */
export interface ScenarioDifference {
  /** Dotted field path, lists by index: `community.overdoseBurden`, `changes[0].day`. */
  readonly path: string;
  /** The first scenario's value (undefined where it has none: a list entry it lacks). */
  readonly from: unknown;
  /** The other scenario's value (undefined where it has none). */
  readonly to: unknown;
}

/**
 * Fields that name or describe a scenario and its policy rather than set anything: an arm of
 * `compare --scenarios` carries its file's label as its policy's name.
 */
const LABELS: ReadonlySet<string> = new Set(['name', 'description', 'policy.name', 'policy.description']);

function collect(from: unknown, to: unknown, path: string, out: ScenarioDifference[]): void {
  if (LABELS.has(path)) return;
  if (isObject(from) && isObject(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    for (const key of keys) collect(from[key], to[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    for (let i = 0; i < Math.max(from.length, to.length); i++) collect(from[i], to[i], `${path}[${i}]`, out);
    return;
  }
  if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ path, from, to });
}

/**
 * The fields in which resolved scenario `to` differs from `from`, each with both values, in
 * `from`'s field order (a field only `to` has comes after `from`'s): objects field by field, lists
 * entry by entry, ignoring the scenarios' and their policies' names and descriptions. None for
 * scenarios that set the same values.
 */
export function scenarioDifferences(from: Scenario, to: Scenario): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  collect(from, to, '', out);
  return out;
}

/** Whether every field a scheduled change sets is a policy lever (`changes[k].set`'s paths). */
function setsPolicyOnly(change: unknown): boolean {
  if (change === undefined) return true;
  if (!isObject(change) || !isObject(change.set)) return false;
  return Object.keys(change.set).every((path) => path.startsWith('policy.'));
}

/**
 * Whether a difference between `from` and `to` is one of their packages: a policy lever, or a
 * scheduled change (its day or its fields) where both scenarios' changes at that place set only
 * policy levers ("introduce supervision in year 2"). Everything else (population, community,
 * practice, costs, coefficients, drawn ranges, the horizon) is the setting the packages are
 * compared in.
 */
export function isPackageDifference(difference: ScenarioDifference, from: Scenario, to: Scenario): boolean {
  if (difference.path.startsWith('policy.')) return true;
  const change = /^changes\[(\d+)\]/.exec(difference.path);
  if (change === null) return false;
  const k = Number(change[1]);
  return setsPolicyOnly(from.changes?.[k]) && setsPolicyOnly(to.changes?.[k]);
}
