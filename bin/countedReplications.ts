import type { Scenario } from '../scenarios/schema';
import type { Progress } from './progress';

// The progress line of a command that runs its replications through a ReplicationRecords or
// ReplicationTallies (cfsim starting-levels, cfsim validation-report), as run's counts its own.

/** Replications run by `replications`, each one counted on `progress` as it is folded, over every call. */
export function countedReplications<T, Rest extends unknown[]>(
  replications: (scenario: Scenario, seed: number, reps: number, fold: (value: T) => void, ...rest: Rest) => Promise<void>,
  progress: Progress,
): (scenario: Scenario, seed: number, reps: number, fold: (value: T) => void, ...rest: Rest) => Promise<void> {
  let done = 0;
  return (scenario, seed, reps, fold, ...rest) =>
    replications(
      scenario,
      seed,
      reps,
      (value) => {
        fold(value);
        progress.update(++done);
      },
      ...rest,
    );
}
