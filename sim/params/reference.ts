import type { Field } from './fields';

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

/** Every leaf field under `field`, in declaration order. */
export function fieldRows(field: Field, path = ''): FieldRow[] {
  if (field.kind === 'object') {
    return Object.entries(field.properties).flatMap(([key, child]) => fieldRows(child, path ? `${path}.${key}` : key));
  }
  const source = 'source' in field && field.source ? field.source : '';
  switch (field.kind) {
    case 'number':
      return [{ path, type: field.integer ? 'integer' : 'number', default: String(field.default), allowed: `${field.min} to ${field.max}`, unit: field.unit ?? '', doc: field.doc, source }];
    case 'boolean':
      return [{ path, type: 'boolean', default: String(field.default), allowed: 'true, false', unit: '', doc: field.doc, source }];
    case 'string':
      return [{ path, type: 'string', default: JSON.stringify(field.default), allowed: `up to ${field.maxLength} characters`, unit: '', doc: field.doc, source }];
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
          allowed: `non-negative weights for ${field.keys.join(', ')}`,
          unit: '',
          doc: field.doc,
          source,
        },
      ];
  }
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly FieldRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| field | type | default | allowed | unit | meaning | source / reasoning |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| \`${r.path}\` | ${r.type} | ${cell(r.default)} | ${cell(r.allowed)} | ${cell(r.unit)} | ${cell(r.doc)} | ${cell(r.source)} |`);
  return lines.join('\n');
}
