import { describe, expect, it } from 'vitest';
import { distributionBins, scoreBin } from '../../../viz/report/scoreBins';

describe('scoreBin', () => {
  it('puts a score in the 2-point bin that holds it, and 50 in the last bin (48–50)', () => {
    expect([10, 11.99, 12, 21.9, 22, 41.99, 42, 49.99, 50].map(scoreBin)).toEqual([10, 10, 12, 20, 22, 40, 42, 48, 48]);
  });
});

describe('distributionBins', () => {
  const counts = new Map([
    ['a|Burnout|30', 3],
    ['a|Burnout|12', 1],
    ['b|Burnout|48', 2],
  ]);
  const bins = distributionBins(
    ['a', 'b'],
    ['Burnout'],
    (policy, scale, bin) => counts.get(`${policy}|${scale}|${bin}`) ?? 0,
    (policy) => (policy === 'a' ? 4 : 2),
  );

  it('gives every bin of every package in score order, empty bins as zero, closed by a point at 50', () => {
    for (const policy of ['a', 'b']) {
      const line = bins.filter((b) => b.policy === policy);
      expect(line.map((b) => b.score)).toEqual([...Array.from({ length: 20 }, (_, i) => 10 + 2 * i), 50]);
      expect(line.at(-1)!.share, 'the closing point repeats the last bin').toBe(line.at(-2)!.share);
      expect(line.at(-1)!.bin).toBe('48–50');
    }
    const a = bins.filter((b) => b.policy === 'a');
    expect(a.find((b) => b.score === 12)!.share).toBe(0.25);
    expect(a.find((b) => b.score === 30)!.share).toBe(0.75);
    expect(a.find((b) => b.score === 14)!.share).toBe(0);
    expect(a.find((b) => b.score === 30)!.bin).toBe('30–32');
  });

  it('shares of a package sum to one over its bins', () => {
    for (const policy of ['a', 'b']) {
      const line = bins.filter((b) => b.policy === policy).slice(0, -1);
      expect(line.reduce((sum, b) => sum + b.share, 0)).toBeCloseTo(1, 12);
    }
  });

  it('leaves out a package with no workers rather than dividing by zero', () => {
    expect(distributionBins(['none'], ['Burnout'], () => 0, () => 0)).toEqual([]);
  });
});
