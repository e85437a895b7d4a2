import { describe, expect, it } from 'vitest';
import { gridLevelValue, listIndex, roundInRange, scaleCoordinate, scaleToRanges } from '../../../sim/design/scale';

describe('scaleToRanges', () => {
  it('maps continuous ranges linearly', () => {
    expect(scaleCoordinate(0, { min: -2, max: 6 })).toBe(-2);
    expect(scaleCoordinate(0.25, { min: -2, max: 6 })).toBe(0);
    expect(scaleCoordinate(1, { min: -2, max: 6 })).toBe(6);
  });

  it('gives each integer of an integer range an equal share of [0, 1)', () => {
    const range = { min: 1, max: 4, integer: true } as const;
    expect([0, 0.249, 0.25, 0.5, 0.74, 0.75, 0.999].map((u) => scaleCoordinate(u, range))).toEqual([1, 1, 2, 3, 3, 4, 4]);
    expect(scaleCoordinate(1, range)).toBe(4); // clamped
  });

  it('picks values[floor(u·length)] from a list, clamped', () => {
    const range = { values: [5, 7, 11] };
    expect([0, 0.33, 0.34, 0.67, 0.99, 1].map((u) => scaleCoordinate(u, range))).toEqual([5, 5, 7, 11, 11, 11]);
    expect(listIndex(-0.1, 3)).toBe(0);
    expect(() => scaleCoordinate(0.5, { values: [] })).toThrow(/at least one value/);
  });

  it('scales a design row-major, one range per dimension', () => {
    const design = { points: Float64Array.of(0, 0.5, 0.5, 0.999), count: 2, dimension: 2 };
    const scaled = scaleToRanges(design, [{ min: 10, max: 20 }, { values: [1, 2] }]);
    expect(Array.from(scaled)).toEqual([10, 2, 15, 2]);
    expect(() => scaleToRanges(design, [{ min: 0, max: 1 }])).toThrow(/1 ranges for 2 dimensions/);
  });

  it('computes grid levels from the range\'s ends, the last exactly max, without the last bits a division leaves', () => {
    const levels = (min: number, max: number, n: number) => Array.from({ length: n }, (_, j) => gridLevelValue(j, n, { min, max }));
    // Scaled from unit coordinates these were 0.8999999999999999, 0.30000000000000004 and 0.20000000000000004.
    expect(levels(0.2, 0.9, 3)).toEqual([0.2, 0.55, 0.9]);
    expect(levels(0.1, 0.9, 5)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
    expect(levels(-0.1, 0.2, 4)).toEqual([-0.1, 0, 0.1, 0.2]);
    expect(levels(0, 1, 4)).toEqual([0, 0.33333333333, 0.66666666667, 1]);
    // Twelve digits of the width, however small the width is beside the ends.
    expect(levels(1000, 1000.00000001, 3)).toEqual([1000, 1000.000000005, 1000.00000001]);
    expect(levels(0.2, 0.9, 1)).toEqual([0.55]);
    expect(levels(0.4, 0.4, 3)).toEqual([0.4, 0.4, 0.4]);
  });

  it('rounds a scaled value to 12 significant digits of the range\'s width, never outside min to max', () => {
    const range = { min: 0.2, max: 0.9 };
    // Scaled from unit coordinates (a Sobol design's dyadic ones) these are 0.6812499999999999 and 0.45000000000000007.
    expect(scaleCoordinate(0.6875, range)).toBe(0.6812499999999999);
    expect(roundInRange(scaleCoordinate(0.6875, range), range)).toBe(0.68125);
    expect(roundInRange(scaleCoordinate(0.4375, { min: 0.1, max: 0.9 }), { min: 0.1, max: 0.9 })).toBe(0.45);
    // Twelve digits of the width, not of the value: 11 decimals for a width of 1, 10 for a width of 10.
    expect(roundInRange(0.123456789012345678, { min: 0, max: 1 })).toBe(0.12345678901);
    expect(roundInRange(13.333333333333334, { min: 10, max: 20 })).toBe(13.3333333333);
    expect(roundInRange(-5.551115123125783e-17, { min: -0.1, max: 0.2 })).toBe(0);
    // An end with more digits than the rounding keeps stays the end, and nothing rounds past it.
    const ends = { min: 0.1234567890123456, max: 0.8765432109876543 };
    expect(roundInRange(ends.min, ends)).toBe(ends.min);
    expect(roundInRange(ends.max, ends)).toBe(ends.max);
    expect(roundInRange(ends.min + 1e-14, ends)).toBe(ends.min);
    expect(roundInRange(ends.max - 1e-14, ends)).toBe(ends.max);
    for (let i = 0; i <= 1000; i++) {
      const x = roundInRange(scaleCoordinate(i / 1000, ends), ends);
      expect(x >= ends.min && x <= ends.max, `u = ${i / 1000} gives ${x}`).toBe(true);
    }
  });
});
