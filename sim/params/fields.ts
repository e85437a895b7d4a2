// A small schema language: one declaration per scenario field gives its type, its default, its
// allowed values and its documentation. The validator, the normalizer, the JSON Schema and the
// field reference in docs/SCENARIO.md are all derived from it, so they cannot drift apart.

interface FieldBase {
  /** What the field means, for people: shown in docs, in the JSON Schema and in errors. */
  readonly doc: string;
}

export interface NumberField extends FieldBase {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  readonly unit?: string;
  /** Where the default comes from: a study, a seed, or the reasoning behind an assumption. */
  readonly source?: string;
  /** Why the minimum is what it is, added to a message about a value below it. */
  readonly belowMinimum?: string;
  /** Why the maximum is what it is, added to a message about a value above it. */
  readonly aboveMaximum?: string;
  /**
   * A JSON Schema pattern for text the field takes as well as a number (a horizon with a unit, "3y"):
   * the JSON Schema then allows a string of that form. Reading the text is up to whoever resolves the field.
   */
  readonly textPattern?: string;
  /** What textPattern's text looks like, after the numbers a message allows ("or with a unit: 10d, 26w, 3y"), so that every message about the field names it. */
  readonly textForms?: string;
}

export interface BooleanField extends FieldBase {
  readonly kind: 'boolean';
  readonly default: boolean;
  readonly source?: string;
}

export interface StringField extends FieldBase {
  readonly kind: 'string';
  readonly default: string;
  readonly maxLength: number;
  /**
   * A label of the outputs' rows and columns: one line of text, not blank (no line breaks, other control or
   * invisible characters, and at least one character that is not a space).
   */
  readonly label?: boolean;
}

/**
 * What a label may not hold (StringField.label), as a regular expression's character range: line
 * breaks (the line and paragraph separators U+2028 and U+2029 too, which also end a string in a
 * chart's expressions: no report could draw them), tabs and the other C0 and C1 control characters, and the invisible characters that would
 * make a label read as another (bidirectional overrides, embeddings, isolates and marks, which
 * reorder the text around them, the zero-width space and the byte order mark). The zero-width
 * joiner and non-joiner stay allowed: scripts and emoji need them.
 */
export const CONTROL_CHARACTER_RANGE = '\\u0000-\\u001f\\u007f-\\u009f\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff';

export interface EnumField<V extends readonly string[] = readonly string[]> extends FieldBase {
  readonly kind: 'enum';
  readonly values: V;
  readonly default: V[number];
  /** One line per value, for docs. */
  readonly valueDocs?: { readonly [K in V[number]]: string };
  readonly source?: string;
}

/** Largest single weight: weights are relative, and a bound keeps their sum finite. */
export const MAX_WEIGHT = 1e6;

/** A fixed set of named non-negative weights (e.g. the role mix); omitted keys default to 0 when any key is given. */
export interface WeightsField<K extends readonly string[] = readonly string[]> extends FieldBase {
  readonly kind: 'weights';
  readonly keys: K;
  readonly default: { readonly [P in K[number]]: number };
  readonly source?: string;
  /** What each key names, for messages that list the keys ("fire-ems (Firefighter / EMS)"). */
  readonly keyLabels?: { readonly [P in K[number]]: string };
}

/** A weights field's keys as a message lists them: "police, fire-ems", or with labels 'police "Police officer", fire-ems "Firefighter / EMS"'. */
export function weightKeysText(field: WeightsField): string {
  const labels = field.keyLabels as Readonly<Record<string, string>> | undefined;
  return field.keys.map((k) => (labels?.[k] ? `${k} ${JSON.stringify(labels[k])}` : k)).join(', ');
}

export interface ObjectField<P extends Record<string, Field> = Record<string, Field>> extends FieldBase {
  readonly kind: 'object';
  readonly properties: P;
  /**
   * Fields this group no longer has, each with what became of it: a file or --set that names one is
   * told so, instead of being pointed at the closest remaining name (which may mean something else).
   */
  readonly retired?: Readonly<Record<string, string>>;
}

/** How a message about a retired field begins (after the field's path), so readers of old files can tell it from damage. */
export const RETIRED = 'is no longer a field';

/** Why `key` is not a field of `group` any more, if it is one it retired. */
export function retiredField(group: Field | undefined, key: string): string | undefined {
  return group?.kind === 'object' && group.retired && Object.hasOwn(group.retired, key) ? group.retired[key] : undefined;
}

/** Why the field at `parts` under `root` is not a field any more, if a group retired it ("coefficients.optInAttendance"). */
export function retiredAt(root: Field, parts: readonly string[]): string | undefined {
  return parts.length > 0 ? retiredField(fieldAt(root, parts.slice(0, -1)), parts[parts.length - 1]) : undefined;
}

/**
 * A list of complete items of one kind (the scheduled changes); the default is the empty list.
 * Every property of an item must be given: the items' declared defaults are never used.
 */
export interface ListField<I extends ObjectField = ObjectField> extends FieldBase {
  readonly kind: 'list';
  readonly items: I;
  readonly maxItems: number;
}

/**
 * Values of other fields by dotted path (`{ policy.supervision.mode: opt-out }`, a scheduled
 * change's `set`): each path names a single-value field of `scope` (not a group, not a weights
 * mix) under one of the `settable` groups, and its value is checked against that field. At least
 * one path must be given.
 */
export interface AssignmentsField extends FieldBase {
  readonly kind: 'assignments';
  /** The fields the paths name. A function, because this field may sit inside them. */
  readonly scope: () => ObjectField;
  /** Groups (or single fields) of `scope` whose fields may be assigned, e.g. `policy`, `community`. */
  readonly settable: readonly string[];
  /**
   * Fields or groups that may not be assigned, each with the reason (shown in errors and docs);
   * they take precedence over `settable`. A key may also name something that is not a field of
   * `scope` (a run option people may expect to find there, such as `seed`).
   */
  readonly fixed: { readonly [path: string]: string };
}

/** The value an assignment may hold: that of a single-value field. */
export type AssignedValue = number | boolean | string;

/** A range a value is drawn from: uniformly from min to max, or, with a mode, from the triangular distribution peaking there. */
export interface DrawRange {
  readonly min: number;
  readonly max: number;
  readonly mode?: number;
}

/**
 * Ranges of other fields by dotted path (`{ coefficients.separationCf: { min: 0.7, max: 1.6 } }`,
 * a scenario's uncertainty): each path names a number field of `scope` under one of the
 * `drawable` groups, and its range lies within that field's own. Empty by default.
 */
export interface RangesField extends FieldBase {
  readonly kind: 'ranges';
  /** The fields the paths name. A function, because this field may sit inside them. */
  readonly scope: () => ObjectField;
  /** Groups of `scope` whose number fields may be given a range, e.g. `coefficients`. */
  readonly drawable: readonly string[];
  /** Why the other groups' fields may not, shown in errors and docs. */
  readonly notDrawable: string;
  /** Number fields of the `drawable` groups that may not be drawn either, by full path, and why (shown in errors and docs). */
  readonly undrawable?: Readonly<Record<string, string>>;
}

export type Field = NumberField | BooleanField | StringField | EnumField | WeightsField | ObjectField | ListField | AssignmentsField | RangesField;

/** The fully-resolved value a field describes. */
export type Resolved<F> = F extends NumberField
  ? number
  : F extends BooleanField
    ? boolean
    : F extends StringField
      ? string
      : F extends EnumField<infer V>
        ? V[number]
        : F extends WeightsField<infer K>
          ? { readonly [P in K[number]]: number }
          : F extends ObjectField<infer P>
            ? { readonly [K in keyof P]: Resolved<P[K]> }
            : F extends ListField<infer I>
              ? readonly Resolved<I>[]
              : F extends AssignmentsField
                ? { readonly [path: string]: AssignedValue }
                : F extends RangesField
                  ? { readonly [path: string]: DrawRange }
                  : never;

/** What a user may write: any field may be left out, at any depth (but a list's items are whole). */
export type Partial<F> = F extends ObjectField<infer P>
  ? { readonly [K in keyof P]?: Partial<P[K]> }
  : F extends WeightsField<infer K>
    ? { readonly [P in K[number]]?: number }
    : Resolved<F>;

type Spec<F> = Omit<F, 'kind'>;

export const num = (spec: Spec<NumberField>): NumberField => ({ kind: 'number', ...spec });
export const int = (spec: Omit<Spec<NumberField>, 'integer'>): NumberField => ({ kind: 'number', integer: true, ...spec });
export const bool = (spec: Spec<BooleanField>): BooleanField => ({ kind: 'boolean', ...spec });
export const str = (spec: Omit<Spec<StringField>, 'maxLength'> & { maxLength?: number }): StringField => ({
  kind: 'string',
  maxLength: 2000,
  ...spec,
});
export const oneOf = <const V extends readonly string[]>(spec: Spec<EnumField<V>>): EnumField<V> => ({ kind: 'enum', ...spec });
export const weights = <const K extends readonly string[]>(spec: Spec<WeightsField<K>>): WeightsField<K> => ({ kind: 'weights', ...spec });
export const obj = <const P extends Record<string, Field>>(doc: string, properties: P, retired?: Readonly<Record<string, string>>): ObjectField<P> => ({
  kind: 'object',
  doc,
  properties,
  ...(retired ? { retired } : {}),
});
export const list = <const I extends ObjectField>(spec: Spec<ListField<I>>): ListField<I> => ({ kind: 'list', ...spec });
export const assignments = (spec: Spec<AssignmentsField>): AssignmentsField => ({ kind: 'assignments', ...spec });
export const ranges = (spec: Spec<RangesField>): RangesField => ({ kind: 'ranges', ...spec });

/** Whether a field holds a single value (what `--set PATH=VALUE` and an assignment can name). */
export function isSingleValue(field: Field): field is NumberField | BooleanField | StringField | EnumField {
  return field.kind === 'number' || field.kind === 'boolean' || field.kind === 'string' || field.kind === 'enum';
}

/** The field at a dotted path, or undefined. */
export function fieldAt(root: Field, path: readonly string[]): Field | undefined {
  let field: Field | undefined = root;
  for (const key of path) {
    if (!field) return undefined;
    if (field.kind === 'object') field = Object.hasOwn(field.properties, key) ? field.properties[key] : undefined;
    else if (field.kind === 'weights') return field.keys.includes(key) ? num({ doc: field.doc, default: 0, min: 0, max: MAX_WEIGHT }) : undefined;
    else return undefined; // a list, assignments or ranges is named as a whole
  }
  return field;
}

/** The defaults of a field, fully resolved. */
export function defaultsOf<F extends Field>(field: F): Resolved<F> {
  if (field.kind === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(field.properties)) out[key] = defaultsOf(child);
    return out as Resolved<F>;
  }
  if (field.kind === 'weights') return { ...field.default } as Resolved<F>;
  if (field.kind === 'list') return [] as unknown as Resolved<F>;
  if (field.kind === 'assignments' || field.kind === 'ranges') return {} as Resolved<F>;
  return field.default as Resolved<F>;
}

/** The dotted paths of the single-value fields under `field` (weights mixes and lists left out), in declaration order. */
export function singleValuePaths(field: Field, path = ''): string[] {
  if (field.kind === 'object') return Object.entries(field.properties).flatMap(([key, child]) => singleValuePaths(child, path ? `${path}.${key}` : key));
  return isSingleValue(field) ? [path] : [];
}

/** The reason `path` may not be assigned (the `fixed` entry naming it or its closest enclosing group), if any. */
export function fixedReason(field: AssignmentsField, path: string): string | undefined {
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const key = parts.join('.');
    if (Object.hasOwn(field.fixed, key)) return field.fixed[key];
  }
  return undefined;
}

/** The `fixed` entries as people read them: a group as `group.*`, with its reason. */
export function fixedEntries(field: AssignmentsField): [string, string][] {
  const scope = field.scope();
  return Object.entries(field.fixed).map(([path, why]) => [fieldAt(scope, path.split('.'))?.kind === 'object' ? `${path}.*` : path, why]);
}

/** The paths an assignments field accepts, in declaration order. */
export function assignablePaths(field: AssignmentsField): string[] {
  const scope = field.scope();
  return field.settable.flatMap((group) => {
    const f = fieldAt(scope, group.split('.'));
    return f ? singleValuePaths(f, group) : [];
  }).filter((path) => fixedReason(field, path) === undefined);
}

/** The number fields a ranges field accepts, by full path, in declaration order. */
export function drawablePaths(field: RangesField): string[] {
  const scope = field.scope();
  return field.drawable.flatMap((group) => {
    const f = fieldAt(scope, group.split('.'));
    return f ? singleValuePaths(f, group) : [];
  }).filter((path) => fieldAt(scope, path.split('.'))?.kind === 'number' && !Object.hasOwn(field.undrawable ?? {}, path));
}

/** The reasons the fields of a ranges field's groups that may not be drawn cannot, as sentences ("costs.discountRate: …"), for errors and docs. */
export function undrawableReasons(field: RangesField): string[] {
  return Object.entries(field.undrawable ?? {}).map(([path, why]) => `${path}: ${why}`);
}

/** The value at a dotted path ("policy.supervision.mode"); undefined where the path leaves the object (a scenario saved by an earlier version, without a newer field). */
export function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

/**
 * `value` (a resolved object) with the field at `path` set to `v`: the objects along the path are
 * copied, everything else is shared. The path must name a field of the value.
 */
export function withValueAt<T>(value: T, path: readonly string[], v: unknown): T {
  if (path.length === 0) return v as T;
  const object = value as Record<string, unknown>;
  if (typeof object !== 'object' || object === null || !Object.hasOwn(object, path[0])) throw new Error(`withValueAt: no field ${path[0]}`);
  return { ...object, [path[0]]: withValueAt(object[path[0]], path.slice(1), v) } as T;
}
