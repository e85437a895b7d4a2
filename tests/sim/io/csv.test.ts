import { describe, expect, it } from 'vitest';
import { csvCell, csvTextAsWritten, headerAsWritten, headerDifference, isDifferenceWhole, parseCsvLine } from '../../../sim/io/csv';

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

describe('csvTextAsWritten, headerAsWritten and headerDifference: a file saved on Windows', () => {
  it('reads CRLF line ends and a byte-order mark as the file was written', () => {
    expect(csvTextAsWritten('\uFEFFrun,point\r\n0,1\r\n')).toBe('run,point\n0,1\n');
    expect(csvTextAsWritten('run,point\n0,1\n')).toBe('run,point\n0,1\n');
    expect(headerAsWritten('\uFEFFrun,point\r')).toBe('run,point');
  });

  it('shows where two headers that look alike differ, a CR or a stray space made visible', () => {
    const header = `run,point,rep,seed,status,error,${'policy.supervision.intervalDays,'.repeat(4)}proqolSTS`;
    const cr = headerDifference(`${header}\r`, header);
    expect(cr).toContain(`character ${header.length + 1}`);
    expect(cr).toContain('\\r"');
    expect(cr).toContain('where the header ends');
    const space = headerDifference(header.replace('seed', 'seed '), header);
    expect(space).toContain('character 19');
    expect(space).toContain('seed ,status');
    expect(space).toContain('where the header has "run,point,rep,seed,status');
  });

  it('tells whether the difference quotes both lines whole (short lines), so a message need not quote them again', () => {
    expect(isDifferenceWhole('run,point,a', 'run,point,b')).toBe(true);
    const header = `run,point,rep,seed,status,error,${'policy.supervision.intervalDays,'.repeat(4)}proqolSTS`;
    expect(isDifferenceWhole(header.replace('seed', 'seed '), header)).toBe(false);
    expect(isDifferenceWhole(`${header}\r`, header)).toBe(false);
  });

  it('shows lines of up to 60 characters whole, wherever they first differ (past the 20th too)', () => {
    const header = 'policy,day,metric,mean,p05,p50,p95';
    const found = `${header},extra`;
    expect(isDifferenceWhole(found, header)).toBe(true);
    expect(headerDifference(found, header)).toBe(`they first differ at character 35: the file has "${found}" where the header ends, after "${header}"`);
    const sixty = 'x'.repeat(59);
    expect(headerDifference(`${sixty}a`, `${sixty}b`)).toBe(`they first differ at character 60: the file has "${sixty}a" where the header has "${sixty}b"`);
    // Past 60 characters, from 20 before the difference, as ever.
    expect(headerDifference(`${sixty}ab`, `${sixty}bb`)).toBe(`they first differ at character 60: the file has …"${'x'.repeat(20)}ab" where the header has …"${'x'.repeat(20)}bb"`);
  });
});
