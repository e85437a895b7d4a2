import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioReference } from '../../bin/scenarioReference';
import { ROLES } from '../../models/roles';
import { scenarioField } from '../../scenarios/schema';
import { fieldAt } from '../../sim/params/fields';
import { jsonSchemaOf } from '../../sim/params/jsonSchema';
import { fieldRows } from '../../sim/params/reference';

type Node = Record<string, any>;

const schema = jsonSchemaOf(scenarioField) as Node;
const rows = fieldRows(scenarioField);

/** The schema node at a dotted path, walking `properties`. */
function nodeAt(path: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const key of path.split('.')) {
    if (!node || node.type !== 'object' || !Object.hasOwn(node.properties ?? {}, key)) return undefined;
    node = node.properties[key];
  }
  return node;
}

/** Every object node of the schema with its path. */
function objectNodes(node: Node, path = ''): [string, Node][] {
  if (node.type !== 'object') return [];
  return [[path, node], ...Object.entries(node.properties as Record<string, Node>).flatMap(([k, child]) => objectNodes(child, path ? `${path}.${k}` : k))];
}

/** Paths of the schema's leaves (weights count as one leaf, like in fieldRows). */
function leafPaths(node: Node, path = ''): string[] {
  const isWeights = node.type === 'object' && node.minProperties === 1;
  if (node.type !== 'object' || isWeights) return [path];
  return Object.entries(node.properties as Record<string, Node>).flatMap(([k, child]) => leafPaths(child, path ? `${path}.${k}` : k));
}

describe('the JSON Schema of the scenario format', () => {
  it('has the same leaf paths as the field reference, in the same order', () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(leafPaths(schema)).toEqual(rows.map((r) => r.path));
  });

  it.each(rows.map((r) => [r.path, r] as const))('%s matches its reference row', (path, row) => {
    const node = nodeAt(path);
    expect(node, `no schema entry for ${path}`).toBeDefined();
    const n = node!;
    const field = fieldAt(scenarioField, path.split('.'))!;
    expect(field.kind).not.toBe('object');
    expect(n.description).toContain(field.doc);
    switch (row.type) {
      case 'number':
      case 'integer':
        expect(n.type).toBe(row.type);
        expect(String(n.default)).toBe(row.default);
        expect(`${n.minimum} to ${n.maximum}`).toBe(row.allowed);
        expect(n.minimum).toBeLessThanOrEqual(n.default);
        expect(n.default).toBeLessThanOrEqual(n.maximum);
        if (row.unit) expect(n.description).toContain(row.unit);
        break;
      case 'boolean':
        expect(n.type).toBe('boolean');
        expect(String(n.default)).toBe(row.default);
        break;
      case 'string':
        expect(n.type).toBe('string');
        expect(JSON.stringify(n.default)).toBe(row.default);
        expect(row.allowed).toBe(`up to ${n.maxLength} characters`);
        expect(n.default.length).toBeLessThanOrEqual(n.maxLength);
        break;
      case 'enum': {
        expect(n.type).toBe('string');
        expect(row.default).toBe(`\`${n.default}\``);
        expect(n.enum).toContain(n.default);
        // The reference lists every value, in order, each in backticks.
        const listed = n.enum.map((v: string) => row.allowed.indexOf(`\`${v}\``));
        expect(listed.every((i: number) => i >= 0)).toBe(true);
        expect([...listed].sort((a: number, b: number) => a - b)).toEqual(listed);
        expect(field.kind === 'enum' && [...field.values]).toEqual(n.enum);
        break;
      }
      case 'weights': {
        expect(n.type).toBe('object');
        const defaults = Object.fromEntries(Object.entries(n.properties as Record<string, Node>).map(([k, p]) => [k, p.default]));
        expect(Object.keys(defaults)).toEqual(field.kind === 'weights' ? [...field.keys] : []);
        const positive = Object.entries(defaults)
          .filter(([, w]) => w > 0)
          .map(([k, w]) => `${k}: ${w}`)
          .join(', ');
        expect(positive).toBe(row.default);
        for (const p of Object.values(n.properties as Record<string, Node>)) {
          expect(p.type).toBe('number');
          expect(p.minimum).toBe(0);
        }
        break;
      }
      default:
        expect.fail(`unexpected row type ${row.type} at ${path}`);
    }
  });

  it('sets additionalProperties: false on every object', () => {
    const objects = objectNodes(schema);
    // The root, the four groups, policy's sub-groups, coefficients and roleMix at least.
    expect(objects.length).toBeGreaterThanOrEqual(15);
    for (const [path, node] of objects) expect(node.additionalProperties, `object at "${path}"`).toBe(false);
  });

  it('lists the roles as the roleMix properties', () => {
    const roleMix = nodeAt('population.roleMix')!;
    expect(Object.keys(roleMix.properties)).toEqual([...ROLES]);
    expect(roleMix.properties.police.default).toBe(0.395);
  });

  it('gives the enums their allowed values', () => {
    expect(nodeAt('policy.supervision.mode')!.enum).toEqual(['none', 'opt-in', 'opt-out']);
    expect(nodeAt('policy.debrief.mode')!.enum).toEqual(['none', 'single-session', 'ongoing']);
    expect(nodeAt('population.seats')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100000, default: 38 });
    expect(nodeAt('community.stigma')).toMatchObject({ type: 'number', minimum: 0, maximum: 1, default: 0.4 });
  });
});

describe('docs/SCENARIO.md', () => {
  const docPath = new URL('../../docs/SCENARIO.md', import.meta.url);

  it('exists (generate it with `npm run docs`)', () => {
    expect(existsSync(docPath)).toBe(true);
  });

  it('is up to date with the schema, the roles and the presets (regenerate with `npm run docs`)', () => {
    const written = readFileSync(docPath, 'utf8');
    expect(written).toBe(scenarioReference());
  });

  it('documents every field path', () => {
    const reference = scenarioReference();
    for (const row of rows) expect(reference).toContain(`| \`${row.path}\` |`);
  });
});
