import { poissonByInversion } from './samplers';
import { exp } from '../math/portableMath';

const TABLE_LENGTH = 64;
/** Above this rate counts often pass the table's end, so they come from the recursion itself. */
const MAX_TABLE_RATE = 30;

/**
 * Poisson counts by inversion of one uniform, equal to `poissonByInversion(u, rate)` (and so to
 * `poissonFromUniform`), read from cached cumulative tables. Each slot keeps the table of the
 * last rate it was asked for, so callers that draw many counts at one rate (every full-caseload worker of a team on a
 * day) compute e^-rate once instead of once per draw, and the recursion only as far as the
 * largest count drawn so far. Counts beyond the table's reach come from the recursion itself.
 */
export class PoissonTables {
  private readonly rates: Float64Array;
  /** Entries tabulated per slot. */
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

  /** The count for uniform `u` at `rate`, using (and if needed extending) the table of `slot`. */
  count(slot: number, u: number, rate: number): number {
    if (!(rate > 0 && rate <= MAX_TABLE_RATE)) return poissonByInversion(u, rate);
    const cdf = this.cdf;
    const base = slot * TABLE_LENGTH;
    if (rate !== this.rates[slot]) {
      const p = exp(-rate);
      cdf[base] = p;
      this.lastProbability[slot] = p;
      this.lengths[slot] = 1;
      this.rates[slot] = rate;
    }
    let length = this.lengths[slot];
    let k = 0;
    while (k < length && u > cdf[base + k]) k++;
    if (k < length) return k;
    // Extend the table with the same operations, in the same order, as the inversion in
    // poissonByInversion, so every entry equals the cumulative probability it compares against.
    let p = this.lastProbability[slot];
    let sum = cdf[base + length - 1];
    while (length < TABLE_LENGTH) {
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
      if (u <= sum) break;
    }
    this.lengths[slot] = length;
    this.lastProbability[slot] = p;
    return u <= cdf[base + length - 1] ? length - 1 : poissonByInversion(u, rate);
  }
}
