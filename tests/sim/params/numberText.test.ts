import { describe, expect, it } from 'vitest';
import { numberWritten } from '../../../sim/params/numberText';

describe('numberWritten', () => {
  it('reads a number written with a currency sign, thousands separators or as quoted digits', () => {
    expect(numberWritten('62,000')).toBe(62000);
    expect(numberWritten('$62000')).toBe(62000);
    expect(numberWritten('€ 1 250 000')).toBe(1250000);
    expect(numberWritten('62_000.5')).toBe(62000.5);
    expect(numberWritten('100')).toBe(100);
    expect(numberWritten('0.15')).toBe(0.15);
    expect(numberWritten('1e3')).toBe(1000);
  });

  it('names none where the number meant is a guess', () => {
    for (const text of ['1,5', '0,750', '012,000', '62,00', '62k', '15%', '1,000 000', '12,3456', 'opt-out', '', '$', '1.000,5']) expect(numberWritten(text), text).toBeUndefined();
  });
});
