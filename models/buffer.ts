// MODEL.md §4.3: the four CFR protective factors combine as independent shields.

/** buffer = 1 − Π(1 − w_k·x_k) over self-care, detachment, satisfaction and social support. */
export function protectiveBuffer(
  selfCare: number,
  detachment: number,
  satisfaction: number,
  socialSupport: number,
  wSelfCare: number,
  wDetachment: number,
  wSatisfaction: number,
  wSocialSupport: number,
): number {
  return 1 - (1 - wSelfCare * selfCare) * (1 - wDetachment * detachment) * (1 - wSatisfaction * satisfaction) * (1 - wSocialSupport * socialSupport);
}
