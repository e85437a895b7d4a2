import { parse as parseYaml, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import { InputError, show } from '../sim/params/issues';
import { jsonParseErrorPosition, jsonParseErrorReason, jsonProblem, lineColumnAt } from './jsonSyntax';
import { yamlDuplicateField } from './yamlDuplicates';
import { yamlThousandsSeparator } from './yamlThousandsSeparator';

const fileError = (message: string, value?: unknown) => new InputError([{ path: '', value, message }], 'scenario file');

/** What a file is read as, for the messages about a file that holds no object. */
export type FileKind = 'scenario file' | 'plan file' | 'scenario file or sweep plan';

/** Whether a file named `source` is read as strict JSON: its name ends in `.json`, in any case. */
export function isJsonFileName(source: string): boolean {
  return /\.json$/i.test(source);
}

// Examples in each syntax: JSON as it is written, YAML in quotes, as the other messages quote a value.
const SCENARIO_EXAMPLE = { yaml: '"base: { population: ma-outreach }"', json: '{"base": {"population": "ma-outreach"}}' };
const PLAN_EXAMPLE = { yaml: '"parameters: { community.stigma: { min: 0.1, max: 0.9 } }"', json: '{"parameters": {"community.stigma": {"min": 0.1, "max": 0.9}}}' };

/** "expected a scenario object (for example ...)", in the file's own syntax, for a file of `kind`. */
function expectedObject(source: string, kind: FileKind): string {
  const syntax = isJsonFileName(source) ? 'json' : 'yaml';
  const [scenario, plan] = [SCENARIO_EXAMPLE[syntax], PLAN_EXAMPLE[syntax]];
  if (kind === 'plan file') return `expected a sweep plan object (for example ${plan}; see README, "Sweeps")`;
  if (kind === 'scenario file or sweep plan') return `expected a scenario object (for example ${scenario}) or a sweep plan (one with "parameters", for example ${plan})`;
  return `expected a scenario object (for example ${scenario})`;
}

/**
 * Parses scenario (or sweep plan) text named `source`: strict JSON if the name ends in `.json`,
 * else YAML, of which JSON is nearly a subset. Syntax errors become InputErrors naming the line
 * and column; duplicate keys are errors, not silent overwrites. A file with nothing in it (blank,
 * or only YAML comments) is empty; one holding null says so.
 */
export function parseScenarioText(text: string, source = 'scenario', kind: FileKind = 'scenario file'): unknown {
  const json = isJsonFileName(source);
  const value = json ? parseStrictJson(text, source) : parseYamlText(text, source);
  if (value === null || value === undefined) {
    const blank = json ? /^\uFEFF?[ \t\n\r]*$/.test(text) : isBlankYaml(text);
    throw fileError(`${source} ${blank ? 'is empty' : 'holds null'}; ${expectedObject(source, kind)}`);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? `a list of ${value.length}` : typeof value === 'string' ? `the text ${show(value)}` : `the value ${show(value)}`;
    throw fileError(`${source} holds ${what}, not an object of fields; ${expectedObject(source, kind)}`, value);
  }
  return value;
}

/** Whether YAML text holds no value at all: only blank lines, comments and a document start or end marker. */
function isBlankYaml(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\uFEFF?\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*(#.*)?$/.test(line));
}

function parseYamlText(text: string, source: string): unknown {
  let value: unknown;
  try {
    value = parseYaml(text, { uniqueKeys: true, prettyErrors: true, strict: true });
  } catch (error) {
    // The yaml package throws YAMLParseError for syntax, but plain errors for some documents
    // (an alias to an undefined anchor, an alias bomb): every one of them is bad input.
    // The parser counts a byte order mark as the first line's first column; an editor does not.
    const bom = error instanceof YAMLParseError && error.linePos?.[0].line === 1 && text.startsWith('\uFEFF') ? 1 : 0;
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col - bom}` : '';
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    // The parser's own advice ("please use YAML.parseAllDocuments()") is for programmers.
    // A field given twice is named, with both places, as in a .json file.
    const duplicate = error instanceof YAMLParseError && error.code === 'DUPLICATE_KEY' ? yamlDuplicateField(text) : undefined;
    if (duplicate) throw fileError(`${source}: ${duplicate}`);
    const reason = message.startsWith('Source contains multiple documents')
      ? 'it holds several YAML documents (a line "---" starts the next); a scenario file holds one: remove the "---" or split the file'
      : (yamlSlip(error, message, text) ?? message.replace(/ at line \d+, column \d+:?$/, ''));
    throw fileError(`${source} is not valid YAML or JSON${where}: ${reason}`);
  }
  // No scenario or plan field is named by digits: refused here, where its line and column are known.
  const separator = yamlThousandsSeparator(text);
  if (separator) throw fileError(`${source}: ${separator}`);
  return value;
}

/**
 * The common slips of hand-written YAML in words that say what to write, by the parser's error
 * code; undefined for the others, whose own message is given.
 */
function yamlSlip(error: unknown, message: string, text: string): string | undefined {
  if (!(error instanceof YAMLParseError)) return undefined;
  // `{ seats: 12` and `teamSize: 3 }` on the next line: YAML reads "12 teamSize" as one name running over two lines.
  if (error.code === 'MULTILINE_IMPLICIT_KEY' && insideBrackets(text, error.pos[0])) return 'inside { } or [ ], fields are separated by commas: a comma is missing at the end of this line or the next field starts without one ({ seats: 12, teamSize: 3 })';
  if (error.code === 'TAB_AS_INDENT') return 'a tab indents this line, and YAML indents with spaces only: replace it with spaces (two for each level, as cfsim show writes)';
  if (error.code === 'MULTILINE_IMPLICIT_KEY') return 'a name without its colon (such as population where population: was meant), or a text running over two lines: write each field as NAME: VALUE, and a group as NAME: on a line of its own above its indented fields';
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') return 'a field whose value is followed by more fields, on its line (a: b: c) or on the next one indented further: give each field a line of its own, and indent the fields of one group alike; a text holding a colon and a space goes in quotes (name: "Team A: outreach")';
  if (error.code === 'BAD_INDENT' && message.startsWith('All mapping items must start at the same column')) return 'this field is indented differently from the others of its group: indent the fields of one group alike, with spaces';
  return undefined;
}

/** Whether `offset` of YAML `text` lies inside a { } or [ ] opened before it (quotes and comments skipped). */
function insideBrackets(text: string, offset: number): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s{[,:]/.test(text[i - 1]))) quote = c; // a quote opens only a value, not Bob's
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
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
