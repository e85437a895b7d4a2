import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BOOTSTRAP, isBootstrapCount } from './analyze';

// The bootstrap resamples behind a Sobol or Morris analysis's intervals, once `cfsim analyze
// --bootstrap N` chose them: analysis.json records them (`bootstrap`); a resume, a new sweep or a
// merge that removes analysis.json keeps a chosen count in sweep.json (`bootstrap`), as it keeps
// the --vs point (bin/recordedBaseline.ts). Every later analysis without --bootstrap (analyze's,
// the Slurm merge job's, a report's) uses it, until --bootstrap chooses again. --bootstrap 1000,
// the default, is a choice too: analysis.json records it as one (`bootstrapChosen`), and sweep.json
// keeps it, so that a merge does not take the shards' count over it. Folders written by 0.30.0
// record 1000 as no choice. sweep.json keeps it only while there is
// no analysis.json recording one: an analysis that records its own count drops sweep.json's
// (bin/keptChoices.ts).

/** A recorded count, the file that records it, and whether an analysis chose it (the default 1000 unchosen is not a choice). */
export interface RecordedBootstrap {
  readonly count: number;
  readonly file: string;
  readonly chosen: boolean;
}

/** The count a JSON file's `bootstrap` field holds, if it is one analyze takes, and whether `bootstrapChosen` marks it chosen. */
function fileCount(file: string): { count: number; marked: boolean } | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { bootstrap?: unknown; bootstrapChosen?: unknown } | null;
    const count = recorded?.bootstrap;
    return isBootstrapCount(count) ? { count, marked: recorded?.bootstrapChosen === true } : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined; // a derived file cut short: the analysis is made again
    throw error;
  }
}

/** The count `dir/sweep.json` keeps from an earlier analysis (of this folder, or of the shards merged into it), if any. */
export function keptBootstrap(dir: string): RecordedBootstrap | undefined {
  const file = join(dir, 'sweep.json');
  const kept = fileCount(file);
  // sweep.json keeps only choices.
  return kept === undefined ? undefined : { count: kept.count, file, chosen: true };
}

/**
 * The resamples the folder records: `dir/analysis.json`'s (the count its Sobol or Morris intervals
 * were made with), else those sweep.json keeps; undefined where neither records one (no analysis
 * yet, one written before the count was recorded, or a design without intervals).
 */
export function recordedBootstrap(dir: string): RecordedBootstrap | undefined {
  const file = join(dir, 'analysis.json');
  const recorded = fileCount(file);
  // Before the mark was recorded (0.30.0), a count other than the default was the only sign of a choice.
  return recorded === undefined ? keptBootstrap(dir) : { count: recorded.count, file, chosen: recorded.marked || recorded.count !== DEFAULT_BOOTSTRAP };
}

/**
 * What a resume, new sweep or merge writes in sweep.json's `bootstrap` before it removes
 * analysis.json: the recorded count, where an analysis chose it (the default included) and the folder's new plan
 * (`design`) has intervals it is used for (Sobol, Morris).
 */
export function bootstrapToKeep(dir: string, design: string): { bootstrap: number } | Record<string, never> {
  if (design !== 'sobol' && design !== 'morris') return {};
  const recorded = recordedBootstrap(dir);
  return recorded?.chosen ? { bootstrap: recorded.count } : {};
}

/** What a count gives: intervals from N resamples, or none (0). */
export function bootstrapCountText(count: number): string {
  return count === 0 ? 'no bootstrap intervals (0 resamples)' : `intervals from ${count} bootstrap resamples`;
}

/**
 * The note on stderr of an analysis that used a recorded count other than the default, naming the
 * file and how to go back. A count sweep.json keeps came from an earlier analysis: of this folder,
 * before a resume, new sweep or merge removed it, or of the shards merged into it (bin/mergedChoices.ts).
 */
export function recordedBootstrapNote(recorded: RecordedBootstrap, dir: string): string | undefined {
  if (recorded.count === DEFAULT_BOOTSTRAP) return undefined;
  const how = recorded.file.endsWith('sweep.json') ? 'keeps from an earlier analysis past a resume, new sweep or merge' : 'records';
  return `${bootstrapCountText(recorded.count)}, which ${recorded.file} ${how} (cfsim analyze --bootstrap ${recorded.count}); cfsim analyze ${dir} --bootstrap ${DEFAULT_BOOTSTRAP} goes back to the default`;
}
