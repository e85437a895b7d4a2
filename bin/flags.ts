import { InputError, type InputIssue } from '../sim/params/issues';
import { parseAssignment } from '../scenarios/parse';

/** Parses an integer flag given as text, with a message naming the flag, the value and the range. */
export function integerFlag(name: string, raw: unknown, fallback: number, min: number, max: number, issues: InputIssue[]): number {
  if (raw === undefined) return fallback;
  const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const value = typeof text === 'number' ? text : /^\s*-?\d+\s*$/.test(String(text)) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    issues.push({ path: `--${name}`, value: text, message: `${JSON.stringify(String(text))} is not allowed; expected a whole number from ${min} to ${max}` });
    return fallback;
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
    else out.push(assignment);
  }
  return out;
}

/** Flags that may be given more than once (their values add up). */
const REPEATABLE = new Set(['set', 'shards', '_', '$0']);

/**
 * Flags given more than once where only one value is taken ("--out a --out b"), as messages:
 * which value would win is a guess, so the command line is refused. Aliases of one flag (-o,
 * --output) are named together.
 */
export function repeatedFlags(args: Readonly<Record<string, unknown>>): string[] {
  const groups = new Map<string, string[]>();
  for (const [key, value] of Object.entries(args)) {
    if (REPEATABLE.has(key) || !Array.isArray(value) || /[A-Z]/.test(key)) continue;
    const values = JSON.stringify(value);
    groups.set(values, [...(groups.get(values) ?? []), key]);
  }
  return [...groups].map(([values, keys]) => {
    const names = keys.map((k) => (k.length === 1 ? `-${k}` : `--${k}`)).join('/');
    const list = (JSON.parse(values) as unknown[]).map((v) => JSON.stringify(String(v)));
    return `${names} is given ${list.length} times (${list.join(', ')}); give it once`;
  });
}

/** Splits a comma-separated list flag. */
export function listFlag(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(','));
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function throwIfIssues(issues: InputIssue[], subject = 'command line'): void {
  if (issues.length > 0) throw new InputError(issues, subject);
}
