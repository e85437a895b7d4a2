import type { Design } from '../design/design';
import { square } from '../math/portableMath';

export interface MorrisIndices {
  /** μ: mean elementary effect per factor (effects of opposite sign cancel). */
  readonly mu: Float64Array;
  /** μ*: mean absolute elementary effect per factor (Campolongo et al. 2007), the usual ranking measure. */
  readonly muStar: Float64Array;
  /** σ: standard deviation (divisor r − 1; 0 when r = 1) of the elementary effects: non-linearity or interactions. */
  readonly sigma: Float64Array;
  /** The elementary effects, trajectory-major: effects[j·k + i] is factor i's in trajectory j. */
  readonly effects: Float64Array;
}

/**
 * Elementary effects and Morris's measures from outputs `y` at the points of a Morris design
 * (r trajectories of k + 1 points, y[p] the output at point p). An effect is the output change
 * over the change of the moved factor in unit coordinates, so for y = Σ c_i x_i with x_i mapped
 * linearly from [min_i, max_i] it is c_i·(max_i − min_i) exactly.
 */
export function morrisIndices(y: Float64Array, design: Design, r: number, k: number): MorrisIndices {
  if (design.dimension !== k || design.count !== r * (k + 1)) {
    throw new RangeError(`morrisIndices: the design is not ${r} trajectories of ${k + 1} points in ${k} factors`);
  }
  if (y.length !== design.count) throw new RangeError(`morrisIndices: expected ${design.count} outputs, got ${y.length}`);
  const x = design.points;
  const effects = new Float64Array(r * k).fill(NaN);
  for (let j = 0; j < r; j++) {
    for (let t = 0; t < k; t++) {
      const p = j * (k + 1) + t;
      // The moved factor is the one coordinate that differs between consecutive points.
      let moved = -1;
      for (let i = 0; i < k; i++) {
        if (x[(p + 1) * k + i] !== x[p * k + i]) {
          if (moved >= 0) throw new RangeError(`morrisIndices: step ${t} of trajectory ${j} moves more than one factor`);
          moved = i;
        }
      }
      if (moved < 0) throw new RangeError(`morrisIndices: step ${t} of trajectory ${j} moves no factor`);
      if (!Number.isNaN(effects[j * k + moved])) throw new RangeError(`morrisIndices: trajectory ${j} moves factor ${moved} twice`);
      effects[j * k + moved] = (y[p + 1] - y[p]) / (x[(p + 1) * k + moved] - x[p * k + moved]);
    }
  }

  const mu = new Float64Array(k);
  const muStar = new Float64Array(k);
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < r; j++) {
      mu[i] += effects[j * k + i];
      muStar[i] += Math.abs(effects[j * k + i]);
    }
    mu[i] /= r;
    muStar[i] /= r;
    let squares = 0;
    for (let j = 0; j < r; j++) squares += square(effects[j * k + i] - mu[i]);
    sigma[i] = r > 1 ? Math.sqrt(squares / (r - 1)) : 0;
  }
  return { mu, muStar, sigma, effects };
}
