/**
 * Streaming quantile estimates for many cells at once, with memory that does not grow with
 * the number of observations. The first `exactUpTo` observations of every cell are kept and
 * quantiles are exact (type-7 interpolation) until then; after that each quantile is tracked by
 * Jain & Chlamtac's P² algorithm (1985), its five markers started from the exact quantiles of
 * the kept values (so the estimate does not have to crawl from the median), and the buffer is
 * freed. A NaN value is no observation: each cell counts its own, and a cell with fewer than
 * `exactUpTo` when the others' buffer is freed keeps its values until it has them. Results
 * depend on the order of observations, so callers add them in replication order.
 */
export class P2Quantiles {
  readonly cells: number;
  readonly probabilities: readonly number[];
  readonly exactUpTo: number;
  /** Calls to `add`. */
  private added = 0;
  /** Observations of each cell: the values added for it that were numbers. */
  private readonly counts: Uint32Array;
  /**
   * First observations, [cell][observation], for the first `exactUpTo` calls to `add`, `stride` per
   * cell: as many as the observations expected (a run of 2 replications keeps 2 per cell, not 40),
   * grown to `exactUpTo` if more come.
   */
  private buffer: Float64Array | undefined;
  private stride: number;
  /**
   * Cells with fewer than `exactUpTo` observations when the buffer was freed (NaN was added for
   * them: a day with nobody in post), with their observations so far; P² takes over each once it has them all.
   */
  private readonly late = new Map<number, Float64Array>();
  /** Marker heights: [quantile][cell][marker]; allocated for every cell after the `exactUpTo`th call to `add` (none before). */
  private heights = new Float64Array(0);
  /** Marker positions (1-based). */
  private positions = new Float64Array(0);

  /**
   * `expected`: how many calls to `add` the caller expects (a run's replications), which sizes the
   * buffer of first observations; more are accepted. The markers are allocated only after the
   * `exactUpTo`th call to `add`, so a long horizon over a few replications holds only its values.
   */
  constructor(cells: number, probabilities: readonly number[], exactUpTo = 40, expected = exactUpTo) {
    this.cells = cells;
    this.probabilities = probabilities;
    this.exactUpTo = Math.max(5, exactUpTo);
    this.counts = new Uint32Array(cells);
    this.stride = Number.isFinite(expected) ? Math.max(1, Math.min(this.exactUpTo, Math.floor(expected))) : this.exactUpTo;
    this.buffer = new Float64Array(cells * this.stride);
  }

  /** Widens the buffer of first observations to `exactUpTo` per cell, keeping those in it. */
  private widen(): void {
    const old = this.buffer as Float64Array;
    const from = this.stride;
    const e = this.exactUpTo;
    const wider = new Float64Array(this.cells * e);
    for (let c = 0; c < this.cells; c++) wider.set(old.subarray(c * from, c * from + this.counts[c]), c * e);
    this.buffer = wider;
    this.stride = e;
  }

  /** Calls to `add` so far (each adds one value per cell; a NaN value is no observation of its cell). */
  get observations(): number {
    return this.added;
  }

  /** Observations of one cell so far: the values added for it that were numbers. */
  observationsOf(cell: number): number {
    return this.counts[cell];
  }

  /** Adds one value for every cell (values[cell]); a NaN value is left out of its cell's quantiles. */
  add(values: ArrayLike<number>): void {
    const e = this.exactUpTo;
    const counts = this.counts;
    if (this.buffer) {
      if (this.added === this.stride) this.widen();
      const buffer = this.buffer as Float64Array;
      const stride = this.stride;
      for (let c = 0; c < this.cells; c++) {
        const x = values[c];
        if (x === x) buffer[c * stride + counts[c]++] = x;
      }
      this.added++;
      if (this.added === e) {
        this.heights = new Float64Array(this.probabilities.length * this.cells * 5);
        this.positions = new Float64Array(this.probabilities.length * this.cells * 5);
        for (let c = 0; c < this.cells; c++) {
          if (counts[c] === e) this.startMarkers(c, buffer.subarray(c * e, (c + 1) * e));
          else this.late.set(c, buffer.slice(c * e, (c + 1) * e));
        }
        this.buffer = undefined;
      }
      return;
    }
    this.update(values);
    for (const [c, kept] of this.late) {
      const x = values[c];
      if (x !== x) continue;
      kept[counts[c]++] = x;
      if (counts[c] === e) {
        this.startMarkers(c, kept);
        this.late.delete(c);
      }
    }
    this.added++;
  }

  /** Starts a cell's P² markers from the exact quantiles of its first `exactUpTo` observations. */
  private startMarkers(c: number, observations: Float64Array): void {
    const e = this.exactUpTo;
    const sorted = Float64Array.from(observations).sort();
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

  /** One P² step for each cell past its exact observations (its markers started) whose value is a number. */
  private update(values: ArrayLike<number>): void {
    const { heights: q, positions: pos, cells, counts } = this;
    const e = this.exactUpTo;
    for (let k = 0; k < this.probabilities.length; k++) {
      const p = this.probabilities[k];
      for (let c = 0; c < cells; c++) {
        const x = values[c];
        const n = counts[c];
        // A NaN adds nothing; a cell short of its exact observations (late) keeps the value instead (add).
        if (x !== x || n < e) continue;
        const o = (k * cells + c) * 5;
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
    for (let c = 0; c < cells; c++) if (values[c] === values[c] && counts[c] >= e) counts[c]++;
  }

  /** Current estimate of quantile index `k` (into `probabilities`) for `cell`. */
  estimate(k: number, cell: number): number {
    const n = this.counts[cell];
    if (n === 0) return NaN;
    if (n < this.exactUpTo || this.buffer) {
      const e = this.buffer ? this.stride : this.exactUpTo;
      const kept = this.buffer ? this.buffer.subarray(cell * e, cell * e + e) : (this.late.get(cell) as Float64Array);
      const sorted = kept.slice(0, n).sort();
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
