import { stateArray, stateNumber, type StateRecord } from '../io/stateRecord';

/**
 * Streaming quantile estimates for many cells at once, with memory that does not grow with
 * the number of observations. The first `exactUpTo` observations of every cell are kept and
 * quantiles are exact (type-7 interpolation) until then. After that a cell goes one of two ways:
 *
 * - A cell whose first observations take few distinct values (at most `DISTINCT_LIMIT`, and at
 *   most half as many as the observations: a count such as the day's separations or a small
 *   team's head count, or a cost that is usually zero) keeps counting each distinct value, so its
 *   quantiles stay exact, until it meets more than its table has room for (`tableRoom`). P²
 *   assumes a continuous distribution: on such a cell its markers settle between the values the
 *   cell takes (a median of 6.5 where 98 of 100 values were 0).
 * - Any other cell, and a counted cell once its table is full, is tracked by Jain & Chlamtac's
 *   P² algorithm (1985), its five markers started from the exact quantiles of the observations so
 *   far (so the estimate does not have to crawl from the median). A cell whose observations
 *   repeated a value by then also keeps its most frequent value (its atom: a cost of 0, a share
 *   clamped at 0) and counts the observations at and below it: a quantile whose order statistics
 *   fall on the atom is the atom, exactly, and one beside it stays on its side of the atom.
 *
 * A NaN value is no observation: each cell counts its own, and a cell with fewer than
 * `exactUpTo` when the others' buffer is freed keeps its values until it has them. Results
 * depend on the order of observations, so callers add them in replication order.
 */

/** At most this many distinct values among a cell's first `exactUpTo` observations, and the cell is counted exactly. */
export const DISTINCT_LIMIT = 20;
/**
 * The distinct values a counted cell has room for: twice those of its first observations, at
 * least 8. Its table is allocated once, so memory does not grow with observations after the
 * `exactUpTo`th; a cell that meets more values than that has a wider spread than its start
 * showed, where P² does well.
 */
export function tableRoom(distinct: number): number {
  return Math.max(8, 2 * distinct);
}

const KEPT = 0;
const COUNTED = 1;
const MARKED = 2;

export class P2Quantiles {
  readonly cells: number;
  readonly probabilities: readonly number[];
  readonly exactUpTo: number;
  /** Calls to `add`. */
  private added = 0;
  /** Observations of each cell: the values added for it that were numbers. */
  private readonly counts: Uint32Array;
  /** How each cell is summarised: KEPT (its first observations), COUNTED (a table of distinct values) or MARKED (P²). */
  private readonly modes: Uint8Array;
  /**
   * First observations, [cell][observation], for the first `exactUpTo` calls to `add`, `stride` per
   * cell: as many as the observations expected (a run of 2 replications keeps 2 per cell, not 40),
   * grown to `exactUpTo` if more come.
   */
  private buffer: Float64Array | undefined;
  private stride: number;
  /**
   * Cells with fewer than `exactUpTo` observations when the buffer was freed (NaN was added for
   * them: a day with nobody in post), with their observations so far; each is started once it has them all.
   */
  private readonly late = new Map<number, Float64Array>();
  /** Marker heights: [quantile][cell][marker]; allocated for every cell after the `exactUpTo`th call to `add` (none before). */
  private heights = new Float64Array(0);
  /** Marker positions (1-based). */
  private positions = new Float64Array(0);
  /** Each cell's table (an index into the arrays below), or -1: a cell that has never been counted. */
  private tableOf: Int32Array;
  private tables = 0;
  /** The tables' distinct values in increasing order, each table's from `tableAt` on (`tableRooms` slots, `tableSizes` of them used), in one pool. */
  private tableValues = new Float64Array(0);
  /** How often each of them was observed. */
  private tableCounts = new Uint32Array(0);
  /** Slots of the pool given out so far. */
  private poolUsed = 0;
  private tableAt = new Uint32Array(0);
  private tableRooms = new Uint8Array(0);
  private tableSizes = new Uint8Array(0);
  /**
   * For each marked cell whose observations repeated a value when it was marked: its most frequent
   * value then (NaN for none), and the observations equal to it and below it since its first.
   */
  private atomValues = new Float64Array(0);
  private atomCounts = new Uint32Array(0);
  private atomBelow = new Uint32Array(0);

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
    this.modes = new Uint8Array(cells);
    this.tableOf = new Int32Array(0);
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

  /** Whether a cell's quantiles are still exact (its observations kept, or counted by distinct value). */
  isExact(cell: number): boolean {
    return this.modes[cell] !== MARKED;
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
        this.tableOf = new Int32Array(this.cells).fill(-1);
        this.atomValues = new Float64Array(this.cells).fill(NaN);
        this.atomCounts = new Uint32Array(this.cells);
        this.atomBelow = new Uint32Array(this.cells);
        // Sorted in place (the buffer is freed below), and the tables and their room counted, so that they are allocated once.
        let counted = 0;
        let slots = 0;
        for (let c = 0; c < this.cells; c++) {
          if (counts[c] !== e) continue;
          const sorted = buffer.subarray(c * e, (c + 1) * e).sort();
          if (!this.takesFewValues(sorted)) continue;
          counted++;
          slots += tableRoom(distinctValues(sorted));
        }
        this.reserveTables(counted, slots);
        for (let c = 0; c < this.cells; c++) {
          if (counts[c] === e) this.start(c, buffer.subarray(c * e, (c + 1) * e));
          else this.late.set(c, buffer.slice(c * e, (c + 1) * e));
        }
        this.buffer = undefined;
      }
      return;
    }
    this.update(values);
    const modes = this.modes;
    for (let c = 0; c < this.cells; c++) {
      const x = values[c];
      if (x !== x || modes[c] === KEPT) continue;
      if (modes[c] === COUNTED) this.count(c, x);
      counts[c]++;
    }
    for (const [c, kept] of this.late) {
      const x = values[c];
      if (x !== x) continue;
      kept[counts[c]++] = x;
      if (counts[c] === e) {
        this.start(c, kept.sort());
        this.late.delete(c);
      }
    }
    this.added++;
  }

  /** Whether a cell's first observations (sorted) repeat enough to count it by distinct value: at most DISTINCT_LIMIT values, and at most half as many as observations. */
  private takesFewValues(sorted: Float64Array): boolean {
    const distinct = distinctValues(sorted);
    return distinct <= DISTINCT_LIMIT && 2 * distinct <= sorted.length;
  }

  /** Makes room for `more` tables (at most one per cell) and `slots` more slots of the pool. */
  private reserveTables(more: number, slots: number): void {
    if (this.tables + more > this.tableSizes.length) {
      const room = Math.min(this.cells, Math.max(this.tables + more, this.tables * 2));
      this.tableAt = widened(this.tableAt, room);
      this.tableRooms = widened(this.tableRooms, room);
      this.tableSizes = widened(this.tableSizes, room);
    }
    if (this.poolUsed + slots > this.tableValues.length) {
      const room = Math.max(this.poolUsed + slots, 2 * this.tableValues.length);
      this.tableValues = widened(this.tableValues, room);
      this.tableCounts = widened(this.tableCounts, room);
    }
  }


  /** Starts a cell from its first `exactUpTo` observations, sorted: a table if they take few values, else P² markers. */
  private start(c: number, sorted: Float64Array): void {
    if (!this.takesFewValues(sorted)) {
      this.startMarkers(c, (p) => typeSevenQuantile(sorted, p), sorted.length);
      let atom = 0;
      let most = 1;
      for (let i = 1, run = 1; i < sorted.length; i++) {
        run = sorted[i] === sorted[i - 1] ? run + 1 : 1;
        if (run > most) [most, atom] = [run, i];
      }
      if (most > 1) this.keepAtom(c, sorted[atom], most, atom + 1 - most);
      this.modes[c] = MARKED;
      return;
    }
    const room = tableRoom(distinctValues(sorted));
    this.reserveTables(1, room);
    const t = this.tables++;
    const at = this.poolUsed;
    this.poolUsed += room;
    this.tableOf[c] = t;
    this.tableAt[t] = at;
    this.tableRooms[t] = room;
    let size = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) this.tableCounts[at + size - 1]++;
      else {
        this.tableValues[at + size] = sorted[i];
        this.tableCounts[at + size++] = 1;
      }
    }
    this.tableSizes[t] = size;
    this.modes[c] = COUNTED;
  }

  /** Counts one more observation `x` of a counted cell, turning it to P² if `x` is one distinct value too many. */
  private count(c: number, x: number): void {
    const t = this.tableOf[c];
    const at = this.tableAt[t];
    const size = this.tableSizes[t];
    const values = this.tableValues;
    let i = 0;
    while (i < size && values[at + i] < x) i++;
    if (i < size && values[at + i] === x) {
      this.tableCounts[at + i]++;
      return;
    }
    if (size === this.tableRooms[t]) {
      this.markFromTable(c, x);
      return;
    }
    values.copyWithin(at + i + 1, at + i, at + size);
    this.tableCounts.copyWithin(at + i + 1, at + i, at + size);
    values[at + i] = x;
    this.tableCounts[at + i] = 1;
    this.tableSizes[t] = size + 1;
  }

  /** Starts P² markers for a counted cell from its table and one new value `x` (exact quantiles of all its observations), keeping its atom. */
  private markFromTable(c: number, x: number): void {
    const t = this.tableOf[c];
    const at = this.tableAt[t];
    const size = this.tableSizes[t];
    const values = this.tableValues.subarray(at, at + size);
    const tallies = this.tableCounts.subarray(at, at + size);
    const n = this.counts[c] + 1;
    const quantileOf = (p: number) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const hi = Math.min(n - 1, lo + 1);
      const a = orderStatistic(values, tallies, x, lo);
      return a + (h - lo) * (orderStatistic(values, tallies, x, hi) - a);
    };
    this.startMarkers(c, quantileOf, n);
    let atom = 0;
    for (let i = 1; i < size; i++) if (tallies[i] > tallies[atom]) atom = i;
    let below = 0;
    for (let i = 0; i < atom; i++) below += tallies[i];
    this.keepAtom(c, values[atom], tallies[atom], below + (x < values[atom] ? 1 : 0));
    this.modes[c] = MARKED;
  }

  private keepAtom(c: number, value: number, count: number, below: number): void {
    this.atomValues[c] = value;
    this.atomCounts[c] = count;
    this.atomBelow[c] = below;
  }

  /** Starts a cell's P² markers at the exact quantiles (`quantileOf`) of its first `n` observations. */
  private startMarkers(c: number, quantileOf: (p: number) => number, n: number): void {
    for (let k = 0; k < this.probabilities.length; k++) {
      const p = this.probabilities[k];
      const o = (k * this.cells + c) * 5;
      const fractions = [0, p / 2, p, (1 + p) / 2, 1];
      for (let m = 0; m < 5; m++) {
        this.heights[o + m] = quantileOf(fractions[m]);
        this.positions[o + m] = 1 + (n - 1) * fractions[m];
      }
    }
  }

  /** One P² step for each marked cell whose value is a number (its observations not yet counted), and its atom's tallies. */
  private update(values: ArrayLike<number>): void {
    const { heights: q, positions: pos, cells, counts, modes } = this;
    for (let k = 0; k < this.probabilities.length; k++) {
      const p = this.probabilities[k];
      for (let c = 0; c < cells; c++) {
        const x = values[c];
        if (x !== x || modes[c] !== MARKED) continue;
        const n = counts[c];
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
    const atoms = this.atomValues;
    for (let c = 0; c < cells; c++) {
      const x = values[c];
      // A NaN atom (none kept) compares false both ways.
      if (x !== x || modes[c] !== MARKED) continue;
      if (x === atoms[c]) this.atomCounts[c]++;
      else if (x < atoms[c]) this.atomBelow[c]++;
    }
  }

  /** Current estimate of quantile index `k` (into `probabilities`) for `cell`. */
  estimate(k: number, cell: number): number {
    const n = this.counts[cell];
    if (n === 0) return NaN;
    const p = this.probabilities[k];
    const mode = this.modes[cell];
    if (mode === KEPT) {
      const e = this.buffer ? this.stride : this.exactUpTo;
      const kept = this.buffer ? this.buffer.subarray(cell * e, cell * e + e) : (this.late.get(cell) as Float64Array);
      return typeSevenQuantile(kept.slice(0, n).sort(), p);
    }
    if (mode === COUNTED) {
      const t = this.tableOf[cell];
      const at = this.tableAt[t];
      const size = this.tableSizes[t];
      const values = this.tableValues.subarray(at, at + size);
      const tallies = this.tableCounts.subarray(at, at + size);
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      const a = orderStatistic(values, tallies, NaN, lo);
      return a + (h - lo) * (orderStatistic(values, tallies, NaN, Math.min(n - 1, lo + 1)) - a);
    }
    const marked = this.heights[(k * this.cells + cell) * 5 + 2];
    const atom = this.atomValues[cell];
    if (atom !== atom) return marked;
    // The order statistics the quantile interpolates between, against the atom's ranks [first, last] (0-based).
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    // A whole h is the order statistic lo itself.
    const hi = h === lo ? lo : lo + 1;
    const first = this.atomBelow[cell];
    const last = first + this.atomCounts[cell] - 1;
    if (lo >= first && hi <= last) return atom;
    return lo < first ? Math.min(marked, atom) : Math.max(marked, atom);
  }

  /**
   * Everything the sketch has taken in, as plain arrays: restore() on a sketch made with the same
   * cells, probabilities and exactUpTo gives one that goes on exactly as this one would. The arrays
   * are the sketch's own, not copies (a checkpoint of a large run is written at a stop, where a copy
   * of every summary could run it out of memory): write or copy them before anything more is added.
   */
  snapshot(): StateRecord {
    const lateCells = [...this.late.keys()];
    const late = new Float64Array(lateCells.length * this.exactUpTo);
    lateCells.forEach((c, i) => late.set(this.late.get(c)!, i * this.exactUpTo));
    return {
      cells: this.cells,
      exactUpTo: this.exactUpTo,
      added: this.added,
      stride: this.stride,
      tables: this.tables,
      poolUsed: this.poolUsed,
      hasBuffer: this.buffer ? 1 : 0,
      probabilities: Float64Array.from(this.probabilities),
      counts: this.counts,
      modes: this.modes,
      buffer: this.buffer ?? new Float64Array(0),
      lateCells: Uint32Array.from(lateCells),
      late,
      heights: this.heights,
      positions: this.positions,
      tableOf: this.tableOf,
      tableValues: this.tableValues,
      tableCounts: this.tableCounts,
      tableAt: this.tableAt,
      tableRooms: this.tableRooms,
      tableSizes: this.tableSizes,
      atomValues: this.atomValues,
      atomCounts: this.atomCounts,
      atomBelow: this.atomBelow,
    };
  }

  /** Takes the state of a snapshot() of a sketch of the same shape, which must not have been added to. */
  restore(state: StateRecord): void {
    if (this.added !== 0) throw new Error('a quantile sketch is restored only before anything is added to it');
    const probabilities = stateArray(state, 'probabilities', 'Float64Array');
    if (stateNumber(state, 'cells') !== this.cells || stateNumber(state, 'exactUpTo') !== this.exactUpTo || probabilities.length !== this.probabilities.length || probabilities.some((p, k) => p !== this.probabilities[k])) {
      throw new Error('checkpoint quantile sketch has another shape (cells, quantiles or exact observations) than this one');
    }
    const inconsistency = snapshotInconsistency(state, this.cells, this.exactUpTo, this.probabilities.length);
    if (inconsistency !== undefined) throw new Error(`checkpoint quantile sketch is inconsistent: ${inconsistency}`);
    this.added = stateNumber(state, 'added');
    this.stride = stateNumber(state, 'stride');
    this.tables = stateNumber(state, 'tables');
    this.poolUsed = stateNumber(state, 'poolUsed');
    this.counts.set(stateArray(state, 'counts', 'Uint32Array', this.cells));
    this.modes.set(stateArray(state, 'modes', 'Uint8Array', this.cells));
    this.buffer = stateNumber(state, 'hasBuffer') === 1 ? stateArray(state, 'buffer', 'Float64Array', this.cells * this.stride).slice() : undefined;
    const lateCells = stateArray(state, 'lateCells', 'Uint32Array');
    const late = stateArray(state, 'late', 'Float64Array', lateCells.length * this.exactUpTo);
    this.late.clear();
    lateCells.forEach((c, i) => this.late.set(c, late.slice(i * this.exactUpTo, (i + 1) * this.exactUpTo)));
    this.heights = stateArray(state, 'heights', 'Float64Array').slice();
    this.positions = stateArray(state, 'positions', 'Float64Array').slice();
    this.tableOf = stateArray(state, 'tableOf', 'Int32Array').slice();
    this.tableValues = stateArray(state, 'tableValues', 'Float64Array').slice();
    this.tableCounts = stateArray(state, 'tableCounts', 'Uint32Array').slice();
    this.tableAt = stateArray(state, 'tableAt', 'Uint32Array').slice();
    this.tableRooms = stateArray(state, 'tableRooms', 'Uint8Array').slice();
    this.tableSizes = stateArray(state, 'tableSizes', 'Uint8Array').slice();
    this.atomValues = stateArray(state, 'atomValues', 'Float64Array').slice();
    this.atomCounts = stateArray(state, 'atomCounts', 'Uint32Array').slice();
    this.atomBelow = stateArray(state, 'atomBelow', 'Uint32Array').slice();
  }

  /** All quantile estimates of a cell, in probability order and never crossing (P² tracks each independently). */
  estimates(cell: number): number[] {
    const out = this.probabilities.map((_, k) => this.estimate(k, cell));
    for (let k = 1; k < out.length; k++) if (out[k] < out[k - 1]) out[k] = out[k - 1];
    return out;
  }
}

/**
 * What in a sketch's snapshot (of `cells` cells, `exactUpTo` exact observations and `quantiles`
 * probabilities) cannot be a sketch's state, or undefined: its counts out of range, or arrays of other
 * lengths than its counts give (a restored sketch would read past them, or estimate from nothing).
 */
function snapshotInconsistency(state: StateRecord, cells: number, exactUpTo: number, quantiles: number): string | undefined {
  const whole = (name: string, max: number) => {
    const x = stateNumber(state, name);
    return Number.isInteger(x) && x >= 0 && x <= max ? undefined : `its ${name} is ${x}, outside 0-${max}`;
  };
  const added = stateNumber(state, 'added');
  const started = added >= exactUpTo ? 1 : 0;
  const length = (name: string) => {
    const value = state[name];
    return typeof value === 'number' || value === undefined ? -1 : value.length;
  };
  const lengths: readonly (readonly [string, number])[] = [
    ['heights', started * quantiles * cells * 5],
    ['positions', started * quantiles * cells * 5],
    ['tableOf', started * cells],
    ['atomValues', started * cells],
    ['atomCounts', started * cells],
    ['atomBelow', started * cells],
    ['tableRooms', length('tableAt')],
    ['tableSizes', length('tableAt')],
    ['tableCounts', length('tableValues')],
  ];
  const issue =
    whole('added', 2 ** 32 - 1) ??
    whole('stride', exactUpTo) ??
    whole('tables', Math.min(cells, Math.max(0, length('tableAt')))) ??
    whole('poolUsed', Math.max(0, length('tableValues'))) ??
    (stateNumber(state, 'hasBuffer') !== 1 - started ? `it says it ${started ? 'keeps' : 'has no'} first observations after ${added} added` : undefined);
  if (issue !== undefined) return issue;
  for (const [name, expected] of lengths) {
    if (length(name) !== expected) return `its ${name} holds ${length(name)} values, expected ${expected}`;
  }
  const lateCells = state.lateCells;
  if (typeof lateCells !== 'number' && lateCells !== undefined && lateCells.some((c) => c >= cells)) return `its late cells name a cell past ${cells - 1}`;
  return undefined;
}

/** A copy of `old` lengthened to `length`, zeros after its values. */
function widened<T extends Float64Array | Uint32Array | Uint8Array>(old: T, length: number): T {
  const wider = new (old.constructor as new (length: number) => T)(length);
  wider.set(old);
  return wider;
}

/** Distinct values in a sorted array. */
function distinctValues(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** The type-7 quantile `p` of sorted values. */
function typeSevenQuantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The order statistic of 0-based rank `r` among the observations a table counts (`values` in
 * increasing order, each seen `tallies` times; entries with a tally of 0 are unused) and one more
 * observation `extra` (NaN for none).
 */
function orderStatistic(values: Float64Array, tallies: Uint32Array, extra: number, r: number): number {
  let seen = 0;
  let extraPlaced = extra !== extra;
  for (let i = 0; i < values.length; i++) {
    if (tallies[i] === 0) break;
    if (!extraPlaced && extra < values[i]) {
      if (r === seen) return extra;
      seen++;
      extraPlaced = true;
    }
    seen += tallies[i];
    if (r < seen) return values[i];
  }
  return extra;
}
