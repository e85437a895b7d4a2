import type { Design } from './design';

/** A continuous range: u ↦ min + u·(max − min). */
export interface ContinuousRange {
  readonly min: number;
  readonly max: number;
  readonly integer?: false;
}

/** The integers min..max, each equally likely: u ↦ min + floor(u·(max − min + 1)), clamped to max. */
export interface IntegerRange {
  readonly min: number;
  readonly max: number;
  readonly integer: true;
}

/** A list of values, each equally likely: u ↦ values[floor(u·length)], clamped to the last. */
export interface ListRange<T = number> {
  readonly values: readonly T[];
}

export type ParameterRange = ContinuousRange | IntegerRange | ListRange<number>;

/** The index into a list of `length` values that unit coordinate `u` picks (clamped). */
export function listIndex(u: number, length: number): number {
  return Math.max(0, Math.min(length - 1, Math.floor(u * length)));
}

/** One unit coordinate mapped into a range. */
export function scaleCoordinate(u: number, range: ParameterRange): number {
  if ('values' in range) {
    if (range.values.length === 0) throw new RangeError('scaleToRanges: a list range needs at least one value');
    return range.values[listIndex(u, range.values.length)];
  }
  if (range.integer) {
    const span = range.max - range.min + 1;
    return range.min + Math.max(0, Math.min(span - 1, Math.floor(u * span)));
  }
  return range.min + u * (range.max - range.min);
}

/**
 * A design's points mapped to parameter values, one range per dimension, in the design's
 * row-major layout. Lists of non-numeric values (names, booleans): give a list range of their
 * indices, or pick with `listIndex` directly.
 */
export function scaleToRanges(design: Design, ranges: readonly ParameterRange[]): Float64Array {
  const k = design.dimension;
  if (ranges.length !== k) throw new RangeError(`scaleToRanges: ${ranges.length} ranges for ${k} dimensions`);
  const out = new Float64Array(design.points.length);
  for (let i = 0; i < out.length; i++) out[i] = scaleCoordinate(design.points[i], ranges[i % k]);
  return out;
}

/**
 * Significant digits a plan's value keeps, counted at the range's width: enough to tell points
 * apart (a Sobol coordinate's resolution is 2^-32, about 2e-10 of the width), few enough to drop
 * the last bits a division or a scaling leaves.
 */
const VALUE_DIGITS = 12;

/**
 * `value`, a value of the continuous range computed in floating point (a grid level, or
 * min + u·(max − min) for a design's unit coordinate u), rounded to 12 significant digits of the
 * range's width and kept within min to max, so that u = 0.6875 on 0.2 to 0.9 gives 0.68125, not
 * 0.6812499999999999, and a value at zero is 0, not 5.6e-17. The same u always gives the
 * same value, so the points of a design that share a coordinate (a Saltelli design's A and its
 * A_B^(i)) still share its value.
 */
export function roundInRange(value: number, range: ContinuousRange): number {
  const { min, max } = range;
  // The width's decimal exponent, read from its shortest text (Math.log10 is engine-dependent).
  const decimals = VALUE_DIGITS - 1 - Number((max - min).toExponential().split('e')[1]);
  const rounded = decimals < 0 || decimals > 100 || !(Math.abs(value) < 1e21) ? value : Number(value.toFixed(decimals)); // what toFixed takes
  // Rounding an end with more digits (min 0.1234567890123456) would step outside the range; a
  // tiny negative value rounds to -0, which is 0.
  const kept = Math.min(max, Math.max(min, rounded));
  return kept === 0 ? 0 : kept;
}

/**
 * Level `level` (0 to `levels` − 1) of `levels` evenly spaced values from min to max, both
 * included (a single level: the middle), computed from the endpoints and rounded to 12
 * significant digits of the range's width (roundInRange), so that 0.2 to 0.9 in 3 levels gives
 * 0.2, 0.55 and 0.9, not 0.8999999999999999 (0.2 + 1 × 0.7).
 */
export function gridLevelValue(level: number, levels: number, range: ContinuousRange): number {
  const { min, max } = range;
  if (min === max || (levels > 1 && level === 0)) return min;
  if (levels > 1 && level === levels - 1) return max;
  return roundInRange(levels === 1 ? (min + max) / 2 : min + ((max - min) * level) / (levels - 1), range);
}
