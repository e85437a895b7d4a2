import { dirname } from 'node:path';
import { expect } from 'vitest';

/** A logged file-system call: an fsync of the file or folder a descriptor was opened on, a rename, or the removal of an existing file. */
export type FsCall = { readonly op: 'fsync' | 'rename' | 'remove'; readonly path: string; readonly to?: string };

/**
 * Where in `log` the last rename of `name`'s `.partial` to `name` is, having checked that the file was
 * fsynced before it (after any earlier rename to that name) and its folder after it, before any other rename.
 */
export function durableRename(log: readonly FsCall[], name: string): number {
  const at = lastIndex(log, log.length, (c) => c.op === 'rename' && c.to !== undefined && c.to.endsWith(`/${name}`) && c.path === `${c.to}.partial`);
  expect(at, `${name} renamed into place`).toBeGreaterThanOrEqual(0);
  const { path, to } = log[at];
  const synced = lastIndex(log, at, (c) => c.op === 'fsync' && c.path === path);
  expect(synced, `${name}.partial fsynced before its rename`).toBeGreaterThanOrEqual(0);
  // Fsynced after the rename before it: the fsync is of this file's content, not an earlier one's.
  expect(log.slice(synced, at).some((c) => c.op === 'rename' && c.to === to), `${name}: no rename between its fsync and its rename`).toBe(false);
  expectFolderSynced(log, at, `${name}'s rename`);
  return at;
}

/**
 * Checks that the folder of the call at `at` in `log` (a rename, or a removal) is fsynced after it, before any
 * other rename: the call is durable before what comes next. `what` names the call in messages.
 */
export function expectFolderSynced(log: readonly FsCall[], at: number, what: string): void {
  expect(at, `${what} logged`).toBeGreaterThanOrEqual(0);
  const dir = dirname(log[at].to ?? log[at].path);
  const folder = log.findIndex((c, k) => k > at && c.op === 'fsync' && c.path === dir);
  expect(folder, `${what}: its folder fsynced after it`).toBeGreaterThan(at);
  expect(log.slice(at + 1, folder).some((c) => c.op === 'rename'), `${what}: its folder fsynced before the next rename`).toBe(false);
}

/** The index of the last call before `end` that `matches`, or -1. */
function lastIndex(log: readonly FsCall[], end: number, matches: (call: FsCall) => boolean): number {
  for (let k = end - 1; k >= 0; k--) if (matches(log[k])) return k;
  return -1;
}
