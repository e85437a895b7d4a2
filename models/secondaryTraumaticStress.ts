// MODEL.md §4.3: sts += α·stress·(1 − buffer) + β·traumaticMemories − recovery·sts,
// plus a small pull toward a more distressed team ("trauma is contagious", §4.9).

export function stsChange(
  sts: number,
  stressToSts: number,
  buffer: number,
  traumaticMemories: number,
  teamMeanSts: number,
  stsGain: number,
  intrusion: number,
  recovery: number,
  contagion: number,
): number {
  const spread = teamMeanSts > sts ? contagion * (teamMeanSts - sts) : 0;
  return stsGain * stressToSts * (1 - buffer) + intrusion * traumaticMemories - recovery * sts + spread;
}

/** Off-duty recovery (step 7): detachment lets STS fall, more on a day off than after work. */
export function offDutyStsRecovery(sts: number, detachment: number, rate: number): number {
  return rate * detachment * sts;
}
