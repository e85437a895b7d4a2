import { describe, expect, it } from 'vitest';
import { listIndex, scaleCoordinate, scaleToRanges } from '../../../sim/design/scale';

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
});
