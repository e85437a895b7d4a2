import { shellQuote } from './slurm';
import { shellWord } from '../viz/report/shellWords';

/**
 * The command line as one string that a shell reads back as the same arguments (what a results
 * folder records, so a reader can paste it to reproduce the run): words with spaces, quotes,
 * brackets or `$` are single-quoted.
 */
export function commandLine(argv: readonly string[]): string {
  return ['cfsim', ...argv].map(shellWord).join(' ');
}

/** A command-line word as typed in a shell: quoted only where the shell would split or read it. */
export function quotedIfNeeded(word: string): string {
  return /^[\w./:@%+-]+$/.test(word) ? word : shellQuote(word);
}
