import { SERIES, SERIES_COUNT } from './observables';
import { exp, log } from '../sim/math/portableMath';

// Discounting for value for money (costs.discountRate): health-economic practice counts a cost or
// an outcome a year away at 1/(1 + rate) of one today (NICE 3.5% a year, the US Second Panel 3%).
// Convention: a day's cost and departures count at the start of their day, day d at
// (1 + rate)^(−d/365): day 0 in full, day 365 (the first of year 2) at 1/(1 + rate). The discounted
// sum over the horizon is then put back to an equivalent annual amount: over the discounted
// years (the sum of the day weights over 365), not the calendar years, so that a steady flow keeps
// its size (a cost of $X every year is $X a year, not 5% less over three years at 3.5%) and only
// when costs and departures fall moves it. At rate 0 it is exactly the undiscounted per-year
// metric (leaversPerYear, teamCostPerYear).

/** The daily series value for money discounts, in the order of DiscountedPerYear's fields. */
export interface DiscountedPerYear {
  /** Discounted separations a year, whole team (leaversPerYear discounted). */
  readonly leavers: number;
  /** Discounted cost a year, whole team (teamCostPerYear discounted). */
  readonly cost: number;
}

/**
 * The weight of day `day` (from 0) at an annual `rate`: (1 + rate)^(−day/365), as
 * e^(−day/365 · ln(1 + rate)) by the engine-independent exp and log (sim/math/portableMath.ts), so
 * that every engine gives the same bits.
 */
export const discountFactor = (day: number, rate: number): number => (rate === 0 ? 1 : dayWeight(day, log(1 + rate)));

/** (1 + rate)^(−day/365) from ln(1 + rate), worked out once per series. */
const dayWeight = (day: number, logGrowth: number): number => (logGrowth === 0 ? 1 : exp((-day / 365) * logGrowth));

/**
 * Σ_day x_day · w_day / (Σ_day w_day / 365), w_day = (1 + rate)^(−day/365), over `days` values:
 * the equivalent annual amount of a daily series discounted at `rate` (NaN where any value is; at
 * rate 0 the plain sum × 365/days, to the bit: the weights are then 1 and sum to `days`).
 */
export function discountedPerYear(daily: ArrayLike<number>, rate: number): number {
  const days = daily.length;
  const logGrowth = log(1 + rate);
  let sum = 0;
  let weights = 0;
  for (let day = 0; day < days; day++) {
    const w = dayWeight(day, logGrowth);
    sum += daily[day] * w;
    weights += w;
  }
  return sum / (weights / 365);
}

/**
 * One replication's discounted separations and cost a year, from its daily record (`days` rows of
 * SERIES_COUNT values, as a replication records them), without copying it.
 */
export function discountedRecord(record: ArrayLike<number>, days: number, rate: number): DiscountedPerYear {
  const logGrowth = log(1 + rate);
  let leavers = 0;
  let cost = 0;
  let weights = 0;
  for (let day = 0; day < days; day++) {
    const w = dayWeight(day, logGrowth);
    leavers += record[day * SERIES_COUNT + SERIES.separations] * w;
    cost += record[day * SERIES_COUNT + SERIES.cost] * w;
    weights += w;
  }
  return { leavers: leavers / (weights / 365), cost: cost / (weights / 365) };
}

/** "3.5%": a rate as a percentage, as the words say it. */
export function ratePercent(rate: number): string {
  return `${Number((rate * 100).toPrecision(6))}%`;
}
