import type { Scenario } from '../../scenarios/schema';

/**
 * Under a comparison in which the arm runs mandatory single-session debriefs and the baseline does
 * not, with the default processing of none: the arm's differences follow from settings taken from
 * the trials (no benefit, a possible harm), not from anything the run found. A planner read
 * "worse and no cheaper" as a finding where only the report's terms said the debriefs process
 * nothing. Undefined otherwise (a processing share set above 0 is the user's own assumption).
 */
export function singleSessionNote(arm: string, armScenario: Scenario, baselineScenario: Scenario): string | undefined {
  if (armScenario.policy.debrief.mode !== 'single-session' || baselineScenario.policy.debrief.mode === 'single-session') return undefined;
  if (armScenario.coefficients.singleSessionProcessing !== 0) return undefined;
  const harm = armScenario.coefficients.singleSessionHarm;
  const after = armScenario.policy.debrief.after === 'death' ? "a client's death" : "a crisis or a client's death";
  return `${arm}'s single-session debriefs (after ${after}) process none of the day's traumatic material (coefficients.singleSessionProcessing 0: trials of single-session debriefing found no benefit over natural recovery)${harm > 0 ? ` and add a little stress from going over the event again (coefficients.singleSessionHarm ${harm}, for the possible harm the Cochrane review reports)` : ''}: what they change above is those settings' doing, the trials' findings put into the model, not something this run found. Team processing that works over time is policy.debrief.mode ongoing.`;
}
