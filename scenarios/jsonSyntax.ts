// Where strict JSON text goes wrong, in words for the person who wrote it. JSON.parse decides
// whether a .json file is valid; this scanner says where and why (Node's own messages differ
// between versions, and some give no position), and finds the duplicate field names that
// JSON.parse silently resolves by keeping the last.

/** The first problem of a JSON text: its offset in the text and what is wrong there. */
export interface JsonProblem {
  readonly offset: number;
  readonly reason: string;
  /** A field name given twice in one object: valid JSON syntax, but refused. */
  readonly duplicate?: boolean;
  /** What YAML reads as meant (a trailing comma, a # comment, single quotes, unquoted text). */
  readonly yamlAllows?: boolean;
}

/** A line and column, both from 1, columns counted in characters. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export function lineColumnAt(text: string, offset: number): LineColumn {
  const before = text.slice(0, offset);
  // A byte order mark, which some editors write, is no column of the first line.
  const lineStart = before.lastIndexOf('\n') + 1 || (text.startsWith('\uFEFF') ? 1 : 0);
  return { line: before.split('\n').length, column: Array.from(before.slice(lineStart)).length + 1 };
}

/** "line 3, column 12": where `offset` lies in `text`, as the messages say it. */
export const at = (text: string, offset: number) => {
  const { line, column } = lineColumnAt(text, offset);
  return `line ${line}, column ${column}`;
};

type Container = { readonly kind: 'object'; readonly offset: number; readonly path: string; readonly names: Map<string, number>; name?: string } | { readonly kind: 'array'; readonly offset: number; readonly path: string; index: number };

/** What the scanner expects next. */
type Expecting = 'value' | 'value-after-comma' | 'first-value-or-end' | 'first-name-or-end' | 'name-after-comma' | 'colon' | 'comma-or-end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** A character as the message shows it. */
function describe(char: string): string {
  if (char === '"') return 'a double quote';
  if (char === '\n') return 'a line break';
  if (char === '\t') return 'a tab';
  return JSON.stringify(char);
}

/** The run of word-like characters (an unquoted word or a number) from `offset`. */
function wordAt(text: string, offset: number): string {
  // Sticky, so that no copy of the rest of the text is made for each word.
  WORD.lastIndex = offset;
  return WORD.exec(text)?.[0] ?? '';
}
const WORD = /[-+.\w$]*/y;

const childPath = (container: Container) => (container.kind === 'object' ? (container.path ? `${container.path}.${container.name}` : container.name ?? '') : `${container.path}[${container.index}]`);

/**
 * The end of the string whose opening quote is at `start` (the offset after its closing quote),
 * or the problem inside it.
 */
function scanString(text: string, start: number): number | JsonProblem {
  // Worked out only for a problem: every string of a large file would otherwise scan the text before it.
  const begun = () => `the string begun at ${at(text, start)}`;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, reason: `an escape "\\u" not followed by four hexadecimal digits in ${begun()}` };
        i += 5;
      } else if (next !== undefined && ESCAPES.has(next)) {
        i++;
      } else {
        return { offset: i, reason: `an escape "\\${next ?? ''}" that JSON does not have in ${begun()} (its escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)` };
      }
    } else if (c === '\n' || c === '\r') {
      return { offset: i, reason: `a line break inside ${begun()}; end the string with a double quote, or write a line break in it as \\n` };
    } else if (c === '\t') {
      return { offset: i, reason: `a tab inside ${begun()}; write it as \\t` };
    } else if (c < ' ') {
      return { offset: i, reason: `a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) inside ${begun()}` };
    }
  }
  return { offset: start, reason: `${begun()} never ends (it has no closing double quote)` };
}

/** What stands where a value should: the problem, or the offset after a number or literal. */
function scanWordValue(text: string, offset: number): number | JsonProblem {
  const word = wordAt(text, offset);
  if (word === '') return { offset, reason: `${describe(text[offset])} where a value was expected` };
  if (word === 'true' || word === 'false' || word === 'null') return offset + word.length;
  if (/^[-+.\d]/.test(word)) {
    return NUMBER.test(word) ? offset + word.length : { offset, reason: `${word} is not a number as JSON writes them (such as 12, 0.5, -3 or 1e5: no leading zeros, "+" or bare ".")` };
  }
  return { offset, yamlAllows: true, reason: `${word} is not a JSON value; text takes double quotes ("${word}"), and the only words are true, false and null` };
}

/** The problem where a field name should start (after "{" or a comma in an object). */
function nameProblem(text: string, offset: number, comma: number | undefined): JsonProblem {
  const c = text[offset];
  if (c === "'") return { offset, yamlAllows: true, reason: 'a field name in single quotes; JSON field names take double quotes' };
  const word = wordAt(text, offset);
  if (word !== '') return { offset, yamlAllows: true, reason: `the field name ${word} without double quotes; JSON field names take double quotes ("${word}")` };
  if (comma !== undefined && c === '}') return { offset: comma, yamlAllows: true, reason: 'a comma after the last field, before "}", which JSON does not allow' };
  return { offset, reason: `${describe(c)} where a field name in double quotes was expected` };
}

/** The problem after a value that is followed by neither a comma nor its container's end. */
function afterValueProblem(text: string, offset: number, container: Container | undefined): JsonProblem {
  const c = text[offset];
  const found = describe(c);
  if (container === undefined) return { offset, reason: `${found} after the end of the file's value (the text must hold one value only)` };
  if (container.kind === 'object') {
    if (c === '"') return { offset, reason: `no comma between the value of ${childPath(container)} and the next field` };
    return { offset, reason: `${found} after the value of ${childPath(container)}, where a comma (before the next field) or "}" was expected` };
  }
  const list = container.path || 'the list';
  if (/["{[\w-]/.test(c)) return { offset, reason: `no comma between item ${container.index} of ${list} and the next` };
  return { offset, reason: `${found} after item ${container.index} of ${list}, where a comma (before the next item) or "]" was expected` };
}

/** The problem where the text ends early. */
function endProblem(text: string, container: Container | undefined, expecting: Expecting): JsonProblem {
  if (container === undefined) return { offset: text.length, reason: 'the file ends where a value was expected' };
  const closer = container.kind === 'object' ? '"}"' : '"]"';
  const what = container.kind === 'object' ? 'object' : 'list';
  const where = expecting === 'comma-or-end' ? '' : ' where more was expected';
  return { offset: text.length, reason: `the file ends${where} before the ${closer} that closes the ${what} begun at ${at(text, container.offset)}` };
}

/**
 * The first problem of `text` read as strict JSON (RFC 8259), or undefined if it has none: a
 * syntax error, or (unless `duplicates` is false) a field name given twice in one object, names
 * compared as JSON.parse reads them (escapes decoded). Iterative, so deep nesting cannot overflow
 * the stack.
 */
export function jsonProblem(text: string, { duplicates = true } = {}): JsonProblem | undefined {
  const stack: Container[] = [];
  let expecting: Expecting = 'value';
  let i = 0;
  let comma = 0; // the offset of the last comma, where a trailing one is shown
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
    const container = stack[stack.length - 1];
    if (i >= text.length) return expecting === 'comma-or-end' && container === undefined ? undefined : endProblem(text, container, expecting);
    const c = text[i];
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return { offset: i, reason: 'a comment, which JSON does not allow (YAML does, after a "#")' };
    if (c === '#') return { offset: i, yamlAllows: true, reason: 'a "#" comment, which JSON does not allow' };

    if (expecting === 'comma-or-end') {
      if (container === undefined) return afterValueProblem(text, i, container);
      if (c === ',') {
        expecting = container.kind === 'object' ? 'name-after-comma' : 'value-after-comma';
        if (container.kind === 'array') container.index++;
        comma = i;
        i++;
      } else if ((c === '}' && container.kind === 'object') || (c === ']' && container.kind === 'array')) {
        stack.pop();
        i++;
      } else {
        return afterValueProblem(text, i, container);
      }
      continue;
    }

    if (expecting === 'colon') {
      if (c !== ':') return { offset: i, reason: `${describe(c)} after the field name "${container?.kind === 'object' ? container.name : ''}", where ":" was expected` };
      expecting = 'value';
      i++;
      continue;
    }

    if (expecting === 'first-name-or-end' || expecting === 'name-after-comma') {
      if (container?.kind !== 'object') throw new Error('a field name outside an object');
      if (c === '}' && expecting === 'first-name-or-end') {
        stack.pop();
        expecting = 'comma-or-end';
        i++;
        continue;
      }
      if (c !== '"') return nameProblem(text, i, expecting === 'name-after-comma' ? comma : undefined);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      const name = JSON.parse(text.slice(i, end)) as string;
      container.name = name;
      const first = container.names.get(name);
      if (first !== undefined && duplicates) {
        return { offset: i, duplicate: true, reason: `the field ${childPath(container)} is given twice in one object, at ${at(text, first)} and at ${at(text, i)}` };
      }
      container.names.set(name, i);
      expecting = 'colon';
      i = end;
      continue;
    }

    // A value is expected: at the start, after a colon, or as an item of a list.
    if (c === ']' && expecting === 'first-value-or-end') {
      stack.pop();
      expecting = 'comma-or-end';
      i++;
      continue;
    }
    if (expecting === 'value-after-comma' && c === ']') return { offset: comma, yamlAllows: true, reason: 'a comma after the last item, before "]", which JSON does not allow' };
    if (c === '{' || c === '[') {
      const path = container === undefined ? '' : childPath(container);
      stack.push(c === '{' ? { kind: 'object', offset: i, path, names: new Map() } : { kind: 'array', offset: i, path, index: 0 });
      expecting = c === '{' ? 'first-name-or-end' : 'first-value-or-end';
      i++;
      continue;
    }
    if (c === "'") return { offset: i, yamlAllows: true, reason: 'text in single quotes; JSON strings take double quotes' };
    if ((c === '}' || c === ',') && container?.kind === 'object') return { offset: i, reason: `${describe(c)} where the value of ${childPath(container)} was expected` };
    const end = c === '"' ? scanString(text, i) : scanWordValue(text, i);
    if (typeof end !== 'number') return end;
    expecting = 'comma-or-end';
    i = end;
  }
}

/**
 * The line and column of a syntax error as JSON.parse reports it: Node 22 and later say
 * "(line L column C)", Node 20 only "at position N" (an offset into the text), and some of its
 * messages give neither.
 */
export function jsonParseErrorPosition(message: string, text: string): LineColumn | undefined {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  return position ? lineColumnAt(text, Math.min(Number(position[1]), text.length)) : undefined;
}

/** JSON.parse's message without its position and its quotation of the text. */
export function jsonParseErrorReason(message: string): string {
  return message
    .replace(/,? ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .trim();
}
