// Worker-thread entry: exposes whole-chunk replication runs over comlink. Results travel as
// transferred typed arrays.
import { workerData, type MessagePort } from 'node:worker_threads';
import { expose, transfer } from 'comlink';
import { ChunkRunner, chunkBuffers, replicationFailure, type ChunkRequest, type ChunkResult } from '../models/chunk';
import { tallyChunk, type ReplicationTally } from '../models/validationTally';

export type TallyRequest = Parameters<typeof tallyChunk>[0];

/** Test hooks (used by the test suite only): make replication N throw, or kill the thread. */
const FAIL_REP = process.env.CFSIM_TEST_FAIL_REP === undefined ? -1 : Number(process.env.CFSIM_TEST_FAIL_REP);
const CRASH_REP = process.env.CFSIM_TEST_CRASH_REP === undefined ? -1 : Number(process.env.CFSIM_TEST_CRASH_REP);

export interface ReplicationWorker {
  runChunk(request: ChunkRequest): ChunkResult;
  /** The validation report's tallies of a chunk of replications (models/validationTally.ts), copied back. */
  runTallies(request: TallyRequest): ReplicationTally[];
}

const runner = new ChunkRunner();

const api: ReplicationWorker = {
  runChunk(request) {
    const last = request.firstRep + request.reps - 1;
    if (FAIL_REP >= request.firstRep && FAIL_REP <= last) {
      throw new Error(replicationFailure(request, FAIL_REP, 'injected test failure'));
    }
    if (CRASH_REP >= request.firstRep && CRASH_REP <= last) process.exit(3);
    const result = runner.run(request);
    return transfer(result, chunkBuffers(result));
  },
  runTallies(request) {
    const last = request.firstRep + request.reps - 1;
    if (FAIL_REP >= request.firstRep && FAIL_REP <= last) {
      throw new Error(replicationFailure({ ...request, point: 0 }, FAIL_REP, 'injected test failure'));
    }
    if (CRASH_REP >= request.firstRep && CRASH_REP <= last) process.exit(3);
    return tallyChunk(request);
  },
};

expose(api, (workerData as { port: MessagePort }).port as unknown as Parameters<typeof expose>[1]);
