import type { Uniform } from '../random/stream';
import { BELOW_ONE, requireInteger, type Design } from './design';
import { randomPermutation } from './permutation';

/**
 * A Latin hypercube of `n` points in [0, 1)^k: every dimension is cut into n equal bins and
 * each bin holds exactly one point, at a uniform position inside it; the bins are paired across
 * dimensions by an independent random permutation per dimension. Draws, dimension by
 * dimension: the permutation (n − 1 uniforms), then one uniform per point for its position.
 */
export function latinHypercube(n: number, k: number, u: Uniform): Design {
  requireInteger('latinHypercube: n', n, 0);
  requireInteger('latinHypercube: k', k, 1);
  const points = new Float64Array(n * k);
  for (let d = 0; d < k; d++) {
    const bins = randomPermutation(n, u);
    for (let i = 0; i < n; i++) points[i * k + d] = Math.min((bins[i] + u()) / n, BELOW_ONE);
  }
  return { points, count: n, dimension: k };
}
