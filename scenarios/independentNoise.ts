import type { DesignName, RandomNumbers } from './plan';

/**
 * The warning for a Sobol or Morris analysis of a sweep whose points drew random numbers of
 * their own (`randomNumbers: independent`, and sweeps made before 2026-12-01, whose plan.json is
 * read so), or undefined. Its points then differ by replication noise as well as by their
 * values, and the indices count the noise as effects: in a Sobol sweep of 8 base rows × 2 reps,
 * a coefficient no run uses got ST 0.126 (0.070 to 0.207) for ProQOL STS, and 0.786 for a
 * turnover no parameter moved (exactly 0, and no indices, under common random numbers), with
 * nothing said; the bootstrap resamples the points, not their futures, so its intervals do not
 * allow for it either. `planned`: said of a plan before its runs (validate, sweep), in the present and future.
 */
export function independentNoiseWarning(design: DesignName, randomNumbers: RandomNumbers | undefined, planned = false): string | undefined {
  if (randomNumbers !== 'independent' || (design !== 'sobol' && design !== 'morris')) return undefined;
  const [what, spurious, resampled] = design === 'sobol' ? ['Sobol indices', 'a total index (ST) above 0', 'base rows'] : ['Morris effects', 'a μ* above 0', 'trajectories'];
  const [drew, count] = planned ? ['draws', 'will count'] : ['drew', 'count'];
  return `each point ${drew} random numbers of its own (the plan's randomNumbers: independent), so the points differ by replication noise as well as by their values, and the ${what} ${count} that noise as the parameters' effects: a parameter with no effect gets ${spurious}, by more the fewer the reps, and the bootstrap intervals, which resample the ${resampled}, do not allow for it. With randomNumbers: common (the default) every point sees the same events, and a parameter with no effect has none.`;
}
