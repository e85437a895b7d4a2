import type { Uniform } from '../random/stream';
import { requireInteger, type Design } from './design';
import { randomPermutation } from './permutation';

/**
 * Morris's design: `trajectories` (r) one-at-a-time trajectories of k + 1 points each, stored
 * one after the other (point t of trajectory j is point j·(k + 1) + t). Coordinates lie on the
 * grid {0, 1/(p−1), ..., 1} of p = `levels`; each step changes exactly one factor, by ±delta.
 */
export interface MorrisDesign extends Design {
  readonly trajectories: number;
  readonly levels: number;
  /** The step in unit coordinates, p / (2(p − 1)). */
  readonly delta: number;
}

/**
 * r random Morris trajectories (Morris 1991; the usual construction, as in Campolongo et al.
 * 2007 but without their selection of well-spread trajectories) in k factors on a p-level grid
 * (p even, ≥ 2), with step Δ = p / (2(p − 1)), i.e. p/2 grid intervals. Per trajectory: a
 * random base point x* on the levels from which +Δ stays in [0, 1], a random direction ±1 per
 * factor (a factor moving down starts at x* + Δ), and a random order in which the factors move.
 * So a factor is equally likely to start at each of the p levels. Draws per trajectory: the order
 * (k − 1 uniforms), then k base levels, then k directions.
 */
export function morrisDesign(r: number, k: number, levels: number, u: Uniform): MorrisDesign {
  requireInteger('morrisDesign: r', r, 1);
  requireInteger('morrisDesign: k', k, 1);
  requireInteger('morrisDesign: levels', levels, 2);
  if (levels % 2 !== 0) throw new RangeError(`morrisDesign: levels must be even, so that Δ is on the grid (got ${levels})`);
  const half = levels / 2; // Δ in grid intervals
  const intervals = levels - 1;
  const delta = levels / (2 * intervals);

  const points = new Float64Array(r * (k + 1) * k);
  const level = new Int32Array(k);
  const step = new Int32Array(k); // ±half
  for (let j = 0; j < r; j++) {
    const order = randomPermutation(k, u);
    for (let i = 0; i < k; i++) level[i] = Math.min(half - 1, Math.floor(u() * half));
    for (let i = 0; i < k; i++) {
      const up = u() < 0.5;
      step[i] = up ? half : -half;
      if (!up) level[i] += half;
    }
    const first = j * (k + 1);
    for (let t = 0; t <= k; t++) {
      if (t > 0) level[order[t - 1]] += step[order[t - 1]];
      for (let i = 0; i < k; i++) points[(first + t) * k + i] = level[i] / intervals;
    }
  }
  return { points, count: r * (k + 1), dimension: k, trajectories: r, levels, delta };
}
