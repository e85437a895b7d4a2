import type { Uniform } from '../sim/random/stream';
import { bernoulli, normal, unitInterval } from '../sim/random/samplers';
import type { ModelParameters } from './parameters';
import type { StartingLevels } from './startingLevels';
import { ROLES, ROLE_PROFILES } from './roles';
import type { Workforce } from './workforce';
import { lifeDemandsBase, lifeShock } from './lifeDemands';
import { selfCareTarget } from './selfCare';
import { attachment } from './events';
import { firstSessionDay } from './supervision';

// Traits are drawn at hire from the role's distribution (MODEL.md §2, §6). A hire consumes
// exactly HIRE_DRAWS uniforms, so the k-th hire of a run gets the same draws under any policy.

export const HIRE_DRAWS = 16;

/**
 * Starting states (latent 0-1) of replacement hires, who arrive fresher than staff in post on
 * day 0; those start at the scenario's population.startingLevels (the same fields). A structural
 * assumption with no seed source, not settable from a scenario (docs/ODD.md §6, "Fixed structural
 * assumptions"), as are START_SD, DETACHMENT_SKILL and the base SDs below.
 */
export const NEW_HIRE_START = { sts: 0.15, burnout: 0.12, prolongedExposure: 0, traumaticMemoriesRatio: 0.3, numbingRatio: 0.15 } as const satisfies StartingLevels;

/**
 * A programme just launched (docs/ODD.md §5; the classroom app's "Team starts: fresh"): the
 * population settings under which every day-0 worker starts as a replacement hire does. Its
 * starting levels are the new hires' own, and everyone has been in post one day: a mean initial
 * tenure of 0 leaves every tenure at the draw's floor of one day (models/world.ts), since the
 * whole team was hired together. Tenure is what makes a worker new: the team is in the fragile
 * new-hire period (the extra separation hazard, coefficients.newHireDays), has no attachment to
 * long-term clients yet (a client's death weighs less), shadows if the package has shadowing, and
 * shows as new hires. A programme just launched has no history: no warm-up (models/warmUp.ts).
 */
export const FRESH_TEAM_START = { startingLevels: NEW_HIRE_START, initialTenureMeanDays: 0, warmUpDays: 0 } as const;
/** Spread of a starting STS or burnout around its mean. */
export const START_SD = 0.08;

/** Population-wide trait distributions not specific to a role (assumptions). */
export const DETACHMENT_SKILL = { mean: 0.5, sd: 0.12 } as const;
export const SATISFACTION_BASE_SD = 0.08;
export const LIFE_DEMANDS_SD = 0.08;

/** Fills seat `seat` with a new worker of its role. `veteran` staff are in post on day 0. */
export function hire(w: Workforce, seat: number, p: ModelParameters, u: Uniform, day: number, workerId: number, veteranTenure: number): void {
  const role = ROLES[w.role[seat]];
  const r = ROLE_PROFILES[role];
  const pop = p.scenario.population;
  const c = p.c;
  w.livedExperience[seat] = bernoulli(u, pop.livedExperience[role]) ? 1 : 0;
  w.livesInCommunity[seat] = bernoulli(u, pop.livesInCommunityShare) ? 1 : 0;
  w.empathicConcern[seat] = unitInterval(u, r.empathicConcern.mean, r.empathicConcern.sd);
  w.empathicAbility[seat] = unitInterval(u, r.empathicAbility.mean, r.empathicAbility.sd);
  w.selfCareSkill[seat] = unitInterval(u, r.selfCareSkill.mean, r.selfCareSkill.sd);
  w.helpSeeking[seat] = unitInterval(u, r.helpSeeking.mean, r.helpSeeking.sd);
  w.numbingPropensity[seat] = unitInterval(u, r.numbingPropensity.mean, r.numbingPropensity.sd);
  const traumaHistory = unitInterval(u, r.traumaHistory.mean, r.traumaHistory.sd);
  w.satisfactionBase[seat] = unitInterval(u, pop.baseSatisfaction, SATISFACTION_BASE_SD);
  w.lifeDemandsBase[seat] = unitInterval(u, pop.baseLifeDemands, LIFE_DEMANDS_SD);
  w.detachmentSkill[seat] = unitInterval(u, DETACHMENT_SKILL.mean, DETACHMENT_SKILL.sd);
  w.biasCS[seat] = normal(u, 0, c.proqolNoise);
  w.biasBO[seat] = normal(u, 0, c.proqolNoise);
  w.biasSTS[seat] = normal(u, 0, c.proqolNoise);
  // Starting states: staff in post carry some strain already; new hires arrive fresher.
  const veteran = veteranTenure > 0;
  const start = pop.startingLevels;
  const startSts = unitInterval(u, veteran ? start.sts : NEW_HIRE_START.sts, START_SD);
  const startBurnout = unitInterval(u, veteran ? start.burnout : NEW_HIRE_START.burnout, START_SD);

  w.sts[seat] = startSts;
  w.burnout[seat] = startBurnout;
  w.traumaticMemories[seat] = Math.min(1, traumaHistory * (veteran ? start.traumaticMemoriesRatio : NEW_HIRE_START.traumaticMemoriesRatio));
  w.pendingTrace[seat] = 0;
  w.prolongedExposure[seat] = veteran ? start.prolongedExposure : NEW_HIRE_START.prolongedExposure;
  w.satisfaction[seat] = w.satisfactionBase[seat];
  w.detachment[seat] = w.detachmentSkill[seat];
  w.numbing[seat] = Math.min(1, w.numbingPropensity[seat] * (veteran ? start.numbingRatio : NEW_HIRE_START.numbingRatio));
  w.socialSupport[seat] = 0.4;
  w.selfCare[seat] = selfCareTarget(w.selfCareSkill[seat], 0, startBurnout, c.selfCareErosion, 0);
  // Life demands are not about the job: everyone starts at their long-run level (base, pay gap
  // and the mean effect of shocks), so no transient comes from them.
  const shocks = (c.lifeShockRate * lifeShock(c.lifeShockSize, p.benefits, c.benefitsShockRelief)) / c.lifeDemandsReversion;
  w.lifeDemands[seat] = Math.min(1, lifeDemandsBase(w.lifeDemandsBase[seat], p.payAdequacy, c.payGapDemands) + shocks);
  w.cf[seat] = 0.3;
  w.tenureDays[seat] = veteranTenure;
  w.attachment[seat] = attachment(veteranTenure, c.attachmentHalfDays);
  w.leaveDaysLeft[seat] = 0;
  w.leaveKind[seat] = 0;
  w.ptoBlocksWaiting[seat] = 0;
  w.vacancyDaysLeft[seat] = 0;
  w.hiredOn[seat] = day - veteranTenure;
  w.workerId[seat] = workerId;
  w.nextSessionDay[seat] = firstSessionDay(day, seat, p.supervisionInterval);
  // Onboarding as hired: a later change of policy.training.shadowingDays applies to later hires.
  w.shadowingDays[seat] = p.shadowingDays;
  w.supportOffered[seat] = 0;
  w.supportAttended[seat] = 0;
  w.clientDeaths[seat] = 0;
  w.status[seat] = 1;
}
