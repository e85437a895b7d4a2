import { exp, log } from '../math/portableMath';

// Partial rank correlation coefficients (PRCC; Marino, Hogue, Ray & Kirschner 2008, "A
// methodology for performing global uncertainty and sensitivity analysis in systems biology"),
// the sensitivity measure of a Latin hypercube or random design: for each parameter, the
// correlation between its ranks and the output's ranks once the linear effects of the other
// parameters' ranks are removed from both. It measures how monotonically the output follows the
// parameter, whatever the others do, from -1 to 1; unlike Sobol indices it needs no special design.

/** The 97.5th percentile of the standard normal: the half-width of a 95% interval in standard errors. */
const NORMAL_975 = 1.959963984540054;

/** One parameter's PRCC with one output. */
export interface Prcc {
  /** The partial rank correlation, −1 to 1; null where the parameter or the output does not vary, or the points are too few. */
  readonly prcc: number | null;
  /** Its 95% interval from Fisher's z (null with it): a PRCC whose interval excludes 0 is clearly non-zero. */
  readonly low: number | null;
  readonly high: number | null;
}

/** Ranks from 1, ties given the mean of the ranks they span (as R's rank and SciPy's rankdata). */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = rank;
    i = j + 1;
  }
  return out;
}

/** The inverse of a symmetric positive definite matrix (rows of `a`), by Gauss-Jordan elimination with partial pivoting; undefined when singular. */
function inverse(a: readonly Float64Array[]): Float64Array[] | undefined {
  const n = a.length;
  const m = a.map((row, i) => {
    const r = new Float64Array(2 * n);
    r.set(row);
    r[n + i] = 1;
    return r;
  });
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    // A pivot this small relative to correlations of at most 1: one column is a combination of the others.
    if (!(Math.abs(m[pivot][c]) > 1e-12)) return undefined;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const p = m[c][c];
    for (let k = 0; k < 2 * n; k++) m[c][k] /= p;
    for (let r = 0; r < n; r++) {
      if (r === c || m[r][c] === 0) continue;
      const f = m[r][c];
      for (let k = 0; k < 2 * n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row) => row.slice(n));
}

/** The Pearson correlation matrix of the columns. */
function correlations(columns: readonly Float64Array[]): Float64Array[] {
  const n = columns[0].length;
  const centred = columns.map((c) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += c[i];
    mean /= n;
    return c.map((x) => x - mean);
  });
  const norms = centred.map((c) => Math.sqrt(c.reduce((s, x) => s + x * x, 0)));
  return centred.map((a, i) =>
    Float64Array.from(centred, (b, j) => {
      if (i === j) return 1;
      let s = 0;
      for (let k = 0; k < n; k++) s += a[k] * b[k];
      return s / (norms[i] * norms[j]);
    }),
  );
}

const NONE: Prcc = { prcc: null, low: null, high: null };

/**
 * Each parameter's PRCC with the output `y`, from the points' parameter values (`x[j]`: parameter
 * j's value at each point) and the output at each point; points whose output is NaN are left out.
 * With k parameters that vary the partial correlations come from the inverse P of the rank
 * correlation matrix: −P[j][y] / √(P[j][j]·P[y][y]). The interval is Fisher's: tanh(atanh(r) ±
 * 1.96 / √(n − k − 2)), n the points, which needs n > k + 2 (none otherwise).
 */
export function prcc(x: readonly ArrayLike<number>[], y: ArrayLike<number>): Prcc[] {
  const kept: number[] = [];
  for (let i = 0; i < y.length; i++) if (y[i] === y[i]) kept.push(i);
  const n = kept.length;
  const pick = (v: ArrayLike<number>) => Float64Array.from(kept, (i) => v[i]);
  const columns = x.map((v) => ranks(pick(v)));
  const output = ranks(pick(y));
  const varies = (c: Float64Array) => c.some((r) => r !== c[0]);
  const active = columns.map((c, j) => (varies(c) ? j : -1)).filter((j) => j >= 0);
  const k = active.length;
  if (!varies(output) || k === 0 || n <= k + 2) return x.map(() => NONE);
  const matrix = correlations([...active.map((j) => columns[j]), output]);
  // An output in the same order as one parameter (pay cost and salary): that parameter's PRCC is ±1,
  // and the others', with it held fixed, have nothing left to correlate with.
  const tied = active.findIndex((_, a) => Math.abs(matrix[a][k]) > 1 - 1e-12);
  if (tied >= 0) return x.map((_, j) => (j === active[tied] ? { prcc: Math.sign(matrix[tied][k]), low: Math.sign(matrix[tied][k]), high: Math.sign(matrix[tied][k]) } : NONE));
  const inv = inverse(matrix);
  if (inv === undefined) return x.map(() => NONE);
  const half = NORMAL_975 / Math.sqrt(n - k - 2);
  const out: Prcc[] = x.map(() => NONE);
  active.forEach((j, a) => {
    const r = Math.max(-1, Math.min(1, -inv[a][k] / Math.sqrt(inv[a][a] * inv[k][k])));
    // Fisher's z: atanh(r) = ½ ln((1 + r)/(1 − r)) and tanh(z) = (e^{2z} − 1)/(e^{2z} + 1), in portable arithmetic.
    if (Math.abs(r) === 1) {
      out[j] = { prcc: r, low: r, high: r };
      return;
    }
    const z = 0.5 * log((1 + r) / (1 - r));
    const tanh = (t: number) => {
      const e = exp(2 * t);
      return (e - 1) / (e + 1);
    };
    out[j] = { prcc: r, low: tanh(z - half), high: tanh(z + half) };
  });
  return out;
}
