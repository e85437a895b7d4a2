import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { at } from './jsonSyntax';
import { isThousandsSplit, THOUSANDS_SEPARATOR_HINT } from './yamlThousandsSeparator';

// The yaml package refuses a key given twice in one mapping ("Map keys must be unique") without
// naming it; this finds the field and both places, in the words a .json file's duplicate gets.

/**
 * "the field policy.supervision.mode is given twice in one object, at line 4, column 5 and at
 * line 5, column 5; remove one" (or, for a field of digits with no value, what a thousands
 * separator inside { } does) for the first field of `text` given twice in one mapping, or undefined if
 * there is none (or the text cannot be read even with duplicates allowed).
 */
export function yamlDuplicateField(text: string): string | undefined {
  const parsed = parseDocument(text, { uniqueKeys: false });
  if (parsed.errors.length > 0) return undefined;
  return duplicateIn(text, parsed.contents, '');
}

function duplicateIn(text: string, node: unknown, path: string): string | undefined {
  if (isMap(node)) {
    const seen = new Map<unknown, number>();
    for (const [index, pair] of node.items.entries()) {
      // Only plain keys are compared: a scenario's fields are names.
      if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) continue;
      const key = pair.key.value;
      const field = path === '' ? String(key) : `${path}.${String(key)}`;
      const first = seen.get(key);
      // `{ salary: 1,000,000 }`: YAML reads salary 1 and the field 000 (0) twice, with no value.
      const separator = isThousandsSplit(node, index) ? THOUSANDS_SEPARATOR_HINT : '';
      if (first !== undefined) return `the field ${field} is given twice in one object, at ${at(text, first)} and at ${at(text, pair.key.range[0])}${separator || '; remove one'}`;
      seen.set(key, pair.key.range[0]);
    }
    for (const pair of node.items) {
      const found = isScalar(pair.key) ? duplicateIn(text, pair.value, path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`) : undefined;
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of (node.items as Node[]).entries()) {
      const found = duplicateIn(text, item, `${path}[${index}]`);
      if (found) return found;
    }
  }
  return undefined;
}
