// MODEL.md §4.4: maladaptive detachment ("the shell"): grows when STS is high and coping poor,
// faster in stoic cultures; shrinks with social support (attended supervision also relieves it,
// in schedule/clients.ts).

export function numbingChange(
  numbing: number,
  sts: number,
  selfCare: number,
  propensity: number,
  socialSupport: number,
  growth: number,
  threshold: number,
  relief: number,
  educationShield: number,
): number {
  const excess = sts > threshold ? sts - threshold : 0;
  return growth * excess * (1 - selfCare) * (0.5 + propensity) * (1 - educationShield) * (1 - numbing) - relief * socialSupport * numbing;
}
