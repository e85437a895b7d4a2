import { describe, expect, it } from 'vitest';
import { integerFlag } from '../../bin/flags';
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
    expect(parse(undefined)).toEqual({ value: 50, issues: [] });
  });

  it('refuses fractions, exponents that leave a fraction or go out of range, and words, naming the flag, the value and the range', () => {
    for (const raw of ['1.5', '1e-1', '2e5', 'ten', '']) {
      const { value, issues } = parse(raw);
      expect(value, raw).toBe(50);
      expect(issues, raw).toEqual([{ path: '--reps', value: raw, message: `${JSON.stringify(raw)} is not allowed; expected a whole number from 1 to 100000` }]);
    }
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
    expect(parse('0')).toEqual({ value: 0, refused: false });
    for (const raw of ['1e1', '1.5e3', 'many']) expect(parse(raw), raw).toEqual({ value: undefined, refused: true });
  });
});
