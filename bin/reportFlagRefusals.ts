import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputIssue } from '../sim/params/issues';
import { commandWord } from '../scenarios/sweepAnalysis';
import { DESIGNS, type DesignName } from '../scenarios/plan';
import { bootstrapWithoutResamplesMessage } from './analyze';

/** Each of report's folder-bound flags, as read (a number) or as typed where it was refused. */
export interface ReportFlagsGiven {
  readonly bootstrap?: unknown;
  readonly valuePerDeparture?: unknown;
  readonly budget?: unknown;
}

/**
 * Every flag `resultsDir`'s kind of results does not take, all at once: --bootstrap (a sweep's
 * Sobol and Morris intervals) for any other folder, --value-per-departure and --budget (a
 * comparison's) for a sweep folder (`sweep`). A value that was itself refused is not repeated in
 * the advice: the flag is to be dropped anyway. A --bootstrap value refused as read (not a number)
 * for a sweep whose analysis draws no resamples (grid, random, lhs) is refused saying that too, as
 * analyze says it, so that a fixed value is not then met by "has no effect".
 */
export function reportFlagRefusals(resultsDir: string, sweep: boolean, given: ReportFlagsGiven): InputIssue[] {
  const refusals: InputIssue[] = [];
  if (given.bootstrap !== undefined && !sweep) {
    refusals.push({ path: '--bootstrap', value: given.bootstrap, message: `applies only to a sweep folder (the resamples behind its Sobol or Morris intervals); ${resultsDir} is not one: drop --bootstrap` });
  } else if (given.bootstrap !== undefined && typeof given.bootstrap !== 'number') {
    const design = storedDesign(resultsDir);
    if (design !== undefined && design !== 'sobol' && design !== 'morris') {
      refusals.push({ path: '--bootstrap', value: given.bootstrap, message: bootstrapWithoutResamplesMessage(given.bootstrap, resultsDir, design) });
    }
  }
  if (given.valuePerDeparture !== undefined && sweep) {
    const value = typeof given.valuePerDeparture === 'number' ? String(given.valuePerDeparture) : 'V, with V in full, e.g. 50000';
    refusals.push({ path: '--value-per-departure', value: given.valuePerDeparture, message: `applies only to the results folder of a comparison (cfsim compare --out); ${resultsDir} is a sweep folder: drop --value-per-departure (a grid's value for money per point: cfsim analyze ${commandWord(resultsDir)} --value-per-departure ${value})` });
  }
  if (given.budget !== undefined && sweep) {
    refusals.push({ path: '--budget', value: given.budget, message: `applies only to the results folder of a comparison (cfsim compare --out); ${resultsDir} is a sweep folder: drop --budget` });
  }
  return refusals;
}

/** The design `dir/plan.json` records, or undefined where it records none that cfsim knows or cannot be read (analyze then says why). */
function storedDesign(dir: string): DesignName | undefined {
  try {
    const design: unknown = (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { plan?: { design?: unknown } } | null)?.plan?.design;
    return (DESIGNS as readonly unknown[]).includes(design) ? (design as DesignName) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `issues` (flags refused as the command line was read) with `refusals` (those the folder refuses)
 * after them, in one list; a flag the folder refuses is named once, by the folder's refusal, which
 * says to drop it, not also for its value.
 */
export function withFolderRefusals(issues: readonly InputIssue[], refusals: readonly InputIssue[]): InputIssue[] {
  const dropped = new Set(refusals.map((r) => r.path));
  return [...issues.filter((i) => !dropped.has(i.path)), ...refusals];
}
