import type { InputIssue } from '../sim/params/issues';
import { commandWord } from '../scenarios/sweepAnalysis';
import { looksLikePlan } from './looksLikePlan';

/**
 * The problem with reading `dir` (given as `flag`) as a sweep's folder when it is a sweep plan file (a `parameters:`
 * field): the sweep that writes the folder comes first. Undefined for anything else.
 */
export function planAsSweepFolderIssue(flag: string, dir: string): InputIssue | undefined {
  if (!looksLikePlan(dir)) return undefined;
  return { path: flag, value: dir, message: `${dir} is a sweep plan file, not a sweep folder; sweep it first, cfsim sweep ${commandWord(dir)} --out DIR, then cfsim analyze DIR` };
}
