// How a paired difference moves with a value drawn per replication (scenario.uncertainty): the
// mean difference in the replications that drew the lower and the upper half of the values, and
// Spearman's rank correlation of the difference with the drawn value. Where a package's effect
// depends on an unknown, this says which way and how strongly, which the spread alone does not.

/** The mean paired difference over some replications, and how many. */
export interface HalfMean {
  readonly mean: number;
  readonly reps: number;
}

export interface DrawSensitivity {
  /** The median of the values drawn, between the two halves. */
  readonly median: number;
  /** The replications that drew below the median, and those that drew above it (with an odd count, the middle one is in neither). */
  readonly below: HalfMean;
  readonly above: HalfMean;
  /** Spearman's rank correlation of the difference with the drawn value, from −1 to 1 (ties share their mean rank); null where either does not vary. */
  readonly rankCorrelation: number | null;
  /**
   * The |ρ| that chance alone exceeds in about 5% of samples of this many replications when the
   * difference does not depend on the draw (1.96 / √(n − 1), the large-sample null distribution):
   * a ρ inside it is within noise.
   */
  readonly noise: number;
}

/** Ranks from 1, ties given their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((_, k) => k).sort((a, b) => values[a] - values[b]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    for (let k = i; k <= j; k++) out[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = x[k] - mx;
    const dy = y[k] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/**
 * How `differences[r]` (replication r's paired difference) moves with `draws[r]` (the value it
 * drew); replications whose difference has no value (NaN: nothing to measure) are left out.
 * Undefined from fewer than two replications with a value.
 */
export function drawSensitivity(draws: ArrayLike<number>, differences: ArrayLike<number>): DrawSensitivity | undefined {
  const pairs: [number, number][] = [];
  for (let r = 0; r < draws.length; r++) if (differences[r] === differences[r]) pairs.push([draws[r], differences[r]]);
  if (pairs.length < 2) return undefined;
  pairs.sort((a, b) => a[0] - b[0]);
  const half = Math.floor(pairs.length / 2);
  const mean = (part: [number, number][]): HalfMean => ({ mean: part.reduce((sum, [, d]) => sum + d, 0) / part.length, reps: part.length });
  const odd = pairs.length % 2 === 1;
  return {
    median: odd ? pairs[half][0] : (pairs[half - 1][0] + pairs[half][0]) / 2,
    below: mean(pairs.slice(0, half)),
    above: mean(pairs.slice(odd ? half + 1 : half)),
    rankCorrelation: pearson(ranks(pairs.map(([x]) => x)), ranks(pairs.map(([, d]) => d))),
    noise: 1.96 / Math.sqrt(pairs.length - 1),
  };
}

/** The differences shown against the draws: the outcomes a package is chosen for. */
export const SENSITIVITY_METRICS = ['turnoverPerYear', 'teamCostPerYear', 'proqolSTS', 'proqolBO'] as const;
/** Below this many paired replications, halves of a few futures each would show chance, not a trend: nothing is shown. */
export const MIN_SENSITIVITY_REPS = 10;
