// MODEL.md §5: supervision / counselling. Opt-in sessions need a self-referral; opt-out sessions
// are pre-booked and kept unless cancelled (Guldner 2024). Help-seeking falls as burnout rises
// (La Manna 2025), and both modes scale with the worker's professional culture.

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
