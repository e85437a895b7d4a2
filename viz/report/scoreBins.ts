import { PROQOL_MAX, PROQOL_MIN } from '../../models/proqol';
import type { DistributionBin } from './reportData';

// The report's ProQOL histograms: 2-point bins over the scales' 10–50 range (MODEL.md §7).

const LOWEST = PROQOL_MIN;
const HIGHEST = PROQOL_MAX;
/** A bin's width in score points. */
export const SCORE_BIN_WIDTH = 2;
const WIDTH = SCORE_BIN_WIDTH;

/** The lower edge of the bin that holds a score (50 falls in the last bin, 48–50). */
export function scoreBin(score: number): number {
  return Math.max(LOWEST, Math.min(HIGHEST - WIDTH, Math.floor(score / WIDTH) * WIDTH));
}

/**
 * Every bin of every package and scale, in score order, empty bins as zero shares: a step line
 * drawn through them is the histogram. Each line ends with a point at 50 repeating the last bin's
 * share, so the step of the 48–50 bin is drawn too. `count(policy, scale, bin)` gives a bin's
 * workers, `total(policy)` the package's.
 */
export function distributionBins(
  policies: readonly string[],
  scales: readonly string[],
  count: (policy: string, scale: string, bin: number) => number,
  total: (policy: string) => number,
): DistributionBin[] {
  const bins: DistributionBin[] = [];
  for (const policy of policies) {
    const n = total(policy);
    if (n === 0) continue;
    for (const scale of scales) {
      let share = 0;
      for (let lo = LOWEST; lo < HIGHEST; lo += WIDTH) {
        share = count(policy, scale, lo) / n;
        bins.push({ policy, scale, score: lo, bin: `${lo}–${lo + WIDTH}`, share });
      }
      bins.push({ policy, scale, score: HIGHEST, bin: `${HIGHEST - WIDTH}–${HIGHEST}`, share });
    }
  }
  return bins;
}
