import type { Uniform } from '../random/stream';

/**
 * A uniformly random permutation of 0..n-1 (Fisher–Yates). Always consumes exactly n - 1
 * uniforms (none for n ≤ 1), so the draw count depends on n alone.
 */
export function randomPermutation(n: number, u: Uniform): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(u() * (i + 1)));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}
