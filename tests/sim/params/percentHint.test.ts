import { describe, expect, it } from 'vitest';
import { isPlausiblePercentage, percentageWording, percentHint } from '../../../sim/params/percentHint';

const share = { min: 0, max: 1 };

describe('the percentage hint', () => {
  it('is given from 2 to 100, whole or not, where a percentage is the plausible reading', () => {
    expect([2, 7.5, 35, 100].map(isPlausiblePercentage)).toEqual([true, true, true, true]);
    expect(percentHint(share, 35)).toBe('; if 35 is a percentage, write 0.35');
    expect(percentHint(share, 2)).toBe('; if 2 is a percentage, write 0.02');
  });

  it('is not given just above 1 (1.5 reads as a slip, not as 1.5%), nor above 100', () => {
    expect([1.01, 1.5, 1.99, 100.5, 150].map(isPlausiblePercentage)).toEqual([false, false, false, false, false]);
    expect(percentHint(share, 1.5)).toBe('');
    expect(percentHint(share, 150)).toBe('');
  });

  it('says what to write in the same words wherever it is given', () => {
    expect(percentageWording(12, (s) => `--target vacancyRate=${s}`)).toBe('; if 12 is a percentage, write --target vacancyRate=0.12');
    expect(percentageWording(35, (s) => `--target turnoverPerYear=${s}`, '(35% a year)')).toBe('; if 35 is a percentage, write --target turnoverPerYear=0.35 (35% a year)');
  });
});
