import { parse as parseYaml, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import { InputError, show } from '../sim/params/issues';
import { jsonParseErrorPosition, jsonParseErrorReason, jsonProblem, lineColumnAt } from './jsonSyntax';

const fileError = (message: string, value?: unknown) => new InputError([{ path: '', value, message }], 'scenario file');

/** Whether a file named `source` is read as strict JSON: its name ends in `.json`, in any case. */
export function isJsonFileName(source: string): boolean {
  return /\.json$/i.test(source);
}

/**
 * Parses scenario (or sweep plan) text named `source`: strict JSON if the name ends in `.json`,
 * else YAML, of which JSON is nearly a subset. Syntax errors become InputErrors naming the line
 * and column; duplicate keys are errors, not silent overwrites.
 */
export function parseScenarioText(text: string, source = 'scenario'): unknown {
  const value = isJsonFileName(source) ? parseStrictJson(text, source) : parseYamlText(text, source);
  if (value === null || value === undefined) {
    throw fileError(`${source} is empty; expected a scenario object (for example "base: { population: ma-outreach }")`);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? `a list of ${value.length}` : typeof value === 'string' ? `the text ${show(value)}` : `the value ${show(value)}`;
    throw fileError(`${source} holds ${what}, not an object of fields; expected a scenario object (for example "base: { population: ma-outreach }")`, value);
  }
  return value;
}

function parseYamlText(text: string, source: string): unknown {
  try {
    return parseYaml(text, { uniqueKeys: true, prettyErrors: true, strict: true });
  } catch (error) {
    // The yaml package throws YAMLParseError for syntax, but plain errors for some documents
    // (an alias to an undefined anchor, an alias bomb): every one of them is bad input.
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    // The parser's own advice ("please use YAML.parseAllDocuments()") is for programmers.
    const reason = message.startsWith('Source contains multiple documents')
      ? 'it holds several YAML documents (a line "---" starts the next); a scenario file holds one: remove the "---" or split the file'
      : message.replace(/ at line \d+, column \d+:?$/, '');
    throw fileError(`${source} is not valid YAML or JSON${where}: ${reason}`);
  }
}

/**
 * Parses a .json file as JSON.parse does, but refuses a field name given twice in one object,
 * whose first value JSON.parse would silently drop. Blank text is empty, as in YAML.
 */
function parseStrictJson(text: string, source: string): unknown {
  // A byte order mark, which some editors write, is no part of the text (RFC 8259 lets parsers ignore it).
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/^[ \t\n\r]*$/.test(body)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw jsonSyntaxError(body, source, error instanceof Error ? error.message : String(error));
  }
  const problem = jsonProblem(body);
  if (problem?.duplicate) throw fileError(`${source}: ${problem.reason}; remove one (a JSON reader would silently keep the last)`);
  return value;
}

/** The error for a .json file JSON.parse refused: where and why, from the scanner if it agrees, else from JSON.parse's message. */
function jsonSyntaxError(text: string, source: string, parseMessage: string): InputError {
  const problem = jsonProblem(text, { duplicates: false });
  const position = problem ? lineColumnAt(text, problem.offset) : jsonParseErrorPosition(parseMessage, text);
  const where = position ? ` at line ${position.line}, column ${position.column}` : '';
  const reason = problem?.reason ?? jsonParseErrorReason(parseMessage);
  const hint = problem?.yamlAllows && readsAsYamlObject(text) ? ` (rename it ${source.replace(/\.json$/i, '.yaml')} to have it read as YAML, which allows this)` : '';
  return fileError(`${source} is not valid JSON${where}: ${reason}; a .json file is read as strict JSON${hint}`);
}

/** Whether YAML reads `text` as an object of fields, so that renaming a .json file .yaml would help. */
function readsAsYamlObject(text: string): boolean {
  try {
    const value: unknown = parseYaml(text, { uniqueKeys: true, strict: true });
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Parses a `--set` value: YAML scalar rules (numbers, true/false, strings), and flow lists and
 * objects. Text YAML cannot read is taken as written, and so is text with a YAML comment: a `#`
 * after a space would otherwise drop the rest of the value ("Team #2" would be "Team").
 */
export function parseOverrideValue(text: string): unknown {
  try {
    const parsed = parseDocument(text, { strict: true });
    if (parsed.errors.length > 0 || hasComment(parsed)) return text;
    return parsed.toJS();
  } catch {
    return text;
  }
}

function hasComment(parsed: Document): boolean {
  let found = Boolean(parsed.comment || parsed.commentBefore);
  visit(parsed, {
    Node(_, node) {
      if (node.comment || node.commentBefore) found = true;
    },
  });
  return found;
}

/** Splits `PATH=VALUE`. */
export function parseAssignment(text: string): [string, unknown] | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  return [text.slice(0, eq).trim(), parseOverrideValue(text.slice(eq + 1))];
}
