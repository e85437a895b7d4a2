import type { MetricName } from '../models/metrics';
import type { Scenario } from '../scenarios/schema';
import type { NodeWorkerPool } from '../sim/host/nodePool';
import { laneCount, replicationPool, runExperiment } from './experiment';
import { StopSignals } from './stopSignals';
import type { ReplicationWorker } from './worker';

// The replications `cfsim calibrate` runs at each value of its field, on the worker pool as run
// and compare use it: the same replications, to the bit, as in one thread, in a fraction of the
// time on a machine with more cores.

/** A calibration stopped by SIGINT, SIGTERM or SIGHUP during or between its values. */
export class CalibrationStopped extends Error {
  constructor(readonly signal: NodeJS.Signals | undefined) {
    super(`stopped by ${signal ?? 'a signal'}`);
  }
}

/**
 * Runs each value's replications on one pool of worker threads (at most `threads`, and no more
 * than a value's replications keep busy), started with the first value and stopped by `close`. It holds the stopping signals from its creation to `close`, so
 * that one that comes between two values stops the calibration as one during a value does (each
 * run holds them too, and stops the threads).
 */
export class CalibrationRuns {
  private readonly signals = new StopSignals(() => void this.pool?.terminate());
  private pool: NodeWorkerPool<ReplicationWorker> | undefined;

  constructor(
    private readonly metric: MetricName,
    private readonly threads: number,
    private readonly version: string,
    private readonly command: string,
    private readonly progress: boolean,
  ) {}

  /** The metric's value in each replication (NaN where it had nothing to measure), in replication order. */
  readonly replications = async (scenario: Scenario, seed: number, reps: number): Promise<Float64Array> => {
    if (this.signals.signal !== undefined) throw new CalibrationStopped(this.signals.signal);
    // Every value runs the same replications: the threads one of them keeps busy serve them all.
    this.pool ??= replicationPool(laneCount(reps, this.threads, 1));
    const { aggregator, status, signal } = await runExperiment({ scenarios: [scenario], seed, reps, threads: this.threads, pool: this.pool, version: this.version, command: this.command, progress: this.progress, summary: () => undefined });
    if (status !== 'complete' || this.signals.signal !== undefined) throw new CalibrationStopped(signal ?? this.signals.signal);
    return aggregator.values(0, this.metric);
  };

  /** Stops the threads and hands the signals back. */
  async close(): Promise<void> {
    await this.pool?.terminate();
    this.signals.release();
  }
}
