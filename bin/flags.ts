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
  const out: [string, unknown][] = [];
  for (const item of list) {
    const assignment = parseAssignment(String(item));
    if (!assignment) issues.push({ path: '--set', value: item, message: `${JSON.stringify(String(item))} is not allowed; expected PATH=VALUE, e.g. --set policy.supervision.mode=opt-out` });
    else out.push(assignment);
  }
  return out;
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
