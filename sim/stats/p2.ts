/**
 * Streaming quantile estimates for many cells at once (Jain & Chlamtac's P² algorithm, 1985):
 * five markers per quantile per cell, whatever the number of observations, so memory does not
 * grow with replications. Up to five observations the estimate is exact (type-7 interpolation).
 * Results depend on the order of observations, so callers add them in replication order.
 */
export class P2Quantiles {
  readonly cells: number;
  readonly probabilities: readonly number[];
  private count = 0;
  /** Marker heights: [quantile][cell][marker]. */
  private readonly heights: Float64Array;
  /** Marker positions (1-based). */
  private readonly positions: Float64Array;

  constructor(cells: number, probabilities: readonly number[]) {
    this.cells = cells;
    this.probabilities = probabilities;
    this.heights = new Float64Array(probabilities.length * cells * 5);
    this.positions = new Float64Array(probabilities.length * cells * 5);
  }

  /** Observations added so far (each call to `add` adds one per cell). */
  get observations(): number {
    return this.count;
  }

  /** Adds one observation for every cell (values[cell]). */
  add(values: ArrayLike<number>): void {
    const n = this.count;
    const { heights: q, positions: pos, cells } = this;
    for (let k = 0; k < this.probabilities.length; k++) {
      const p = this.probabilities[k];
      for (let c = 0; c < cells; c++) {
        const o = (k * cells + c) * 5;
        const x = values[c];
        if (n < 5) {
          // Keep the first five sorted (insertion).
          let j = n;
          while (j > 0 && q[o + j - 1] > x) {
            q[o + j] = q[o + j - 1];
            j--;
          }
          q[o + j] = x;
          if (n === 4) for (let m = 0; m < 5; m++) pos[o + m] = m + 1;
          continue;
        }
        let cell: number;
        if (x < q[o]) {
          q[o] = x;
          cell = 0;
        } else if (x >= q[o + 4]) {
          if (x > q[o + 4]) q[o + 4] = x;
          cell = 3;
        } else {
          cell = 0;
          while (cell < 3 && x >= q[o + cell + 1]) cell++;
        }
        for (let m = cell + 1; m < 5; m++) pos[o + m]++;
        // Desired positions of the middle markers with n + 1 observations: 1 + n·(p/2, p, (1+p)/2).
        for (let m = 1; m < 4; m++) {
          const d = 1 + n * (m === 1 ? p / 2 : m === 2 ? p : (1 + p) / 2) - pos[o + m];
          if ((d >= 1 && pos[o + m + 1] - pos[o + m] > 1) || (d <= -1 && pos[o + m - 1] - pos[o + m] < -1)) {
            const s = d >= 0 ? 1 : -1;
            const qm = q[o + m];
            const np = pos[o + m + 1], nm = pos[o + m - 1], ni = pos[o + m];
            const parabolic = qm + (s / (np - nm)) * ((ni - nm + s) * ((q[o + m + 1] - qm) / (np - ni)) + (np - ni - s) * ((qm - q[o + m - 1]) / (ni - nm)));
            if (q[o + m - 1] < parabolic && parabolic < q[o + m + 1]) q[o + m] = parabolic;
            else q[o + m] = qm + (s * (q[o + m + s] - qm)) / (pos[o + m + s] - ni);
            pos[o + m] += s;
          }
        }
      }
    }
    this.count = n + 1;
  }

  /** Current estimate of quantile index `k` (into `probabilities`) for `cell`. */
  estimate(k: number, cell: number): number {
    const o = (k * this.cells + cell) * 5;
    const n = this.count;
    if (n === 0) return NaN;
    if (n <= 5) {
      const h = (n - 1) * this.probabilities[k];
      const lo = Math.floor(h);
      const hi = Math.min(n - 1, lo + 1);
      return this.heights[o + lo] + (h - lo) * (this.heights[o + hi] - this.heights[o + lo]);
    }
    return this.heights[o + 2];
  }
}
