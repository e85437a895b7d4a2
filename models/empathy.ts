// MODEL.md §4.2: empathy makes a worker effective and vulnerable at once.

/** Effort to relieve suffering: concern × ability, dampened by numbing. */
export function empathicResponse(empathicConcern: number, empathicAbility: number, numbing: number): number {
  return empathicConcern * empathicAbility * (1 - numbing);
}

/** Re-traumatization multiplier: staff with lived experience feel more, less with tailored support. */
export function trigger(livedExperience: number, livedTrigger: number, tailoredSupport: number, tailoredRelief: number): number {
  return 1 + livedExperience * livedTrigger * (1 - tailoredSupport * tailoredRelief);
}

/** Compassion stress from today's exposure: witnessing hurts a little, empathic engagement more. */
export function compassionStress(exposure: number, response: number, witnessShare: number, triggerFactor: number): number {
  return exposure * (witnessShare + (1 - witnessShare) * response) * triggerFactor;
}

/** Quality of care per contact (0..1): grows with empathic response, trauma-informed training; falls with burnout. */
export function careQuality(response: number, base: number, traumaInformedGain: number, burnout: number, burnoutLoss: number): number {
  const q = (base + (1 - base) * response) * (1 + traumaInformedGain) * (1 - burnoutLoss * burnout);
  return q > 1 ? 1 : q < 0 ? 0 : q;
}
