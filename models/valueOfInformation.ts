import { netBenefitsInFutures, type ArmReplications } from './netBenefit';
import { binCount, sortedBinEvppi } from './sortedBinEvppi';
import { SIGN_RANGE_TRIMMED_FROM } from '../sim/stats/summary';
import { createStream, type Uniform } from '../sim/random/stream';
import { randomPermutation } from '../sim/design/permutation';

// What learning each drawn value (scenario.uncertainty) before choosing a package would be worth at
// a value V per departure avoided: each field's EVPPI (models/sortedBinEvppi.ts) from the paired
// futures' net benefits (models/netBenefit.ts), beside the estimate the same futures give in orders
// unrelated to the field. A future is one draw and one run of events: the best package's mean in a
// run of a few futures is high by chance alone, so the estimate is above 0 even for a field that
// changes nothing; the orders unrelated to the field measure that chance. The comparison with them
// (a permutation test) asks whether the field's draws go with the net benefits beyond chance, not
// whether learning the field is worth anything: a field that moves the gap between the packages
// without ever changing which is best (EVPPI 0) packs the near-ties into one run when sorted by, where
// chance pushes the estimate up, so it can be beyond noise far more often than 5% of the time.

/** Below this many futures nothing is estimated: runs of 5 futures or fewer (16–19 futures give 4 runs of 4 or 5) give chance more than the field (the comparisons' rule for indicative counts). */
export const MIN_EVPPI_FUTURES = SIGN_RANGE_TRIMMED_FROM;

/** The orders unrelated to the field each estimate is set against. */
export const NOISE_ORDERS = 200;

/** Where the futures in orders unrelated to the field give at least the field's estimate in fewer than this share of them, it is beyond noise: its draws go with the net benefits beyond chance. */
export const NOISE_SHARE_BEYOND = 0.05;

/** The stream the orders unrelated to field `path` are drawn from (key: the run's seed, point 0, replication 0). */
export const evppiNoiseStream = (path: string) => `evppi-noise/${path}`;

export interface FieldEvppi {
  /** The drawn field (a scenario path). */
  readonly field: string;
  /** Its EVPPI per year, whole team, in the currency of costs.* (discounted as the net benefit is). */
  readonly evppi: number;
  /**
   * The mean estimate over NOISE_ORDERS orders of the futures unrelated to the field: what chance alone gives where the
   * field has nothing to do with the net benefits. Where it has, this is not the estimate's bias (it may be more or less),
   * so `evppi − noiseFloor` is no lower bound.
   */
  readonly noiseFloor: number;
  /** The share of those orders, counting the field's own ((count + 1) / (orders + 1), a permutation test's p-value), that give at least `evppi`. */
  readonly noiseShare: number;
  /**
   * noiseShare under NOISE_SHARE_BEYOND: the estimate is more than orders unrelated to the field give, so the field's draws
   * go with the net benefits beyond chance. Not a test that its EVPPI is above 0: a field that moves the gap between the
   * packages without changing which is best can be beyond noise.
   */
  readonly beyondNoise: boolean;
}

export interface ValueOfInformation {
  readonly valuePerDeparture: number;
  /** The annual rate the net benefits were discounted at (only above 0). */
  readonly discountRate?: number;
  /** The futures counted (every arm with both values), and the runs they are cut into. */
  readonly futures: number;
  readonly bins: number;
  readonly noiseOrders: number;
  /** In the order of the draws given (the scenario's). */
  readonly fields: readonly FieldEvppi[];
}

/** Futures 0 .. n − 1 sorted by the value each drew (ties in future order). */
function orderByDraw(drawn: readonly number[]): number[] {
  return drawn.map((_, k) => k).sort((a, b) => drawn[a] - drawn[b] || a - b);
}

/** One field's EVPPI and its noise floor from the futures' draws and benefits; `uniform` draws the orders unrelated to it. */
export function fieldEvppi(field: string, drawn: readonly number[], benefits: readonly (readonly number[])[], uniform: Uniform): FieldEvppi {
  const evppi = sortedBinEvppi(orderByDraw(drawn), benefits);
  let sum = 0;
  let atLeast = 0;
  for (let k = 0; k < NOISE_ORDERS; k++) {
    const chance = sortedBinEvppi(randomPermutation(drawn.length, uniform), benefits);
    sum += chance;
    if (chance >= evppi) atLeast++;
  }
  const noiseShare = (atLeast + 1) / (NOISE_ORDERS + 1);
  return { field, evppi, noiseFloor: sum / NOISE_ORDERS, noiseShare, beyondNoise: noiseShare < NOISE_SHARE_BEYOND };
}

/**
 * Each drawn field's EVPPI at `valuePerDeparture` over the arms' paired futures (the first arm the
 * baseline), `draws` holding each field's value in each replication; undefined without drawn fields
 * or from fewer than MIN_EVPPI_FUTURES futures. `seed` keys the orders unrelated to each field.
 */
export function valueOfInformation(
  valuePerDeparture: number,
  arms: readonly ArmReplications[],
  draws: ReadonlyMap<string, ArrayLike<number>>,
  seed: number,
  discountRate = 0,
): ValueOfInformation | undefined {
  if (draws.size === 0) return undefined;
  const { replications, benefits } = netBenefitsInFutures(valuePerDeparture, arms);
  if (replications.length < MIN_EVPPI_FUTURES) return undefined;
  const key = { seed, point: 0, replication: 0 };
  return {
    valuePerDeparture,
    ...(discountRate > 0 ? { discountRate } : {}),
    futures: replications.length,
    bins: binCount(replications.length),
    noiseOrders: NOISE_ORDERS,
    fields: [...draws].map(([field, values]) => fieldEvppi(field, replications.map((r) => values[r]), benefits, createStream(key, evppiNoiseStream(field)))),
  };
}
