import { isWorkday, sickProbability } from './absence';
import { burnoutChange, workStrain } from './burnout';
import { dayCost } from './costs';
import { compassionFatigue, prolongedExposureChange } from './compassionFatigue';
import { teamLoad, type TeamLoad } from './demand';
import { detachment as detachmentLevel } from './detachment';
import { careQuality, compassionStress, empathicResponse, trigger } from './empathy';
import { attachment as attachmentLevel, drawEvents, exposure as exposureOf, highIntensityExposure, skipEvents } from './events';
import { hire } from './hiring';
import { lifeDemandsBase, lifeShock } from './lifeDemands';
import { numbingChange } from './numbing';
import { protectiveBuffer } from './buffer';
import { satisfactionChange } from './satisfaction';
import { offDutyStsRecovery, stsChange } from './secondaryTraumaticStress';
import { selfCareTarget } from './selfCare';
import { churnLoss, cohesionTarget, socialSupport } from './socialSupport';
import { attendanceProbability, effectiveHelpSeeking, sessionOffered } from './supervision';
import { TALLY } from './tally';
import { memoryFading, processedShare } from './traumaticMemories';
import { newHireFactor, separationHazard, separationReason } from './turnover';
import { LEAVE_KIND, STATUS } from './workforce';
import type { World } from './world';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const load: TeamLoad = { demandPerShare: 0, loadPerShare: 0, unmetShare: 0 };

/**
 * Advances the world by one day, in the order of MODEL.md §3. Every seat consumes a fixed
 * number of draws from each stream every day (vacant or not), which keeps common random
 * numbers aligned between policies.
 */
export function stepDay(world: World): void {
  const { p, w, streams, today } = world;
  const c = p.c;
  const day = world.day;
  const n = w.size;
  const teams = world.teamSeats.length;
  today.fill(0);

  // 1. Roster: who works today.
  world.presentShares.fill(0);
  world.missingShares.fill(0);
  let missingTotal = 0;
  for (let i = 0; i < n; i++) {
    const uLeave = streams.roster();
    const uSick = streams.absence();
    const scheduled = isWorkday(day, i, p.workdaysPerWeek);
    const share = p.caseloadShare[w.role[i]];
    const t = w.team[i];
    if (w.status[i] === STATUS.vacant) {
      if (scheduled) {
        world.missingShares[t] += share;
        missingTotal += share;
      }
      continue;
    }
    if (w.leaveDaysLeft[i] > 0) {
      w.status[i] = STATUS.onLeave;
    } else if (!scheduled) {
      w.status[i] = STATUS.dayOff;
    } else if (uLeave < p.ptoStartProbability) {
      w.status[i] = STATUS.onLeave;
      w.leaveKind[i] = LEAVE_KIND.pto;
      w.leaveDaysLeft[i] = p.ptoLeaveDays;
    } else if (uSick < sickProbability(w.burnout[i], w.cf[i], c.sickBase, c.sickBurnout, c.sickCf)) {
      w.status[i] = STATUS.sick;
      today[TALLY.sickDays]++;
      today[TALLY.scheduledDays]++;
    } else {
      w.status[i] = STATUS.working;
      today[TALLY.scheduledDays]++;
      world.presentShares[t] += share;
    }
    if (scheduled && w.status[i] !== STATUS.working) {
      world.missingShares[t] += share;
      missingTotal += share;
    }
    if (w.status[i] === STATUS.onLeave && w.leaveKind[i] === LEAVE_KIND.grief) today[TALLY.griefLeaveDays]++;
  }

  // 2. Demand: shared among present workers, float staff covering missing seats, up to the cap.
  const floatAvailable = (p.floatStaff * p.workdaysPerWeek) / 7;
  const floatCover = missingTotal > 0 ? Math.min(1, floatAvailable / missingTotal) : 0;
  for (let t = 0; t < teams; t++) {
    world.floatShares[t] = world.missingShares[t] * floatCover;
    teamLoad(world.teamDemand[t], world.presentShares[t], world.floatShares[t], p.caseloadCap, load);
    world.loadPerShare[t] = load.loadPerShare;
    world.demandPerShare[t] = load.demandPerShare;
    world.unmetShare[t] = load.unmetShare;
    today[TALLY.demand] += world.teamDemand[t];
    today[TALLY.unmet] += world.teamDemand[t] * load.unmetShare;
  }

  // 3–5. Events, empathic response and compassion stress, support that happens today.
  const ev = world.events;
  const rates = world.rates;
  for (let i = 0; i < n; i++) {
    const uSupport = streams.support();
    if (w.status[i] !== STATUS.working) {
      skipEvents(streams.events);
      w.exposureToday[i] = 0;
      w.stressToday[i] = 0;
      w.contactsToday[i] = 0;
      w.deathsToday[i] = 0;
      w.successesToday[i] = 0;
      w.barriersToday[i] = 0;
      w.stigmaToday[i] = 0;
      w.highIntensityToday[i] = 0;
      w.sessionToday[i] = 0;
      continue;
    }
    const role = w.role[i];
    const t = w.team[i];
    const shadowing = w.tenureDays[i] < p.shadowingDays ? 1 - c.shadowingRelief : 1;
    const workerLoad = world.loadPerShare[t] * p.caseloadShare[role];
    rates.crisis = p.crisisRate[role];
    rates.death = p.deathRate[role];
    rates.success = p.successRate[role];
    rates.barrier = p.barrierRate[role];
    rates.stigma = p.stigmaRate[role];
    rates.safety = p.safetyRate[role];
    rates.known = w.livesInCommunity[i] === 1 ? p.knownResident : p.knownOutsider;
    drawEvents(streams.events, workerLoad, rates, ev);

    const att = w.attachment[i];
    const high = highIntensityExposure(ev, att, c) * shadowing;
    const exposure = exposureOf(ev, att, c) * shadowing;
    const response = empathicResponse(w.empathicConcern[i], w.empathicAbility[i], w.numbing[i]);
    const trig = trigger(w.livedExperience[i], c.livedExperienceTrigger, p.livedExperienceSupport, c.tailoredTriggerRelief);
    let stress = compassionStress(exposure, response, c.witnessShare, trig);
    const deaths = ev.deaths + ev.deathsKnown;
    const singleSession = p.debriefMode === 1 && high > 0;
    if (singleSession) {
      stress += c.singleSessionHarm * high;
      today[TALLY.debriefs]++;
    }
    const quality = careQuality(response, c.careQualityBase, p.traumaInformed * c.traumaInformedQuality, w.burnout[i], c.burnoutQualityLoss);

    w.exposureToday[i] = exposure;
    w.stressToday[i] = stress;
    w.contactsToday[i] = ev.contacts;
    w.deathsToday[i] = deaths;
    w.successesToday[i] = ev.successes;
    w.barriersToday[i] = ev.barriers;
    w.stigmaToday[i] = ev.stigma;
    w.highIntensityToday[i] = high;
    w.clientDeaths[i] += deaths;
    today[TALLY.contacts] += ev.contacts;
    today[TALLY.qualitySum] += quality * ev.contacts;
    today[TALLY.clientDeaths] += deaths;
    today[TALLY.crises] += ev.crises + ev.crisesKnown;
    today[TALLY.successes] += ev.successes;
    today[TALLY.barriers] += ev.barriers;
    today[TALLY.stigmaEncounters] += ev.stigma;
    today[TALLY.safetyIncidents] += ev.safety;

    // Supervision offered today?
    let session = 0;
    if (p.supervisionMode > 0 && sessionOffered(day, i, p.supervisionInterval)) {
      w.supportOffered[i]++;
      today[TALLY.sessionsOffered]++;
      const help = effectiveHelpSeeking(w.helpSeeking[i], p.traumaInformed * c.traumaInformedHelpSeeking, w.burnout[i], c.helpSeekingBurnoutDrop);
      const base = p.supervisionMode === 2 ? c.optOutAttendance : c.optInAttendance;
      if (uSupport < attendanceProbability(base, help, c.helpSeekingReference)) {
        session = 1;
        w.supportAttended[i]++;
        today[TALLY.sessionsAttended]++;
        const q = p.supervisionQuality;
        w.traumaticMemories[i] *= 1 - c.supervisionMemoryRelief * q;
        w.sts[i] *= 1 - c.supervisionStsRelief * q;
        w.numbing[i] *= 1 - c.supervisionNumbingRelief * q;
        w.satisfaction[i] = clamp01(w.satisfaction[i] + c.supervisionSatisfaction * q);
      }
    }
    w.sessionToday[i] = session;
    const checkIn = p.griefCheckIn === 1 && deaths > 0;
    if (checkIn) today[TALLY.checkIns]++;

    // Same-day processing of the pending trace (yesterday's leftovers and today's).
    const processed = processedShare(
      c.carTalkProcessing * w.socialSupport[i],
      p.debriefMode === 2 ? c.teamProcessing * world.cohesion[t] : 0,
      session * c.supervisionProcessing * p.supervisionQuality,
      checkIn ? c.griefCheckInProcessing : 0,
      singleSession ? c.singleSessionProcessing : 0,
    );
    const trace = c.traceScale * high * trig;
    const keep = 1 - processed;
    // Yesterday's unprocessed trace now becomes a traumatic memory; today's waits one more day.
    w.traumaticMemories[i] += w.pendingTrace[i] * keep;
    w.pendingTrace[i] = trace * keep;
  }

  // 6–7. State updates and off-duty recovery.
  for (let i = 0; i < n; i++) {
    const uLife = streams.life();
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
    let nextMemories = memories + c.traceScale * diverted - memoryFading(memories, c.memoryDecay, p.therapyAccess, c.therapyMemoryRelief, help);

    const overload = working ? world.demandPerShare[t] / c.sustainableLoad - 1 : 0;
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
      lived * c.cantClockOut * (1 - p.livedExperienceSupport * c.tailoredTriggerRelief),
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

  // 8. Derived: compassion fatigue, then team sums for tomorrow's support and contagion.
  world.wellSum.fill(0);
  world.stsSum.fill(0);
  world.employedCount.fill(0);
  for (let i = 0; i < n; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    const protection = (w.selfCare[i] + w.detachment[i] + w.satisfaction[i] + w.socialSupport[i]) / 4;
    const cf = compassionFatigue(w.sts[i], w.prolongedExposure[i], w.traumaticMemories[i], w.lifeDemands[i], w.burnout[i], protection, c);
    w.cf[i] = cf;
    const t = w.team[i];
    world.wellSum[t] += 1 - cf;
    world.stsSum[t] += w.sts[i];
    world.employedCount[t]++;
  }
  for (let t = 0; t < teams; t++) {
    const count = world.employedCount[t];
    world.teamMeanSts[t] = count > 0 ? world.stsSum[t] / count : 0;
    world.cohesion[t] += c.cohesionRecovery * (cohesionTarget(c.cohesionBase, p.cohesionActivities, c.cohesionActivitiesGain) - world.cohesion[t]);
  }
  for (let i = 0; i < n; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    const t = w.team[i];
    const others = world.employedCount[t] - 1;
    const teammates = others > 0 ? (world.wellSum[t] - (1 - w.cf[i])) / others : 0;
    w.socialSupport[i] = socialSupport(world.cohesion[t], teammates, p.affirmation, p.structuredPeerSupport, c);
  }

  // 9. Leave, separations, vacancies and hiring.
  for (let i = 0; i < n; i++) {
    const uSeparation = streams.separation();
    const t = w.team[i];
    if (w.status[i] === STATUS.vacant) {
      if (w.vacancyDaysLeft[i] > 0) w.vacancyDaysLeft[i]--;
      if (w.vacancyDaysLeft[i] === 0) {
        hire(w, i, p, streams.hiring, day + 1, world.nextWorkerId++, 0);
        w.status[i] = STATUS.dayOff;
        today[TALLY.hires]++;
        world.cohesion[t] = clamp01(world.cohesion[t] - churnLoss(world.teamSeats[t], c.cohesionChurnLoss));
      }
      continue;
    }
    const hireFactor = newHireFactor(w.tenureDays[i], c.newHireHazard, c.newHireDays, p.shadowingDays > 0 ? c.shadowingRelief : 0);
    const hazard = separationHazard(w.burnout[i], w.cf[i], w.satisfaction[i], p.payAdequacy, hireFactor, c);
    if (uSeparation < hazard) {
      world.separations.record(day, i, w.workerId[i], w.role[i], w.tenureDays[i], w.burnout[i], w.cf[i], w.satisfaction[i], separationReason(w.burnout[i], w.cf[i], hireFactor, c));
      today[TALLY.separations]++;
      w.status[i] = STATUS.vacant;
      w.vacancyDaysLeft[i] = p.hiringDelayDays;
      w.leaveDaysLeft[i] = 0;
      w.pendingTrace[i] = 0;
      world.cohesion[t] = clamp01(world.cohesion[t] - churnLoss(world.teamSeats[t], c.cohesionChurnLoss));
      continue;
    }
    if (w.leaveDaysLeft[i] > 0) {
      w.leaveDaysLeft[i]--;
      if (w.leaveDaysLeft[i] === 0) w.leaveKind[i] = LEAVE_KIND.none;
    } else if (p.griefLeaveDays > 0 && w.deathsToday[i] > 0) {
      w.leaveDaysLeft[i] = p.griefLeaveDays;
      w.leaveKind[i] = LEAVE_KIND.grief;
    }
    w.tenureDays[i]++;
    w.attachment[i] = attachmentLevel(w.tenureDays[i], c.attachmentHalfDays);
  }

  let headcount = 0;
  let extraFilled = 0;
  for (let i = 0; i < n; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    headcount++;
    if (i >= p.baseSeats) extraFilled++;
  }
  today[TALLY.cost] = dayCost(p, today, headcount, extraFilled);
  world.day = day + 1;
}
