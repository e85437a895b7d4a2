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
 * linearly from [min_i, max_i] it is c_i·(max_i − min_i) exactly. `at` gives the coordinates the
 * steps are measured in, laid out as design.points (default: the design's own): a factor whose
 * values are rounded (whole numbers) moves by uneven steps, which its values measure as taken.
 * A step that does not move the factor there gives no effect (NaN), and the measures are over the
 * factor's other effects (NaN when it has none): a safeguard, as CFSim's designs step by more than
 * half the range and whole numbers are binned evenly (scaleCoordinate), so every step moves.
 */
export function morrisIndices(y: Float64Array, design: Design, r: number, k: number, at: Float64Array = design.points): MorrisIndices {
  if (design.dimension !== k || design.count !== r * (k + 1)) {
    throw new RangeError(`morrisIndices: the design is not ${r} trajectories of ${k + 1} points in ${k} factors`);
  }
  if (y.length !== design.count) throw new RangeError(`morrisIndices: expected ${design.count} outputs, got ${y.length}`);
  if (at.length !== design.points.length) throw new RangeError(`morrisIndices: expected ${design.points.length} step coordinates, got ${at.length}`);
  const x = design.points;
  const effects = new Float64Array(r * k).fill(NaN);
  // 0: not yet stepped; 1: stepped and measured; 2: stepped without moving in `at` (no effect).
  const stepped = new Uint8Array(r * k);
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
      if (stepped[j * k + moved] !== 0) throw new RangeError(`morrisIndices: trajectory ${j} moves factor ${moved} twice`);
      const step = at[(p + 1) * k + moved] - at[p * k + moved];
      stepped[j * k + moved] = step !== 0 ? 1 : 2;
      if (step !== 0) effects[j * k + moved] = (y[p + 1] - y[p]) / step;
    }
  }

  const mu = new Float64Array(k);
  const muStar = new Float64Array(k);
  const sigma = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let n = 0;
    for (let j = 0; j < r; j++) {
      if (stepped[j * k + i] !== 1) continue;
      const e = effects[j * k + i];
      n++;
      mu[i] += e;
      muStar[i] += Math.abs(e);
    }
    mu[i] /= n;
    muStar[i] /= n;
    let squares = 0;
    for (let j = 0; j < r; j++) if (stepped[j * k + i] === 1) squares += square(effects[j * k + i] - mu[i]);
    sigma[i] = n > 1 ? Math.sqrt(squares / (n - 1)) : n === 1 ? 0 : Number.NaN;
  }
  return { mu, muStar, sigma, effects };
}
