import { poissonByInversion } from './samplers';
import { exp } from '../math/portableMath';

const TABLE_LENGTH = 64;
/** Above this rate counts often pass the table's end, so they come from the recursion itself. */
const MAX_TABLE_RATE = 30;

/**
 * Poisson counts by inversion of one uniform, equal to `poissonByInversion(u, rate)` (and so to
 * `poissonFromUniform`), read from cached cumulative tables. Each slot keeps the table of its
 * current rate, so callers that draw many counts at one rate (every full-caseload worker of a
 * team on a day) compute e^-rate once instead of once per draw, and the recursion only as far as
 * the largest count drawn so far. Counts beyond the table's reach come from the recursion itself.
 *
 * The daily loop draws a count for every working seat, and it must not allocate. A function call
 * that V8 does not compile inline boxes each floating-point argument and result on the heap, so
 * the calls here pass only integers and references: the rate is stored by `setRate` (small
 * enough to be inlined), the uniform is passed as its array and index, and everything that is
 * not a table lookup (starting a table, extending it, computing e^-rate) is one out-of-line
 * function.
 */
export class PoissonTables {
  private readonly rates: Float64Array;
  /** Entries tabulated per slot; 0 when the slot's rate changed and its table has not started again. */
  private readonly lengths: Int32Array;
  /** The probability of the last tabulated count, where extending the table resumes. */
  private readonly lastProbability: Float64Array;
  private readonly cdf: Float64Array;

  constructor(readonly slots: number) {
    this.rates = new Float64Array(slots).fill(Number.NaN);
    this.lengths = new Int32Array(slots);
    this.lastProbability = new Float64Array(slots);
    this.cdf = new Float64Array(slots * TABLE_LENGTH);
  }

  /** Sets the rate `count` draws at in `slot`; the slot's table starts again only when the rate changes. */
  setRate(slot: number, rate: number): void {
    if (rate === this.rates[slot]) return;
    this.rates[slot] = rate;
    this.lengths[slot] = 0;
  }

  /** The count for the uniform `u[at]` at the rate of `slot` (see setRate). */
  count(slot: number, u: Float64Array, at: number): number {
    const x = u[at];
    const length = this.lengths[slot];
    const cdf = this.cdf;
    const base = slot * TABLE_LENGTH;
    let k = 0;
    while (k < length && x > cdf[base + k]) k++;
    return k < length ? k : this.tabulate(slot, u, at);
  }

  /**
   * The count for `u[at]` beyond the slot's tabulated entries: starts the table if its rate
   * changed, then extends it with the same operations, in the same order, as the inversion in
   * poissonByInversion, so every entry equals the cumulative probability it compares against.
   */
  private tabulate(slot: number, u: Float64Array, at: number): number {
    const x = u[at];
    const rate = this.rates[slot];
    if (!(rate > 0 && rate <= MAX_TABLE_RATE)) return poissonByInversion(x, rate);
    const cdf = this.cdf;
    const base = slot * TABLE_LENGTH;
    let length = this.lengths[slot];
    let p: number;
    let sum: number;
    if (length === 0) {
      p = exp(-rate);
      sum = p;
      cdf[base] = p;
      length = 1;
    } else {
      p = this.lastProbability[slot];
      sum = cdf[base + length - 1];
    }
    while (x > sum && length < TABLE_LENGTH) {
      p *= rate / length;
      if (p === 0) {
        // The inversion stops here whatever the uniform.
        cdf[base + length] = Number.POSITIVE_INFINITY;
        length++;
        break;
      }
      sum += p;
      cdf[base + length] = sum;
      length++;
    }
    this.lengths[slot] = length;
    this.lastProbability[slot] = p;
    return x <= cdf[base + length - 1] ? length - 1 : poissonByInversion(x, rate);
  }
}
