import type { Uniform } from '../random/stream';
import { requireInteger, type Design } from './design';

/** `n` independent uniform points in [0, 1)^k, drawn in row-major order (n·k uniforms). */
export function randomDesign(n: number, k: number, u: Uniform): Design {
  requireInteger('randomDesign: n', n, 0);
  requireInteger('randomDesign: k', k, 1);
  const points = new Float64Array(n * k);
  for (let i = 0; i < points.length; i++) points[i] = u();
  return { points, count: n, dimension: k };
}
