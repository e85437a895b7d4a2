import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { at } from './jsonSyntax';

// YAML splits a flow mapping at every comma, so `{ salary: 62,000 }` is salary 62 and a field
// 000 with no value. That is how YAML reads a file; a .json file's "000": null is another matter.

/** Said of a field named by digits alone with no value, where YAML split `{ salary: 62,000 }` at the comma. */
export const THOUSANDS_SEPARATOR_HINT =
  '; a field named by digits alone (000, or 000.50), with no value, is how YAML reads a thousands separator inside { } (`{ salary: 62,000 }` is salary 62 and a field 000): write the number with digits only (62000)';

/** Whether a key, as written, is digits alone: the part of a number after a thousands separator (000 of 62,000, or 000.50 of 62,000.50). */
function isDigitsKey(source: string): boolean {
  return /^\d+(\.\d+)?$/.test(source);
}

/**
 * Whether the field at `index` of `map` is where YAML split a number at a thousands separator: named
 * by digits alone, with no value, in a mapping inside { }, and after a field whose value is a number
 * (62 of `salary: 62,000`) or after another such field (the second 000 of `1,000,000`). So a list
 * written in braces, `values: {0.1, 0.5}`, whose first field follows nothing, is not one.
 */
export function isThousandsSplit(map: YAMLMap, index: number): boolean {
  const pair = map.items[index];
  if (!map.flow || index === 0 || !isScalar(pair.key) || !isDigitsKey(pair.key.source ?? String(pair.key.value))) return false;
  if (!(pair.value === null || (isScalar(pair.value) && pair.value.value === null))) return false;
  const before = map.items[index - 1].value;
  return (isScalar(before) && typeof before.value === 'number') || isThousandsSplit(map, index - 1);
}

/**
 * "the field costs.000 at line 1, column 20 has no value; a field named by digits alone ..." for
 * the first field of YAML `text` named by digits alone, with no value, in a mapping inside { };
 * undefined if there is none, or the text cannot be read.
 */
export function yamlThousandsSeparator(text: string): string | undefined {
  const parsed = parseDocument(text, { uniqueKeys: false });
  if (parsed.errors.length > 0) return undefined;
  return separatorIn(text, parsed.contents, '');
}

function separatorIn(text: string, node: unknown, path: string): string | undefined {
  if (isMap(node)) {
    for (const [index, pair] of node.items.entries()) {
      if (!isScalar(pair.key)) continue;
      const source = pair.key.source ?? String(pair.key.value);
      const field = path === '' ? source : `${path}.${source}`;
      if (isThousandsSplit(node, index) && pair.key.range) return `the field ${field} at ${at(text, pair.key.range[0])} has no value${THOUSANDS_SEPARATOR_HINT}`;
      const found = separatorIn(text, pair.value, field);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of (node.items as Node[]).entries()) {
      const found = separatorIn(text, item, `${path}[${index}]`);
      if (found) return found;
    }
  }
  return undefined;
}
