import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, mkdirSync, mkdtempSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { inspect } from 'node:util';
import type { InputIssue } from '../sim/params/issues';

/**
 * Writes `path` under the temporary name `PATH.partial` and renames it when complete, so a
 * reader never sees a half-written file under the final name. The temporary file is removed
 * if the write or the rename fails. The file is durable under its final name when this returns
 * (commitFile): what a caller writes next cannot outlive it in a power loss. `mode`: its permissions (0o755 for a script).
 */
export function writeFileAtomically(path: string, content: string | Uint8Array | readonly Uint8Array[], options: { readonly mode?: number } = {}): void {
  makeFolder(dirname(path));
  const temporary = `${path}.partial`;
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    // Nothing of ours to remove: what is there (a folder of that name) is left, and this error said, not a removal's.
    throw withPath(error, temporary);
  }
  try {
    try {
      for (const part of typeof content === 'string' ? [Buffer.from(content)] : content instanceof Uint8Array ? [content] : content) writeBytes(fd, part, temporary);
      // Set on the temporary file, whatever the umask: the file has its mode from the moment it has its name.
      if (options.mode !== undefined) fchmodSync(fd, options.mode);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    commitFile(fd, temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw withPath(error, temporary);
  }
}

/**
 * Makes the file open at `fd` (named `temporary`) durable, closes it, renames it to `path` and makes
 * the rename durable. Without the file's fsync, a power loss or a node crash soon after the rename
 * can bring the file back empty or cut short under its final name (delayed allocation, as on ext4
 * and xfs); without the folder's, the rename itself can be lost.
 */
export function commitFile(fd: number, temporary: string, path: string): void {
  try {
    syncFile(fd, temporary);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  syncFolder(dirname(path));
}

/**
 * Codes with which a file system says it cannot fsync a file at all (POSIX's EINVAL; ENOTSUP, as some FUSE and shared-folder
 * mounts do): the file is then as durable as that file system makes it, as before fsync was asked for. A failed fsync
 * (EIO, ENOSPC, EDQUOT: the data may not be there) is an error.
 */
const FILE_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP']);

/** Makes what was written to the open file `fd` (named `path` in errors) durable (fsync), where its file system can. */
export function syncFile(fd: number, path: string): void {
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!FILE_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw withPath(error, path);
  }
}

/** Codes with which a platform refuses to open or fsync a folder (Windows: EISDIR, EPERM; some file systems: EINVAL): the rename is then as durable as that platform makes it. */
const FOLDER_SYNC_UNSUPPORTED = new Set([...FILE_SYNC_UNSUPPORTED, 'EISDIR', 'EPERM', 'EACCES', 'EBADF']);

/** Makes the entries of the folder `dir` (a file renamed into it) durable, where the platform can. */
export function syncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw withPath(error, dir);
  } finally {
    closeSync(fd);
  }
}

/**
 * Renames `from` to `to` and makes the rename durable (its folder fsynced, where the platform can), so that a crash
 * soon after cannot bring the old name back beside what is written next.
 */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  syncFolder(dirname(to));
  if (dirname(resolve(from)) !== dirname(resolve(to))) syncFolder(dirname(from));
}

/**
 * Removes each of `paths` that is there (files, or links), then makes the removals durable: one fsync of each
 * folder that lost an entry, so that a crash soon after cannot bring an earlier run's file back beside a manifest.
 */
export function removeFilesDurably(paths: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of paths) {
    if (!isEntry(path)) continue;
    rmSync(path, { force: true });
    folders.add(dirname(path));
  }
  for (const dir of folders) syncFolder(dir);
}

/** Whether `path` names an entry of its folder (a dangling link included). */
function isEntry(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

/** Writes all of `bytes` to the open file `fd` (named `path` in errors), none of them copied (a checkpoint's arrays run to hundreds of MB). */
function writeBytes(fd: number, bytes: Uint8Array, path: string): void {
  for (let done = 0; done < bytes.length; ) {
    const wrote = writeSync(fd, bytes, done, bytes.length - done);
    if (wrote <= 0) throw Object.assign(new Error(`no room to write ${path}`), { code: 'ENOSPC', syscall: 'write', path });
    done += wrote;
  }
}

/**
 * Creates the folder `dir` and its missing parents, one at a time. (Node 20's mkdirSync with
 * `recursive: true` retries forever where mkdir fails with ENOENT under an existing folder, as
 * in /proc; here that fails, saying so.)
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); statOf(d) === undefined && dirname(d) !== d; d = dirname(d)) missing.push(d);
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'EEXIST' && statOf(d)?.isDirectory()) continue; // made meanwhile by another process
      if (code === 'ENOENT' && statOf(dirname(d))?.isDirectory()) Object.assign(error as object, { reason: `the file system of ${JSON.stringify(dirname(d))} takes no new folders` });
      throw error;
    }
  }
}

/** The error, naming `path` if it names no file (errors of writes to a descriptor do not). */
function withPath(error: unknown, path: string): unknown {
  if (error instanceof Error && (error as NodeJS.ErrnoException).path === undefined) (error as NodeJS.ErrnoException).path = path;
  return error;
}

/**
 * Writes all of `text` to the open file `fd` (named `path` in errors). `writeSync` may write less
 * than asked when a disk fills up; the rest is written, or the write fails with ENOSPC.
 */
export function writeAll(fd: number, text: string, path: string): void {
  try {
    writeBytes(fd, Buffer.from(text), path);
  } catch (error) {
    throw withPath(error, path);
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** The failure of the write-access check of `path` (EROFS: a read-only file system; EACCES, EPERM: no permission; ENOENT: it went away since it was seen), or undefined where it may be written. */
function writeRefusal(path: string): NodeJS.ErrnoException | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Why `path`, seen a moment before, cannot be written, as its write-access check `refused` says, each cause as what it is
 * (with what to do where that is not plain), or undefined where it can. `within`: the path to be made in the folder
 * `path`, where that is what is written; `folderToo`: `path` is a file, whose folder is on the same file system.
 */
function refusalMessage(path: string, refused: NodeJS.ErrnoException | undefined, { within, folderToo = false }: { within?: string; folderToo?: boolean } = {}): string | undefined {
  if (refused === undefined) return undefined;
  const named = JSON.stringify(path);
  const so = within === undefined ? '' : `, so ${JSON.stringify(within)} cannot be written in it`;
  switch (refused.code) {
    case 'EROFS':
      return `${named} is on a read-only file system (EROFS)${folderToo ? `, as is its folder ${JSON.stringify(dirname(path))}` : ''}${so || ', so it cannot be written'}`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write ${within === undefined ? '' : 'in '}${named}`;
    case 'ENOENT':
      return `${named} was there a moment ago and is gone now (ENOENT: removed or moved while cfsim checked it)${so}; see what else changes it, then run the command again`;
    default: {
      const said = refused.code === undefined || refused.message.startsWith(`${refused.code}:`) ? refused.message : `${refused.code}: ${refused.message}`;
      return `the check that ${named} can be written failed (${said})${so}; run the command again once its file system answers`;
    }
  }
}

/** Whether the path names a folder by its spelling (a trailing separator) or because it is one. */
export function namesFolder(path: string): boolean {
  return path.endsWith('/') || path.endsWith(sep) || statOf(path)?.isDirectory() === true;
}

/**
 * Checks, before any work is done, that `path` can be written as a file or created as a folder:
 * it must not be the other kind, and its nearest existing parent must be a folder we may write
 * in. Adds an issue naming the flag and the path otherwise. (A full disk is found only on write.)
 */
export function checkOutputPath(flag: string, path: string, kind: 'file' | 'folder', issues: InputIssue[]): void {
  const issue = (message: string) => issues.push({ path: flag, value: path, message });
  if (path.trim() === '') return void issue(`an empty path is not allowed; expected a ${kind} to write`);
  const existing = statOf(path);
  if (existing) {
    if (kind === 'file' && existing.isDirectory()) return void issue(`${JSON.stringify(path)} is a folder; expected a file to write`);
    if (kind === 'folder' && !existing.isDirectory()) return void issue(`${JSON.stringify(path)} is a file; expected a folder to write into`);
    const refused = refusalMessage(path, writeRefusal(path), { folderToo: kind === 'file' });
    if (refused !== undefined) issue(refused);
    return;
  }
  if (kind === 'file' && (path.endsWith('/') || path.endsWith(sep))) return void issue(`${JSON.stringify(path)} ends with a separator, so it names a folder; expected a file to write`);
  if (kind === 'folder' && danglingLink(path) !== undefined) {
    return void issue(`${JSON.stringify(path)} is a link to ${JSON.stringify(danglingLink(path))}, which does not exist; expected a folder to write into (create the folder the link points to, or give another path)`);
  }
  for (let parent = dirname(path); ; parent = dirname(parent)) {
    const stats = statOf(parent);
    if (stats) {
      const refused = stats.isDirectory() ? refusalMessage(parent, writeRefusal(parent), { within: path }) : undefined;
      if (!stats.isDirectory()) issue(`${JSON.stringify(parent)} is a file, so it cannot hold ${JSON.stringify(path)}`);
      else if (refused !== undefined) issue(refused);
      else if (!takesNewEntries(parent)) issue(`the file system of ${JSON.stringify(parent)} takes no new files or folders, so ${JSON.stringify(path)} cannot be written`);
      return;
    }
    if (dirname(parent) === parent) return;
  }
}

/** Where `path` points if it is a symbolic link to nothing, else undefined. */
function danglingLink(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() && statOf(path) === undefined ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a folder can be made in `dir`, tried by making one and removing it: write permission
 * is not enough where the file system takes nothing new (/proc, /sys), and it is found here, before
 * any work, rather than when the results are written.
 */
function takesNewEntries(dir: string): boolean {
  try {
    rmSync(mkdtempSync(join(dir, '.cfsim-probe-')), { recursive: true, force: true });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only a refusal of the file system itself counts: other failures (a full disk) show on write, with their reason.
    return !(code === 'ENOENT' || code === 'EROFS' || code === 'EPERM' || code === 'EACCES');
  }
}

/** Where an HTML report named by a flag goes: the file itself, or `report.html` in a folder. */
export function reportFilePath(path: string): string {
  return namesFolder(path) ? join(path, 'report.html') : path;
}

/** What a file-system error code means, in words. */
export const FILE_ERRORS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'something is already there',
  EMFILE: 'too many open files',
};

/**
 * A one-line account of a failed file operation ("could not write "x": ENOSPC (the disk is full)";
 * an error's own `reason`, where it has one, says why; its `undoFailure`, what failed after it), or undefined for other errors.
 */
export function fileSystemFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall, path, dest, reason } = error as NodeJS.ErrnoException & { dest?: string; reason?: string };
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || typeof syscall !== 'string') return undefined;
  const why = reason ?? FILE_ERRORS[code];
  const undone = undoFailureOf(error);
  const then = undone === undefined ? '' : `; undoing what came before it failed too: ${undone}`;
  // A rename's or link's failure may be its destination's (a folder in the way): both are named.
  const to = typeof path === 'string' && typeof dest === 'string' ? ` to ${JSON.stringify(dest)}` : '';
  return `could not ${syscall}${typeof path === 'string' ? ` ${JSON.stringify(path)}` : ''}${to}: ${code}${why ? ` (${why})` : ''}${then}`;
}

/**
 * What failed while undoing what came before `error` (afterUndoing), said as fileSystemFailure says a failure, or its
 * message; undefined where nothing did. Said after any error, a file system's or not, so that the second is not lost.
 */
export function undoFailureOf(error: unknown): string | undefined {
  const { undoFailure } = (error instanceof Error ? error : {}) as { undoFailure?: unknown };
  return undoFailure === undefined ? undefined : (fileSystemFailure(undoFailure) ?? (undoFailure instanceof Error ? undoFailure.message : String(undoFailure)));
}

/**
 * Runs `undo` after `error` (putting back what the failed step had changed) and returns `error`, which stays the one
 * reported: a failure of `undo` is mentioned after it (fileSystemFailure), not put in its place. Where `error` cannot carry
 * that failure (a frozen Error, or a thrown value that is no Error), a carrier standing for it is returned instead.
 */
export function afterUndoing(error: unknown, undo: () => void): unknown {
  try {
    undo();
  } catch (later) {
    return Object.assign(error instanceof Error && Object.isExtensible(error) ? error : carrierOf(error), { undoFailure: later });
  }
  return error;
}

/**
 * An Error standing for `error`, a thrown value that cannot carry an undo's failure. A frozen Error is copied, of its own
 * class and with all its own fields (message, stack, code, syscall, path, ...), so that a caller telling errors apart by
 * class or code (an InputError, a file system's ENOSPC) still does. A value that is no Error gets a plain Error with its
 * file system's fields where it has them (fileSystemFailure says it as it would), and its stack the value said.
 */
function carrierOf(error: unknown): Error {
  if (error instanceof Error) {
    const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
    for (const key of Reflect.ownKeys(error)) {
      const field = Object.getOwnPropertyDescriptor(error, key)!;
      Object.defineProperty(copy, key, { ...field, configurable: true, ...('value' in field ? { writable: true } : {}) });
    }
    return copy;
  }
  const said = typeof error === 'string' ? error : inspect(error);
  const { code, syscall, path, reason } = (typeof error === 'object' && error !== null ? error : {}) as NodeJS.ErrnoException & { reason?: unknown };
  const carrier = Object.assign(new Error(said, { cause: error }), { code, syscall, path, reason });
  carrier.stack = said;
  return carrier;
}
