// MODEL.md §8's turnover targets for the status-quo package, which every preset meets
// (docs/VALIDATION.md): one source for the validation report's checks and for the warning a run
// gets when its own status quo falls outside them.

/** Annual turnover of outreach, harm-reduction and SUD-counselling staff: 20–35% (Eby et al. 2010, ≈33%/yr). */
export const OUTREACH_TURNOVER = { lo: 0.2, hi: 0.35 } as const;
/** Annual turnover of first responders (EMS): 20–36% (MODEL.md §8). */
export const FIRST_RESPONDER_TURNOVER = { lo: 0.2, hi: 0.36 } as const;
/** The range the presets' status quo was calibrated to, for any population: both targets together. */
export const CALIBRATED_TURNOVER = { lo: Math.min(OUTREACH_TURNOVER.lo, FIRST_RESPONDER_TURNOVER.lo), hi: Math.max(OUTREACH_TURNOVER.hi, FIRST_RESPONDER_TURNOVER.hi) } as const;

/** A status-quo arm whose mean turnover lies outside the calibrated range. */
export interface UncalibratedArm {
  readonly policy: string;
  readonly turnoverPerYear: number;
}

/**
 * The arms run under the status-quo package whose mean annual turnover lies outside the range every
 * preset's status quo was calibrated to: there the model runs beyond what its evidence checked (a
 * heavier caseload or lower pay than any preset, say), and its numbers deserve a check against the
 * team's own. Other packages are not calibrated to turnover, so they are not judged. Only a mean
 * more than two standard errors outside the range counts (a short run's turnover is noisy, and one
 * replication has no standard error, so it is never judged).
 */
export function uncalibratedStatusQuo(
  outcomes: readonly { readonly policy: string; readonly metrics: { readonly turnoverPerYear?: { readonly mean: number; readonly sd: number | null } } }[],
  reps: number,
): UncalibratedArm[] {
  const out: UncalibratedArm[] = [];
  for (const o of outcomes) {
    const turnover = o.metrics.turnoverPerYear;
    if (o.policy !== 'status-quo' || turnover === undefined || typeof turnover.sd !== 'number' || reps < 2) continue;
    const { mean, sd } = turnover;
    const beyond = Math.max(CALIBRATED_TURNOVER.lo - mean, mean - CALIBRATED_TURNOVER.hi);
    if (beyond > (2 * sd) / Math.sqrt(reps)) out.push({ policy: o.policy, turnoverPerYear: mean });
  }
  return out;
}

/** The warning for such an arm, in words (percentages to one decimal). */
export function uncalibratedSentence(arm: UncalibratedArm): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const side = arm.turnoverPerYear > CALIBRATED_TURNOVER.hi ? 'above' : 'below';
  return (
    `${arm.policy}'s turnover (${pct(arm.turnoverPerYear)} a year) lies ${side} ${Math.round(CALIBRATED_TURNOVER.lo * 100)}–${Math.round(CALIBRATED_TURNOVER.hi * 100)}%, ` +
    `the range every preset's status quo was calibrated to (MODEL.md §8, docs/VALIDATION.md): this scenario runs the model beyond what its evidence checked. ` +
    `Compare the status quo's outcomes with your team's own figures (turnover, ProQOL) before reading the packages' effects; ` +
    `caseload (community.demandPerSeat against coefficients.sustainableLoad), pay and staffing move them most.`
  );
}
