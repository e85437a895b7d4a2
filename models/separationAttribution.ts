import { exp, log } from '../sim/math/portableMath';

// Why a worker left (MODEL.md §4.8), for reporting only: their separation hazard split among its
// terms. Each term's contribution to the log-hazard is taken above a fixed reference worker, and
// the part of the hazard the reference worker carries anyway is the baseline.

/** The reasons, in the order of a leaver's shares; index 0 is the baseline. */
export const SEPARATION_REASONS = ['baseline', 'burnout', 'compassion-fatigue', 'low-satisfaction', 'low-pay', 'new-hire'] as const;
export type SeparationReason = (typeof SEPARATION_REASONS)[number];

/**
 * The reference worker: the least hazard the model allows, a worker with no burnout, no compassion
 * fatigue, full compassion satisfaction, adequate pay (pay adequacy 1) and past the first months
 * (new-hire factor 1). Every term then raises a leaver's log-hazard by zero or more, so no term's
 * strain is cancelled by another's relief, and the baseline is the hazard no package can remove
 * (moves, retirement, career changes). Fixed, so that it means the same under every package.
 */
export const SEPARATION_REFERENCE = { burnout: 0, cf: 0, satisfaction: 1, payAdequacy: 1, hireFactor: 1 } as const;

/**
 * A leaver's shares of SEPARATION_REASONS, written into `out` (summing to 1). With h the leaver's
 * hazard and h_ref the reference worker's, the baseline share is min(1, h_ref/h); the rest,
 * 1 − h_ref/h, is split among the terms that raise the log-hazard above the reference, in
 * proportion to how much each raises it. Terms below the reference (protective) get no share.
 */
export function separationShares(
  burnout: number,
  cf: number,
  satisfaction: number,
  payAdequacy: number,
  hireFactor: number,
  c: { separationBurnout: number; separationCf: number; separationSatisfaction: number; separationPay: number },
  out: Float64Array | number[],
): void {
  const r = SEPARATION_REFERENCE;
  out[1] = c.separationBurnout * (burnout - r.burnout);
  out[2] = c.separationCf * (cf - r.cf);
  out[3] = c.separationSatisfaction * (r.satisfaction - satisfaction);
  out[4] = c.separationPay * (r.payAdequacy - payAdequacy);
  out[5] = log(hireFactor / r.hireFactor);
  let excess = 0;
  let raising = 0;
  for (let k = 1; k < SEPARATION_REASONS.length; k++) {
    excess += out[k];
    if (out[k] > 0) raising += out[k];
  }
  if (excess <= 0) {
    out[0] = 1;
    for (let k = 1; k < SEPARATION_REASONS.length; k++) out[k] = 0;
    return;
  }
  const baseline = exp(-excess);
  out[0] = baseline;
  for (let k = 1; k < SEPARATION_REASONS.length; k++) out[k] = out[k] > 0 ? ((1 - baseline) * out[k]) / raising : 0;
}

/** The index of the largest share (the main driver; the first of equals). */
export function mainReason(shares: Float64Array | number[]): number {
  let top = 0;
  for (let k = 1; k < SEPARATION_REASONS.length; k++) if (shares[k] > shares[top]) top = k;
  return top;
}
