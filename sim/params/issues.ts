import { CONTROL_CHARACTER_RANGE } from './fields';

/** One problem with an input: where it is, what was there, and what is allowed. */
export interface InputIssue {
  /** Dotted field path, e.g. `policy.supervision.mode` (empty for the whole input). */
  readonly path: string;
  /** The offending value as written (undefined when a field is missing or unknown). */
  readonly value: unknown;
  /** A sentence saying what is wrong and what is allowed. */
  readonly message: string;
}

/** Thrown when an input fails validation; carries every issue found, not just the first. */
export class InputError extends Error {
  constructor(
    readonly issues: readonly InputIssue[],
    readonly subject = 'input',
  ) {
    super(`invalid ${subject}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'InputError';
  }
}

export function formatIssue(issue: InputIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** The characters a label may not hold (CONTROL_CHARACTER_RANGE), each one. */
const CONTROL_CHARACTERS = new RegExp(`[${CONTROL_CHARACTER_RANGE}]`, 'g');

/** `text` quoted, with each character a label may not hold written `\uXXXX`: JSON leaves a line separator (U+2028) or a direction mark as it is, where it draws as a space or nothing. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value as a user would have written it, for messages. */
export function show(value: unknown): string {
  // A long text (a whole file read as one YAML string) is shown by its start and length.
  if (typeof value === 'string') return value.length > 120 ? `${quoted(value.slice(0, 100))}... (${value.length} characters)` : quoted(value);
  if (value === undefined) return 'nothing';
  // YAML reads a field with nothing after it (`name:`, `--set name=`) as null: say so in the writer's terms.
  if (value === null) return 'null (a field with no value)';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

/** The closest candidate by edit distance, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const prefixed = candidates.filter((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  // The same without hyphens, underscores and spaces: "optout" for opt-out-support.
  const squash = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
  const squashed = candidates.filter((c) => squash(word).length >= 3 && squash(c).startsWith(squash(word)));
  if (squashed.length === 1) return squashed[0];
  // A word of a hyphenated id: "counselor" for sud-counselor, "coach" for recovery-coach.
  const parted = candidates.filter((c) => lower.length >= 4 && c.toLowerCase().split(/[-_.]/).includes(lower));
  if (parted.length === 1) return parted[0];
  // A word that differs only in its ending (--policy for --policies) is too far by edit distance.
  const sameStem = candidates.filter((c) => commonPrefix(lower, c.toLowerCase()) >= Math.max(5, Math.min(lower.length, c.length) - 2));
  if (sameStem.length === 1) return sameStem[0];
  // Nearest by edits (two neighbouring letters swapped count as one: --shrads is one slip of --shards);
  // among the equally near, the one that shares the longest start with the word (what was typed first is typed right most often).
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    const prefix = commonPrefix(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && prefix > bestPrefix)) {
      bestDistance = d;
      bestPrefix = prefix;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The optimal string alignment distance: the fewest letters changed, added or dropped, or
 * neighbouring pairs swapped, that turn `a` into `b` (a swap is one edit, not two).
 */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
