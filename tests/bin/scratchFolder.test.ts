import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// This host's name as cfsim sees it, to play a node of a cluster sharing TMPDIR with another.
const host = vi.hoisted(() => ({ name: undefined as string | undefined }));
vi.mock('node:os', async (original) => {
  const os = await original<typeof import('node:os')>();
  return { ...os, hostname: () => host.name ?? os.hostname() };
});
import { createScratchFolder, removeAbandonedScratchFolders } from '../../bin/scratchFolder';
import { processSpace } from '../../bin/processSpace';
import { tempFolder } from '../tempFolder';

const root = tempFolder('cfsim-scratch-test-');
const DEAD_PID = 2 ** 22 + 4321; // above Linux's pid_max: no such process
let made = 0;
/** A scratch folder in `root` whose owner.pid says `owner`. */
function scratch(owner: string): string {
  const dir = join(root, `cfsim-t${made++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'owner.pid'), owner);
  return dir;
}

describe('removeAbandonedScratchFolders', () => {
  it('records its owner with its host and process space, and keeps the folder of a live owner', () => {
    const dir = createScratchFolder(root);
    expect(JSON.parse(readFileSync(join(dir, 'owner.pid'), 'utf8'))).toEqual({ pid: process.pid, host: hostname(), ...(processSpace() === undefined ? {} : { processSpace: processSpace() }) });
    removeAbandonedScratchFolders(root);
    expect(existsSync(dir)).toBe(true);
  });

  it('removes the folder of a dead owner of this host, and one of a bare pid (before 0.40.0) as before', () => {
    const current = scratch(JSON.stringify({ pid: DEAD_PID, host: hostname(), ...(processSpace() === undefined ? {} : { processSpace: processSpace() }) }));
    const older = scratch(String(DEAD_PID));
    const live = scratch(String(process.pid));
    removeAbandonedScratchFolders(root);
    expect([existsSync(current), existsSync(older), existsSync(live)]).toEqual([false, false, true]);
  });

  // A TMPDIR on a cluster's shared file system is seen from every node; a container may share its host's /tmp. There the
  // owner's pid names no process here, or another one: its folder is left alone (was: removed while its run wrote it).
  it("leaves alone the folder of an owner of another host, or of this host's name in another boot or pid namespace", () => {
    // Made by a run on node-a, whose pid names no process on node-b, which sees the same TMPDIR.
    host.name = 'node-a';
    const made = createScratchFolder(root);
    const owner = join(made, 'owner.pid');
    writeFileSync(owner, readFileSync(owner, 'utf8').replace(String(process.pid), String(DEAD_PID)));
    host.name = 'node-b';
    removeAbandonedScratchFolders(root);
    host.name = undefined;
    expect(existsSync(made)).toBe(true);
    const otherHost = scratch(JSON.stringify({ pid: DEAD_PID, host: 'node-07' }));
    const otherSpace = scratch(JSON.stringify({ pid: DEAD_PID, host: hostname(), processSpace: 'b0dacd6c-0000-4000-8000-000000000000 pid:[4026531836]' }));
    removeAbandonedScratchFolders(root);
    expect(existsSync(otherHost)).toBe(true);
    if (processSpace() !== undefined) expect(existsSync(otherSpace)).toBe(true);
  });
});
