// A command line as bin/commandLine.ts records it (plain words, and words single-quoted with each
// `'` written `'\''`), read back into its words, and a word written back so.

/** The words of a recorded command line: `--out 'board pack'` is two words, the second `board pack`. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let k = 0; k < command.length; k++) {
    const c = command[k];
    if (c === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = command.indexOf("'", k + 1);
      word = (word ?? '') + command.slice(k + 1, end < 0 ? command.length : end);
      k = end < 0 ? command.length : end;
    } else if (c === '\\' && k + 1 < command.length) {
      word = (word ?? '') + command[++k];
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** A word as a shell reads it back: plain, or single-quoted where a shell would split or read it. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_\-.,/:=@%+]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `cfsim report` command that redraws a comparison's report with `flags`, from the folder its
 * command wrote (--out; RESULTS where it names none), into `output` where the report was drawn
 * with `-o` (else into the folder, as `cfsim report` does by default). A folder with a space is
 * recorded quoted (--out 'board pack'): it is read whole and quoted again, not cut at the space.
 */
export function redrawCommand(comparison: string, flags: readonly string[], output?: string): string {
  const words = shellWords(comparison);
  const at = words.lastIndexOf('--out');
  const folder = at >= 0 && at + 1 < words.length ? words[at + 1] : words.filter((w) => w.startsWith('--out=')).pop()?.slice('--out='.length);
  return ['cfsim', 'report', folder === undefined || folder === '' ? 'RESULTS' : shellWord(folder), ...flags, ...(output === undefined ? [] : ['-o', shellWord(output)])].join(' ');
}
