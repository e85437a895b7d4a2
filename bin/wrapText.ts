// Readable output wrapped at word boundaries to a terminal's width. Tables keep their lines (a
// table wider than the terminal is folded first: see foldTable.ts); in pipes and files nothing is
// wrapped, so what scripts, tests and the README see stays as it was.

import { foldTables } from './foldTable';

/** Wider lines are harder to read, however wide the terminal. */
export const MAX_WRAP_WIDTH = 100;
/** Narrower than this, wrapping would leave a column of stubs: the terminal's own wrapping reads better. */
export const MIN_WRAP_WIDTH = 40;

/** The width to wrap a stream's readable text to, or undefined to leave it unwrapped (not a terminal, width unknown or too narrow). */
export function wrapWidth(stream: { readonly isTTY?: boolean; readonly columns?: number }): number | undefined {
  if (!stream.isTTY || stream.columns === undefined || !(stream.columns >= MIN_WRAP_WIDTH)) return undefined;
  return Math.min(stream.columns, MAX_WRAP_WIDTH);
}

/**
 * Writes readable text to a stream: on a terminal (see wrapWidth), its tables folded to the
 * terminal's whole width (see foldTables) and its prose wrapped to at most MAX_WRAP_WIDTH.
 */
export function writeReadable(stream: NodeJS.WriteStream, text: string): void {
  const width = wrapWidth(stream);
  stream.write(width === undefined ? text : wrapText(foldTables(text, stream.columns), width));
}

/**
 * A term and its description on one line, the description starting at column `column` ("  ma-outreach
 * Massachusetts ..."); with a `width` (a terminal's: see wrapWidth), the description wrapped to it
 * in lines that hang at that column, as a definition list reads. The description is prose that a
 * table row would otherwise keep whole.
 */
export function definitionLine(term: string, description: string, column: number, width: number | undefined): string {
  const first = term.padEnd(column);
  if (width === undefined || width - column < MIN_WRAP_WIDTH / 2) return first + description;
  const lines: string[] = [];
  let current = '';
  for (const word of description.split(/ +/)) {
    if (current === '') current = word;
    else if (column + columns(current) + 1 + columns(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines.map((line, i) => (i === 0 ? first : ' '.repeat(column)) + line).join('\n');
}

/**
 * `text` with each prose line longer than `width` broken at spaces into lines of at most `width`
 * columns (a word longer than that stands alone on its line, unbroken). Table lines (see
 * tableLines), blank lines and lines that fit are left as they are, so wrapping wrapped text
 * changes nothing.
 */
export function wrapText(text: string, width: number): string {
  const lines = text.split('\n');
  const table = tableLines(lines);
  return lines
    .map((line, i) => {
      if (table[i] || columns(line) <= width) return line;
      const inBlock = (lines[i - 1] ?? '').trim() !== '' || (lines[i + 1] ?? '').trim() !== '';
      return wrapLine(line, width, inBlock).join('\n');
    })
    .join('\n');
}

/** A table row by itself: columns apart by a tab or two spaces or more, or a separator of dashes. */
export function isTableRow(line: string): boolean {
  return line.includes('\t') || /\S {2,}\S/.test(line) || /^ *-+( +-+)* *$/.test(line);
}

/** A line ending a sentence: a full stop, question or exclamation mark, perhaps inside a closing bracket or quote. */
const endsSentence = (line: string) => /[.!?]["')\]]*\s*$/.test(line);

/**
 * Which lines belong to tables: the rows isTableRow finds, and after one, in the same block of
 * lines (no blank line between), the lines up to the first that ends a sentence. A row whose
 * columns happen to be one space apart (a long label against a wide cell) is then kept whole,
 * while the notes under a table, which end in a full stop, are wrapped.
 */
export function tableLines(lines: readonly string[]): boolean[] {
  let inTable = false;
  return lines.map((line) => {
    if (line.trim() === '') return (inTable = false);
    return (inTable = isTableRow(line) || (inTable && !endsSentence(line)));
  });
}

/** Width in columns: one per code point (the output holds no wide or combining characters). */
const columns = (s: string) => [...s].length;

/**
 * One long prose line broken into lines of at most `width` columns. The continuation lines keep
 * the line's indentation, and hang under the text after a list marker ("- ", "* ", "• "); a
 * "# " comment (starting-levels' YAML) repeats its "# " so that it stays a comment. A line in a
 * block of others (a header's "Warm-up: ...", a note under a table) hangs two further columns,
 * so each of the block's lines shows where it starts; a paragraph on its own does not.
 */
function wrapLine(line: string, width: number, inBlock: boolean): string[] {
  const indent = /^ */.exec(line)![0];
  const content = line.slice(indent.length).trimEnd();
  const marker = /^([-*•] )/.exec(content)?.[1];
  const continuation = content.startsWith('# ') ? `${indent}# ` : marker ? indent + ' '.repeat(marker.length) : inBlock ? `${indent}  ` : indent;
  const words = unbreakableRuns(content.split(/ +/));
  const out: string[] = [];
  let current = indent + words[0];
  for (const word of words.slice(1)) {
    if (columns(current) + 1 + columns(word) <= width) current += ` ${word}`;
    else {
      out.push(current);
      current = continuation + word;
    }
  }
  out.push(current);
  return out;
}

/** The words that start a command to copy whole: CFSim's own, and Slurm's that its advice gives. */
const COMMAND_WORDS = new Set(['cfsim', 'sbatch']);

/**
 * Words joined where a line should not break: on both sides of a word of one symbol ("V ×
 * departures", "Firefighter / EMS"), which would read as a stray mark at either end of a line; a
 * flag and its value ("--set population.seats=12"); and a command, from "cfsim" to the end of its
 * clause (a word ending in ")", ";", "," or a full stop, or before a bracketed remark) or of the
 * line, so that it copies from the terminal as one line ("resume it: cfsim sweep plan.yaml --out
 * runs --resume"); an "sbatch" command likewise. A run wider
 * than the line stands alone on its own.
 */
function unbreakableRuns(words: readonly string[]): string[] {
  const runs: string[] = [];
  let glueNext = false;
  let inCommand = false;
  for (const word of words) {
    const symbol = /^[^\p{L}\p{N}]$/u.test(word);
    // A bracketed remark after a command ("SHARD_DIR... (naming ...)") is not part of it.
    if (inCommand && word.startsWith('(')) inCommand = false;
    if (runs.length > 0 && (symbol || glueNext || inCommand)) runs[runs.length - 1] += ` ${word}`;
    else runs.push(word);
    glueNext = symbol || /^--[a-z][\w-]*$/.test(word);
    if (COMMAND_WORDS.has(word.replace(/^\(/, ''))) inCommand = true;
    if (/[);,]$|[^.]\.$/.test(word)) inCommand = false;
  }
  return runs;
}
