import { exp } from '../sim/math/portableMath';

// MODEL.md §4.8: daily separation hazard h0·exp(c1·burnout + c2·cf − c3·satisfaction − c4·pay)·newHireFactor.

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
