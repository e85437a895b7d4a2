import { parse as parseYaml, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import { InputError, show } from '../sim/params/issues';

/**
 * Parses scenario text (YAML, of which JSON is a subset). Syntax errors become InputErrors
 * naming the line and column; duplicate keys are errors, not silent overwrites.
 */
export function parseScenarioText(text: string, source = 'scenario'): unknown {
  let value: unknown;
  try {
    value = parseYaml(text, { uniqueKeys: true, prettyErrors: true, strict: true });
  } catch (error) {
    // The yaml package throws YAMLParseError for syntax, but plain errors for some documents
    // (an alias to an undefined anchor, an alias bomb): every one of them is bad input.
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    // The parser's own advice ("please use YAML.parseAllDocuments()") is for programmers.
    const reason = message.startsWith('Source contains multiple documents')
      ? 'it holds several YAML documents (a line "---" starts the next); a scenario file holds one: remove the "---" or split the file'
      : message.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError([{ path: '', value: undefined, message: `${source} is not valid YAML or JSON${where}: ${reason}` }], 'scenario file');
  }
  if (value === null || value === undefined) {
    throw new InputError([{ path: '', value: undefined, message: `${source} is empty; expected a scenario object (for example "base: { population: ma-outreach }")` }], 'scenario file');
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? `a list of ${value.length}` : typeof value === 'string' ? `the text ${show(value)}` : `the value ${show(value)}`;
    throw new InputError([{ path: '', value, message: `${source} holds ${what}, not an object of fields; expected a scenario object (for example "base: { population: ma-outreach }")` }], 'scenario file');
  }
  return value;
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
