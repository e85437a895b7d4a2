/**
 * Catches SIGINT and SIGTERM while a command works: the first one calls `stop` (which ends the
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
    process.on('SIGINT', this.listener);
    process.on('SIGTERM', this.listener);
  }

  /** The signal that stopped the work, if one has. */
  get signal(): NodeJS.Signals | undefined {
    return this.caught;
  }

  release(): void {
    if (this.caught !== undefined) return;
    process.removeListener('SIGINT', this.listener);
    process.removeListener('SIGTERM', this.listener);
  }
}
