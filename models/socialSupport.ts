// MODEL.md §4.9: support flows inside a team. Distressed teammates give less; cohesion scales it;
// churn erodes cohesion (strangers don't lean on each other).

export function socialSupport(
  cohesion: number,
  teammatesWellbeing: number,
  affirmation: number,
  structuredPeer: number,
  w: { peerSupportWeight: number; supervisorSupportWeight: number; structuredPeerWeight: number },
): number {
  const s = w.peerSupportWeight * cohesion * teammatesWellbeing + w.supervisorSupportWeight * affirmation + w.structuredPeerWeight * structuredPeer;
  return s > 1 ? 1 : s;
}

/** Level a team's cohesion settles at. */
export function cohesionTarget(base: number, activities: number, activitiesGain: number): number {
  const t = base + activities * activitiesGain;
  return t > 1 ? 1 : t;
}

/** Cohesion lost when one member leaves or a stranger joins a team of `teamSeats`. */
export function churnLoss(teamSeats: number, lossCoefficient: number): number {
  return lossCoefficient / (teamSeats > 1 ? teamSeats : 1);
}
