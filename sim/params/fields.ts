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
}

export interface EnumField<V extends readonly string[] = readonly string[]> extends FieldBase {
  readonly kind: 'enum';
  readonly values: V;
  readonly default: V[number];
  /** One line per value, for docs. */
  readonly valueDocs?: { readonly [K in V[number]]: string };
  readonly source?: string;
}

/** A fixed set of named non-negative weights (e.g. the role mix); omitted keys default to 0 when any key is given. */
export interface WeightsField<K extends readonly string[] = readonly string[]> extends FieldBase {
  readonly kind: 'weights';
  readonly keys: K;
  readonly default: { readonly [P in K[number]]: number };
  readonly source?: string;
}

export interface ObjectField<P extends Record<string, Field> = Record<string, Field>> extends FieldBase {
  readonly kind: 'object';
  readonly properties: P;
}

export type Field = NumberField | BooleanField | StringField | EnumField | WeightsField | ObjectField;

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
            : never;

/** What a user may write: any field may be left out, at any depth. */
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
export const obj = <const P extends Record<string, Field>>(doc: string, properties: P): ObjectField<P> => ({
  kind: 'object',
  doc,
  properties,
});

/** The field at a dotted path, or undefined. */
export function fieldAt(root: Field, path: readonly string[]): Field | undefined {
  let field: Field | undefined = root;
  for (const key of path) {
    if (!field) return undefined;
    if (field.kind === 'object') field = Object.hasOwn(field.properties, key) ? field.properties[key] : undefined;
    else if (field.kind === 'weights') return field.keys.includes(key) ? num({ doc: field.doc, default: 0, min: 0, max: 1e6 }) : undefined; // max: MAX_WEIGHT in normalize.ts
    else return undefined;
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
  return field.default as Resolved<F>;
}
