import { assignablePaths, CONTROL_CHARACTER_RANGE, drawablePaths, undrawableReasons, fieldAt, fixedEntries, MAX_WEIGHT, type Field, type NumberField } from './fields';

/** A label (StringField.label): no line breaks or other control characters, and something besides spaces. */
export const LABEL_PATTERN = `^[^${CONTROL_CHARACTER_RANGE}]*[^\\s${CONTROL_CHARACTER_RANGE}][^${CONTROL_CHARACTER_RANGE}]*$`;

type JsonSchema = Record<string, unknown>;

/**
 * A JSON Schema (draft 2020-12) for the input form of a field: every property optional. A field's
 * evidence (its `source`) is the node's `$comment` ("Source: ..."), the keyword the draft keeps for
 * notes to readers, so that `cfsim schema` carries where each default comes from (a researcher
 * found only descriptions and ranges there).
 */
export function jsonSchemaOf(field: Field): JsonSchema {
  const node = nodeOf(field);
  return 'source' in field && field.source ? { ...node, $comment: `Source: ${field.source}` } : node;
}

function nodeOf(field: Field): JsonSchema {
  const description = field.doc;
  switch (field.kind) {
    case 'number':
      return {
        // minimum and maximum apply to a number only, and the pattern to text only.
        type: field.textPattern ? [field.integer ? 'integer' : 'number', 'string'] : field.integer ? 'integer' : 'number',
        description: field.unit ? `${description} Unit: ${field.unit}.` : description,
        minimum: field.min,
        maximum: field.max,
        ...(field.textPattern ? { pattern: field.textPattern } : {}),
        default: field.default,
      };
    case 'boolean':
      return { type: 'boolean', description, default: field.default };
    case 'string':
      return { type: 'string', description, maxLength: field.maxLength, ...(field.label ? { pattern: LABEL_PATTERN } : {}), default: field.default };
    case 'enum':
      return { type: 'string', description, enum: [...field.values], default: field.default };
    case 'weights':
      return {
        type: 'object',
        description,
        additionalProperties: false,
        minProperties: 1,
        properties: Object.fromEntries(field.keys.map((k) => [k, { type: 'number', minimum: 0, maximum: MAX_WEIGHT, default: field.default[k] }])),
      };
    case 'object':
      return {
        type: 'object',
        description,
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(field.properties).map(([k, f]) => [k, jsonSchemaOf(f)])),
      };
    case 'list': {
      const keys = Object.keys(field.items.properties);
      return {
        type: 'array',
        description,
        maxItems: field.maxItems,
        default: [],
        items: {
          type: 'object',
          description: field.items.doc,
          additionalProperties: false,
          required: keys,
          // Every property of an item is required, so none has a default.
          properties: Object.fromEntries(keys.map((k) => [k, withoutDefault(jsonSchemaOf(field.items.properties[k]))])),
        },
      };
    }
    case 'assignments': {
      const scope = field.scope();
      const paths = assignablePaths(field);
      return {
        type: 'object',
        description: `${description} Cannot be set: ${fixedEntries(field)
          .map(([path, why]) => `${path}: ${why}`)
          .join('. ')}.`,
        additionalProperties: false,
        minProperties: 1,
        // The default of each field depends on the presets, so none is given here.
        properties: Object.fromEntries(paths.map((path) => [path, withoutDefault(jsonSchemaOf(fieldAt(scope, path.split('.'))!))])),
      };
    }
    case 'ranges': {
      const scope = field.scope();
      const range = (target: NumberField): JsonSchema => {
        const bound = { type: target.integer ? 'integer' : 'number', minimum: target.min, maximum: target.max };
        return { type: 'object', additionalProperties: false, required: ['min', 'max'], properties: { min: bound, mode: bound, max: bound } };
      };
      return {
        type: 'object',
        description: `${description} Cannot be drawn: ${[field.notDrawable, ...undrawableReasons(field)].join('; ')}.`,
        additionalProperties: false,
        default: {},
        properties: Object.fromEntries(drawablePaths(field).map((path) => [path, range(fieldAt(scope, path.split('.')) as NumberField)])),
      };
    }
  }
}

function withoutDefault(schema: JsonSchema): JsonSchema {
  const { default: _, ...rest } = schema;
  return rest;
}
