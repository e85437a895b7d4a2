import { assignablePaths, CONTROL_CHARACTER_RANGE, defaultsOf, drawablePaths, fieldAt, fixedReason, isSingleValue, MAX_WEIGHT, RETIRED, retiredAt, retiredField, singleValuePaths, weightKeysText, type DrawRange, type Field, type NumberField, type RangesField, type Resolved } from './fields';
import { closest, InputError, show, type InputIssue } from './issues';
import { numberWritten } from './numberText';
import { misplacedAssignments } from './misplacedAssignments';
import { percentHint } from './percentHint';

/** Any one of the characters a one-line text may not hold. */
export const CONTROL_CHARACTER = new RegExp(`[${CONTROL_CHARACTER_RANGE}]`);

/** Whether `text` can label outputs (StringField.label): one line, with something besides spaces. */
export function isLabel(text: string): boolean {
  return !CONTROL_CHARACTER.test(text) && text.trim() !== '';
}

/**
 * Resolves a user's partial input against a field declaration: every value checked, every
 * missing value taken from `base` (itself fully resolved). Unknown keys, wrong types and
 * out-of-range values are all collected, then thrown together as one InputError.
 */
export function normalize<F extends Field>(field: F, input: unknown, base: Resolved<F>, subject = 'input'): Resolved<F> {
  const issues: InputIssue[] = [];
  const value = resolveField(field, input, base, '', issues);
  if (issues.length > 0) throw new InputError(issues, subject);
  return value as Resolved<F>;
}

/** ", or with a unit: 10d, 26w, 3y" for a field that takes text too (NumberField.textForms); "" for others. */
export function textFormsWords(field: NumberField): string {
  return field.textForms ? `, ${field.textForms}` : '';
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveField(field: Field, input: unknown, base: unknown, path: string, issues: InputIssue[]): unknown {
  if (input === undefined) return base;
  switch (field.kind) {
    case 'number': {
      if (typeof input !== 'number' || !Number.isFinite(input)) {
        // An infinite number is what YAML makes of one too large for a double (1e400), or of .inf.
        const infinite = typeof input === 'number' && !Number.isNaN(input);
        const what = infinite ? 'is infinite (a number beyond about 1.8e308, such as 1e400, reads as Infinity)' : 'is not a number';
        const written = typeof input === 'string' ? numberWritten(input) : undefined;
        // Only a number the field allows: "0,750" for a share is a decimal comma, not 750.
        const meant = written !== undefined && written >= field.min && written <= field.max && (!field.integer || Number.isInteger(written)) ? written : undefined;
        const write = meant === undefined ? '' : `; write ${meant} (digits only: no quotes, currency sign or thousands separators)`;
        issues.push({ path, value: input, message: `${show(input)} ${what}; expected ${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}${field.unit ? ` (${field.unit})` : ''}${textFormsWords(field)}${write}` });
        return base;
      }
      if (field.integer && !Number.isInteger(input)) {
        issues.push({ path, value: input, message: `${input} is not a whole number; expected a whole number from ${field.min} to ${field.max}${field.unit ? ` (${field.unit})` : ''}${textFormsWords(field)}` });
        return base;
      }
      if (input < field.min || input > field.max) {
        const reason = input < field.min ? field.belowMinimum : field.aboveMaximum;
        const allowed = field.min === field.max ? `${field.min}` : `${field.min} to ${field.max}`;
        issues.push({ path, value: input, message: `${input} is out of range; expected ${allowed}${field.unit ? ` (${field.unit})` : ''}${textFormsWords(field)}${reason ? `: ${reason}` : ''}${percentHint(field, input)}` });
        return base;
      }
      return input;
    }
    case 'boolean':
      if (typeof input !== 'boolean') {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected true or false` });
        return base;
      }
      return input;
    case 'string':
      if (typeof input !== 'string') {
        // YAML reads name: 2024 or name: yes as a number or a true/false; quoting makes it text.
        const quote = typeof input === 'number' || typeof input === 'boolean' ? ` (to use it as text, write it in quotes: "${String(input)}")` : '';
        issues.push({ path, value: input, message: `${show(input)} is not text; expected a string of at most ${field.maxLength} characters${quote}` });
        return base;
      }
      const length = [...input].length; // characters, as JSON Schema's maxLength counts them
      if (length > field.maxLength) {
        issues.push({ path, value: input, message: `is ${length} characters long; at most ${field.maxLength} are allowed` });
        return base;
      }
      if (field.label && !isLabel(input)) {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected one line of text, not blank, without line breaks, other control characters or invisible ones (direction marks and overrides, zero-width spaces): it labels the outputs' rows and columns` });
        return base;
      }
      return input;
    case 'enum':
      if (typeof input !== 'string' || !field.values.includes(input)) {
        const hint = typeof input === 'string' ? closest(input, field.values) : undefined;
        const meant = typeof input === 'string' && !hint ? valueDescribedAs(input, field.valueDocs as Readonly<Record<string, string>> | undefined) : undefined;
        issues.push({
          path,
          value: input,
          message: `${show(input)} is not allowed; expected one of ${field.values.map((v) => JSON.stringify(v)).join(', ')}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}${meant ? ` (did you mean ${JSON.stringify(meant[0])}? ${meant[1]})` : ''}`,
        });
        return base;
      }
      return input;
    case 'weights': {
      if (!isPlainObject(input)) {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected an object of non-negative weights keyed by ${field.keys.join(', ')}` });
        return base;
      }
      // Weights given replace the whole mix: a role left out gets weight 0.
      const out: Record<string, number> = {};
      let total = 0;
      for (const key of field.keys) out[key] = 0;
      for (const [key, weight] of Object.entries(input)) {
        const at = join(path, key);
        if (!field.keys.includes(key)) {
          const hint = closest(key, field.keys);
          issues.push({ path: at, value: weight, message: `unknown key${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed keys: ${weightKeysText(field)}` });
        } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
          issues.push({ path: at, value: weight, message: `${show(weight)} is not allowed; expected a number from 0 to ${MAX_WEIGHT}` });
        } else {
          out[key] = weight;
          total += weight;
        }
      }
      if (total <= 0 && !issues.some((i) => i.path.startsWith(path))) {
        const message = Object.keys(input).length === 0 ? `{} names no role; expected a weight above 0 for at least one of ${field.keys.join(', ')}` : 'all weights are zero; at least one must be positive';
        issues.push({ path, value: input, message });
      }
      return out;
    }
    case 'object': {
      if (!isPlainObject(input)) {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected an object with fields ${Object.keys(field.properties).join(', ')}` });
        return base;
      }
      const resolvedBase = base as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const known = Object.keys(field.properties);
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(field.properties, key)) {
          const retired = retiredField(field, key);
          if (retired !== undefined) {
            issues.push({ path: join(path, key), value: input[key], message: `${RETIRED}: ${retired}` });
            continue;
          }
          const hint = closest(key, known);
          issues.push({
            path: join(path, key),
            value: input[key],
            message: `unknown field${hint ? ` (did you mean ${JSON.stringify(join(path, hint))}?)` : ''}; allowed here: ${known.join(', ')}`,
          });
        }
      }
      for (const key of known) {
        out[key] = resolveField(field.properties[key], input[key], resolvedBase[key], join(path, key), issues);
      }
      return out;
    }
    case 'list': {
      // A list given replaces the whole list (like a weights mix); each item is complete.
      const keys = Object.keys(field.items.properties);
      if (!Array.isArray(input)) {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected a list (up to ${field.maxItems} entries), each with ${keys.join(' and ')}` });
        return base;
      }
      if (input.length > field.maxItems) {
        issues.push({ path, value: input, message: `has ${input.length} entries; at most ${field.maxItems} are allowed` });
        return base;
      }
      const itemDefaults = defaultsOf(field.items) as Record<string, unknown>;
      return input.map((item: unknown, k) => {
        const at = `${path}[${k}]`;
        if (!isPlainObject(item)) return resolveField(field.items, item, itemDefaults, at, issues);
        // Field paths beside set (`- day: 10, community.stigma: 0.2`): one issue, with the entry as it should be.
        const misplaced = misplacedAssignments(field.items, item, at, refusedAssignment, refusedValue);
        if (misplaced) issues.push(...misplaced.issues);
        for (const key of keys) {
          if (item[key] === undefined && key !== misplaced?.under) issues.push({ path: join(at, key), value: undefined, message: `is missing; every entry needs ${keys.join(' and ')}` });
        }
        const rest = misplaced ? Object.fromEntries(Object.entries(item).filter(([key]) => !misplaced.keys.includes(key))) : item;
        return resolveField(field.items, rest, itemDefaults, at, issues);
      });
    }
    case 'assignments': {
      if (!isPlainObject(input)) {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected an object of field paths and values, e.g. { ${assignablePaths(field)[0]}: VALUE }` });
        return base;
      }
      if (Object.keys(input).length === 0) {
        issues.push({ path, value: input, message: `is empty; expected at least one field path and value, e.g. { ${assignablePaths(field)[0]}: VALUE }` });
        return base;
      }
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(input)) {
        const at = join(path, key);
        const target = assigned(field, key);
        if (typeof target === 'string') issues.push({ path: at, value, message: target });
        else out[key] = resolveField(target, value, target.default, at, issues);
      }
      return out;
    }
    case 'ranges': {
      // Given ranges replace the whole set (like a list), so a file can also empty it.
      if (!isPlainObject(input)) {
        issues.push({ path, value: input, message: `${show(input)} is not allowed; expected an object of field paths and ranges, e.g. { ${drawablePaths(field)[0]}: { min: A, max: B } }` });
        return base;
      }
      const out: Record<string, DrawRange> = {};
      for (const [key, value] of Object.entries(input)) {
        const at = join(path, key);
        const target = drawable(field, key, value);
        if (typeof target === 'string') issues.push({ path: at, value, message: target });
        else {
          const range = drawRange(target, value, at, issues);
          if (range) out[key] = range;
        }
      }
      return out;
    }
  }
}

/** The number field a range's path names, or why the path cannot be given a range (`value`, the range given, hints at the path meant). */
function drawable(field: RangesField, key: string, value: unknown): NumberField | string {
  const parts = key.split('.');
  const where = `allowed: number fields of ${field.drawable.map((g) => `${g}.*`).join(' and ')}, named in full (see docs/SCENARIO.md)`;
  if (parts.some((p) => p === '')) return `is not a field path; expected dotted names like ${drawablePaths(field)[0]}`;
  const target = fieldAt(field.scope(), parts);
  if (target === undefined) {
    const retired = retiredAt(field.scope(), parts);
    if (retired !== undefined) return `${RETIRED}: ${retired}`;
    // A field named without its group (separationCf for coefficients.separationCf) gets its full path.
    const ending = drawablePaths(field).filter((p) => p.endsWith(`.${key}`));
    const hint = ending.length === 1 ? ending[0] : closest(key, drawablePaths(field));
    return `unknown field${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; ${where}`;
  }
  const inside = drawablePaths(field).filter((p) => p.startsWith(`${key}.`));
  if (target.kind === 'object' && inside.length > 0) {
    // Nested as in the scenario ({ coefficients: { separationCf: {...} } }): the flat path of what was nested.
    const nested = isPlainObject(value) ? Object.keys(value).map((k) => `${key}.${k}`).find((p) => inside.includes(p)) : undefined;
    return `is a group of fields, not a value; name ${nested ? 'the field' : 'one of its number fields'} by full path, e.g. ${nested ? `${nested}: { min: A, max: B }` : inside[0]}`;
  }
  if (!field.drawable.some((g) => key.startsWith(`${g}.`))) return `cannot be drawn per replication: ${field.notDrawable}; ${where}`;
  const undrawable = field.undrawable?.[key];
  if (undrawable !== undefined) return `cannot be drawn per replication: ${undrawable}`;
  if (target.kind !== 'number') return `is a ${target.kind === 'enum' ? 'choice' : target.kind === 'boolean' ? 'true/false' : target.kind} field; only number fields can be drawn from a range`;
  return target;
}

const RANGE_KEYS = ['min', 'max', 'mode'] as const;
/** Names written for a range's centre, which is its mode here ("mean" is nearest "min" by spelling, which the range already has). */
const PEAK_WORDS = ['mean', 'median', 'peak', 'centre', 'center', 'likely', 'mostlikely', 'most-likely', 'typical'];

/** The range key an unknown one most likely meant, among those not given yet (so never one the range already has). */
function rangeKeyMeant(key: string, given: readonly string[]): string | undefined {
  const free = RANGE_KEYS.filter((r) => !given.includes(r));
  if (PEAK_WORDS.includes(key.toLowerCase())) return free.includes('mode') ? 'mode' : undefined;
  return closest(key, free);
}

/** A range for `target`: min below max, both (and a mode, if given, between them) within the field's own range. */
function drawRange(target: NumberField, value: unknown, at: string, issues: InputIssue[]): DrawRange | undefined {
  const example = `{ min: A, max: B } (uniform) or { min: A, mode: C, max: B } (triangular), within ${target.min} to ${target.max}`;
  if (!isPlainObject(value)) {
    issues.push({ path: at, value, message: `${show(value)} is not allowed; expected ${example}` });
    return undefined;
  }
  const before = issues.length;
  for (const k of Object.keys(value)) {
    if (!(RANGE_KEYS as readonly string[]).includes(k)) {
      const hint = rangeKeyMeant(k, Object.keys(value));
      issues.push({ path: join(at, k), value: value[k], message: `unknown field${hint ? ` (did you mean "${hint}"${PEAK_WORDS.includes(k.toLowerCase()) ? `, the range's peak? a triangular range's mean is (min + mode + max) / 3` : '?'})` : ''}; allowed here: ${RANGE_KEYS.join(', ')}` });
    }
  }
  const expected = `expected ${target.integer ? 'a whole number' : 'a number'} from ${target.min} to ${target.max}${target.unit ? ` (${target.unit})` : ''}`;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= target.min && v <= target.max && (!target.integer || Number.isInteger(v));
  for (const k of RANGE_KEYS) {
    if (value[k] === undefined && k !== 'mode') issues.push({ path: join(at, k), value: undefined, message: `is missing; expected ${example}` });
    else if (value[k] !== undefined && !ok(value[k])) issues.push({ path: join(at, k), value: value[k], message: `${show(value[k])} is not allowed; ${expected}${percentHint(target, value[k])}` });
  }
  if (issues.length > before) return undefined;
  const { min, max, mode } = value as { min: number; max: number; mode?: number };
  if (min >= max) {
    issues.push({ path: at, value, message: min === max ? `min and max are both ${min}, so nothing would be drawn; set the field itself instead` : `min ${min} is above max ${max}` });
    return undefined;
  }
  if (mode !== undefined && (mode < min || mode > max)) {
    issues.push({ path: join(at, 'mode'), value: mode, message: `${mode} is not allowed; expected the peak of the range, from min ${min} to max ${max}` });
    return undefined;
  }
  return mode === undefined ? { min, max } : { min, mode, max };
}

/** The single-value field an assignment's path names, or why the path cannot be assigned. */
/** Why an assignments field refuses a path, or undefined where it takes it. */
function refusedAssignment(field: Extract<Field, { kind: 'assignments' }>, key: string): string | undefined {
  const target = assigned(field, key);
  return typeof target === 'string' ? target : undefined;
}

/** Why the field an assignment's path names refuses a value, as its own check words it, or undefined where it takes it (or the path is refused: refusedAssignment says so). */
function refusedValue(field: Extract<Field, { kind: 'assignments' }>, key: string, value: unknown): string | undefined {
  const target = assigned(field, key);
  if (typeof target === 'string') return undefined;
  const found: InputIssue[] = [];
  resolveField(target, value, target.default, key, found);
  return found.length === 0 ? undefined : found.map((issue) => issue.message).join('; ');
}

function assigned(field: Extract<Field, { kind: 'assignments' }>, key: string): Extract<Field, { default: unknown }> | string {
  const parts = key.split('.');
  const where = `allowed: fields of ${field.settable.map((g) => `${g}.*`).join(' and ')}`;
  if (parts.some((p) => p === '')) return `is not a field path; expected dotted names like ${assignablePaths(field)[0]}`;
  const target = fieldAt(field.scope(), parts);
  const reason = fixedReason(field, key);
  if (reason !== undefined && (target !== undefined || Object.hasOwn(field.fixed, key))) return `cannot change during a run: ${reason}`;
  if (target === undefined) {
    const retired = retiredAt(field.scope(), parts);
    if (retired !== undefined) return `${RETIRED}: ${retired}`;
    const hint = closest(key, assignablePaths(field));
    if (hint) return `unknown field (did you mean ${JSON.stringify(hint)}?); ${where}, named in full (see docs/SCENARIO.md)`;
    // The closest field may be one that cannot change: say so at once.
    const other = closest(key, singleValuePaths(field.scope()));
    const why = other === undefined ? undefined : fixedReason(field, other);
    return `unknown field${other && why ? ` (the closest field, ${other}, cannot change during a run: ${why})` : ''}; ${where}, named in full (see docs/SCENARIO.md)`;
  }
  if (!isSingleValue(target)) {
    const inside = target.kind === 'object' ? assignablePaths(field).filter((p) => p.startsWith(`${key}.`)) : [];
    return inside.length > 0 ? `is a group of fields, not a value; name one of its fields: ${inside.join(', ')}` : `cannot be set here; ${where}`;
  }
  if (!field.settable.some((g) => key === g || key.startsWith(`${g}.`))) return `cannot be set here; ${where}`;
  return target;
}

/**
 * The value whose documentation uses the word given ("pre-booked" for supervision's "opt-out",
 * whose sessions are pre-booked), with that documentation: a planner's own word for a value.
 */
function valueDescribedAs(input: string, docs: Readonly<Record<string, string>> | undefined): [string, string] | undefined {
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  const word = letters(input);
  if (docs === undefined || word.length < 4) return undefined;
  const found = Object.entries(docs).filter(([, doc]) => letters(doc).includes(word));
  return found.length === 1 ? found[0] : undefined;
}
