import { statSync, type Stats } from 'node:fs';
import type { InputIssue } from '../sim/params/issues';
import { quotedIfNeeded } from './commandLine';
import { heldResults, isSweepFolder } from './resultsMarker';
import { looksLikePlan } from './looksLikePlan';
import { sweepContinuation } from './recordedSweepPlan';
import { extendedFile } from './scenarioSource';

/** The extensions a plan file is named with. */
const PLAN_EXTENSIONS = /\.(ya?ml|json)$/i;

/** What PLAN stands for, said where what was given cannot be one. */
export const PLAN_IS = 'where PLAN is a plan file (YAML or JSON: .yaml, .yml or .json)';

/**
 * What `plan`, given to cfsim sweep as its plan file (PLAN), is where it cannot be one, for a hint that would otherwise
 * name it in a command that cannot work (`cfsim validate results`): a folder (a sweep's results folder, said as such);
 * a file with no plan's extension and no `parameters:`; nothing at all, named with no plan's extension (with the file
 * the name has with one: a.yaml for a). Undefined where it may be a plan: a file with `parameters:`, or a name with a
 * plan's extension (a missing a.yaml is the user's plan, misplaced or yet to be written).
 */
export function notPlanFile(plan: string): string | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(plan, { throwIfNoEntry: false });
  } catch {
    // Not to be read (below a file, no permission): said by the command that reads it.
    return undefined;
  }
  if (stats?.isDirectory()) return folderGiven(plan);
  const given = givenAsPlan(plan);
  if (PLAN_EXTENSIONS.test(plan)) return undefined;
  if (stats === undefined) {
    const extended = extendedFile(plan);
    return `${given} is no file here and has no plan's extension${extended ? ` (did you mean ${JSON.stringify(extended)}?)` : ''}`;
  }
  return stats.isFile() && !looksLikePlan(plan) ? `${given} is a file with no plan's extension and no parameters: field, not a plan` : undefined;
}

/**
 * What `plan`, given as sweep's plan file, is where it is a folder (a sweep's results folder said as such), which no sweep
 * or validate of it can read as a plan; else undefined.
 */
export function notPlanFolder(plan: string): string | undefined {
  try {
    return statSync(plan, { throwIfNoEntry: false })?.isDirectory() ? folderGiven(plan) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The problem with `plan`, given as sweep's plan file, where it is a folder: what the folder is (a sweep's or a run's
 * results folder, or neither) and `command`, the command given with PLAN in the folder's place (its flags kept); else undefined.
 */
export function folderAsPlanIssue(plan: string, command: string): InputIssue | undefined {
  const folder = notPlanFolder(plan);
  return folder === undefined ? undefined : { path: '', value: plan, message: `${folder}, not a plan file; give a plan file in its place: ${command}, ${PLAN_IS}` };
}

/**
 * What a folder given as PLAN is: a sweep's results folder is named as one, with the commands that analyze it and, where
 * it is unfinished, what continues it; a run's, with the command that reports it.
 */
function folderGiven(plan: string): string {
  if (heldResults(plan)?.kind === 'run') return `${givenAsPlan(plan)} is a run's results folder (cfsim report ${quotedIfNeeded(plan)} reports it)`;
  if (!isSweepFolder(plan)) return `${givenAsPlan(plan)} is a folder`;
  const continued = sweepContinuation(plan);
  // Beside a sweep running there, analyze says what it can: the runs done so far, not saved to analysis.json.
  const analyzes = continued?.running ? 'analyzes the runs done so far' : 'analyzes it';
  return `${givenAsPlan(plan)} is a sweep's results folder (cfsim analyze ${quotedIfNeeded(plan)} ${analyzes}${continued === undefined ? '' : `; ${continued.text}`})`;
}

const givenAsPlan = (plan: string) => `${JSON.stringify(plan)}, given as PLAN,`;
