import { describe, expect, it } from 'vitest';
import { roleSeatCounts, roleShares } from '../../models/roleSeats';
import { ROLES, type Role } from '../../models/roles';

/** A role mix with the given weights on the first roles, the rest 0. */
function mix(...weights: number[]): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r, k) => [r, weights[k] ?? 0])) as Record<Role, number>;
}

describe('role seats', () => {
  it('reads a role mix as relative: head counts and the shares they make give the same shares, summing to 1', () => {
    const counts = roleShares(mix(6, 4, 2, 0, 2));
    expect([...counts.slice(0, 5)]).toEqual([6 / 14, 4 / 14, 2 / 14, 0, 2 / 14]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect([...roleShares(mix(0.6, 0.4))]).toEqual([...roleShares(mix(3, 2))]);
  });

  it('gives each role the whole part of its share of the seats, then the largest remainders, ties to the role listed first', () => {
    expect(roleSeatCounts([0.5, 0.3, 0.2], 10)).toEqual([5, 3, 2]);
    // 7 × (0.45, 0.35, 0.2) = 3.15, 2.45, 1.4: wholes 3, 2, 1; the seat left goes to the largest remainder, the second role's 0.45.
    expect(roleSeatCounts([0.45, 0.35, 0.2], 7)).toEqual([3, 3, 1]);
    // Equal remainders: the first role listed gets the seat.
    expect(roleSeatCounts([0.5, 0.5], 3)).toEqual([2, 1]);
    // A small share of a small team gets none.
    expect(roleSeatCounts([0.9, 0.1], 4)).toEqual([4, 0]);
    expect(roleSeatCounts(roleShares(mix(6, 4, 2, 0, 2)), 14).slice(0, 5)).toEqual([6, 4, 2, 0, 2]);
  });
});
