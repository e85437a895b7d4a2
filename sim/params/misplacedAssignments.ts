import { fieldAt, type AssignmentsField, type ObjectField } from './fields';
import { andList } from '../text/andList';
import type { InputIssue } from './issues';

// A list item that gives field paths beside its assignments rather than in them: a scheduled change
// written `- day: 10, community.stigma: 0.2`, which needs `set: { community.stigma: 0.2 }`. Said
// once, with the entry as it should be, rather than as "set is missing" and an unknown field each.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[path, value]` pairs of `key: value`, a group written nested (`community: { stigma: 0.2 }`) as dotted paths. */
function flattened(scope: ObjectField, key: string, value: unknown): [string, unknown][] {
  const field = fieldAt(scope, key.split('.'));
  if (field?.kind === 'object' && isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => flattened(scope, `${key}.${k}`, v));
  return [[key, value]];
}

/** A value as an inline YAML example writes it. */
const written = (value: unknown) => (typeof value === 'string' && /^[\w.-]+$/.test(value) ? value : JSON.stringify(value));

/**
 * For an item of a list whose items carry an assignments field (`set`): the item's keys that name
 * fields of that field's scope (`community.stigma`, or a group such as `community`), the field they
 * go `under`, and the issue saying so with the entry rewritten; undefined when it has none.
 */
export function misplacedAssignments(items: ObjectField, item: Readonly<Record<string, unknown>>, at: string): { keys: string[]; under: string; issue: InputIssue } | undefined {
  const entry = Object.entries(items.properties).find((p): p is [string, AssignmentsField] => p[1].kind === 'assignments');
  if (!entry) return undefined;
  const [name, assignments] = entry;
  const scope = assignments.scope();
  const keys = Object.keys(item).filter((key) => !Object.hasOwn(items.properties, key) && !key.split('.').includes('') && fieldAt(scope, key.split('.')) !== undefined);
  if (keys.length === 0) return undefined;
  const given = isPlainObject(item[name]) ? Object.entries(item[name] as Record<string, unknown>) : [];
  const moved = [...given, ...keys.flatMap((key) => flattened(scope, key, item[key]))];
  const others = Object.keys(items.properties)
    .filter((key) => key !== name)
    .map((key) => `${key}: ${item[key] === undefined ? key.toUpperCase() : written(item[key])}`);
  const example = `{ ${[...others, `${name}: { ${moved.map(([path, value]) => `${path}: ${written(value)}`).join(', ')} }`].join(', ')} }`;
  const what = keys.length > 1 ? `${andList(keys)} are fields to change, which go` : `${keys[0]} is a field to change, which goes`;
  return { keys, under: name, issue: { path: at, value: item, message: `${what} under ${name}, by full path; write the entry as ${example}` } };
}
