import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { InputError, type InputIssue } from '../sim/params/issues';
import { isObject } from '../scenarios/resolve';
import { isPopulationId } from '../scenarios/presets/populations';
import { readScenarioFile } from './scenarioSource';
import { refuseScenarioAsPlan } from './scenarioAsPlan';
import { commandWord } from '../scenarios/sweepAnalysis';
import { planInput, resolvePlan, resolveStoredPlan } from '../scenarios/plan';

/**
 * A sweep plan file as parsed, with a base that names a scenario file (`base: team.yaml`, or
 * `base: { file: team.yaml, policy: P }` to run package P in place of the file's) read here: the file is found from the plan's own folder (a plan and the team it studies are kept
 * together, and the plan then runs from any folder) and carried in the plan as `{ file, scenario }`
 * (scenarios/planBase.ts). `input` is the plan file's content, when already read.
 */
export function readPlanFile(path: string, input: unknown = readScenarioFile(path, 'plan file')): unknown {
  refuseSweepRecord(path, input);
  refuseScenarioAsPlan(path, input);
  if (!isObject(input)) return input;
  // `base: team.yaml`, or `base: { file: team.yaml, policy: P }` to run another package on the file.
  const named = typeof input.base === 'string' ? { file: input.base } : isObject(input.base) && !Object.hasOwn(input.base, 'scenario') ? input.base : undefined;
  if (!named || typeof named.file !== 'string' || named.file.length === 0) return input;
  const file = named.file;
  const found = isAbsolute(file) ? file : join(dirname(path), file);
  if (!existsSync(found) && isPopulationId(file)) {
    throw planIssue(file, `${JSON.stringify(file)} is a population preset, not a scenario file; write base: { population: ${file} }`);
  }
  let scenario: unknown;
  try {
    scenario = readScenarioFile(found, 'scenario file');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The file's own problems (a YAML slip, a field given twice) are named with the file already.
    throw new InputError(error.issues.map((issue): InputIssue => ({ ...issue, path: issue.path === '' ? 'base' : `base (${found}): ${issue.path}` })), 'sweep plan');
  }
  return { ...input, base: { ...named, file, scenario } };
}

/**
 * The subject of a plan file's problems, as `cfsim validate` and `cfsim sweep` both head them
 * ("cfsim: invalid sweep plan plan.yaml:"), naming the file.
 */
export function planSubject(path: string): string {
  return `sweep plan ${path}`;
}

function planIssue(value: string, message: string): InputError {
  return new InputError([{ path: 'base', value, message }], 'sweep plan');
}

/**
 * Refuses a sweep folder's plan.json ({ plan, points }) given as a plan file, which would be read
 * as a plan with an unknown field "plan" and no parameters: says what it is and how to make a plan
 * file of it (its "plan" field is one).
 */
export function refuseSweepRecord(path: string, input: unknown): void {
  if (!isObject(input) || !isObject(input.plan) || !Array.isArray(input.points) || Object.keys(input).length !== 2) return;
  const extract = `node -e 'console.log(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).plan, null, 2))' ${commandWord(path)} > plan-file.json`;
  // A plan.json an earlier version wrote (points beside levels, no randomNumbers, a value listed twice) is read as that version ran it; its "plan" field as a plan file is refused or is another plan.
  const what = `${path} is a sweep folder's plan.json (its plan under "plan" and every point under "points"), not a plan file; give the plan file the sweep began with`;
  throw new InputError([{ path: '', value: path, message: samePlanAsFile(input.plan) ? `${what}, or save its "plan" field as one (${extract})` : `${what} (its "plan" field, written by an earlier version of CFSim, is not that plan as a plan file)` }], 'sweep plan');
}

/** Whether a sweep folder's stored plan, given as a plan file, is the plan the folder was run with. */
function samePlanAsFile(plan: unknown): boolean {
  try {
    return JSON.stringify(planInput(resolvePlan(plan))) === JSON.stringify(planInput(resolveStoredPlan(plan)));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return false;
  }
}
