import { createRun } from '../sim/run';
import type { StreamKey } from '../sim/random/stream';
import { replicationMetrics, type Metrics } from './metrics';
import { compassionFatigueModel } from './model';
import type { ModelParameters } from './parameters';
import { DailyRecorder } from './recorder';
import type { World } from './world';

/** Everything one finished replication produced. */
export interface ReplicationResult {
  readonly key: StreamKey;
  readonly metrics: Metrics;
  /** Daily team series, days × SERIES_COUNT. */
  readonly record: Float64Array;
  /** The final state (workforce, separation log). */
  readonly world: World;
}

/** Runs one replication to its horizon. */
export function runReplication(params: ModelParameters, key: StreamKey): ReplicationResult {
  const recorder = new DailyRecorder(params.days);
  const run = createRun(compassionFatigueModel, params, key, [recorder]).finish();
  return { key, metrics: replicationMetrics(recorder.record, params.days), record: recorder.record, world: run.world };
}
