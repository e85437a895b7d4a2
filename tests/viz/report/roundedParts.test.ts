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
