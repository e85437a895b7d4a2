import { show } from '../sim/params/issues';

// What differs between a sweep folder's plan.json and the plan given to resume it, in words.

/** A field that differs between two JSON documents: its dotted path and both values (undefined where one lacks it). */
export interface FieldDifference {
  readonly path: string;
  readonly stored: unknown;
  readonly given: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaves that differ between two JSON documents, in the stored document's field order (lists compare whole). */
export function differingFields(stored: unknown, given: unknown, path = ''): FieldDifference[] {
  if (isObject(stored) && isObject(given)) {
    const keys = [...new Set([...Object.keys(stored), ...Object.keys(given)])];
    return keys.flatMap((key) => differingFields(stored[key], given[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(stored) === JSON.stringify(given) ? [] : [{ path, stored, given }];
}

const MOST = 3;

/** The points (plan.json's `points`: each point's parameter values) that differ, by point. */
function pointDifferences(stored: unknown, given: unknown): FieldDifference[] {
  if (!Array.isArray(stored) || !Array.isArray(given)) return differingFields(stored, given, 'points');
  const length = Math.max(stored.length, given.length);
  return Array.from({ length }, (_, i) => i)
    .filter((i) => JSON.stringify(stored[i]) !== JSON.stringify(given[i]))
    .map((i) => ({ path: `design point ${i}`, stored: stored[i], given: given[i] }));
}

/**
 * "reps: 3 in x1/plan.json, 4 in this plan" for the first few differences between two sweep
 * documents ({ plan, points }), the plan's fields first, then its points (which differ with the
 * same plan only if the design gave other values). `givenName` names the second document
 * ("x2/plan.json" when both are stored).
 */
export function planDifference(stored: { plan?: unknown; points?: unknown }, given: { plan?: unknown; points?: unknown }, storedName: string, givenName = 'this plan'): string {
  const value = (v: unknown) => (v === undefined ? 'not set' : show(v));
  const inPlan = differingFields(stored.plan, given.plan);
  const differences = inPlan.length > 0 ? inPlan : pointDifferences(stored.points, given.points);
  const named = differences.slice(0, MOST).map((d) => `${d.path}: ${value(d.stored)} in ${storedName}, ${value(d.given)} in ${givenName}`);
  const more = differences.length > MOST ? `; and ${differences.length - MOST} more` : '';
  return `${named.join('; ')}${more}`;
}

/**
 * A sweep document's text (plan.json) without its base scenario file's name, to compare by
 * content: the runs use the content plan.json holds, and the name is a label (./team.yaml, team.yaml).
 */
export function withoutBaseFileName(text: string): string {
  const doc = JSON.parse(text) as { plan?: { base?: Record<string, unknown> } };
  if (doc.plan?.base && typeof doc.plan.base === 'object') delete doc.plan.base.file;
  return JSON.stringify(doc);
}
