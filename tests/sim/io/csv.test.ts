import { describe, expect, it } from 'vitest';
import { csvCell, parseCsvLine } from '../../../sim/io/csv';

describe('csvCell', () => {
  // README, "Results folder": numbers as the shortest text that reads back as the same number.
  it.each([0.1 + 0.2, 1.7506064119541858e-9, -4962.70262516137, 12.775, 0])('writes %s so that it reads back exactly', (value) => {
    expect(Number(csvCell(value))).toBe(value);
  });

  it('writes a number under 1e-6 in exponent form, as the README says', () => {
    expect(csvCell(1.7506064119541858e-9)).toBe('1.7506064119541858e-9');
    expect(csvCell(0.000001)).toBe('0.000001');
  });

  it('writes a value with nothing to measure as NaN, not an empty cell', () => {
    expect(csvCell(Number.NaN)).toBe('NaN');
  });

  it('quotes text with a comma or quote so that parseCsvLine reads it back', () => {
    const cells = ['Team #2, east', 'say "hi"', 'plain'];
    expect(parseCsvLine(cells.map(csvCell).join(','))).toEqual(cells);
  });
});
