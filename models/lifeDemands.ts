// MODEL.md §4.7: other life demands revert to a base raised by inadequate pay (second jobs) and
// jump on random life shocks, cushioned by benefits.

export function lifeDemandsBase(personalBase: number, payAdequacy: number, payGapEffect: number): number {
  return personalBase + payGapEffect * (1 - payAdequacy);
}

export function lifeShock(size: number, benefits: number, benefitsRelief: number): number {
  return size * (1 - benefits * benefitsRelief);
}
