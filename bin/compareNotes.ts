import { andList } from '../sim/text/andList';
import { isFewReps } from '../viz/report/differences';
import type { TableNote } from './format';

// compare's comparisons, one under another, each with its heading and table: what they share
// (how to read a difference, the notes under a table) is said in full once, under the first, and
// pointed back to after; compare --levers with five arms said the same notes five times over.

/**
 * The heading over comparison `index` (from 0) of `comparison` ("a vs status-quo"): over how many
 * futures its differences pair, how to read a verdict and that shares differ in percentage points;
 * after the first, the last two as "as above". `files`: arms from scenario files (paired by seed).
 */
export function comparisonHeading(comparison: string, index: number, reps: number, files: boolean): string {
  // Scenario files may differ in their populations, whose futures then part from the first draw: only the seeds are shared.
  const over = `paired differences over the same ${files ? `${reps} seeds, replication by replication` : `${reps} simulated futures`}`;
  if (index > 0) return `\n${comparison}: ${over}, read as above (${isFewReps(reps) ? 'too few for clear verdicts: see the note under the first table; ' : ''}shares differ in percentage points, pp).\n\n`;
  const verdicts = isFewReps(reps)
    ? `They are too few for clear verdicts: see the note under the table. `
    : `"Clear" means the difference has the same sign in at least 95% of them (its 90% range excludes zero). `;
  return `\n${comparison}: ${over}. ${verdicts}Differences of shares are in percentage points (pp).\n\n`;
}

/**
 * The comparison tables in order, each note under them in full under the first table that needs
 * it and, under a later one that needs it too, named in one line that points back to it.
 */
export function comparisonTablesSaidOnce(tables: readonly { readonly comparison: string; readonly lines: readonly string[]; readonly notes: readonly TableNote[] }[]): string[] {
  const saidUnder = new Map<string, string>();
  return tables.map(({ comparison, lines, notes }) => {
    const fresh = notes.filter((n) => !saidUnder.has(n.text));
    const earlier = notes.filter((n) => saidUnder.has(n.text));
    // The notes said before, by the table they are under.
    const byTable = new Map<string, string[]>();
    for (const n of earlier) byTable.set(saidUnder.get(n.text)!, [...(byTable.get(saidUnder.get(n.text)!) ?? []), n.topic]);
    for (const n of fresh) saidUnder.set(n.text, comparison);
    const pointers = [...byTable].map(([under, topics]) => `The note${topics.length === 1 ? '' : 's'} on ${andList(topics)} under ${under} above ${topics.length === 1 ? 'applies' : 'apply'} to this table too.`);
    return [...lines, ...fresh.map((n) => n.text), ...pointers].join('\n');
  });
}
