import { careQuality, compassionStress, empathicResponse, trigger } from '../empathy';
import { deathExposure, EVENT_DRAWS, exposure as exposureOf, highIntensityExposure, loadDayEvents } from '../events';
import { attendanceProbability, effectiveHelpSeeking, sessionDue } from '../supervision';
import { TALLY } from '../tally';
import { JOURNAL, PROCESSED } from '../journal';
import { processedShare } from '../traumaticMemories';
import { STATUS } from '../workforce';
import type { World } from '../world';
import { clamp01 } from '../../sim/math/clamp01';

/** Steps 3–5: today's events (drawn by drawClientEvents), empathic response and compassion stress, and the support that happens today. */
export function meetClients(world: World): void {
  const p = world.p;
  const w = world.w;
  const uniforms = world.uniforms;
  const today = world.today;
  const c = world.p.c;
  const day = world.day;
  const n = world.w.size;
  const ev = world.events;
  for (let i = 0; i < n; i++) {
    if (w.status[i] !== STATUS.working) {
      w.exposureToday[i] = 0;
      w.stressToday[i] = 0;
      w.deathsToday[i] = 0;
      w.successesToday[i] = 0;
      w.barriersToday[i] = 0;
      w.stigmaToday[i] = 0;
      continue;
    }
    const t = w.team[i];
    const shadowing = w.tenureDays[i] < w.shadowingDays[i] ? 1 - c.shadowingRelief : 1;
    loadDayEvents(world.eventCounts, i * EVENT_DRAWS, ev);

    const att = w.attachment[i];
    const high = highIntensityExposure(ev, att, c) * shadowing;
    const exposure = exposureOf(ev, att, c) * shadowing;
    const response = empathicResponse(w.empathicConcern[i], w.empathicAbility[i], w.numbing[i]);
    const trig = trigger(w.livedExperience[i], c.livedExperienceTrigger, p.livedExperienceSupport, c.tailoredTriggerRelief);
    let stress = compassionStress(exposure, response, c.witnessShare, trig);
    const deaths = ev.deaths + ev.deathsKnown;
    // A mandatory debrief follows each day with a crisis or a client death (a death only, with debrief.after: death).
    const singleSession = p.debriefMode === 1 && (p.debriefDeathsOnly === 1 ? deaths : ev.crises + ev.crisesKnown + deaths) > 0;
    if (singleSession) {
      stress += c.singleSessionHarm * high;
      today[TALLY.debriefs]++;
    }
    const quality = careQuality(response, c.careQualityBase, p.traumaInformed * c.traumaInformedQuality, w.burnout[i], c.burnoutQualityLoss);

    w.exposureToday[i] = exposure;
    w.stressToday[i] = stress;
    w.deathsToday[i] = deaths;
    w.successesToday[i] = ev.successes;
    w.barriersToday[i] = ev.barriers;
    w.stigmaToday[i] = ev.stigma;
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
    if (p.supervisionMode > 0 && sessionDue(day, w.nextSessionDay[i])) {
      w.nextSessionDay[i] = day + p.supervisionInterval;
      w.supportOffered[i]++;
      today[TALLY.sessionsOffered]++;
      const help = effectiveHelpSeeking(w.helpSeeking[i], p.traumaInformed * c.traumaInformedHelpSeeking, w.burnout[i], c.helpSeekingBurnoutDrop);
      if (uniforms.support[i] < attendanceProbability(p.sessionAttendance, help, c.helpSeekingReference)) {
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
    const checkIn = p.griefCheckIn === 1 && deaths > 0;
    if (checkIn) today[TALLY.checkIns]++;

    // Same-day processing of the pending trace (yesterday's leftovers and today's). A grief
    // check-in works on the deaths' part of it only.
    const trace = c.traceScale * high * trig;
    const pending = w.pendingTrace[i] + trace;
    const deathTrace = checkIn ? c.traceScale * deathExposure(ev, att, c) * shadowing * trig : 0;
    const processed = processedShare(
      c.carTalkProcessing * w.socialSupport[i],
      p.debriefMode === 2 ? c.teamProcessing * world.cohesion[t] : 0,
      session * c.supervisionProcessing * p.supervisionQuality,
      pending > 0 ? (c.griefCheckInProcessing * deathTrace) / pending : 0,
      singleSession ? c.singleSessionProcessing : 0,
    );
    const keep = 1 - processed;
    const journal = world.journal;
    if (journal && (deaths > 0 || ev.crisesKnown > 0 || ev.safety > 0 || session === 1 || ev.successes > 0)) {
      const flags =
        (c.carTalkProcessing * w.socialSupport[i] >= 0.1 ? PROCESSED.carTalk : 0) |
        (p.debriefMode === 2 ? PROCESSED.teamProcessing : 0) |
        (session ? PROCESSED.supervision : 0) |
        (checkIn ? PROCESSED.griefCheckIn : 0) |
        (singleSession ? PROCESSED.singleSessionDebrief : 0) |
        (ev.deathsKnown + ev.crisesKnown > 0 ? PROCESSED.knownPerson : 0) |
        (att >= 0.5 ? PROCESSED.longTermClient : 0);
      const id = w.workerId[i];
      if (deaths > 0) journal.record(day, i, id, JOURNAL['client-death'], flags);
      else if (ev.crisesKnown > 0) journal.record(day, i, id, JOURNAL['crisis-known'], flags);
      if (ev.safety > 0) journal.record(day, i, id, JOURNAL['safety-incident'], flags);
      if (session) journal.record(day, i, id, JOURNAL.supervision, flags);
      if (ev.successes > 0 && deaths === 0) journal.record(day, i, id, JOURNAL.success, flags);
    }
    // Yesterday's unprocessed trace now becomes a traumatic memory; today's waits one more day.
    w.traumaticMemories[i] += w.pendingTrace[i] * keep;
    w.pendingTrace[i] = trace * keep;
  }
}
