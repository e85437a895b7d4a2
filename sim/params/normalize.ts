import type { Field, Resolved } from './fields';
import { closest, InputError, show, type InputIssue } from './issues';

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

/** Largest single weight: weights are relative, and a bound keeps their sum finite. */
export const MAX_WEIGHT = 1e6;

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
        issues.push({ path, value: input, message: `${show(input)} is not a number; expected ${field.integer ? 'a whole number' : 'a number'} from ${field.min} to ${field.max}${field.unit ? ` (${field.unit})` : ''}` });
        return base;
      }
      if (field.integer && !Number.isInteger(input)) {
        issues.push({ path, value: input, message: `${input} is not a whole number; expected a whole number from ${field.min} to ${field.max}${field.unit ? ` (${field.unit})` : ''}` });
        return base;
      }
      if (input < field.min || input > field.max) {
        issues.push({ path, value: input, message: `${input} is out of range; expected ${field.min} to ${field.max}${field.unit ? ` (${field.unit})` : ''}` });
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
        issues.push({ path, value: input, message: `${show(input)} is not text; expected a string of at most ${field.maxLength} characters` });
        return base;
      }
      const length = [...input].length; // characters, as JSON Schema's maxLength counts them
      if (length > field.maxLength) {
        issues.push({ path, value: input, message: `is ${length} characters long; at most ${field.maxLength} are allowed` });
        return base;
      }
      return input;
    case 'enum':
      if (typeof input !== 'string' || !field.values.includes(input)) {
        const hint = typeof input === 'string' ? closest(input, field.values) : undefined;
        issues.push({
          path,
          value: input,
          message: `${show(input)} is not allowed; expected one of ${field.values.map((v) => JSON.stringify(v)).join(', ')}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`,
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
          issues.push({ path: at, value: weight, message: `unknown key${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed keys: ${field.keys.join(', ')}` });
        } else if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
          issues.push({ path: at, value: weight, message: `${show(weight)} is not allowed; expected a number from 0 to ${MAX_WEIGHT}` });
        } else {
          out[key] = weight;
          total += weight;
        }
      }
      if (total <= 0 && !issues.some((i) => i.path.startsWith(path))) {
        issues.push({ path, value: input, message: 'all weights are zero; at least one must be positive' });
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
  }
}
