import { formatIssue, InputError, type InputIssue } from '../sim/params/issues';
import { resolvePlan } from '../scenarios/plan';

/**
 * The problems this version finds in a sweep folder's plan as a new plan, though an earlier
 * version ran it: a value listed twice in a parameter's values, a list of one value, a range with
 * min = max, a metric named twice, all refused since. `storedText`: the folder's plan.json as
 * currentPlanText reads it (the plan in the plan-file format). Empty where this version takes it.
 */
export function refusedStoredPlanIssues(storedText: string): readonly InputIssue[] {
  try {
    resolvePlan((JSON.parse(storedText) as { plan?: unknown }).plan);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.issues;
  }
}

/**
 * Why a sweep folder whose plan this version refuses (refusedStoredPlanIssues) cannot be resumed
 * by it, naming the plan's problems and the version that began it (`began`, sweep.json's cfsim,
 * if it says): its plan file is refused as it stands, and mended it is not the plan the folder's
 * runs were made with.
 */
export function storedPlanRefusal(issues: readonly InputIssue[], began: string | undefined, version: string): { problem: string; finish: string } {
  const problems = issues.map(formatIssue).join('; ');
  // A development build of this version may have begun it, before the refusal.
  if (began === version) return { problem: `has what the build of CFSim ${version} that began it allowed and this build refuses (${problems})`, finish: 'finish it with that build' };
  const then = began === undefined ? 'the version that began it' : `CFSim ${began}`;
  return { problem: `has what ${then} allowed and this version (CFSim ${version}) refuses (${problems})`, finish: `finish it with ${then}` };
}
