// MODEL.md §4.4: healthy off-duty disengagement, recomputed daily.

export function detachment(
  skill: number,
  boundaryTraining: number,
  phoneOff: number,
  guilt: number,
  cantClockOut: number,
  intrusion: number,
): number {
  const d = skill + boundaryTraining + phoneOff - guilt - cantClockOut - intrusion;
  return d < 0 ? 0 : d > 1 ? 1 : d;
}
