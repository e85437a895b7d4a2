import { fieldAt, type AssignmentsField, type ObjectField } from './fields';
import { andList } from '../text/andList';
import { show, type InputIssue } from './issues';

// A list item that gives field paths beside its assignments rather than in them: a scheduled change
// written `- day: 10, community.stigma: 0.2`, which needs `set: { community.stigma: 0.2 }`. Said
// once, with the entry as it should be, rather than as "set is missing" and an unknown field each.
// A field that set would refuse (`days`, which cannot change during a run) is refused as set would
// refuse it, rather than moved into an entry that is refused in turn.

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

/** Why the assignments field refuses a path (as its own check words it), or undefined where it takes it. */
export type AssignmentRefusal = (field: AssignmentsField, path: string) => string | undefined;

/** Why the field a path names (one the assignments field takes) refuses a value (as its own check words it: "20 is out of range; expected 0 to 1; ..."), or undefined where it takes it. */
export type ValueRefusal = (field: AssignmentsField, path: string, value: unknown) => string | undefined;

/**
 * For an item of a list whose items carry an assignments field (`set`): the item's keys that name
 * fields of that field's scope (`community.stigma`, or a group such as `community`), and the issues:
 * one with the entry rewritten, those paths moved under the field, for the paths it takes (`under`
 * is then its name: the field is not missing); one per path it refuses (`refusal`, at the path
 * beside it) or that it already holds. Undefined when the item has no such key. A moved value its
 * field refuses (`valueRefusal`: `community.stigma: 20` for a share) is said in the same issue, so
 * that the layout and the value are fixed at once rather than the value only after the layout.
 */
export function misplacedAssignments(
  items: ObjectField,
  item: Readonly<Record<string, unknown>>,
  at: string,
  refusal: AssignmentRefusal,
  valueRefusal?: ValueRefusal,
): { keys: string[]; under?: string; issues: InputIssue[] } | undefined {
  const entry = Object.entries(items.properties).find((p): p is [string, AssignmentsField] => p[1].kind === 'assignments');
  if (!entry) return undefined;
  const [name, assignments] = entry;
  const scope = assignments.scope();
  const keys = Object.keys(item).filter((key) => !Object.hasOwn(items.properties, key) && !key.split('.').includes('') && fieldAt(scope, key.split('.')) !== undefined);
  if (keys.length === 0) return undefined;
  const given = isPlainObject(item[name]) ? Object.entries(item[name] as Record<string, unknown>) : [];
  const issues: InputIssue[] = [];
  const moved: [string, unknown][] = [];
  const movedKeys: string[] = [];
  for (const key of keys) {
    for (const [path, value] of flattened(scope, key, item[key])) {
      const why = refusal(assignments, path);
      const there = given.find(([p]) => p === path);
      if (why !== undefined) issues.push({ path: `${at}.${path}`, value, message: why });
      else if (there) issues.push({ path: `${at}.${path}`, value, message: `is given twice, beside ${name} (${show(value)}) and under it (${show(there[1])}); keep one, under ${name}` });
      else {
        moved.push([path, value]);
        if (!movedKeys.includes(key)) movedKeys.push(key);
      }
    }
  }
  if (moved.length === 0) return { keys, issues };
  const others = Object.keys(items.properties)
    .filter((key) => key !== name)
    .map((key) => `${key}: ${item[key] === undefined ? key.toUpperCase() : written(item[key])}`);
  const example = `{ ${[...others, `${name}: { ${[...given, ...moved].map(([path, value]) => `${path}: ${written(value)}`).join(', ')} }`].join(', ')} }`;
  const what = movedKeys.length > 1 ? `${andList(movedKeys)} are fields to change, which go` : `${movedKeys[0]} is a field to change, which goes`;
  const refused = moved.flatMap(([path, value]) => {
    const why = valueRefusal?.(assignments, path, value);
    return why === undefined ? [] : [`${path}: ${why}`];
  });
  // In one pair of brackets, "; and " before each after the first (each reason may hold a "; " of its own).
  const values = refused.length === 0 ? '' : `, and fix ${refused.length > 1 ? 'these values' : moved.length > 1 ? 'this value' : 'its value'} too (${refused.join('; and ')})`;
  return { keys, under: name, issues: [{ path: at, value: item, message: `${what} under ${name}, by full path; write the entry as ${example}${values}` }, ...issues] };
}
