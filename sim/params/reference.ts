import { assignablePaths, drawablePaths, fixedEntries, MAX_WEIGHT, undrawableReasons, type Field } from './fields';

/** One row of a field reference: a leaf field with its documentation. */
export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly default: string;
  readonly allowed: string;
  readonly unit: string;
  readonly doc: string;
  readonly source: string;
}

/**
 * Every leaf field under `field`, in declaration order. A list gives its own row and then one
 * row per item property (`changes[].day`), whose default reads "required".
 */
export function fieldRows(field: Field, path = ''): FieldRow[] {
  if (field.kind === 'object') {
    return Object.entries(field.properties).flatMap(([key, child]) => fieldRows(child, path ? `${path}.${key}` : key));
  }
  const source = 'source' in field && field.source ? field.source : '';
  switch (field.kind) {
    case 'number':
      return [{ path, type: field.integer ? 'integer' : 'number', default: String(field.default), allowed: field.min === field.max ? `only ${field.min}` : `${field.min} to ${field.max}`, unit: field.unit ?? '', doc: field.doc, source }];
    case 'boolean':
      return [{ path, type: 'boolean', default: String(field.default), allowed: 'true, false', unit: '', doc: field.doc, source }];
    case 'string':
      return [{ path, type: 'string', default: JSON.stringify(field.default), allowed: field.label ? `one line of up to ${field.maxLength} characters, not blank, with no control or invisible characters` : `up to ${field.maxLength} characters`, unit: '', doc: field.doc, source }];
    case 'enum': {
      const docs = field.valueDocs as Record<string, string> | undefined;
      const allowed = field.values.map((v) => (docs ? `\`${v}\` (${docs[v]})` : `\`${v}\``)).join(', ');
      return [{ path, type: 'enum', default: `\`${field.default}\``, allowed, unit: '', doc: field.doc, source }];
    }
    case 'weights':
      return [
        {
          path,
          type: 'weights',
          default: Object.entries(field.default)
            .filter(([, w]) => w > 0)
            .map(([k, w]) => `${k}: ${w}`)
            .join(', '),
          allowed: `weights from 0 to ${MAX_WEIGHT} for ${field.keys.join(', ')}`,
          unit: '',
          doc: field.doc,
          source,
        },
      ];
    case 'list':
      return [
        { path, type: 'list', default: 'none (empty list)', allowed: `up to ${field.maxItems} entries`, unit: '', doc: field.doc, source: '' },
        ...Object.entries(field.items.properties).flatMap(([key, child]) => fieldRows(child, `${path}[].${key}`).map((row) => ({ ...row, default: 'required' }))),
      ];
    case 'assignments': {
      const fixed = fixedEntries(field).map(([p, why]) => `\`${p}\`: ${why}`);
      return [
        {
          path,
          type: 'field paths → values',
          default: '',
          allowed: `at least one of the ${assignablePaths(field).length} fields of ${field.settable.map((g) => `\`${g}.*\``).join(' and ')} by full path, with a value that field allows. Cannot be set: ${fixed.join('. ')}.`,
          unit: '',
          doc: field.doc,
          source: '',
        },
      ];
    }
    case 'ranges':
      return [
        {
          path,
          type: 'field paths → ranges',
          default: 'none (empty)',
          allowed: `any of the ${drawablePaths(field).length} number fields of ${field.drawable.map((g) => `\`${g}.*\``).join(' and ')} by full path, with \`{ min: A, max: B }\` (uniform) or \`{ min: A, mode: C, max: B }\` (triangular) within that field's own range. Cannot be drawn: ${[field.notDrawable, ...undrawableReasons(field)].join('; ')}.`,
          unit: '',
          doc: field.doc,
          source: '',
        },
      ];
  }
}

/**
 * The rows of a reference table: fieldRows, with a row before the fields of each group nested in `field` (under a
 * section's own group: `population.livedExperience`, `costs.roleSalaryFactor`, `policy.supervision`) that gives the
 * group's own description, which no leaf row repeats. The section's group itself (`path` with no dot) is its heading.
 */
export function referenceRows(field: Field, path = ''): FieldRow[] {
  if (field.kind !== 'object') return fieldRows(field, path);
  const children = Object.entries(field.properties).flatMap(([key, child]) => referenceRows(child, path ? `${path}.${key}` : key));
  if (!path.includes('.')) return children;
  const fields = fieldRows(field, path).length;
  return [{ path: `${path}.*`, type: 'group', default: '', allowed: `the ${fields === 1 ? 'field' : `${fields} fields`} of \`${path}\` below`, unit: '', doc: field.doc, source: '' }, ...children];
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly FieldRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| field | type | default | allowed | unit | meaning | source / reasoning |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| \`${r.path}\` | ${r.type} | ${cell(r.default)} | ${cell(r.allowed)} | ${cell(r.unit)} | ${cell(r.doc)} | ${cell(r.source)} |`);
  return lines.join('\n');
}
