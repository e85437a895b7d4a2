import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { folderLock, LOCK_FILE, lockFolder } from '../../bin/folderLock';
import { tempFolder } from '../tempFolder';

// Where the platform does not say a process space (not Linux, or /proc unreadable), every lock of this host's name is
// looked up by its pid, as before 0.40.0: none is taken for another host's (judged by its age), whatever the lock says.
vi.mock('../../bin/processSpace', () => ({ processSpace: () => undefined }));

const work = tempFolder('cfsim-lock-nospace-');
const DEAD_PID = 2 ** 22 + 4321; // above Linux's pid_max: no such process
let folders = 0;
function planted(holder: { pid: number; processSpace?: string }): string {
  const dir = join(work, `f${folders++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...holder, host: hostname(), command: 'cfsim sweep', since: new Date().toISOString() }));
  return dir;
}

describe('folder locks where no process space is known', () => {
  it('writes none, and looks up the pid of a lock of this host, with or without one', () => {
    const mine = join(work, 'mine');
    const release = lockFolder(mine, '--out', 'cfsim sweep');
    expect(JSON.parse(readFileSync(join(mine, LOCK_FILE), 'utf8'))).not.toHaveProperty('processSpace');
    expect(folderLock(mine)).toMatchObject({ live: true, lookedUp: true });
    release();
    // A live process of this shell: live; a dead one: taken over at once, fresh as it is.
    for (const space of [undefined, 'b0dacd6c-0000-4000-8000-000000000000 pid:[4026531836]']) {
      expect(folderLock(planted({ pid: process.pid, processSpace: space }))).toMatchObject({ live: true, lookedUp: true });
      const dead = planted({ pid: DEAD_PID, processSpace: space });
      expect(folderLock(dead)).toMatchObject({ live: false, lookedUp: true });
      lockFolder(dead, '--out', 'cfsim sweep')();
    }
  });
});
