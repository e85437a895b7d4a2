// Parts of a printed total, rounded to whole units so that they add up to the total as printed.

/**
 * `amounts` (the parts of `total`, in the same units) as whole numbers that sum to the total as
 * it prints (wholeAsPrinted: halves away from zero, so a total of −120.5 is −121): the parts' shortfall from the total (parts taken from daily means can miss it
 * by a cent or two) is first shared among them in proportion to their size (|part|), so that parts
 * of one sign are scaled to the total exactly, and parts of both signs that nearly cancel are moved
 * by no more than the shortfall, not blown up by it; then each is rounded down, and the units left
 * over go one each to the parts with the largest remainders (the largest remainder method; ties to
 * the earlier part). Parts rounded on their own could sum a dollar off the total beside them. Parts
 * that are all zero share the total equally.
 */
export function roundedParts(amounts: readonly number[], total: number): number[] {
  const sum = amounts.reduce((a, b) => a + b, 0);
  const size = amounts.reduce((a, b) => a + Math.abs(b), 0);
  const target = wholeAsPrinted(total);
  if (amounts.length === 0 || !Number.isFinite(size) || !Number.isFinite(target)) return amounts.map(Math.round);
  const shortfall = total - sum;
  const shared = size === 0 ? amounts.map(() => total / amounts.length) : amounts.map((x) => x + (shortfall * Math.abs(x)) / size);
  const floors = shared.map(Math.floor);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const order = shared.map((x, k) => ({ k, rest: x - floors[k] })).sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (let i = 0; left > 0 && i < order.length; i = (i + 1) % order.length, left--) floors[order[i].k]++;
  return floors;
}

/**
 * `x` to a whole number as the report prints a sum of money (toLocaleString with no decimals:
 * halves away from zero, −120.5 as −121, where Math.round gives −120).
 */
export const wholeAsPrinted = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));
