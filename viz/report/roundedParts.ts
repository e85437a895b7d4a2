// Parts of a printed total, rounded to whole units so that they add up to the total as printed.

/**
 * `amounts` (the parts of `total`, in the same units) as whole numbers that sum to
 * Math.round(total): each part is first scaled so the parts sum to the total exactly (parts taken
 * from daily means can miss it by a cent or two), then rounded down, and the units left over go one
 * each to the parts with the largest remainders (the largest remainder method; ties to the earlier
 * part). Parts rounded on their own could sum a dollar off the total beside them.
 */
export function roundedParts(amounts: readonly number[], total: number): number[] {
  const sum = amounts.reduce((a, b) => a + b, 0);
  const target = Math.round(total);
  if (amounts.length === 0 || !Number.isFinite(sum) || !Number.isFinite(target)) return amounts.map(Math.round);
  const scaled = sum === 0 ? amounts.map(() => target / amounts.length) : amounts.map((x) => (x * total) / sum);
  const floors = scaled.map(Math.floor);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const order = scaled.map((x, k) => ({ k, rest: x - floors[k] })).sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (let i = 0; left > 0 && i < order.length; i = (i + 1) % order.length, left--) floors[order[i].k]++;
  return floors;
}
