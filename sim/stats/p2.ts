/**
 * Streaming quantile estimates for many cells at once, with memory that does not grow with
 * the number of observations. The first `exactUpTo` observations of every cell are kept and
 * quantiles are exact (type-7 interpolation) until then; after that each quantile is tracked by
 * Jain & Chlamtac's P² algorithm (1985), its five markers started from the exact quantiles of
 * the kept values (so the estimate does not have to crawl from the median), and the buffer is
 * freed. Results depend on the order of observations, so callers add them in replication order.
 */
export class P2Quantiles {
  readonly cells: number;
  readonly probabilities: readonly number[];
  readonly exactUpTo: number;
  private count = 0;
  /** First observations, [cell][observation], until P² takes over. */
  private buffer: Float64Array | undefined;
  /** Marker heights: [quantile][cell][marker]. */
  private readonly heights: Float64Array;
  /** Marker positions (1-based). */
  private readonly positions: Float64Array;

  constructor(cells: number, probabilities: readonly number[], exactUpTo = 40) {
    this.cells = cells;
    this.probabilities = probabilities;
    this.exactUpTo = Math.max(5, exactUpTo);
    this.buffer = new Float64Array(cells * this.exactUpTo);
    this.heights = new Float64Array(probabilities.length * cells * 5);
    this.positions = new Float64Array(probabilities.length * cells * 5);
  }

  /** Observations added so far (each call to `add` adds one per cell). */
  get observations(): number {
    return this.count;
  }

  /** Adds one observation for every cell (values[cell]). */
  add(values: ArrayLike<number>): void {
    if (this.buffer) {
      const n = this.count;
      const e = this.exactUpTo;
      for (let c = 0; c < this.cells; c++) this.buffer[c * e + n] = values[c];
      this.count = n + 1;
      if (this.count === e) this.startMarkers();
      return;
    }
    this.update(values);
  }

  private startMarkers(): void {
    const buffer = this.buffer as Float64Array;
    const e = this.exactUpTo;
    const sorted = new Float64Array(e);
    for (let c = 0; c < this.cells; c++) {
      sorted.set(buffer.subarray(c * e, (c + 1) * e));
      sorted.sort();
      for (let k = 0; k < this.probabilities.length; k++) {
        const p = this.probabilities[k];
        const o = (k * this.cells + c) * 5;
        const fractions = [0, p / 2, p, (1 + p) / 2, 1];
        for (let m = 0; m < 5; m++) {
          const h = (e - 1) * fractions[m];
          const lo = Math.floor(h);
          const hi = Math.min(e - 1, lo + 1);
          this.heights[o + m] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
          this.positions[o + m] = 1 + h;
        }
      }
    }
    this.buffer = undefined;
  }

  private update(values: ArrayLike<number>): void {
    const n = this.count;
    const { heights: q, positions: pos, cells } = this;
    for (let k = 0; k < this.probabilities.length; k++) {
      const p = this.probabilities[k];
      for (let c = 0; c < cells; c++) {
        const o = (k * cells + c) * 5;
        const x = values[c];
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
    const n = this.count;
    if (n === 0) return NaN;
    if (this.buffer) {
      const e = this.exactUpTo;
      const sorted = this.buffer.slice(cell * e, cell * e + n).sort();
      const h = (n - 1) * this.probabilities[k];
      const lo = Math.floor(h);
      const hi = Math.min(n - 1, lo + 1);
      return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
    return this.heights[(k * this.cells + cell) * 5 + 2];
  }

  /** All quantile estimates of a cell, in probability order and never crossing (P² tracks each independently). */
  estimates(cell: number): number[] {
    const out = this.probabilities.map((_, k) => this.estimate(k, cell));
    for (let k = 1; k < out.length; k++) if (out[k] < out[k - 1]) out[k] = out[k - 1];
    return out;
  }
}
