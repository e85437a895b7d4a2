import { describe, expect, it } from 'vitest';
import { configFromUrl } from '../../viz/app/config';
import { boxScale, leverField, LEVERS, refusedPercentHint } from '../../viz/app/levers';

// A percentage typed for a 0–1 lever (35 for 0.35) gets the hint the command line gives (sim/params/percentHint.ts).

const lever = (path: string) => LEVERS.find((l) => l.path === path)!;
/** The 0–1 levers whose box takes the value as it is (scales, probabilities): a share's box is in percent already. */
const zeroToOne = LEVERS.filter((l) => {
  const field = leverField(l);
  return field.kind === 'number' && !field.integer && field.min === 0 && field.max === 1 && boxScale(l) === 1;
});

describe('a number refused in a 0–1 lever\'s box', () => {
  it('from 2 to 100 says which share it would be as a percentage, in the command line\'s words', () => {
    expect(zeroToOne.map((l) => l.path)).toContain('community.stigma');
    for (const l of zeroToOne) {
      expect(refusedPercentHint(l, 35), l.path).toBe('; if 35 is a percentage, write 0.35');
      expect(refusedPercentHint(l, 7.5), l.path).toBe('; if 7.5 is a percentage, write 0.075');
      expect(refusedPercentHint(l, 100), l.path).toBe('; if 100 is a percentage, write 1');
    }
  });

  it('says nothing for numbers that read as no percentage, nor in a box that is in percent or has another range', () => {
    const stigma = lever('community.stigma');
    for (const typed of [-5, 0.5, 1, 1.5, 101, 1000, Number.NaN]) expect(refusedPercentHint(stigma, typed), String(typed)).toBe('');
    const others = LEVERS.filter((l) => !zeroToOne.includes(l));
    expect(others.some((l) => boxScale(l) === 100), 'shares are among the others').toBe(true);
    for (const l of others) expect(refusedPercentHint(l, 35), l.path).toBe('');
  });

  it('a link with such a value says the same', () => {
    expect(configFromUrl('?community.stigma=35').problems[0]).toContain('if 35 is a percentage, write 0.35');
  });
});
