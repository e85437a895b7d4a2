import { SPLINES, splineRows, type SplineRows } from './cubicBSplines';
import { symmetricInverse } from '../sim/math/symmetricInverse';
import { square } from '../sim/math/portableMath';

// A penalized regression spline of one variable (a P-spline, Eilers and Marx 1996): the fit is
// Σ_j β_j B_j(score) over the cubic B-splines of models/cubicBSplines.ts, β minimizing
// Σ_i (y_i − fit_i)² + λ Σ_j (β_j − 2β_{j+1} + β_{j+2})², which leaves straight lines unpenalized;
// λ is the one of a fixed grid with the least generalized cross-validation score
// n·RSS/(n − γ·tr H)² (Craven and Wahba 1979 with γ = 1; the constant n is left out, which changes no choice), H the fit's hat matrix. Everything that depends on the
// scores alone (the Gram matrix, each λ's inverse and tr H) is worked out once, so fitting another y
// over the same scores, or the same y's values in another order, costs O(n) plus a few hundred
// operations per λ.

/** The roughness weights tried, as multiples of tr(BᵀB)/tr(DᵀD) (which makes them free of n and of the scores' spread): 10^−4 to 10^6 in half-decades. */
export const ROUGHNESS_WEIGHTS: readonly number[] = Array.from({ length: 21 }, (_, k) => {
  let w = 1e-4;
  for (let i = 0; i < k; i++) w *= Math.sqrt(10);
  return w;
});

/** A GCV score must be below the best so far by this share to count as lower: near-exact fits, whose scores differ only by rounding, keep the smoother one. */
const LOWER_BY = 1e-9;

/**
 * γ in the GCV score: above 1 it charges each effective parameter more, as Kim and Gu (2004)
 * suggest, because plain GCV picks too rough a fit in a good share of small samples; a rough fit
 * chases the events' chance, which raises the EVPPI estimate of a field that changes nothing
 * (docs/EVPPI.md: against γ = 1, 1.4 lowers that bias by a quarter to a half at 20 to 100 futures).
 */
export const GCV_INFLATION = 1.4;


export interface SplineSmoother {
  /** The fitted values at each score of a y given over the same scores (y[i] at scores[i]). */
  fit(y: ArrayLike<number>): Float64Array;
}

interface Roughness {
  /** (BᵀB + λDᵀD)⁻¹, row-major. */
  readonly inverse: Float64Array;
  /** tr H = tr((BᵀB + λDᵀD)⁻¹BᵀB), the fit's effective number of parameters. */
  readonly trace: number;
}

/** BᵀB over the rows' four non-zero B-splines each. */
function gramOf(rows: SplineRows): Float64Array {
  const m = SPLINES;
  const gram = new Float64Array(m * m);
  for (let i = 0; i < rows.first.length; i++) {
    const j = rows.first[i];
    for (let p = 0; p < 4; p++) for (let q = 0; q < 4; q++) gram[(j + p) * m + j + q] += rows.values[4 * i + p] * rows.values[4 * i + q];
  }
  return gram;
}

/** DᵀD for D the second differences of the coefficients. */
function roughnessPenalty(): Float64Array {
  const m = SPLINES;
  const penalty = new Float64Array(m * m);
  const d = [1, -2, 1];
  for (let r = 0; r + 2 < m; r++) for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) penalty[(r + p) * m + r + q] += d[p] * d[q];
  return penalty;
}

function meanOf(y: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += y[i];
  return sum / y.length;
}

const trace = (a: Float64Array, m: number) => Array.from({ length: m }, (_, j) => a[j * m + j]).reduce((s, v) => s + v, 0);

/**
 * The smoother over `scores` (each in [0, 1]; models/midRankScores.ts gives such scores from any
 * drawn values), `inflation` the GCV score's γ. Where the scores are all the same (a value drawn
 * alike in every future) they tell nothing: every fit is the mean.
 */
export function splineSmoother(scores: ArrayLike<number>, inflation = GCV_INFLATION): SplineSmoother {
  const m = SPLINES;
  const n = scores.length;
  const rows = splineRows(scores);
  if (Array.prototype.every.call(scores, (s: number) => s === scores[0])) return { fit: (y) => new Float64Array(n).fill(meanOf(y)) };
  const gram = gramOf(rows);
  const penalty = roughnessPenalty();
  const unit = trace(gram, m) / trace(penalty, m);
  const roughness: Roughness[] = ROUGHNESS_WEIGHTS.map((w) => {
    const inverse = symmetricInverse(gram.map((g, k) => g + w * unit * penalty[k]), m);
    let t = 0;
    for (let i = 0; i < m; i++) for (let k = 0; k < m; k++) t += inverse[i * m + k] * gram[k * m + i];
    return { inverse, trace: t };
  });
  // The GCV denominator (n − γ·tr H)² reaches 0 at tr H = n/γ and grows again beyond, which would favour the
  // roughest fits wherever n/γ is below the 13 B-splines' (from 18 futures down at γ = 1.4): only weights that keep
  // tr H under n/γ are tried, and the smoothest always is.
  const candidates = roughness.filter((r, k) => k === roughness.length - 1 || n - inflation * r.trace > 0);
  const beta = new Float64Array(m);
  const best = new Float64Array(m);
  return {
    fit(y) {
      const mean = meanOf(y);
      // Centred, so that the sums of squares below do not cancel in large means; the fit reproduces the mean exactly.
      const cross = new Float64Array(m);
      let total = 0;
      for (let i = 0; i < n; i++) {
        const yc = y[i] - mean;
        total += yc * yc;
        const j = rows.first[i];
        for (let p = 0; p < 4; p++) cross[j + p] += rows.values[4 * i + p] * yc;
      }
      const fitted = new Float64Array(n).fill(mean);
      if (total === 0) return fitted;
      let bestScore = Infinity;
      // From the smoothest down, so that a rougher fit must be better by more than rounding.
      for (let r = candidates.length - 1; r >= 0; r--) {
        const { inverse, trace: tr } = candidates[r];
        for (let i = 0; i < m; i++) {
          let s = 0;
          for (let k = 0; k < m; k++) s += inverse[i * m + k] * cross[k];
          beta[i] = s;
        }
        // RSS = Σ yc² − 2βᵀBᵀyc + βᵀBᵀBβ.
        let explained = 0;
        let quadratic = 0;
        for (let i = 0; i < m; i++) {
          explained += beta[i] * cross[i];
          let s = 0;
          for (let k = 0; k < m; k++) s += gram[i * m + k] * beta[k];
          quadratic += beta[i] * s;
        }
        const score = Math.max(0, total - 2 * explained + quadratic) / square(n - inflation * tr);
        if (r === candidates.length - 1 || score < bestScore * (1 - LOWER_BY)) {
          bestScore = score;
          best.set(beta);
        }
      }
      for (let i = 0; i < n; i++) {
        const j = rows.first[i];
        let s = 0;
        for (let p = 0; p < 4; p++) s += rows.values[4 * i + p] * best[j + p];
        fitted[i] += s;
      }
      return fitted;
    },
  };
}
