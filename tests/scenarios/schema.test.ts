import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioReference } from '../../bin/scenarioReference';
import { ROLES } from '../../models/roles';
import { scenarioField } from '../../scenarios/schema';
import { assignablePaths, drawablePaths, fieldAt, fixedEntries, fixedReason, singleValuePaths, type Field } from '../../sim/params/fields';
import { jsonSchemaOf, LABEL_PATTERN } from '../../sim/params/jsonSchema';
import { fieldRows } from '../../sim/params/reference';
import { resolveScenario } from '../../scenarios/resolve';

type Node = Record<string, any>;

const schema = jsonSchemaOf(scenarioField) as Node;
const rows = fieldRows(scenarioField);

/** The schema node at a dotted path, walking `properties` (and `items` for a list's `name[]`). */
function nodeAt(path: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    if (!node || node.type !== 'object' || !Object.hasOwn(node.properties ?? {}, key)) return undefined;
    node = node.properties[key];
    if (part.endsWith('[]')) node = node?.type === 'array' ? node.items : undefined;
  }
  return node;
}

/** Every object node of the schema with its path (a list's items at `name[]`). */
function objectNodes(node: Node, path = ''): [string, Node][] {
  if (node.type === 'array') return objectNodes(node.items, `${path}[]`);
  if (node.type !== 'object') return [];
  return [[path, node], ...Object.entries(node.properties as Record<string, Node>).flatMap(([k, child]) => objectNodes(child, path ? `${path}.${k}` : k))];
}

/**
 * Paths of the schema's leaves, like fieldRows: weights, a change's field assignments
 * (objects with minProperties) and the uncertainty's ranges count as one leaf; a list is a leaf followed by its items' leaves.
 */
function leafPaths(node: Node, path = ''): string[] {
  if (node.type === 'array') return [path, ...leafPaths(node.items, `${path}[]`).filter((p) => p !== `${path}[]`)];
  // A scenario's uncertainty, keyed by field paths, is one leaf too.
  const isWhole = node.type === 'object' && (node.minProperties === 1 || Object.keys(node.properties ?? {}).some((k) => k.includes('.')));
  if (node.type !== 'object' || isWhole) return [path];
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
    const field = listItemField(path);
    expect(field.kind).not.toBe('object');
    expect(n.description).toContain(field.doc);
    // Where the default comes from, as the reference gives it.
    expect(n.$comment).toBe(row.source ? `Source: ${row.source}` : undefined);
    // A list item's properties are all required, so neither the schema nor the reference gives a default.
    if (path.includes('[]')) {
      expect(row.default).toBe('required');
      expect(n.default).toBeUndefined();
      expect(nodeAt(path.slice(0, path.lastIndexOf('.')))!.required).toContain(path.slice(path.lastIndexOf('.') + 1));
    }
    const hasDefault = !path.includes('[]');
    switch (row.type) {
      case 'number':
      case 'integer':
        // A field that also takes text (days: "3y") allows a string as well.
        expect(n.type).toEqual(n.pattern === undefined ? row.type : [row.type, 'string']);
        if (hasDefault) expect(String(n.default)).toBe(row.default);
        expect(n.minimum === n.maximum ? `only ${n.minimum}` : `${n.minimum} to ${n.maximum}`).toBe(row.allowed);
        if (hasDefault) expect(n.minimum).toBeLessThanOrEqual(n.default);
        if (hasDefault) expect(n.default).toBeLessThanOrEqual(n.maximum);
        if (row.unit) expect(n.description).toContain(row.unit);
        break;
      case 'boolean':
        expect(n.type).toBe('boolean');
        expect(String(n.default)).toBe(row.default);
        break;
      case 'string':
        expect(n.type).toBe('string');
        expect(JSON.stringify(n.default)).toBe(row.default);
        expect(row.allowed).toBe(`${n.pattern === LABEL_PATTERN ? 'one line of ' : ''}up to ${n.maxLength} characters${n.pattern === LABEL_PATTERN ? ', not blank, with no control or invisible characters' : ''}`);
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
      case 'list':
        expect(n.type).toBe('array');
        expect(n.default).toEqual([]);
        expect(row.allowed).toBe(`up to ${n.maxItems} entries`);
        expect(n.items.additionalProperties).toBe(false);
        break;
      case 'field paths → values': {
        // Every path the validator accepts is a property, with its field's own schema (no default).
        expect(n.type).toBe('object');
        expect(n.additionalProperties).toBe(false);
        expect(n.minProperties).toBe(1);
        const paths = field.kind === 'assignments' ? assignablePaths(field) : [];
        expect(Object.keys(n.properties)).toEqual(paths);
        for (const p of paths) {
          const { default: _, ...own } = nodeAt(p)!;
          expect(n.properties[p]).toEqual(own);
        }
        // The fields that cannot change are named, with the reason, in the schema and the reference.
        const fixed = field.kind === 'assignments' ? fixedEntries(field) : [];
        expect(fixed.map(([p]) => p)).toContain('population.*');
        for (const [p, why] of fixed) {
          expect(n.description).toContain(`${p}: ${why}`);
          expect(row.allowed).toContain(`\`${p}\`: ${why}`);
        }
        break;
      }
      case 'field paths → ranges': {
        // Every number field the validator accepts a range for is a property, bounded by the field's own range.
        expect(n.type).toBe('object');
        expect(n.additionalProperties).toBe(false);
        expect(n.default).toEqual({});
        const paths = field.kind === 'ranges' ? drawablePaths(field) : [];
        expect(paths.length).toBeGreaterThan(100);
        expect(paths.every((p) => p.startsWith('coefficients.') || p.startsWith('costs.'))).toBe(true);
        expect(Object.keys(n.properties)).toEqual(paths);
        for (const p of paths) {
          const own = nodeAt(p)!;
          const range = n.properties[p];
          expect(range.required).toEqual(['min', 'max']);
          expect(range.additionalProperties).toBe(false);
          for (const k of ['min', 'mode', 'max']) expect(range.properties[k]).toEqual({ type: own.type, minimum: own.minimum, maximum: own.maximum });
        }
        expect(row.allowed).toContain(`any of the ${paths.length} number fields of \`coefficients.*\` and \`costs.*\``);
        if (field.kind === 'ranges') expect(n.description).toContain(field.notDrawable);
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

  it('bounds the roleMix weights as the validator does, and the reference says so', () => {
    const max = nodeAt('population.roleMix')!.properties.nurse.maximum;
    expect(max).toBeTypeOf('number');
    for (const p of Object.values(nodeAt('population.roleMix')!.properties as Record<string, Node>)) expect(p.maximum).toBe(max);
    expect(() => resolveScenario({ file: { population: { roleMix: { nurse: max } } } })).not.toThrow();
    expect(() => resolveScenario({ file: { population: { roleMix: { nurse: max * 1.000001 } } } })).toThrow(`expected a number from 0 to ${max}`);
    expect(rows.find((r) => r.path === 'population.roleMix')!.allowed).toContain(`weights from 0 to ${max}`);
  });

  it('gives the enums their allowed values', () => {
    expect(nodeAt('policy.supervision.mode')!.enum).toEqual(['none', 'opt-in', 'opt-out']);
    expect(nodeAt('policy.debrief.mode')!.enum).toEqual(['none', 'single-session', 'ongoing']);
    expect(nodeAt('population.seats')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100000, default: 38 });
    expect(nodeAt('community.stigma')).toMatchObject({ type: 'number', minimum: 0, maximum: 1, default: 0.4 });
    // The horizon may be written with a unit, as --days takes it; an editor checking against the schema takes it too.
    const days = nodeAt('days')!;
    expect(days).toMatchObject({ type: ['integer', 'string'], minimum: 1, maximum: 36500, default: 1095 });
    for (const text of ['3y', '26w', '10d', ' 2Y ']) expect(new RegExp(days.pattern).test(text), text).toBe(true);
    for (const text of ['1yr', '1.5y', 'y', '3', '1234567890d']) expect(new RegExp(days.pattern).test(text), text).toBe(false);
    expect(Object.entries(schema.properties as Record<string, Node>).filter(([, node]) => node.pattern !== undefined && Array.isArray(node.type)).map(([k]) => k)).toEqual(['days']);
  });
});

/** The field at a reference row's path (through a list's items for `name[].key`). */
function listItemField(path: string): Field {
  let field: Field = scenarioField;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    const next = fieldAt(field, [key]);
    if (!next) throw new Error(`no field ${path}`);
    field = part.endsWith('[]') && next.kind === 'list' ? next.items : next;
  }
  return field;
}

/** Paid time off counted in days where its quantity is workdays: "paid time off (15 days", "15 days of paid time off", "15 PTO days". */
const PTO_IN_DAYS = /(?:paid time off|PTO) \(?\d+(?:\.\d+)? days\b|\b\d+(?:\.\d+)? (?:PTO )?days (?:a year )?(?:of paid time off|of PTO|allowed)/;

describe('units in the field reference', () => {
  it('a field its doc counts in workdays gives workdays as its unit, not calendar days', () => {
    const inWorkdays = rows.filter((r) => /\bin workdays\b/.test(r.doc));
    expect(inWorkdays.map((r) => [r.path, r.unit])).toEqual([
      ['practice.compensation.ptoDaysPerYear', 'workdays/year'],
      ['policy.compensation.ptoDaysPerYear', 'workdays/year'],
      ['coefficients.ptoBlockDays', 'workdays'],
    ]);
  });

  it('no field\'s doc or source counts paid time off in days: ptoDaysPerYear counts workdays ("15 days allowed" read as calendar days)', () => {
    const inDays = rows.filter((r) => PTO_IN_DAYS.test(`${r.doc} ${r.source}`));
    expect(inDays.map((r) => [r.path, PTO_IN_DAYS.exec(`${r.doc} ${r.source}`)?.[0]])).toEqual([]);
  });
});

describe('scheduled changes in the schema', () => {
  it('every policy and community field either may change during a run or is fixed with a reason', () => {
    const set = fieldAt(scenarioField, ['changes']);
    if (set?.kind !== 'list' || set.items.properties.set.kind !== 'assignments') return expect.fail('changes is not a list of assignments');
    const assignments = set.items.properties.set;
    const settable = assignablePaths(assignments);
    const fixed = singleValuePaths(scenarioField).filter((p) => (p.startsWith('policy.') || p.startsWith('community.')) && !settable.includes(p));
    expect(fixed).toEqual(['policy.name', 'policy.description', 'policy.staffing.extraSeatShare']);
    expect(settable).toContain('policy.supervision.mode');
    expect(settable).toContain('community.overdoseBurden');
    expect(settable.every((p) => p.startsWith('policy.') || p.startsWith('community.'))).toBe(true);
    // Every top-level field other than policy and community is fixed, with a reason.
    for (const key of Object.keys(scenarioField.properties).filter((k) => k !== 'policy' && k !== 'community')) {
      expect(fixedReason(assignments, key), key).toBeTruthy();
    }
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
    for (const row of rows) {
      // The practice's levers are the policy's, documented once under policy and named by group under practice.
      const practice = /^practice\.([^.]+)\.(.+)$/.exec(row.path);
      if (practice) {
        expect(reference).toContain(`\`practice.${practice[1]}.*\``);
        expect(reference).toContain(`| \`policy.${practice[1]}.${practice[2]}\` |`);
      } else expect(reference).toContain(`| \`${row.path}\` |`);
    }
  });
});
