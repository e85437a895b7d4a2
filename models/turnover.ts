import { exp, log } from '../sim/math/portableMath';

// MODEL.md §4.8: daily separation hazard h0·exp(c1·burnout + c2·cf − c3·satisfaction − c4·pay)·newHireFactor.

export const SEPARATION_REASONS = ['other', 'burnout', 'compassion-fatigue', 'new-hire'] as const;
export type SeparationReason = (typeof SEPARATION_REASONS)[number];

export function newHireFactor(tenureDays: number, extraHazard: number, fragileDays: number, shadowRelief: number): number {
  if (tenureDays >= fragileDays) return 1;
  return 1 + extraHazard * (1 - tenureDays / fragileDays) * (1 - shadowRelief);
}

export function separationHazard(
  burnout: number,
  cf: number,
  satisfaction: number,
  payAdequacy: number,
  hireFactor: number,
  c: { separationBase: number; separationBurnout: number; separationCf: number; separationSatisfaction: number; separationPay: number },
): number {
  return (
    c.separationBase *
    exp(c.separationBurnout * burnout + c.separationCf * cf - c.separationSatisfaction * satisfaction - c.separationPay * payAdequacy) *
    hireFactor
  );
}

/**
 * The main driver of a separation, for reporting: the largest of the burnout, compassion-fatigue
 * and new-hire contributions to the log-hazard above what an average worker carries.
 */
export function separationReason(burnout: number, cf: number, hireFactor: number, c: { separationBurnout: number; separationCf: number }): number {
  const b = c.separationBurnout * (burnout - 0.35);
  const f = c.separationCf * (cf - 0.35);
  const h = log(hireFactor);
  const top = Math.max(b, f, h);
  if (top < 0.25) return 0;
  return top === b ? 1 : top === f ? 2 : 3;
}
