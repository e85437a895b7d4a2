// MODEL.md §7: ProQOL-5-equivalent raw scores (10–50; low ≤ 22, high ≥ 42). Each latent state
// (0..1) maps linearly onto the scale, plus a stable per-person response style (measurement
// error with SD coefficients.proqolNoise), so results compare with published ProQOL figures.

export const PROQOL_LOW = 22;
export const PROQOL_HIGH = 42;

export function proqolScore(latent: number, bias: number): number {
  const s = 10 + 40 * latent + bias;
  return s < 10 ? 10 : s > 50 ? 50 : s;
}
