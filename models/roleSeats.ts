import { ROLES, type Role } from './roles';

/** population.roleMix as shares that sum to 1, in ROLES order: the mix is relative (shares or head counts alike). */
export function roleShares(roleMix: Readonly<Record<Role, number>>): Float64Array {
  const shares = Float64Array.from(ROLES, (r) => roleMix[r]);
  let total = 0;
  for (let i = 0; i < shares.length; i++) total += shares[i];
  for (let i = 0; i < shares.length; i++) shares[i] /= total;
  return shares;
}

/**
 * How many of `count` seats each role gets from its share `weights[r]` (shares that sum to 1): the
 * whole part of weight × count, then one more seat each for the largest fractional parts (ties
 * to the role listed first) until every seat has a role. A role with a small weight can get none.
 */
export function roleSeatCounts(weights: ArrayLike<number>, count: number): number[] {
  const exact = Array.from(weights, (w) => w * count);
  const counts = exact.map(Math.floor);
  let left = count - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length].i]++;
  return counts;
}
