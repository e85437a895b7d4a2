import type { Design } from '../../../sim/design/design';
import { scaleToRanges } from '../../../sim/design/scale';

// Ishigami & Homma's test function, f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³, with
// a = 7, b = 0.1, and its analytic Sobol indices (e.g. Sobol' & Levitan 1999).
export const A = 7;
export const B = 0.1;

export function ishigami(x1: number, x2: number, x3: number): number {
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
}

/** The function at every point of a 3-dimensional unit design, mapped to [−π, π]³. */
export function ishigamiOutputs(design: Design): Float64Array {
  const range = { min: -Math.PI, max: Math.PI };
  const x = scaleToRanges(design, [range, range, range]);
  const y = new Float64Array(design.count);
  for (let p = 0; p < design.count; p++) y[p] = ishigami(x[3 * p], x[3 * p + 1], x[3 * p + 2]);
  return y;
}

const pi4 = Math.PI ** 4;
const V1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = B ** 2 * pi4 ** 2 * (1 / 18 - 1 / 50);
const V = V1 + V2 + V13 + 0; // V3 = V12 = V23 = V123 = 0

export const ANALYTIC = {
  variance: V,
  firstOrder: [V1 / V, V2 / V, 0],
  total: [(V1 + V13) / V, V2 / V, V13 / V],
};
