import { describe, expect, it } from 'vitest';
import { roundedParts } from '../../../viz/report/roundedParts';

// The parts of a printed total, in whole dollars, adding up to it as printed.

describe('roundedParts', () => {
  it('rounds parts so they sum to the rounded total where rounding each alone would not', () => {
    // Alone, 0.4 + 0.4 + 0.4 reads $0 + $0 + $0 beside a total of $1; 100.5 + 200.5 reads $101 + $201 beside $301.
    expect(roundedParts([0.4, 0.4, 0.4], 1.2)).toEqual([1, 0, 0]);
    expect(roundedParts([100.5, 200.5], 301)).toEqual([101, 200]);
    expect(roundedParts([36000.3, 547.6], 36547.9)).toEqual([36000, 548]);
  });

  it('takes parts from daily means that miss the total by a little as shares of it', () => {
    const parts = roundedParts([36000.2, 547.1], 36548.4);
    expect(parts.reduce((a, b) => a + b)).toBe(36548);
    expect(parts).toEqual([36001, 547]);
  });

  it('leaves parts that already add up as they round', () => {
    expect(roundedParts([86704, 375], 87079)).toEqual([86704, 375]);
    expect(roundedParts([1000.2, 0.2], 1000.4)).toEqual([1000, 0]);
  });
});

describe('roundedParts with parts of both signs', () => {
  it('moves parts that nearly cancel by no more than their shortfall from the total', () => {
    // Scaled by total / sum (0.03 / 0.01), these would read $3,000 and −$3,000.
    expect(roundedParts([1000, -999.99], 0.03)).toEqual([1000, -1000]);
    expect(roundedParts([5, -5], 0)).toEqual([5, -5]);
    expect(roundedParts([196.4, 131.3, -85.2], 242.6)).toEqual([197, 131, -85]);
    const parts = roundedParts([36547.6, 131.2, -36678.5], 0.6);
    expect(parts.reduce((a, b) => a + b)).toBe(1);
    for (const [p, x] of parts.map((p, k) => [p, [36547.6, 131.2, -36678.5][k]])) expect(Math.abs(p - x)).toBeLessThan(1);
  });

  it('keeps parts of one sign as shares of the total', () => {
    expect(roundedParts([-100.5, -200.5], -301)).toEqual([-100, -201]);
    expect(roundedParts([0, 0, 0], 2)).toEqual([1, 1, 0]);
  });
});

describe('roundedParts with a negative total', () => {
  it('adds up to the total as the report prints it, halves away from zero ($-120.5 reads −$121)', () => {
    expect(roundedParts([-100.25, -20.25], -120.5)).toEqual([-100, -21]);
    expect(roundedParts([-0.5, -0.5, -0.5], -1.5).reduce((a, b) => a + b)).toBe(-2);
    expect(roundedParts([100.25, 20.25], 120.5).reduce((a, b) => a + b)).toBe(121);
    expect(Math.abs(-120.5).toLocaleString('en-US', { maximumFractionDigits: 0 })).toBe('121');
  });
});
