import type { Field } from './fields';

type JsonSchema = Record<string, unknown>;

/** A JSON Schema (draft 2020-12) for the input form of a field: every property optional. */
export function jsonSchemaOf(field: Field): JsonSchema {
  const description = field.doc;
  switch (field.kind) {
    case 'number':
      return {
        type: field.integer ? 'integer' : 'number',
        description: field.unit ? `${description} Unit: ${field.unit}.` : description,
        minimum: field.min,
        maximum: field.max,
        default: field.default,
      };
    case 'boolean':
      return { type: 'boolean', description, default: field.default };
    case 'string':
      return { type: 'string', description, maxLength: field.maxLength, default: field.default };
    case 'enum':
      return { type: 'string', description, enum: [...field.values], default: field.default };
    case 'weights':
      return {
        type: 'object',
        description,
        additionalProperties: false,
        minProperties: 1,
        properties: Object.fromEntries(field.keys.map((k) => [k, { type: 'number', minimum: 0, default: field.default[k] }])),
      };
    case 'object':
      return {
        type: 'object',
        description,
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(field.properties).map(([k, f]) => [k, jsonSchemaOf(f)])),
      };
  }
}
