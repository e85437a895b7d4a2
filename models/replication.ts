import { createRun } from '../sim/run';
import type { StreamKey } from '../sim/random/stream';
import { GROUP_TALLY_WIDTH, writeGroupTally } from './groups';
import { replicationMetrics, type Metrics } from './metrics';
import { compassionFatigueModel } from './model';
import type { ModelParameters } from './parameters';
import { DailyRecorder } from './recorder';
import type { World } from './world';
import { startWorld } from './warmUp';

/** Everything one finished replication produced. */
export interface ReplicationResult {
  readonly key: StreamKey;
  readonly metrics: Metrics;
  /** Daily team series, days × SERIES_COUNT. */
  readonly record: Float64Array;
  /** Worker-days in post and separations of each role and lived-experience group over the recorded days (GROUP_TALLY_WIDTH numbers; see models/groups.ts). */
  readonly groups: Float64Array;
  /** The final state (workforce, separation log). */
  readonly world: World;
}

/** Where a replication may write, to spare allocations in a batch of replications. */
export interface ReplicationBuffers {
  /** The array to record the daily series into (days × SERIES_COUNT). */
  readonly record?: Float64Array;
  /** A finished world of the same parameters to take the arrays of (see WorldOptions.reuse). */
  readonly reuse?: World;
}

/** Runs one replication to its horizon. */
export function runReplication(params: ModelParameters, key: StreamKey, buffers: ReplicationBuffers = {}): ReplicationResult {
  const recorder = new DailyRecorder(params.days, buffers.record);
  const model = buffers.reuse ? { ...compassionFatigueModel, create: (p: ModelParameters, k: StreamKey) => startWorld(p, k, { reuse: buffers.reuse }) } : compassionFatigueModel;
  const run = createRun(model, params, key, [recorder]).finish();
  const groups = new Float64Array(GROUP_TALLY_WIDTH);
  writeGroupTally(recorder.groupWorkerDays, run.world.separations, groups);
  return { key, metrics: replicationMetrics(recorder.record, params.days), record: recorder.record, groups, world: run.world };
}
