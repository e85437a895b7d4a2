// A worker gone with no error event (closed, or ended by the browser) left the page waiting for ever on the call in
// flight, a step it could not tell from a long one. Where the browser has Web Locks (a secure context: localhost,
// https), the worker holds a lock for as long as it lives, and the page's request for the same lock is granted once it
// is gone (since 0.44.0). Served over plain http to other machines (cfsim app --host), browsers have no Web Locks and
// the page waits as before: no timeout guesses that a slow step is a dead worker.

/** What the worker offers the page besides the engine. */
export interface WorkerLife {
  /** Holds the lock `name` until the worker ends; resolves once held (true), or at once where there are no Web Locks (false). */
  holdLife(name: string): Promise<boolean>;
}

/** The worker's side: exposed with the engine (worker.ts). */
export const workerLife: WorkerLife = {
  holdLife: (name) =>
    typeof navigator.locks === 'undefined'
      ? Promise.resolve(false)
      : new Promise((resolve) => {
          void navigator.locks.request(name, () => {
            resolve(true);
            return new Promise<never>(() => {}); // held while the worker lives
          });
        }),
};

/** The page's side: has `life` (the worker, through comlink) hold a lock, and calls `gone` once the worker has ended. */
export function watchWorkerLife(life: WorkerLife, gone: () => void): void {
  if (typeof navigator.locks === 'undefined') return;
  const name = `cfsim-engine-${crypto.randomUUID()}`;
  void life.holdLife(name).then((held) => {
    if (held) void navigator.locks.request(name, () => gone());
  });
}
