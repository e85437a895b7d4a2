import { describe, expect, it } from 'vitest';
import { daysFlag, integerFlag, numberFlag, overridesFlag } from '../../bin/flags';
import { bootstrapFlag } from '../../bin/analyze';
import type { InputIssue } from '../../sim/params/issues';

describe('integerFlag', () => {
  const parse = (raw: unknown) => {
    const issues: InputIssue[] = [];
    return { value: integerFlag('reps', raw, 50, 1, 100000, issues), issues };
  };

  it('reads whole numbers, also with an exponent, as --set and scenario files read them', () => {
    expect(parse('200')).toEqual({ value: 200, issues: [] });
    expect(parse('1e2')).toEqual({ value: 100, issues: [] });
    expect(parse('1E+3')).toEqual({ value: 1000, issues: [] });
    // A zero fraction is a whole number, as a scenario file's 2.0 is: --threads 1.0 was refused while --reps 1e2 ran.
    expect(parse('2.0')).toEqual({ value: 2, issues: [] });
    expect(parse('3.')).toEqual({ value: 3, issues: [] });
    expect(parse(undefined)).toEqual({ value: 50, issues: [] });
  });

  it('refuses fractions, exponents that leave a fraction or go out of range, and words, naming the flag, the value and the range', () => {
    for (const raw of ['1.5', '1.05', '1e-1', '2e5', 'ten', '', '.0']) {
      const { value, issues } = parse(raw);
      expect(value, raw).toBe(50);
      expect(issues, raw).toEqual([{ path: '--reps', value: raw, message: `${JSON.stringify(raw)} is not allowed; expected a whole number from 1 to 100000` }]);
    }
  });
});

describe('daysFlag', () => {
  const parse = (raw: unknown) => {
    const issues: InputIssue[] = [];
    return { value: daysFlag(raw, 1095, 1, 36500, issues), issues };
  };

  it('reads days, and weeks or years with a unit, a year being 365 days', () => {
    expect(parse('730')).toEqual({ value: 730, issues: [] });
    expect(parse('3y')).toEqual({ value: 1095, issues: [] });
    expect(parse(' 2Y ')).toEqual({ value: 730, issues: [] });
    expect(parse('26w')).toEqual({ value: 182, issues: [] });
    expect(parse('10d')).toEqual({ value: 10, issues: [] });
    expect(parse('100y')).toEqual({ value: 36500, issues: [] });
    expect(parse(undefined)).toEqual({ value: 1095, issues: [] });
  });

  it('refuses a horizon out of range in days, naming what the value comes to, and other units or fractions, naming the units it takes', () => {
    expect(parse('101y')).toEqual({ value: 1095, issues: [{ path: '--days', value: '101y', message: '"101y" is 36,865 days, not allowed; expected from 1 to 36500 days (a year is 365 days)' }] });
    expect(parse('0w').issues[0].message).toBe('"0w" is 0 days, not allowed; expected from 1 to 36500 days (a year is 365 days)');
    const two: InputIssue[] = [];
    daysFlag('1d', 1095, 2, 36500, two);
    expect(two[0].message).toBe('"1d" is 1 day, not allowed; expected from 2 to 36500 days (a year is 365 days)');
    // A count too long for any unit is refused as text, not as "Infinity days".
    expect(parse(`${'9'.repeat(400)}y`).issues[0].message).toContain('is not allowed; expected a whole number from 1 to 36500 (days)');
    for (const raw of ['6m', '3.5y', 'y', '0', '']) {
      const { value, issues } = parse(raw);
      expect(value, raw).toBe(1095);
      expect(issues, raw).toEqual([{ path: '--days', value: raw, message: `${JSON.stringify(raw)} is not allowed; expected a whole number from 1 to 36500 (days), or with a unit: 10d, 26w, 3y` }]);
    }
  });
});

describe('overridesFlag', () => {
  const parse = (...raw: string[]) => {
    const issues: InputIssue[] = [];
    return { overrides: overridesFlag(raw, issues), issues };
  };

  it('reads --set days with a unit as --days reads it', () => {
    expect(parse('days=1y')).toEqual({ overrides: [['days', 365]], issues: [] });
    expect(parse('days=26w', 'community.stigma=0.2')).toEqual({ overrides: [['days', 182], ['community.stigma', 0.2]], issues: [] });
    expect(parse('days=730')).toEqual({ overrides: [['days', 730]], issues: [] });
    // Only days takes a unit: another field's "1y" is left to the scenario's checks.
    expect(parse('name=1y')).toEqual({ overrides: [['name', '1y']], issues: [] });
  });

  it('refuses --set days with a unit out of range once, naming --set days and what the value comes to', () => {
    expect(parse('days=200y')).toEqual({ overrides: [], issues: [{ path: '--set days', value: '200y', message: '"200y" is 73,000 days, not allowed; expected from 1 to 36500 days (a year is 365 days)' }] });
  });

  it('refuses --set days text that is no count nor a count with a unit as --days does, saying a unit is allowed', () => {
    for (const text of ['1yr', '1.5y', 'abc']) {
      expect(parse(`days=${text}`), text).toEqual({ overrides: [], issues: [{ path: '--set days', value: text, message: `"${text}" is not allowed; expected a whole number from 1 to 36500 (days), or with a unit: 10d, 26w, 3y` }] });
    }
    // Without a letter, the scenario's check names the number to write.
    expect(parse('days="365"')).toEqual({ overrides: [['days', '365']], issues: [] });
    expect(parse('days=1,000')).toEqual({ overrides: [['days', '1,000']], issues: [] });
  });
});

describe('bootstrapFlag', () => {
  it('reads whole numbers with an exponent as the other whole-number flags do, and refuses what no interval can use', () => {
    const parse = (raw: string) => {
      const issues: InputIssue[] = [];
      return { value: bootstrapFlag(raw, issues), refused: issues.length > 0 };
    };
    expect(parse('1e3')).toEqual({ value: 1000, refused: false });
    expect(parse('2000')).toEqual({ value: 2000, refused: false });
    expect(parse('1000.0')).toEqual({ value: 1000, refused: false });
    expect(parse('0')).toEqual({ value: 0, refused: false });
    for (const raw of ['1e1', '1.5e3', 'many', '-1000']) expect(parse(raw), raw).toEqual({ value: undefined, refused: true });
  });
});

describe('numberFlag', () => {
  const message = (raw: unknown) => {
    const issues: InputIssue[] = [];
    numberFlag('budget', raw, 1, 1e9, issues, '60000');
    return issues.map((i) => i.message).join('\n');
  };

  it('writes out the amount a "k" stands for, the one typed (60k is 60000)', () => {
    expect(message('60k')).toBe('"60k" is not allowed; expected a number from 1 to 1,000,000,000 (in full: 60000, not 60k), e.g. --budget 60000');
    expect(message('2.5K')).toContain('(in full: 2500, not 2.5K)');
    expect(message('60000')).toBe('');
  });
});
