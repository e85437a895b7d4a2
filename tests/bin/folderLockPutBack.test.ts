import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOCK_FILE, removeStale, seen, takeFolder } from '../../bin/folderLock';
import { tempFolder } from '../tempFolder';

// What another process does while this one puts a lock back: run as the put-back copy is given its time, that is after the
// check that the lock is still this process's and before the rename.
// And what another process does once a lock is removed.
const during = vi.hoisted(() => ({ putBack: undefined as ((lockPath: string) => void) | undefined, lockRemoved: undefined as ((lockPath: string) => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    rmSync: (path: fs.PathLike, options?: fs.RmOptions) => {
      actual.rmSync(path, options);
      if (String(path).endsWith(`/.cfsim-lock`)) during.lockRemoved?.(String(path));
    },
    utimesSync: (path: fs.PathLike, atime: fs.TimeLike, mtime: fs.TimeLike) => {
      if (String(path).endsWith('.putback')) during.putBack?.(String(path).replace(/\.\d+\.putback$/, ''));
      actual.utimesSync(path, atime, mtime);
    },
  };
});

const work = tempFolder('cfsim-putback-');
let folders = 0;
const DEAD_PID = 2 ** 22 + 4321; // above Linux's pid_max: no such process
const KILLED = JSON.stringify({ pid: DEAD_PID, host: hostname(), command: 'cfsim run --out x', since: '2026-01-01T00:00:00.000Z' });

/** A folder holding the lock a killed command left, last touched `touched`. */
function killedFolder(touched = new Date('2026-01-01T00:05:00Z')): string {
  const dir = join(work, `f${folders++}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(join(dir, LOCK_FILE), KILLED);
  fs.utimesSync(join(dir, LOCK_FILE), touched, touched);
  return dir;
}

describe('takeFolder: putting back the lock taken over', () => {
  it('puts it back with its text and time, and says whose it was', () => {
    const dir = killedFolder();
    const taken = takeFolder(dir, '--out', 'cfsim run --out x --resume');
    expect(taken.left).toEqual({ command: 'cfsim run --out x', since: '2026-01-01T00:00:00.000Z', touchedAt: '2026-01-01T00:05:00.000Z' });
    taken.releasePuttingBack();
    expect(fs.readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(KILLED);
    expect(fs.statSync(join(dir, LOCK_FILE)).mtime.toISOString()).toBe('2026-01-01T00:05:00.000Z');
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('puts it back at the very millisecond it was last touched, whatever that millisecond', () => {
    const drifted: string[] = [];
    for (let ms = 0; ms < 1000; ms += 7) {
      const dir = killedFolder(new Date(Date.UTC(2026, 0, 1, 0, 5, 0, ms)));
      const taken = takeFolder(dir, '--out', 'cfsim run --out x --resume');
      taken.releasePuttingBack();
      const back = seen(join(dir, LOCK_FILE))!.touchedAt;
      if (back !== taken.left!.touchedAt) drifted.push(`${taken.left!.touchedAt} put back as ${back}`);
    }
    expect(drifted).toEqual([]);
  });

  it('never replaces the lock of a process that took the folder over while it was being put back', () => {
    const dir = killedFolder();
    const taken = takeFolder(dir, '--out', 'cfsim run --out x --resume');
    const other = JSON.stringify({ pid: process.pid + 1, host: 'another-host', command: 'cfsim run --out x --resume', since: new Date().toISOString() });
    let otherTook = false;
    // Another host judging this process's lock stale (the synchronous work before a refusal kept its heartbeat from
    // touching it) takes the folder over as takeFolder does: removeStale, then an exclusive create.
    during.putBack = (lockPath) => {
      during.putBack = undefined;
      const judged = seen(lockPath);
      if (judged && removeStale(lockPath, judged)) {
        fs.writeFileSync(lockPath, other, { flag: 'wx' });
        otherTook = true;
      }
    };
    try {
      taken.releasePuttingBack();
    } finally {
      during.putBack = undefined;
    }
    expect(fs.readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(otherTook ? other : KILLED);
  });

  it('takes a lock over leaving no moment without one, in which another command could take the folder and what the lock said be lost', () => {
    const dir = killedFolder();
    // Another command creating its lock (exclusively) the moment the folder has none.
    during.lockRemoved = (lockPath) => {
      during.lockRemoved = undefined;
      fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: hostname(), command: 'cfsim run --out x --resume', since: new Date().toISOString() }), { flag: 'wx' });
    };
    try {
      const taken = takeFolder(dir, '--out', 'cfsim run --out x --resume');
      expect(taken.left?.command).toBe('cfsim run --out x');
      taken.release();
    } finally {
      during.lockRemoved = undefined;
    }
  });

  it("removes the copy a command killed while putting a lock back left, once it holds the folder", () => {
    const dir = killedFolder();
    fs.writeFileSync(join(dir, `${LOCK_FILE}.${DEAD_PID}.putback`), KILLED);
    const taken = takeFolder(dir, '--out', 'cfsim run --out x --resume');
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
    taken.release();
  });
});
