import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder, removeStale, seen } from '../../bin/folderLock';
import { InputError } from '../../sim/params/issues';
import { processSpace } from '../../bin/processSpace';
import { tempFolder } from '../tempFolder';

const work = tempFolder('cfsim-lock-');

let folders = 0;
const folder = () => join(work, `f${folders++}`);
const DEAD_PID = 2 ** 22 + 4321; // above Linux's pid_max: no such process
const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string };
function plant(dir: string, holder: { pid: number; host: string; processSpace?: string }, ageMinutes = 0): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...holder, command: 'cfsim run', since: '2026-01-01T00:00:00Z' }));
  const then = new Date(Date.now() - ageMinutes * 60_000);
  utimesSync(join(dir, LOCK_FILE), then, then);
}
function refused(dir: string): InputError {
  try {
    lockFolder(dir, '--out', 'cfsim run')();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('the lock was taken');
}

describe('lockFolder', () => {
  it('holds the folder until released, refusing a second holder with a message naming the first', () => {
    const dir = folder();
    const release = lockFolder(dir, '--out', 'cfsim run --out x');
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, host: hostname() });
    const error = refused(dir);
    expect(error.issues[0].path).toBe('--out');
    expect(error.message).toContain(`process ${process.pid} on ${hostname()}`);
    expect(error.message).toContain('cfsim run --out x');
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockFolder(dir, '--out', 'again')();
  });

  it('takes over a lock whose process on this host is gone, however fresh', () => {
    const dir = folder();
    plant(dir, { pid: DEAD_PID, host: hostname() });
    const release = lockFolder(dir, '--out', 'cfsim run');
    expect(lockOf(dir).pid).toBe(process.pid);
    release();
  });

  it('keeps a lock whose process on this host is alive, however old', () => {
    const dir = folder();
    plant(dir, { pid: process.pid, host: hostname() }, 120);
    expect(refused(dir).message).toContain('is being written by another cfsim');
  });

  it('keeps a recent lock from another host, and takes over one untouched for over ten minutes', () => {
    const dir = folder();
    plant(dir, { pid: 12, host: 'node-07' }, 5);
    expect(refused(dir).message).toContain('on node-07');
    plant(dir, { pid: 12, host: 'node-07' }, 11);
    lockFolder(dir, '--out', 'cfsim run')();
  });

  // A container sharing its host's name, or the host rebooted: the same pid is another process, or none. processSpace() is
  // Linux's boot_id and pid namespace, which these tests' machine has.
  it.runIf(processSpace() !== undefined)('judges a lock of this host\'s name but another boot or pid namespace by its age, never by looking its pid up here', () => {
    const dir = folder();
    const elsewhere = 'b0dacd6c-0000-4000-8000-000000000000 pid:[4026531836]';
    // Its pid runs here (this process), but is not its process: untouched 11 minutes, it is taken over (was: kept for ever).
    plant(dir, { pid: process.pid, host: hostname(), processSpace: elsewhere }, 11);
    lockFolder(dir, '--out', 'cfsim run')();
    // No such pid here, but its process may run where it was taken: fresh, it is kept (was: taken over at once).
    plant(dir, { pid: DEAD_PID, host: hostname(), processSpace: elsewhere }, 5);
    expect(refused(dir).message).toContain(`process ${DEAD_PID} on ${hostname()}`);
    // This boot and namespace: looked up, as a lock without processSpace (before 0.40.0) still is.
    plant(dir, { pid: DEAD_PID, host: hostname(), processSpace: processSpace()! });
    const release = lockFolder(dir, '--out', 'cfsim run');
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, processSpace: processSpace() });
    release();
  });

  it("a refusal says when the lock is taken over: another host's once its heartbeat is ten minutes old (at the time given, UTC), this host's once its process has ended", () => {
    const dir = folder();
    plant(dir, { pid: 12, host: 'node-07' }, 5);
    const touched = statSync(join(dir, LOCK_FILE)).mtime;
    const utc = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)} UTC`;
    expect(refused(dir).message).toContain(
      `its process cannot be looked up from here, so its lock is taken over once its heartbeat (the lock file's time, touched every half minute while it runs) is older than 10 minutes: last touched at ${utc(touched)}, so at ${utc(new Date(touched.getTime() + 10 * 60_000))} unless it is touched again; wait for it`,
    );
    plant(dir, { pid: process.pid, host: hostname() }, 120);
    expect(refused(dir).message).toContain('its lock is taken over once that process has ended; wait for it');
  });

  it.runIf(processSpace() !== undefined)('a refusal over a lock of this host\'s name in another boot or pid namespace says it is another container or boot with this host name', () => {
    const dir = folder();
    plant(dir, { pid: process.pid, host: hostname(), processSpace: 'b0dacd6c-0000-4000-8000-000000000000 pid:[4026531836]' }, 5);
    const message = refused(dir).message;
    expect(message).toContain(`(process ${process.pid} on ${hostname()}, another container or boot with this host name, since`);
    // Said once, where the holder is named; the takeover then only says why it is judged by its heartbeat.
    expect(message.split('another container or boot with this host name')).toHaveLength(2);
    expect(message).toContain('; its process cannot be looked up from here, so its lock is taken over once its heartbeat');
  });

  it('a refusal gives the holder\'s start in UTC words, as its heartbeat times are given; a start that is no time as written', () => {
    const dir = folder();
    plant(dir, { pid: 12, host: 'node-07' }, 5);
    expect(refused(dir).message).toContain('(process 12 on node-07, since 2026-01-01 00:00:00 UTC: cfsim run)');
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 12, host: 'node-07', command: 'cfsim run', since: 'at dawn' }));
    expect(refused(dir).message).toContain('(process 12 on node-07, since at dawn: cfsim run)');
    // (Date.parse reads a bare number as a date: May 2001.)
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 12, host: 'node-07', command: 'cfsim run', since: '5' }));
    expect(refused(dir).message).toContain('(process 12 on node-07, since 5: cfsim run)');
  });

  it('a refusal shortens a long holder command line, with an ellipsis saying how much is left out; the rest of the refusal follows it (since 0.44.0)', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    const sets = Array.from({ length: 60 }, (_, k) => `--set community.stigma${k}=0.${k}`).join(' ');
    const command = `cfsim run ${sets} --out ${dir}`;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 12, host: 'node-07', command, since: '2026-01-01T00:00:00Z' }));
    const message = refused(dir).message;
    expect(message).not.toContain(command);
    expect(message).toMatch(/since 2026-01-01 00:00:00 UTC: cfsim run --set community\.stigma0=0\.0 [^)]* … \(\d+ characters left out\) … [^)]*--out [^)]+\); /);
    expect(message.length).toBeLessThan(command.length);
  });

  it('releasing never removes a lock another process holds now', () => {
    const dir = folder();
    const release = lockFolder(dir, '--out', 'cfsim run');
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid + 1, host: 'elsewhere', command: 'x', since: 'now' }));
    release();
    expect(lockOf(dir).host).toBe('elsewhere');
  });

  it('removing a lock judged stale leaves alone a newer lock another process created meanwhile', () => {
    const dir = folder();
    plant(dir, { pid: DEAD_PID, host: hostname() });
    const path = join(dir, LOCK_FILE);
    const judged = seen(path)!;
    // Another process takes over between our judgement and our removal.
    rmSync(path);
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), command: 'the winner', since: 'now' }));
    removeStale(path, judged);
    expect(lockOf(dir).pid).toBe(process.pid);
    expect(readFileSync(path, 'utf8')).toContain('the winner');
    // The stale one itself is removed.
    plant(dir, { pid: DEAD_PID, host: hostname() });
    removeStale(path, seen(path)!);
    expect(existsSync(path)).toBe(false);
  });

  it('only the process holding the takeover guard removes a stale lock; a guard left by a dead process is cleared once old', () => {
    const dir = folder();
    plant(dir, { pid: DEAD_PID, host: hostname() });
    const path = join(dir, LOCK_FILE);
    const guard = `${path}.takeover`;
    writeFileSync(guard, '');
    removeStale(path, seen(path)!);
    expect(existsSync(path), 'another process is taking it over').toBe(true);
    expect(existsSync(guard)).toBe(true);
    const old = new Date(Date.now() - 60_000);
    utimesSync(guard, old, old);
    removeStale(path, seen(path)!);
    expect(existsSync(guard), 'the dead taker\'s guard is cleared').toBe(false);
    const release = lockFolder(dir, '--out', 'cfsim run');
    expect(lockOf(dir).pid).toBe(process.pid);
    expect(existsSync(guard)).toBe(false);
    release();
  });

  it('of eight processes racing for one stale lock, exactly one takes it', async () => {
    const dir = folder();
    plant(dir, { pid: DEAD_PID, host: hostname() });
    const bundle = join(work, 'lock.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('../../bin/folderLock.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const script = `import { lockFolder } from ${JSON.stringify(bundle)};
      const start = Number(process.argv[2]);
      while (Date.now() < start) {}
      try { const release = lockFolder(${JSON.stringify(dir)}, '--out', 'racer'); console.log('won'); process.stdin.on('end', release).resume(); }
      catch (error) { console.log(error.constructor.name === 'InputError' ? 'refused' : 'error ' + error.message); }`;
    const start = Date.now() + 800;
    // The winner holds the lock until every racer has answered (then its stdin is closed): on a
    // busy machine a racer may start late, and must then find the lock held, not released.
    const children = Array.from({ length: 8 }, () => spawn(process.execPath, ['--input-type=module', '-e', script, String(start)]));
    const outcomes = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (d: Buffer) => {
              out += d.toString();
              if (out.includes('\n')) resolve(out.trim());
            });
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    );
    for (const child of children) child.stdin.end();
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('close', resolve)))));
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(7);
  });
});
