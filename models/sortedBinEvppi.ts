// The single-parameter partial expected value of perfect information (EVPPI) by Strong and Oakley's
// sort-and-bin estimator (Medical Decision Making 2013; 33:755–766): with the futures sorted by the
// value they drew, K runs of neighbouring futures stand in for "θ known": EVPPI is the mean over the
// runs (by their size) of the best package's mean net benefit in the run, less the best package's
// mean over all futures. What is learnt of θ is worth that much on average because, where the best
// package changes with θ, knowing θ lets the choice follow it.

/**
 * The number of runs (bins) n futures are split into: ⌊√n⌋, which lets both the runs and the
 * futures in each grow with n (a common choice), and at most ⌊n/2⌋, so that no run holds
 * a single future (whose mean would be that future's chance alone); 1 from fewer than 4 futures.
 */
export function binCount(futures: number): number {
  return Math.max(1, Math.min(Math.floor(Math.sqrt(futures)), Math.floor(futures / 2)));
}

/**
 * EVPPI from the futures taken in `order` (indices into the futures, as sorted by the drawn value),
 * cut into binCount(order.length) runs of as nearly equal size as may be; `benefits[a][k]` is package
 * a's net benefit in future k. At least 0, and exactly 0 where one package is best in every run
 * (its run sums add up, in the same order, to its total).
 */
export function sortedBinEvppi(order: ArrayLike<number>, benefits: readonly (readonly number[])[]): number {
  const n = order.length;
  if (n === 0 || benefits.length === 0) return 0;
  const bins = binCount(n);
  const totals = new Array<number>(benefits.length).fill(0);
  let bestOfBins = 0;
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * n) / bins);
    const to = Math.floor(((b + 1) * n) / bins);
    // Run sums, not means: within one run the largest sum is the largest mean.
    let top = -Infinity;
    benefits.forEach((armBenefits, a) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += armBenefits[order[i]];
      totals[a] += sum;
      top = Math.max(top, sum);
    });
    bestOfBins += top;
  }
  return (bestOfBins - Math.max(...totals)) / n;
}
