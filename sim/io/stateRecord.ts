// A checkpoint of a fixed-size summary (a results aggregator, its quantile sketches) as named
// numbers and typed arrays: plain data that a host can write to a file and read back bit for bit
// (the engine itself reads and writes no files).

export type StateArray = Float64Array | Uint32Array | Int32Array | Uint8Array;

/** Named numbers and typed arrays, the names dotted by owner (`sketch.0.heights`). */
export type StateRecord = Record<string, number | StateArray>;

/** The typed-array kinds a StateRecord holds, by the name a file records them under. */
export const STATE_ARRAY_TYPES = {
  Float64Array,
  Uint32Array,
  Int32Array,
  Uint8Array,
} as const;

export type StateArrayType = keyof typeof STATE_ARRAY_TYPES;

/** The name of a state array's kind. */
export function stateArrayType(array: StateArray): StateArrayType {
  if (array instanceof Float64Array) return 'Float64Array';
  if (array instanceof Uint32Array) return 'Uint32Array';
  if (array instanceof Int32Array) return 'Int32Array';
  return 'Uint8Array';
}

/** The number `name` of a state, or an error naming it. */
export function stateNumber(state: StateRecord, name: string): number {
  const value = state[name];
  if (typeof value !== 'number') throw new Error(`checkpoint state has no number ${name}`);
  return value;
}

/** The array `name` of a state, of kind `kind` and (if given) `length`, or an error naming it. */
export function stateArray<K extends StateArrayType>(state: StateRecord, name: string, kind: K, length?: number): InstanceType<(typeof STATE_ARRAY_TYPES)[K]> {
  const value = state[name];
  if (typeof value === 'number' || value === undefined || stateArrayType(value) !== kind) throw new Error(`checkpoint state has no ${kind} ${name}`);
  if (length !== undefined && value.length !== length) throw new Error(`checkpoint state's ${name} holds ${value.length} values, expected ${length}`);
  return value as InstanceType<(typeof STATE_ARRAY_TYPES)[K]>;
}

/** The entries of `state` whose names start with `prefix`, the prefix removed. */
export function stateUnder(state: StateRecord, prefix: string): StateRecord {
  const out: StateRecord = {};
  for (const [name, value] of Object.entries(state)) if (name.startsWith(prefix)) out[name.slice(prefix.length)] = value;
  return out;
}

/** `state` with every name prefixed by `prefix`. */
export function statePrefixed(state: StateRecord, prefix: string): StateRecord {
  const out: StateRecord = {};
  for (const [name, value] of Object.entries(state)) out[`${prefix}${name}`] = value;
  return out;
}
