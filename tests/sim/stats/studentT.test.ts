import { describe, expect, it } from 'vitest';
import { NORMAL_95, studentT95 } from '../../../sim/stats/studentT';

describe("Student's t 95th percentile", () => {
  it('gives the tables\' values for few degrees of freedom', () => {
    expect(studentT95(1)).toBe(6.313752);
    expect(studentT95(4)).toBe(2.131847);
    expect(studentT95(19)).toBe(1.729133);
  });

  it('continues the table smoothly and approaches the normal quantile from above', () => {
    // Exact values (scipy.stats.t.ppf(0.95, df)) for 31, 40, 60 and 120 degrees of freedom.
    expect(studentT95(31)).toBeCloseTo(1.695519, 6);
    expect(studentT95(40)).toBeCloseTo(1.683851, 6);
    expect(studentT95(60)).toBeCloseTo(1.670649, 6);
    expect(studentT95(120)).toBeCloseTo(1.657651, 6);
    expect(studentT95(30)).toBeGreaterThan(studentT95(31));
    expect(studentT95(1e6)).toBeCloseTo(NORMAL_95, 5);
    expect(studentT95(1e6)).toBeGreaterThan(NORMAL_95);
  });

  it('refuses fewer than one degree of freedom', () => {
    expect(() => studentT95(0)).toThrow(/0 degrees of freedom; expected at least 1/);
  });
});
