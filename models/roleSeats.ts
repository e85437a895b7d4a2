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
