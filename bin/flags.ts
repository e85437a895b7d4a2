import { InputError, type InputIssue } from '../sim/params/issues';
import { parseAssignment } from '../scenarios/parse';
import { daysExpected, daysOfUnit, daysOutOfRange, daysWritten, HORIZON_DAYS } from '../scenarios/daysWithUnit';

/** A flag's text as a whole number, as --set and scenario files read one (100, 1e2, 100.0), or NaN for other text. */
export function wholeNumberOf(text: unknown): number {
  return /^\s*-?\d+(\.0*)?(e\+?\d+)?\s*$/i.test(String(text)) ? Number(text) : NaN;
}

/**
 * Parses an integer flag given as text (digits, or with a zero fraction or a positive exponent as
 * --set and scenario files read numbers: 2.0 is 2, 1e3 is 1000), with a message naming the flag, the value and the range;
 * `whyMin`, if given, follows the range for a whole number below it, saying why the least is what
 * it is ("compare --reps 1" was told only "expected a whole number from 2 to 100000").
 */
export function integerFlag(name: string, raw: unknown, fallback: number, min: number, max: number, issues: InputIssue[], whyMin?: string): number {
  if (raw === undefined) return fallback;
  const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const value = typeof text === 'number' ? text : wholeNumberOf(text);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const why = whyMin !== undefined && Number.isSafeInteger(value) && value < min ? `: ${whyMin}` : '';
    issues.push({ path: `--${name}`, value: text, message: `${JSON.stringify(String(text))} is not allowed; expected a whole number from ${min} to ${max}${why}` });
    return fallback;
  }
  return value;
}

/** The scenario's horizon (its `days` field), in days, as --days and --set days take it. */
export { HORIZON_DAYS };

/**
 * Parses --days: a whole number of days, or of days, weeks or years with a unit ("10d", "26w" is
 * 182, "3y" 1095), as a planner thinks of a horizon (scenarios/daysWithUnit.ts, which a scenario
 * file's days and a sweep plan's set: { days } read too); the result must fall from `min` to `max`
 * days. The message names the flag, the value, the range and the units.
 */
export function daysFlag(raw: unknown, fallback: number, min: number, max: number, issues: InputIssue[]): number {
  if (raw === undefined) return fallback;
  const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const days = typeof text === 'string' ? daysOfUnit(text) : undefined;
  if (days === undefined) {
    const plain: InputIssue[] = [];
    const whole = integerFlag('days', text, fallback, min, max, plain);
    issues.push(...plain.map((issue) => ({ ...issue, message: `${JSON.stringify(String(text))} is not allowed; expected ${daysExpected(min, max)}` })));
    return whole;
  }
  if (days < min || days > max) {
    issues.push({ path: '--days', value: text, message: daysOutOfRange(String(text), days, min, max) });
    return fallback;
  }
  return days;
}

/**
 * Parses a number flag given as text (digits with an optional fraction and exponent: 50000,
 * 5e4), with a message naming the flag, the value and the range; undefined when not given.
 */
export function numberFlag(name: string, raw: unknown, min: number, max: number, issues: InputIssue[], example: string): number | undefined {
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const value = typeof text === 'number' ? text : /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(String(text)) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    const thousands = /^\s*(\d+\.?\d*)\s*k\s*$/i.exec(String(text));
    const hint = /\d,\d/.test(String(text))
      ? ' (without thousands separators)'
      : /^\s*\$/.test(String(text))
        ? ' (without the currency sign)'
        : thousands
          ? ` (in full: ${Number((Number(thousands[1]) * 1000).toPrecision(12))}, not ${String(text).trim()})`
          : '';
    const what = String(text).trim() === '' ? 'has no value' : `${JSON.stringify(String(text))} is not allowed`;
    issues.push({ path: `--${name}`, value: text, message: `${what}; expected a number from ${min} to ${max.toLocaleString('en-US')}${hint}, e.g. --${name} ${example}` });
    return undefined;
  }
  return value;
}

/** Parses repeated `--set PATH=VALUE` flags. */
export function overridesFlag(raw: unknown, issues: InputIssue[]): [string, unknown][] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (Array.isArray(raw) && raw.length === 0) issues.push({ path: '--set', value: '', message: 'has no value; expected PATH=VALUE, e.g. --set policy.supervision.mode=opt-out' });
  const out: [string, unknown][] = [];
  for (const item of list) {
    const assignment = parseAssignment(String(item));
    if (!assignment) issues.push({ path: '--set', value: item, message: `${JSON.stringify(String(item))} is not allowed; expected PATH=VALUE, e.g. --set policy.supervision.mode=opt-out` });
    else {
      const read = withDaysUnit(assignment, issues);
      if (read) out.push(read);
    }
  }
  const paths = out.map(([path]) => path);
  for (const path of new Set(paths.filter((p, i) => paths.indexOf(p) !== i))) {
    const given = list.filter((item) => parseAssignment(String(item))?.[0] === path).map((item) => JSON.stringify(String(item)));
    issues.push({ path: '--set', value: given.join(' '), message: `sets ${path} ${given.length} times (${given.join(', ')}); which would win is a guess: set it once` });
  }
  return out;
}

/**
 * `--set days=3y` read as --days reads "3y" (1095); any other assignment as it is. A text with a
 * letter that --days refuses (a count out of range in its unit, "1.5y", "1yr") is an issue of
 * `--set days` saying, as --days does, that a unit is allowed, and the assignment undefined (so no
 * second issue follows).
 */
function withDaysUnit(assignment: [string, unknown], issues: InputIssue[]): [string, unknown] | undefined {
  const [path, value] = assignment;
  // A text without a letter ("1,000", a quoted "365") or a number as text (a quoted "1e3") is left to the scenario's check, which names the number to write.
  const read = path === 'days' ? daysWritten(value) : undefined;
  if (read === undefined) return assignment;
  if ('refused' in read) {
    issues.push({ path: '--set days', value, message: read.refused });
    return undefined;
  }
  return [path, read.days];
}

/** What repeatedFlags needs of a command's declared options (yargs' own record of them). */
export interface DeclaredOptions {
  /** Options that take several values (`--set`, merge's shards). */
  readonly array: readonly string[];
  /** Each option's other names (`o` → [`output`]). */
  readonly alias: Readonly<Record<string, readonly string[]>>;
  /** Every declared option. */
  readonly key: Readonly<Record<string, unknown>>;
  /** Options that are switches (`--json`, `--resume`). */
  readonly boolean: readonly string[];
}

/**
 * Switches given a value other than true or false (`--json=1`, `--resume=yes`), as messages. The
 * parser reads any such value as false, so `--json=yes` would print the readable table and
 * `--resume=yes` would not resume, each saying nothing of why.
 */
export function switchValueIssues(options: DeclaredOptions, argv: readonly string[]): string[] {
  const messages: string[] = [];
  for (const token of argv) {
    const m = /^--(no-)?([a-z][\w-]*)=(.*)$/s.exec(token);
    if (!m || !options.boolean.includes(m[2]) || m[3] === 'true' || m[3] === 'false') continue;
    messages.push(`${JSON.stringify(token)} is not allowed; --${m[2]} is a switch: give --${m[2]} or --no-${m[2]} (a value, if given, is true or false)`);
  }
  return messages;
}

/**
 * Declared flags given more than once where only one value is taken ("--out a --out b"), as
 * messages: which value would win is a guess, so the command line is refused. A flag's names
 * (-o, --output) are named together.
 */
export function repeatedFlags(args: Readonly<Record<string, unknown>>, options: DeclaredOptions, argv: readonly string[] = []): string[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(args)) {
    if (!Object.hasOwn(options.key, key) || seen.has(key)) continue;
    const names = [key, ...(options.alias[key] ?? [])].filter((k) => !/[A-Z]/.test(k));
    for (const name of names) seen.add(name);
    if (names.some((name) => options.array.includes(name))) continue;
    const flags = names.map((k) => (k.length === 1 ? `-${k}` : `--${k}`)).join('/');
    if (Array.isArray(value)) {
      const list = value.map((v) => JSON.stringify(String(v)));
      messages.push(`${flags} is given ${list.length} times (${list.join(', ')}); give it once`);
      continue;
    }
    // A switch (--json) given twice, or with its --no- form, keeps one value in args: count the command line.
    const given = argv.filter((token) => names.some((k) => token === `--${k}` || token === `--no-${k}` || token.startsWith(`--${k}=`) || (k.length === 1 && token === `-${k}`)));
    if (given.length > 1) messages.push(`${flags} is given ${given.length} times (${given.join(', ')}); give it once`);
  }
  return messages;
}

/**
 * Splits a comma-separated list flag, items trimmed. An empty item (`a,,b`, `a,`) is reported: it
 * is a typo or a name lost in a script's variable, and dropping it would run something else than
 * was asked. A flag with no item at all is left to the caller, which says what it expects.
 */
export function listFlag(flag: string, raw: unknown, issues: InputIssue[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(',')).map((s) => s.trim());
  if (list.some((s) => s.length > 0) && list.some((s) => s.length === 0)) {
    issues.push({ path: `--${flag}`, value: raw, message: `${JSON.stringify((Array.isArray(raw) ? raw : [raw]).join(','))} has an empty item (nothing between two commas, or a comma at an end); separate the names by single commas` });
  }
  return list.filter((s) => s.length > 0);
}

export function throwIfIssues(issues: InputIssue[], subject = 'command line'): void {
  if (issues.length > 0) throw new InputError(issues, subject);
}
