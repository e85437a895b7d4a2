import { MessageChannel, Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';

/** A worker thread failed: it threw, it died, or the pool was stopped. */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

const YOUNG_GENERATION_MB = 2;

interface Slot<Api> {
  readonly index: number;
  readonly worker: Worker;
  readonly api: Remote<Api>;
  failure?: WorkerFailure;
}

interface Call {
  readonly slot: number;
  readonly reject: (error: WorkerFailure) => void;
}

/**
 * A fixed pool of Node worker threads speaking comlink over a MessageChannel handed to each
 * worker through workerData (wrapping the Worker itself does not work in Node). Calls queue for
 * a free worker. A worker that errors or exits fails its call in flight, and `terminate()` fails
 * every call in flight or queued: nothing ever waits forever, and the process can exit.
 *
 * Calls are failed through explicit reject callbacks, never by racing against a long-lived
 * promise: such a race leaves a reaction (holding the call's result) on the long-lived promise
 * for every call, which leaked every chunk of results.
 */
export class NodeWorkerPool<Api> {
  private readonly slots: Slot<Api>[] = [];
  private readonly free: Slot<Api>[] = [];
  private readonly waiting: { resolve: (slot: Slot<Api>) => void; reject: (error: WorkerFailure) => void }[] = [];
  private readonly calls = new Set<Call>();
  private terminated = false;
  private stopping: Promise<void> | undefined;

  constructor(script: URL, size: number, workerData: Record<string, unknown> = {}) {
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      // A small young generation: the engine's daily loop allocates nothing, so a large one only
      // holds garbage (and its growth made a long run's memory creep upwards).
      const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
      const worker = new Worker(script, { workerData: { ...workerData, port: port2 }, transferList: [port2], resourceLimits });
      const slot: Slot<Api> = { index: i, worker, api: wrap<Api>(port1 as unknown as Parameters<typeof wrap>[0]) };
      const fail = (failure: WorkerFailure) => {
        if (this.terminated || slot.failure) return;
        slot.failure = failure;
        for (const call of this.calls) if (call.slot === i) call.reject(failure);
      };
      worker.once('error', (error) => fail(new WorkerFailure(`worker thread ${i} failed: ${error instanceof Error ? error.message : String(error)}`)));
      worker.once('exit', (code) => fail(new WorkerFailure(`worker thread ${i} exited unexpectedly (code ${code})`)));
      this.slots.push(slot);
      this.free.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  private acquire(): Promise<Slot<Api>> {
    const slot = this.free.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(slot: Slot<Api>): void {
    if (this.terminated) return;
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  /** Runs `task` on the next free worker. */
  async run<T>(task: (api: Remote<Api>) => Promise<T>): Promise<T> {
    if (this.terminated) throw new WorkerFailure('the worker pool was stopped');
    const slot = await this.acquire();
    if (slot.failure) {
      this.release(slot);
      throw slot.failure;
    }
    return new Promise<T>((resolve, reject) => {
      // Settles once: with the result, or with a failure when the worker dies (its comlink call
      // then never settles, so the slot is released here, to report the failure to later calls).
      let settled = false;
      const finish = () => {
        if (settled) return false;
        settled = true;
        this.calls.delete(call);
        this.release(slot);
        return true;
      };
      const call: Call = { slot: slot.index, reject: (error) => finish() && reject(error) };
      this.calls.add(call);
      // A task that throws before returning its promise fails its call like one that rejects:
      // either way the worker is released, or every later call would wait for it forever.
      let pending: Promise<T>;
      try {
        pending = task(slot.api);
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (value) => finish() && resolve(value),
        (error: unknown) => finish() && reject(error instanceof Error ? error : new WorkerFailure(String(error))),
      );
    });
  }

  /**
   * Stops every worker thread; calls in flight or queued fail with a WorkerFailure. Every call
   * returns the same promise, which settles once the threads have stopped: a caller that awaits a
   * second terminate() (after a failure path started the first) does not go on while they run.
   */
  terminate(): Promise<void> {
    this.stopping ??= this.stop();
    return this.stopping;
  }

  private async stop(): Promise<void> {
    this.terminated = true;
    const stopped = new WorkerFailure('the worker pool was stopped');
    for (const call of this.calls) call.reject(stopped);
    for (const w of this.waiting.splice(0)) w.reject(stopped);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
