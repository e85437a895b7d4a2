import { burnoutChange, workStrain } from '../burnout';
import { prolongedExposureChange } from '../compassionFatigue';
import { detachment as detachmentLevel } from '../detachment';
import { empathicResponse } from '../empathy';
import { lifeDemandsBase, lifeShock } from '../lifeDemands';
import { numbingChange } from '../numbing';
import { protectiveBuffer } from '../buffer';
import { satisfactionChange } from '../satisfaction';
import { offDutyStsRecovery, stsChange } from '../secondaryTraumaticStress';
import { selfCareTarget } from '../selfCare';
import { effectiveHelpSeeking } from '../supervision';
import { memoryFading } from '../traumaticMemories';
import { STATUS } from '../workforce';
import type { World } from '../world';
import { clamp01 } from '../../sim/math/clamp01';

/** Steps 6–7: state updates from yesterday's values, then off-duty detachment and recovery. */
export function updateWorkers(world: World): void {
  const p = world.p;
  const w = world.w;
  const uniforms = world.uniforms;
  const c = world.p.c;
  const n = world.w.size;
  for (let i = 0; i < n; i++) {
    const uLife = uniforms.life[i];
    const status = w.status[i];
    if (status === STATUS.vacant) continue;
    const t = w.team[i];
    const working = status === STATUS.working;
    const onLeave = status === STATUS.onLeave;
    if (!working && w.pendingTrace[i] > 0) {
      // Not at work today: yesterday's trace goes unprocessed.
      w.traumaticMemories[i] += w.pendingTrace[i];
      w.pendingTrace[i] = 0;
    }
    const sts = w.sts[i];
    const burnout = w.burnout[i];
    const satisfaction = w.satisfaction[i];
    const numbing = w.numbing[i];
    const memories = w.traumaticMemories[i];
    const unmet = working ? world.unmetShare[t] : 0;

    // Numbing: relief now, cost later (stress diverted from STS into memory).
    const stress = w.stressToday[i];
    const diverted = stress * c.numbingDivert * numbing;
    const buffer = protectiveBuffer(
      w.selfCare[i],
      w.detachment[i],
      satisfaction,
      w.socialSupport[i],
      c.bufferSelfCare,
      c.bufferDetachment,
      c.bufferSatisfaction,
      c.bufferSocialSupport,
    );
    let nextSts = sts + stsChange(sts, stress - diverted, buffer, memories, world.teamMeanSts[t], c.stsGain, c.intrusion, c.stsRecovery, c.stsContagion);

    const help = effectiveHelpSeeking(w.helpSeeking[i], p.traumaInformed * c.traumaInformedHelpSeeking, burnout, c.helpSeekingBurnoutDrop);
    let nextMemories = memories + c.numbingTrace * diverted - memoryFading(memories, c.memoryDecay, p.therapyAccess, c.therapyMemoryRelief, help);

    // Overload is the caseload carried (after the cap); demand the cap turns away is felt through unmet.
    const overload = working ? world.loadPerShare[t] / c.sustainableLoad - 1 : 0;
    const strain = working ? workStrain(overload, unmet, w.barriersToday[i], w.stigmaToday[i], c.overloadBurnout, c.unmetBurnout, c.barrierBurnout, c.stigmaBurnout) : 0;
    const dayRest = working ? c.workdayRest : onLeave ? c.leaveRest : w.detachment[i];
    const rest = dayRest + c.affirmationRest * p.affirmation + c.selfCareRest * w.selfCare[i] + c.satisfactionRest * satisfaction;
    let nextBurnout = burnout + burnoutChange(burnout, strain, sts, rest, c.stsBurnout, c.burnoutRecovery);

    const response = empathicResponse(w.empathicConcern[i], w.empathicAbility[i], numbing);
    const nextSatisfaction =
      satisfaction +
      satisfactionChange(
        satisfaction,
        w.satisfactionBase[i],
        w.successesToday[i],
        response,
        p.beliefInWellness,
        w.barriersToday[i],
        w.stigmaToday[i],
        p.stigmaEducation * c.stigmaEducationShield,
        unmet,
        working ? p.affirmation : 0,
        c,
      );

    const nextNumbing =
      numbing + numbingChange(numbing, sts, w.selfCare[i], w.numbingPropensity[i], w.socialSupport[i], c.numbingGrowth, c.numbingThreshold, c.numbingRelief, p.stigmaEducation * c.stigmaEducationNumbing);

    const target = selfCareTarget(w.selfCareSkill[i], p.mindfulness * c.mindfulnessSelfCare, burnout, c.selfCareErosion, onLeave ? c.leaveSelfCare : 0);
    w.selfCare[i] += c.selfCareRate * (target - w.selfCare[i]);

    let demands = w.lifeDemands[i] + c.lifeDemandsReversion * (lifeDemandsBase(w.lifeDemandsBase[i], p.payAdequacy, c.payGapDemands) - w.lifeDemands[i]);
    if (uLife < c.lifeShockRate) demands += lifeShock(c.lifeShockSize, p.benefits, c.benefitsShockRelief);
    w.lifeDemands[i] = clamp01(demands);

    w.prolongedExposure[i] += prolongedExposureChange(w.prolongedExposure[i], w.exposureToday[i], c.exposureReference, c.exposureWindowDays);

    // 7. Detachment tonight, and the recovery it allows.
    const lived = w.livedExperience[i];
    const det = detachmentLevel(
      w.detachmentSkill[i],
      p.boundarySetting * c.boundaryDetachment,
      p.phoneOff * c.phoneOffDetachment,
      c.guiltDetachment * w.empathicConcern[i] * (working ? unmet : 0),
      lived * c.cantClockOut * (1 - p.livedExperienceSupport * c.tailoredClockOutRelief),
      c.intrusionDetachment * nextMemories,
    );
    w.detachment[i] = det;
    nextSts -= offDutyStsRecovery(nextSts, det, working ? c.eveningRecovery : c.offDutyRecovery);
    if (!working) nextBurnout -= c.offDutyRecovery * det * nextBurnout;

    w.sts[i] = clamp01(nextSts);
    w.traumaticMemories[i] = clamp01(nextMemories);
    w.burnout[i] = clamp01(nextBurnout);
    w.satisfaction[i] = clamp01(nextSatisfaction);
    w.numbing[i] = clamp01(nextNumbing);
  }
}
