import { exp, log } from '../sim/math/portableMath';

// MODEL.md §5: supervision / counselling. Opt-in sessions need a self-referral; opt-out sessions
// are pre-booked and kept unless cancelled (Guldner 2024). Help-seeking falls as burnout rises
// (La Manna 2025), and both modes scale with the worker's professional culture.

/**
 * Days of Guldner et al.'s (2024) opt-in period (1 July 2020 to 31 January 2021), over which 7 of
 * 114 residents (6%) self-initiated therapy: a share of people over a period, not of sessions.
 */
export const OPT_IN_STUDY_DAYS = 214;

/**
 * The chance an average worker self-refers when an opt-in session is on offer, such that a worker
 * offered one every `intervalDays` self-refers at least once over OPT_IN_STUDY_DAYS with
 * probability `shareOverStudy`: 1 − (1 − share)^(interval / 214). Self-referral is the worker's
 * initiative, so offering sessions more often spreads the same chance over more offers instead of
 * multiplying it.
 */
export function selfReferralPerOffer(shareOverStudy: number, intervalDays: number): number {
  // exp and log, not Math.pow, whose last bits differ between JavaScript engines (sim/math/portableMath.ts).
  return 1 - exp((intervalDays / OPT_IN_STUDY_DAYS) * log(1 - shareOverStudy));
}

/**
 * Day of a seat's first session after hire: staggered across seats so a team is not all booked
 * on one day. A session falls due every `interval` days and is offered on the worker's first
 * workday on or after the due day (leave or a day off postpones it, never cancels it).
 */
export function firstSessionDay(hireDay: number, seat: number, interval: number): number {
  return hireDay + ((seat * 3) % interval);
}

/** Whether a session is due today. */
export function sessionDue(day: number, nextSessionDay: number): boolean {
  return day >= nextSessionDay;
}

/** Help-seeking today: trait plus trauma literacy, eroded by burnout. */
export function effectiveHelpSeeking(trait: number, traumaLiteracy: number, burnout: number, burnoutDrop: number): number {
  const h = (trait + traumaLiteracy) * (1 - burnoutDrop * burnout);
  return h < 0 ? 0 : h > 1 ? 1 : h;
}

/** Probability an offered session is attended. */
export function attendanceProbability(baseRate: number, helpSeeking: number, reference: number): number {
  const p = (baseRate * helpSeeking) / reference;
  return p > 1 ? 1 : p;
}
