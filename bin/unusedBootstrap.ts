import { withArticle } from '../scenarios/plan';
import type { SweepAnalysis } from '../scenarios/sweepAnalysis';

/**
 * The warning for `--bootstrap N` given to `analyze` or `report` on a sweep whose analysis has no
 * bootstrap (a grid, random or Latin hypercube table of each point's mean and 90% range over its
 * replications), or undefined where it is used (Sobol, Morris) or was not given. Without it the
 * flag was taken and did nothing: a researcher who asked for 2000 resamples could read the 90%
 * ranges as bootstrap intervals of the means.
 */
export function unusedBootstrapWarning(design: SweepAnalysis['design'], bootstrap: number | undefined): string | undefined {
  if (bootstrap === undefined || design === 'sobol' || design === 'morris') return undefined;
  return `--bootstrap ${bootstrap} has no effect on ${withArticle(design)} sweep: its analysis is a table of each point's mean and the 90% range of its replications (the spread of its runs, not an interval of the mean), which no resamples are drawn for; --bootstrap sets the resamples behind Sobol and Morris intervals only`;
}
