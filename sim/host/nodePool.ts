import { MessageChannel, Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';

/** A worker thread failed: it threw, or it died. */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

interface Slot<Api> {
  readonly worker: Worker;
  readonly api: Remote<Api>;
  /** Rejects when the worker dies or errors; races every call made on it. */
  readonly death: Promise<never>;
}

/**
 * A fixed pool of Node worker threads speaking comlink over a MessageChannel handed to each
 * worker through workerData (wrapping the Worker itself does not work in Node). Calls queue for
 * a free worker; a worker that errors or exits fails the call in flight, never hangs it.
 * `terminate()` stops every thread, so the process can exit.
 */
export class NodeWorkerPool<Api> {
  private readonly slots: Slot<Api>[] = [];
  private readonly free: Slot<Api>[] = [];
  private readonly waiting: ((slot: Slot<Api>) => void)[] = [];
  private terminated = false;
  private stop: (error: WorkerFailure) => void = () => undefined;
  /** Rejects when the pool is terminated, so no call in flight or queued waits forever. */
  private readonly stopped = new Promise<never>((_, reject) => (this.stop = reject));

  constructor(script: URL, size: number, workerData: Record<string, unknown> = {}) {
    this.stopped.catch(() => undefined); // observed through races

    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(script, { workerData: { ...workerData, port: port2 }, transferList: [port2] });
      const death = new Promise<never>((_, reject) => {
        worker.once('error', (error) => reject(new WorkerFailure(`worker thread ${i} failed: ${error instanceof Error ? error.message : String(error)}`)));
        worker.once('exit', (code) => {
          if (!this.terminated) reject(new WorkerFailure(`worker thread ${i} exited unexpectedly (code ${code})`));
        });
      });
      death.catch(() => undefined); // observed through races; never an unhandled rejection
      const slot = { worker, api: wrap<Api>(port1 as unknown as Parameters<typeof wrap>[0]), death };
      this.slots.push(slot);
      this.free.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs `task` on the next free worker. */
  async run<T>(task: (api: Remote<Api>) => Promise<T>): Promise<T> {
    if (this.terminated) throw new WorkerFailure('the worker pool has been stopped');
    const slot = this.free.pop() ?? (await Promise.race([new Promise<Slot<Api>>((resolve) => this.waiting.push(resolve)), this.stopped]));
    try {
      return await Promise.race([task(slot.api), slot.death, this.stopped]);
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.free.push(slot);
    }
  }

  /** Stops every worker thread (calls in flight are abandoned). */
  async terminate(): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    this.stop(new WorkerFailure('the worker pool was stopped'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
