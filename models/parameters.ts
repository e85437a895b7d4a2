import type { Scenario } from '../scenarios/schema';
import type { Coefficients } from './coefficients';
import { eventRateTable, type EventRateTable } from './events';
import { ROLES, ROLE_PROFILES } from './roles';
import { roleShares } from './roleSeats';
import { selfReferralPerOffer } from './supervision';
import { exp } from '../sim/math/portableMath';
import { ptoLeaveDays, ptoStartProbability } from './paidTimeOff';
import { scenarioPeriods } from '../scenarios/changes';
import { warmUpScenario } from '../scenarios/warmUp';
import { addedSeats } from '../scenarios/fundedSeats';

/**
 * Everything the daily loop needs, resolved once from the scenario: plain numbers and typed
 * arrays, frozen, so the loop reads no strings, flags or nested objects.
 */
export interface ModelParameters {
  readonly scenario: Scenario;
  readonly c: Coefficients;
  readonly days: number;
  readonly baseSeats: number;
  readonly extraSeats: number;
  readonly seats: number;
  readonly teamCount: number;
  /** Role weights aligned with ROLES, normalised to sum 1. */
  readonly roleWeights: Float64Array;
  /** Per role (index into ROLES): caseload share and per-contact event rates at this community. */
  readonly caseloadShare: Float64Array;
  readonly crisisRate: Float64Array;
  readonly deathRate: Float64Array;
  readonly successRate: Float64Array;
  readonly barrierRate: Float64Array;
  readonly stigmaRate: Float64Array;
  readonly safetyRate: Float64Array;
  /** The same rates laid out for drawing (with the known-person split of each community). */
  readonly eventRates: EventRateTable;
  /** Client contacts per calendar day that one full-caseload funded seat is meant to carry. */
  readonly demandPerSeatDay: number;
  readonly workdaysPerWeek: number;
  readonly caseloadCap: number;
  readonly floatStaff: number;
  readonly hiringDelayDays: number;
  readonly payAdequacy: number;
  // Policy flags as numbers (0/1 or levels) for the loop
  readonly supervisionMode: 0 | 1 | 2; // none, opt-in, opt-out
  readonly supervisionInterval: number;
  /** Chance an average worker attends an offered session: optOutAttendance (opt-out), the per-offer self-referral of optInSelfReferral at this interval (opt-in), 0 (none). */
  readonly sessionAttendance: number;
  readonly supervisionQuality: number;
  readonly affirmation: number;
  readonly debriefMode: 0 | 1 | 2; // none, single-session, ongoing
  readonly debriefDeathsOnly: 0 | 1; // a single-session debrief follows deaths only (not crises)
  readonly griefLeaveDays: number;
  readonly griefCheckIn: number;
  readonly therapyAccess: number;
  readonly benefits: number;
  readonly ptoStartProbability: number;
  /** Calendar days of a block of paid time off by the position in the week of the day it starts ((day + workweek offset) mod 7). */
  readonly ptoLeaveDays: Int32Array;
  readonly traumaInformed: number;
  readonly boundarySetting: number;
  readonly deEscalation: number;
  readonly systemNavigation: number;
  readonly shadowingDays: number;
  readonly cohesionActivities: number;
  readonly structuredPeerSupport: number;
  readonly livedExperienceSupport: number;
  readonly stigmaEducation: number;
  readonly socialContact: number;
  readonly mindfulness: number;
  readonly phoneOff: number;
  /** Probability that a crisis or death involves someone known, for residents and for outsiders. */
  readonly knownResident: number;
  readonly knownOutsider: number;
  readonly beliefInWellness: number;
  /** Upper bounds of the daily sick and separation probabilities (state effects at their maxima): a draw above them needs no exponential. */
  readonly sickCeiling: number;
  readonly separationCeiling: number;
  /** Cost per worker per day of the pay and benefits charged per worker-year (pay raise, benefits, therapy access). */
  readonly dailyPayCost: number;
  /** Cost per worker per day of the pay raise alone, at costs.salary: the part of dailyPayCost that scales with a worker's role's salary. */
  readonly dailyRaiseCost: number;
  /** Each role's salary as a multiple of costs.salary (costs.roleSalaryFactor), indexed by role, for the costs that pay a particular worker. */
  readonly salaryFactor: Float64Array;
  /** Cost per worker per day of the programmes and training charged per worker-year. */
  readonly dailyProgrammeCost: number;
  /**
   * The scheduled changes (`scenario.changes`), resolved before the run: each change's day and
   * the parameters in force from that day on, in day order. Empty without changes, and in the
   * parameters of a period. The world switches to them at the start of their day
   * (models/scheduledChanges.ts).
   */
  readonly schedule: readonly ScheduledParameters[];
  /** Days simulated before day 0 (population.warmUpDays), unrecorded. */
  readonly warmUpDays: number;
  /**
   * The parameters of the warm-up: the scenario's practice (scenarios/warmUp.ts), whose seats are
   * the run's first `warmUp.seats` (the seats the run adds come after them). Null without a warm-up, and in the parameters of a warm-up or of a period. Always present, so
   * that every parameters object has the same shape for the daily loop.
   */
  readonly warmUp: ModelParameters | null;
}

/** The parameters in force from `day` on (until the next scheduled change). */
export interface ScheduledParameters {
  readonly day: number;
  readonly p: ModelParameters;
}

const flag = (b: boolean) => (b ? 1 : 0);

/** The parameters of a scenario: those of day 0, with the parameters of each scheduled change. */
export function modelParameters(scenario: Scenario): ModelParameters {
  const schedule = scenarioPeriods(scenario).map((period) => Object.freeze({ day: period.day, p: periodParameters(period.scenario, [], null) }));
  const warmUp = scenario.population.warmUpDays > 0 ? periodParameters(warmUpScenario(scenario), [], null) : null;
  return periodParameters(scenario, schedule, warmUp);
}

function periodParameters(scenario: Scenario, schedule: readonly ScheduledParameters[], warmUp: ModelParameters | null): ModelParameters {
  const { population, community, policy, coefficients: c } = scenario;
  const baseSeats = population.seats;
  const extraSeats = addedSeats(scenario);
  const baseTeams = Math.ceil(baseSeats / population.teamSize);
  const roleWeights = roleShares(population.roleMix);

  const perRole = (rate: (r: (typeof ROLES)[number]) => number) => Float64Array.from(ROLES, rate);
  const nav = flag(policy.training.systemNavigation);
  const wd = policy.staffing.workdaysPerWeek;
  const costs = scenario.costs;
  const t = policy.training;
  const trainingCourses = flag(t.traumaInformed) + flag(t.boundarySetting) + flag(t.deEscalation) + flag(t.systemNavigation);
  const payPerWorkerYear =
    policy.compensation.payRaise * costs.salary +
    policy.compensation.benefits * costs.benefits +
    policy.compensation.therapyAccess * costs.therapyAccess;
  const programmesPerWorkerYear =
    (policy.debrief.mode === 'ongoing' ? costs.ongoingProcessing : 0) +
    trainingCourses * costs.trainingCourse +
    flag(policy.peerSupport.cohesionActivities) * costs.cohesionActivities +
    flag(policy.peerSupport.structuredPeerSupport) * costs.structuredPeerSupport +
    flag(policy.peerSupport.livedExperienceSupport) * costs.livedExperienceSupport +
    flag(policy.stigmaReduction.education) * costs.stigmaEducation +
    flag(policy.stigmaReduction.socialContact) * costs.socialContact +
    flag(policy.resilience.mindfulness) * costs.mindfulness +
    flag(policy.afterHours.phoneOff) * costs.phoneOff +
    policy.supervision.affirmation * costs.affirmation;

  const params: Omit<ModelParameters, 'eventRates'> = {
    scenario,
    // A fresh copy: the normalized object is built key by key and V8 keeps it in slow dictionary
    // mode; a spread copy has fast properties, which the daily loop reads millions of times.
    c: Object.freeze({ ...c }),
    days: scenario.days,
    baseSeats,
    extraSeats,
    seats: baseSeats + extraSeats,
    teamCount: baseTeams,
    roleWeights,
    caseloadShare: perRole((r) => ROLE_PROFILES[r].caseloadShare),
    crisisRate: perRole((r) => c.crisisPerContact * community.overdoseBurden * ROLE_PROFILES[r].exposure.crisis),
    deathRate: perRole((r) => c.deathPerContact * community.overdoseBurden * community.fatality * ROLE_PROFILES[r].exposure.death),
    successRate: perRole(
      (r) => c.successPerContact * (1 - c.barrierSuccessLoss * community.systemBarriers) * (1 + nav * c.navigationSuccessGain) * ROLE_PROFILES[r].exposure.success,
    ),
    barrierRate: perRole((r) => c.barrierPerContact * community.systemBarriers * (1 - nav * c.navigationBarrierRelief) * ROLE_PROFILES[r].exposure.barrier),
    stigmaRate: perRole((r) => c.stigmaPerContact * community.stigma * ROLE_PROFILES[r].exposure.stigma),
    safetyRate: perRole((r) => c.safetyPerContact * (1 - flag(t.deEscalation) * c.deEscalationSafety) * ROLE_PROFILES[r].exposure.safety),
    // Demand is stated per funded seat per standard five-day week, so changing the workweek or
    // adding seats changes who carries the demand, not the demand itself.
    demandPerSeatDay: (community.demandPerSeat * 5) / 7,
    workdaysPerWeek: wd,
    caseloadCap: policy.staffing.caseloadCap,
    floatStaff: policy.staffing.floatPool * (baseSeats + extraSeats),
    hiringDelayDays: policy.staffing.hiringDelayDays,
    payAdequacy: Math.min(1, population.payAdequacy + c.payRaiseAdequacy * policy.compensation.payRaise),
    supervisionMode: policy.supervision.mode === 'none' ? 0 : policy.supervision.mode === 'opt-in' ? 1 : 2,
    supervisionInterval: policy.supervision.intervalDays,
    sessionAttendance:
      policy.supervision.mode === 'opt-out' ? c.optOutAttendance : policy.supervision.mode === 'opt-in' ? selfReferralPerOffer(c.optInSelfReferral, policy.supervision.intervalDays) : 0,
    supervisionQuality: policy.supervision.quality,
    affirmation: policy.supervision.affirmation,
    debriefMode: policy.debrief.mode === 'none' ? 0 : policy.debrief.mode === 'single-session' ? 1 : 2,
    debriefDeathsOnly: policy.debrief.after === 'death' ? 1 : 0,
    griefLeaveDays: policy.grief.leaveDays,
    griefCheckIn: flag(policy.grief.checkIn),
    therapyAccess: policy.compensation.therapyAccess,
    benefits: policy.compensation.benefits,
    ptoStartProbability: ptoStartProbability(policy.compensation.ptoDaysPerYear, c.ptoBlockDays, wd),
    ptoLeaveDays: ptoLeaveDays(c.ptoBlockDays, wd),
    traumaInformed: flag(t.traumaInformed),
    boundarySetting: flag(t.boundarySetting),
    deEscalation: flag(t.deEscalation),
    systemNavigation: nav,
    shadowingDays: t.shadowingDays,
    cohesionActivities: flag(policy.peerSupport.cohesionActivities),
    structuredPeerSupport: flag(policy.peerSupport.structuredPeerSupport),
    livedExperienceSupport: flag(policy.peerSupport.livedExperienceSupport),
    stigmaEducation: flag(policy.stigmaReduction.education),
    socialContact: flag(policy.stigmaReduction.socialContact),
    mindfulness: flag(policy.resilience.mindfulness),
    phoneOff: flag(policy.afterHours.phoneOff),
    knownResident: c.knownPersonBase * community.tightKnit,
    knownOutsider: c.knownPersonBase * community.tightKnit * c.knownPersonOutsider,
    beliefInWellness: Math.min(1, c.beliefInWellnessBase + flag(policy.stigmaReduction.socialContact) * c.socialContactBelief),
    dailyPayCost: payPerWorkerYear / 365,
    dailyRaiseCost: (policy.compensation.payRaise * costs.salary) / 365,
    salaryFactor: perRole((r) => costs.roleSalaryFactor[r]),
    dailyProgrammeCost: programmesPerWorkerYear / 365,
    sickCeiling: c.sickBase * exp(c.sickBurnout + c.sickCf),
    separationCeiling: c.separationBase * exp(c.separationBurnout + c.separationCf) * (1 + c.newHireHazard),
    schedule: Object.freeze(schedule),
    warmUpDays: warmUp ? scenario.population.warmUpDays : 0,
    warmUp,
  };
  return Object.freeze({ ...params, eventRates: eventRateTable(params) });
}
