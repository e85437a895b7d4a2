import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NodeWorkerPool, WorkerFailure } from '../../../sim/host/nodePool';

// Unit tests of the worker-thread pool with small worker scripts written to a temporary folder.
// Each script exposes an API over comlink on the MessagePort handed over in workerData.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMLINK = pathToFileURL(join(ROOT, 'node_modules', 'comlink', 'dist', 'esm', 'comlink.mjs')).href;

interface TestApi {
  add(a: number, b: number): number;
  slow(ms: number, value: number): Promise<number>;
  fail(message: string): never;
  exit(code: number): never;
  hang(): Promise<never>;
  threadId(): number;
}

const WORKER = `
import { workerData, threadId } from 'node:worker_threads';
import { expose } from ${JSON.stringify(COMLINK)};
const api = {
  add: (a, b) => a + b,
  slow: (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms)),
  fail(message) { throw new Error(message); },
  exit(code) { process.exit(code); },
  hang: () => new Promise(() => {}),
  threadId: () => threadId,
};
expose(api, workerData.port);
`;

/** A worker whose script throws while loading (before it exposes anything). */
const BROKEN_WORKER = `throw new Error('broken at start-up');\n`;

let dir = '';
let worker: URL;
let broken: URL;
const pools: NodeWorkerPool<unknown>[] = [];

function pool<Api = TestApi>(size: number, script = worker): NodeWorkerPool<Api> {
  const p = new NodeWorkerPool<Api>(script, size);
  pools.push(p as NodeWorkerPool<unknown>);
  return p;
}

/** Fails (rather than hanging the suite) if `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms (hang)`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cfsim-pool-'));
  writeFileSync(join(dir, 'worker.mjs'), WORKER);
  writeFileSync(join(dir, 'broken.mjs'), BROKEN_WORKER);
  worker = pathToFileURL(join(dir, 'worker.mjs'));
  broken = pathToFileURL(join(dir, 'broken.mjs'));
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.terminate()));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('NodeWorkerPool', () => {
  it('runs a call on a worker thread and returns its value', async () => {
    const p = pool(2);
    expect(p.size).toBe(2);
    expect(await within(p.run((api) => api.add(2, 3)))).toBe(5);
    expect(await within(p.run((api) => api.slow(1, 7)))).toBe(7);
    const thread = await within(p.run((api) => api.threadId()));
    expect(thread).toBeGreaterThan(0);
    expect(thread).not.toBe((await import('node:worker_threads')).threadId);
  });

  it('queues more calls than workers, never runs more at once than it has workers, and completes them all', async () => {
    const p = pool(2);
    let active = 0;
    let most = 0;
    const threads = new Set<number>();
    const calls = Array.from({ length: 9 }, (_, i) =>
      p.run(async (api) => {
        active++;
        most = Math.max(most, active);
        try {
          const value = await api.slow(30, i);
          threads.add(await api.threadId());
          return value;
        } finally {
          active--;
        }
      }),
    );
    expect(await within(Promise.all(calls))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(most).toBe(2);
    expect(threads.size).toBe(2);
  });

  it('rejects a call whose worker method throws, with the message, and keeps working', async () => {
    const p = pool(1);
    await expect(within(p.run((api) => api.fail('no such client')))).rejects.toThrow('no such client');
    expect(await within(p.run((api) => api.add(1, 1)))).toBe(2);
  });

  it('rejects the call in flight with WorkerFailure when its worker exits, without hanging', async () => {
    const p = pool(1);
    const call = within(p.run((api) => api.exit(3)));
    await expect(call).rejects.toBeInstanceOf(WorkerFailure);
    await expect(call).rejects.toThrow(/exited unexpectedly \(code 3\)/);
    // A later call on the dead worker fails too; it does not wait forever.
    await expect(within(p.run((api) => api.add(1, 2)))).rejects.toBeInstanceOf(WorkerFailure);
  });

  it('fails only the call on the worker that died; the other workers go on', async () => {
    const p = pool(2);
    const dying = within(p.run((api) => api.exit(4)));
    const living = within(p.run((api) => api.slow(50, 9)));
    await expect(dying).rejects.toBeInstanceOf(WorkerFailure);
    expect(await living).toBe(9);
  });

  it('rejects calls with WorkerFailure when the worker script fails to load', async () => {
    const p = pool(1, broken);
    const call = within(p.run((api) => api.add(1, 2)));
    await expect(call).rejects.toBeInstanceOf(WorkerFailure);
    await expect(call).rejects.toThrow(/broken at start-up/);
  });

  it('rejects a task that throws before returning its promise, and releases its worker for the next call', async () => {
    const p = pool(1);
    await expect(within(p.run(() => { throw new Error('thrown at once'); }))).rejects.toThrow('thrown at once');
    expect(await within(p.run((api) => api.add(1, 2)))).toBe(3);
  });

  it('terminate() fails the call in flight and every queued call', async () => {
    const p = pool(1);
    // Each outcome is caught at once: the calls fail while the test awaits terminate().
    const outcomes = [p.run((api) => api.hang()), p.run((api) => api.add(1, 1)), p.run((api) => api.add(2, 2))].map((c) => within(c).then(() => 'resolved', (error: unknown) => error));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await within(p.terminate());
    for (const outcome of await Promise.all(outcomes)) {
      expect(outcome).toBeInstanceOf(WorkerFailure);
      expect((outcome as Error).message).toMatch(/stopped/);
    }
  });

  it('a second terminate() settles only once the threads have stopped, as the first does', async () => {
    const p = pool(2);
    expect(await within(p.run((api) => api.add(2, 2)))).toBe(4);
    let firstDone = false;
    const first = p.terminate().then(() => {
      firstDone = true;
    });
    await within(p.terminate());
    expect(firstDone).toBe(true);
    await first;
  });

  it('terminate() resolves, stops the threads, and later calls reject', async () => {
    const p = pool(2);
    expect(await within(p.run((api) => api.add(2, 2)))).toBe(4);
    await within(p.terminate());
    await expect(within(p.run((api) => api.add(1, 1)))).rejects.toBeInstanceOf(WorkerFailure);
    await expect(p.run((api) => api.add(1, 1))).rejects.toThrow(/stopped/);
    // Terminating twice is harmless.
    await within(p.terminate());
  });
});

describe('NodeWorkerPool lets the process exit after terminate()', () => {
  // A separate Node process, so "can exit" is observable: it must end on its own, with no
  // explicit process.exit, once the pool is terminated.
  let script = '';

  beforeAll(async () => {
    const entry = join(dir, 'exit-entry.ts');
    writeFileSync(
      entry,
      `import { NodeWorkerPool } from ${JSON.stringify(join(ROOT, 'sim', 'host', 'nodePool.ts'))};
const mode = process.argv[2];
const pool = new NodeWorkerPool(new URL(${JSON.stringify(worker.href)}), 2);
const value = await pool.run((api) => api.add(20, 22));
if (mode === 'in-flight') {
  pool.run((api) => api.hang()).catch(() => undefined);
  pool.run((api) => api.hang()).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await pool.terminate();
process.stdout.write('terminated ' + value + '\\n');
`,
    );
    script = join(dir, 'exit-entry.mjs');
    await build({ entryPoints: [entry], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  });

  for (const mode of ['idle', 'in-flight']) {
    it(`exits on its own (${mode === 'idle' ? 'no calls pending' : 'calls in flight are abandoned'})`, () => {
      const result = spawnSync(process.execPath, [script, mode], { encoding: 'utf8', timeout: 20_000 });
      expect(result.error).toBeUndefined();
      expect(result.signal, 'killed by the timeout: the process did not exit').toBeNull();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('terminated 42\n');
    });
  }
});
