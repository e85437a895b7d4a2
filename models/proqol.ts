// MODEL.md §7: ProQOL-5-equivalent raw scores (10–50; low ≤ 22, high ≥ 42). Each latent state
// (0..1) maps linearly onto the scale, plus a stable per-person response style (measurement
// error with SD coefficients.proqolNoise), so results compare with published ProQOL figures.

export const PROQOL_LOW = 22;
export const PROQOL_HIGH = 42;
/** The scale's range. */
export const PROQOL_MIN = 10;
export const PROQOL_MAX = 50;

export function proqolScore(latent: number, bias: number): number {
  const s = PROQOL_MIN + (PROQOL_MAX - PROQOL_MIN) * latent + bias;
  // Math.min/max rather than a conditional: V8 kept the conditional's result (an integer bound
  // or a double) as a heap number in observeDay's loop, three per worker-day.
  return Math.min(PROQOL_MAX, Math.max(PROQOL_MIN, s));
}
