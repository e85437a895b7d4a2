import { constants } from 'node:os';

/** The signals that stop a command's work, saving what has finished: Ctrl-C, a kill, and a closed terminal (a dropped SSH session). */
const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The exit code of a command stopped by `signal`: 128 + its number, as a shell reports it (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

/**
 * Catches SIGINT, SIGTERM and SIGHUP while a command works: the first one calls `stop` (which ends the
 * work; what has finished is then saved), later ones are ignored so that a second Ctrl-C cannot
 * cut the saving short. `release` hands the signals back once the results are saved, unless one
 * stopped the work: the process is then on its way out, and a repeated Ctrl-C must not cut off
 * the message that says what was saved, so later signals stay ignored until it exits.
 */
export class StopSignals {
  private caught: NodeJS.Signals | undefined;
  private readonly listener = (signal: NodeJS.Signals) => {
    if (this.caught !== undefined) return;
    this.caught = signal;
    this.stop();
  };

  constructor(private readonly stop: () => void) {
    for (const signal of STOPPING) process.on(signal, this.listener);
  }

  /** The signal that stopped the work, if one has. */
  get signal(): NodeJS.Signals | undefined {
    return this.caught;
  }

  release(): void {
    if (this.caught !== undefined) return;
    for (const signal of STOPPING) process.removeListener(signal, this.listener);
  }
}
