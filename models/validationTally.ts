import type { Scenario } from '../scenarios/schema';
import { METRIC_NAMES } from './metrics';
import { modelParameters } from './parameters';
import { proqolScore } from './proqol';
import { runReplication, type ReplicationResult } from './replication';
import { STATUS } from './workforce';

// What the validation checks (models/validation.ts) take from one replication, small enough to
// send back from a worker thread instead of the replication's whole world.

/** One replication's part of the validation checks. */
export interface ReplicationTally {
  /** Its metrics, in METRIC_NAMES order. */
  readonly metrics: Float64Array;
  /** Its group tallies (models/groups.ts). */
  readonly groups: Float64Array;
  /** Of each worker in post at the end, in index order: lived experience (1) or not, and ProQOL STS and burnout scores. */
  readonly lived: Uint8Array;
  readonly sts: Float64Array;
  readonly bo: Float64Array;
  /** Workers in post from day 0 to the end, and how many of them attended at least one supervision session. */
  readonly throughout: number;
  readonly attended: number;
}

/** A replication's tally, from its result. */
export function replicationTally(result: ReplicationResult): ReplicationTally {
  const w = result.world.w;
  const lived: number[] = [];
  const sts: number[] = [];
  const bo: number[] = [];
  let throughout = 0;
  let attended = 0;
  for (let i = 0; i < w.size; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    lived.push(w.livedExperience[i] === 1 ? 1 : 0);
    sts.push(proqolScore(w.sts[i], w.biasSTS[i]));
    bo.push(proqolScore(w.burnout[i], w.biasBO[i]));
    // hiredOn < 0: in post on day 0, and still the seat's occupant at the end.
    if (w.hiredOn[i] >= 0) continue;
    throughout++;
    if (w.supportAttended[i] > 0) attended++;
  }
  return {
    metrics: Float64Array.from(METRIC_NAMES, (m) => result.metrics[m]),
    groups: Float64Array.from(result.groups),
    lived: Uint8Array.from(lived),
    sts: Float64Array.from(sts),
    bo: Float64Array.from(bo),
    throughout,
    attended,
  };
}

/** The tallies of replications firstRep .. firstRep + reps − 1 of a scenario (point 0), in order: a worker thread's unit of work. */
export function tallyChunk(request: { readonly scenario: Scenario; readonly seed: number; readonly firstRep: number; readonly reps: number }): ReplicationTally[] {
  const params = modelParameters(request.scenario);
  return Array.from({ length: request.reps }, (_, k) => replicationTally(runReplication(params, { seed: request.seed, point: 0, replication: request.firstRep + k })));
}
