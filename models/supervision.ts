// MODEL.md §5: supervision / counselling. Opt-in sessions need a self-referral; opt-out sessions
// are pre-booked and kept unless cancelled (Guldner 2024). Help-seeking falls as burnout rises
// (La Manna 2025), and both modes scale with the worker's professional culture.

/** Whether a session is offered to seat `seat` on `day` (staggered so teams are not all booked at once). */
export function sessionOffered(day: number, seat: number, interval: number): boolean {
  return (day + seat * 7) % interval === 0;
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
