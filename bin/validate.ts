import { existsSync } from 'node:fs';
import { fileSummary } from '../scenarios/fileSummary';
import { plausibilityText, plausibilityWarnings, type PlausibilityWarning } from '../scenarios/plausibility';
import { resolvePlan, type Plan } from '../scenarios/plan';
import { planSubject, readPlanFile, refuseSweepRecord } from './planFile';
import { designPointCount, fileDaysOf, planDesign, type PlanDesign } from '../scenarios/planDesign';
import { andList } from '../sim/text/andList';
import { designOverlaps, designOverlapWarning } from '../scenarios/designOverlaps';
import { planDrawsWarning } from '../scenarios/planDraws';
import { drawsSource } from '../scenarios/planBase';
import { independentNoiseWarning } from '../scenarios/independentNoise';
import { cappedLevelsWarnings, planGivesLevels } from '../scenarios/integerLevels';
import { isPackageId } from '../scenarios/presets/packages';
import { isPopulationId } from '../scenarios/presets/populations';
import { resolveScenario } from '../scenarios/resolve';
import { InputError } from '../sim/params/issues';
import { throwIfIssues } from './flags';
import { checkedSweepPoints } from '../scenarios/sweptWarnings';
import type { Scenario } from '../scenarios/schema';
import { readScenarioFile } from './scenarioSource';
import { looksLikePlan } from './looksLikePlan';

// `cfsim validate FILE`: a scenario file's or sweep plan's problems (thrown, as input errors), or
// the verdict that it is valid, what a scenario file sets up, and the values that are allowed but
// likely a slip. Warnings leave the file valid: the exit code stays 0.

const warningLines = (warnings: readonly PlausibilityWarning[], prefix = '') => warnings.map((w) => `Warning: ${prefix}${plausibilityText(w)}\n`).join('');

/**
 * The warnings of a plan's fixed fields: those of its first point's scenario, but for the fields
 * its parameters vary (a range is meant to reach its ends) and those resting on other fields that
 * some point clears (debrief.after at a point with single-session debriefs; a role's salary factor
 * at a point that gives the role a seat; an added-seat share at a point whose seats it adds to),
 * worded over the points that keep them (scenarios/sweptWarnings.ts). The fixed fields are the plan's
 * `set` (the presets give none) or the scenario file it builds on, so their paths are named from there.
 * `levelsGiven`: whether the file gives levels, which the warning of a whole-number field's levels names as given or as the default.
 * `first`: the first point's scenario; `fixed`: the fixed fields' warnings (both from checkedSweepPoints, which resolves each point once).
 */
function planWarnings(plan: Plan, design: PlanDesign, levelsGiven: boolean, first: Scenario, fixed: readonly PlausibilityWarning[]): string {
  const overlaps = designOverlaps(plan, design.design);
  const draws = planDrawsWarning(first, drawsSource(plan.scenario, plan.set));
  const noise = independentNoiseWarning(plan.design, plan.randomNumbers, true);
  // A fixed field is the plan's set's, or (for a plan on a scenario file) the file's.
  const fromSet = (path: string) => !plan.scenario || plan.set.some(([p]) => path === p || path.startsWith(`${p}.`));
  const where = plan.scenario?.file !== undefined ? `${plan.scenario.file}: ` : 'base.scenario.';
  return (
    warningLines(fixed.filter((w) => fromSet(w.path)), 'set.') +
    warningLines(fixed.filter((w) => !fromSet(w.path)), where) +
    cappedLevelsWarnings(plan, levelsGiven).map((w) => `Warning: ${w}\n`).join('') +
    (overlaps ? `Warning: ${designOverlapWarning(overlaps)}\n` : '') +
    (draws ? `Warning: ${draws}\n` : '') +
    (noise ? `Warning: ${noise}\n` : '')
  );
}

/** What `cfsim validate FILE` prints for a valid file; throws an InputError listing every problem of an invalid one. */
export function validationText(path: string): string {
  if (!existsSync(path) && (isPopulationId(path) || isPackageId(path))) {
    const what = isPopulationId(path) ? 'population preset' : 'policy package';
    const show = isPopulationId(path) ? `cfsim show ${path}` : `cfsim show --policy ${path}`;
    throwIfIssues([{ path: 'FILE', value: path, message: `${JSON.stringify(path)} is a ${what}, not a file; presets need no checking (${show} prints it resolved); validate checks a scenario file of your own` }]);
  }
  try {
    return fileValidationText(path);
  } catch (error) {
    // "invalid scenario team.yaml:", which said "invalid scenario:" with no file name. A file that
    // cannot be read or parsed ("invalid scenario file:") is named in its every issue already; a
    // plan that cannot be parsed is headed as `cfsim sweep` heads it ("invalid sweep plan plan.yaml:"),
    // not as a scenario file.
    if (!(error instanceof InputError)) throw error;
    if (error.subject !== 'scenario file') throw new InputError(error.issues, `${error.subject} ${path}`);
    if (looksLikePlan(path)) throw new InputError(error.issues, planSubject(path));
    throw error;
  }
}

function fileValidationText(path: string): string {
  const input = readScenarioFile(path, 'scenario file', 'scenario file or sweep plan');
  refuseSweepRecord(path, input);
  // A sweep plan varies parameters: checked as `cfsim sweep` checks it, without running it.
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'parameters' in input) {
    const plan = resolvePlan(readPlanFile(path, input));
    const design = planDesign(plan);
    const values = design.values;
    // Each point resolved once, for both the points that cannot run and the warnings some point may clear.
    const checked = checkedSweepPoints(plan, values);
    if (checked.unrunnable) throw new InputError([checked.unrunnable], 'sweep plan');
    const points = designPointCount(plan);
    return (
      `${path}: valid sweep plan "${plan.name}" (${plan.design} design: ${points} point${points === 1 ? '' : 's'} × ${plan.reps} rep${plan.reps === 1 ? '' : 's'} = ${points * plan.reps} runs, seed ${plan.seed}; cfsim sweep ${path} --out DIR runs it)\n` +
      scenarioBaseLine(plan) +
      `${planDaysLine(plan, checked.first)}\n` +
      planWarnings(plan, design, planGivesLevels(input), checked.first, checked.warnings)
    );
  }
  const scenario = resolveScenario({ file: input });
  const changes = scenario.changes.length;
  return (
    `${path}: valid scenario "${scenario.name}" (policy ${scenario.policy.name}, ${scenario.days} day${scenario.days === 1 ? '' : 's'}${changes > 0 ? `, ${changes} scheduled change${changes === 1 ? '' : 's'}` : ''})\n` +
    fileSummary(input, scenario).map((line) => `${line}\n`).join('') +
    warningLines(plausibilityWarnings(scenario))
  );
}

/**
 * The horizon of the plan's runs, resolved as `cfsim show` resolves a scenario's (units read) and
 * said with what sets it: "Days: 730 (the plan's set: { days })", or the range or values a plan
 * varying days gives its points.
 */
function planDaysLine(plan: Plan, firstPoint: Scenario): string {
  const varied = plan.parameters.find((p) => p.path === 'days');
  if (varied) return `Days: varied by the plan, ${varied.kind === 'range' ? `from ${varied.min} to ${varied.max}` : andList(varied.values.map(String))}, each point its own`;
  const days = firstPoint.days;
  const file = fileDaysOf(plan.scenario);
  const source = plan.set.some(([path]) => path === 'days') ? "the plan's set: { days }" : file !== undefined ? `${file}'s days` : "the default horizon; set: { days: N } gives another";
  return `Days: ${days} (${source}), every point alike`;
}

/** For a plan built on a scenario file: which, what it builds on, and that the sweep keeps the file as it is now. */
function scenarioBaseLine(plan: Plan): string {
  if (!plan.scenario) return '';
  const named = plan.scenario.file !== undefined ? `scenario file ${plan.scenario.file}` : 'the scenario in base.scenario';
  const pkg = plan.policy === undefined ? 'the package varied by the plan' : `package ${plan.policy}`;
  return `Base: ${named} (population preset ${plan.population}, ${pkg}); the sweep folder's plan.json keeps the file's content, so its runs, resumes and shards use the file as it is when the sweep starts\n`;
}
