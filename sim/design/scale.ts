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
