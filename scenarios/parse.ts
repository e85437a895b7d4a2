import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError } from '../sim/params/issues';

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
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError([{ path: '', value: undefined, message: `${source} is not valid YAML or JSON${where}: ${reason}` }], 'scenario file');
  }
  if (value === null || value === undefined) {
    throw new InputError([{ path: '', value: undefined, message: `${source} is empty; expected a scenario object (for example "base: { population: ma-outreach }")` }], 'scenario file');
  }
  return value;
}

/** Parses a `--set` value: YAML scalar rules (numbers, true/false, strings). */
export function parseOverrideValue(text: string): unknown {
  try {
    return parseYaml(text, { strict: true });
  } catch {
    return text;
  }
}

/** Splits `PATH=VALUE`. */
export function parseAssignment(text: string): [string, unknown] | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  return [text.slice(0, eq).trim(), parseOverrideValue(text.slice(eq + 1))];
}
