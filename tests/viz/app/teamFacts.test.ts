import { describe, expect, it } from 'vitest';
import { FACT_SEPARATOR, teamFacts } from '../../../viz/app/teamFacts';

describe('a team\'s facts line', () => {
  it('with one team says each fact in words; in compare mode, where a team has half the width, shorter', () => {
    const counts = { inPost: 11, seats: 12, worse: 3, separations: 7 };
    expect(teamFacts(counts, 'sts', false).join(FACT_SEPARATOR)).toBe('11 of 12 seats filled · 3 with high STS · separations so far: 7');
    expect(teamFacts(counts, 'sts', true).join(FACT_SEPARATOR)).toBe('11/12 seats · 3 with high STS · 7 separations');
    expect(teamFacts(counts, 'satisfaction', true)).toEqual(['11/12 seats', '3 with low satisfaction', '7 separations']);
  });

  it('says one separation in the singular in compare mode (found by a review: the first departure read "1 separations")', () => {
    const counts = { inPost: 11, seats: 12, worse: 0, separations: 1 };
    expect(teamFacts(counts, 'sts', true)).toEqual(['11/12 seats', '0 with high STS', '1 separation']);
    expect(teamFacts({ ...counts, separations: 0 }, 'sts', true)[2]).toBe('0 separations');
    expect(teamFacts(counts, 'sts', false)[2]).toBe('separations so far: 1');
  });

  it('leaves the separations out before the first day is run', () => {
    expect(teamFacts({ inPost: 12, seats: 12, worse: 0, separations: undefined }, 'burnout', false)).toEqual(['12 of 12 seats filled', '0 with high burnout']);
    expect(teamFacts({ inPost: 12, seats: 12, worse: 0, separations: undefined }, 'burnout', true)).toEqual(['12/12 seats', '0 with high burnout']);
  });
});
