import { describe, expect, it } from 'vitest';
import { FACT_SEPARATOR, teamFacts } from '../../viz/app/teamFacts';

describe('a team\'s facts line', () => {
  it('with one team says each fact in words; in compare mode, where a team has half the width, shorter', () => {
    const counts = { inPost: 11, seats: 12, worse: 3, separations: 7 };
    expect(teamFacts(counts, 'sts', false).join(FACT_SEPARATOR)).toBe('11 of 12 seats filled · 3 with high STS · separations so far: 7');
    expect(teamFacts(counts, 'sts', true).join(FACT_SEPARATOR)).toBe('11/12 seats · 3 with high STS · 7 separations');
    expect(teamFacts(counts, 'satisfaction', true)).toEqual(['11/12 seats', '3 with low satisfaction', '7 separations']);
  });

  it('leaves the separations out before the first day is run', () => {
    expect(teamFacts({ inPost: 12, seats: 12, worse: 0, separations: undefined }, 'burnout', false)).toEqual(['12 of 12 seats filled', '0 with high burnout']);
    expect(teamFacts({ inPost: 12, seats: 12, worse: 0, separations: undefined }, 'burnout', true)).toEqual(['12/12 seats', '0 with high burnout']);
  });
});
