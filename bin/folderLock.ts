import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../sim/params/issues';
import { notLookedUpWords, STALE_LOCK_MS, STALE_LOCK_WORDS, takeoverWords, utcWords } from '../scenarios/lockHeartbeat';
import type { LeftLock } from './leftLock';
import { makeFolder } from './outputFiles';
import { processSpace } from './processSpace';
import { recordedTimeWords } from './recordedTimeWords';
import { shownCommand } from '../scenarios/shownCommand';

/** The lock file a cfsim command holds in the folder it writes. */
export const LOCK_FILE = '.cfsim-lock';
/** The holder touches its lock this often... */
const HEARTBEAT_MS = 30_000;
// ...so a lock from another host untouched for STALE_LOCK_MS (ten minutes) was left by a process that died. Generous:
// a long synchronous save delays the heartbeat, and network file systems cache file times for
// up to a minute. (On the same host the holder's process is simply looked up.)

export interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly since: string;
  /** Where its pid is looked up (processSpace: the host's boot and pid namespace; since 0.40.0, absent in older locks and where the platform does not say it). */
  readonly processSpace?: string;
}

/** What was read of a lock file when it was judged: its text and its inode, to recognise it later. */
interface Seen {
  readonly text: string;
  readonly inode: number;
  readonly ageMs: number;
  /** When it was last touched (its modification time, ISO). */
  readonly touchedAt: string;
  readonly holder?: Holder;
}

/** Whether a process of this host runs with that id (one of another user counts as running). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file as read now (exported for tests). */
export function seen(path: string): Seen | undefined {
  try {
    const stats = statSync(path);
    const text = readFileSync(path, 'utf8');
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(text) as Holder;
    } catch {
      // being written by its holder: judged by its age alone
    }
    return { text, inode: stats.ino, ageMs: Date.now() - stats.mtimeMs, touchedAt: new Date(stats.mtimeMs).toISOString(), holder };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function stale(lock: Seen): boolean {
  if (lookedUp(lock)) return !processAlive(lock.holder!.pid);
  return lock.ageMs > STALE_LOCK_MS;
}

/**
 * The lock on `dir`, if there is one: its holder (unknown while the holder is still writing the
 * file) and whether that holder is still at work (`live`: false for a process that was killed).
 * Judged as lockFolder judges it before taking a lock over.
 */
export function folderLock(dir: string): { readonly holder?: Holder; readonly live: boolean; readonly ageMs: number; readonly touchedAt: string; readonly lookedUp: boolean; readonly sameHostName: boolean } | undefined {
  const lock = seen(join(dir, LOCK_FILE));
  return lock && { holder: lock.holder, live: !stale(lock), ageMs: lock.ageMs, touchedAt: lock.touchedAt, lookedUp: lookedUp(lock), sameHostName: sameHostName(lock) };
}

/** Whether a lock's holder says this host's name but is not looked up here: another container or boot with this host name. */
const sameHostName = (lock: Seen) => lock.holder?.host === hostname() && !lookedUp(lock);

/**
 * Whether a lock's holder is judged by looking its process up (on this host, and, where both say it, in this boot and pid
 * namespace), not by the lock's age (another host's, another boot's or container's, or a holder not yet written). A lock
 * that does not say its process space (written before 0.40.0) is looked up by its host's name, as it was.
 */
const lookedUp = (lock: Seen) => {
  const holder = lock.holder;
  if (holder === undefined || holder.host !== hostname()) return false;
  const here = processSpace();
  return holder.processSpace === undefined || here === undefined || holder.processSpace === here;
};

/** Creates the lock file if there is none; false if there is one. */
function create(path: string, me: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    return true;
  } catch (error) {
    // A lock we could not write (a full disk) must not be left to block the next run.
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(path, { force: true });
    throw error;
  }
}

/** A takeover guard older than this was left by a process that died while taking a lock over (which takes milliseconds). */
const GUARD_STALE_MS = 10_000;

/**
 * Removes a stale lock, if it is still the one that was judged. Several processes may judge the
 * same lock stale at once; only the one that creates the takeover guard (`LOCK.takeover`, created
 * exclusively) may remove it, and only after checking, guard in hand, that the lock is still the
 * judged one (same inode and text). Locks are only ever created exclusively or, guard in hand, put in
 * place of the judged one, and a lock that is not one's own is only ever removed or replaced this
 * way, so a lock a process has taken meanwhile is never removed, and no two processes can both take
 * the folder. (The lock used to be renamed away and
 * put back when it was not the judged one, which left a moment with no lock at all: a third
 * process could take the folder then, and two held it.) A process that finds the guard taken
 * removes nothing and retries; a guard left by a process that died is removed once it is old.
 * With `replacement` (a lock's text), the stale lock is replaced by it, by one rename, instead of removed: a takeover
 * leaves no moment without a lock, in which another command could take the folder and the taker lose what the stale
 * lock said (whose it was, its heartbeat). Whether it removed or replaced it. (Exported for tests.)
 */
export function removeStale(path: string, judged: Seen, replacement?: string): boolean {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - statSync(guard).mtimeMs > GUARD_STALE_MS) rmSync(guard, { force: true });
    } catch {
      // removed meanwhile by its holder
    }
    return false;
  }
  try {
    closeSync(fd);
    const now = seen(path);
    if (!(now && now.inode === judged.inode && now.text === judged.text)) return false;
    if (replacement === undefined) rmSync(path, { force: true });
    else replaceWith(path, replacement);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Puts a lock reading `text` at `path`, replacing the one there, by one rename (its copy is removed where that fails). */
function replaceWith(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.taking`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function refusal(dir: string, flag: string, lock: Seen | undefined): InputError {
  const path = join(dir, LOCK_FILE);
  const h = lock?.holder;
  const where = h && lock && sameHostName(lock) ? `${h.host}, another container or boot with this host name` : h?.host;
  const who = h ? `another cfsim (process ${h.pid} on ${where}, since ${recordedTimeWords(h.since)}: ${shownCommand(h.command)})` : 'another cfsim';
  return new InputError([{ path: flag, value: dir, message: `${JSON.stringify(dir)} is being written by ${who}; ${takeover(lock)}; wait for it to finish or choose another folder (if no cfsim is running there, delete ${JSON.stringify(path)})` }], 'command line');
}

/**
 * When the lock `lock` is taken over, in words: once its process has ended, where it is looked up here; else once its
 * heartbeat is older than ten minutes. That its holder is in another container or boot with this host name is said
 * where the refusal names the holder, not again here.
 */
function takeover(lock: Seen | undefined): string {
  if (lock && lookedUp(lock)) return `its lock is taken over once that process has ended`;
  const why = lock?.holder === undefined ? 'its holder has not yet said who it is' : notLookedUpWords();
  const when = lock === undefined ? '' : `: last touched at ${utcWords(lock.touchedAt)}, so at ${takeoverWords(lock.touchedAt)} unless it is touched again`;
  return `${why}, so its lock is taken over once its heartbeat (the lock file's time, touched every half minute while it runs) is older than ${STALE_LOCK_WORDS}${when}`;
}

/** A folder taken by takeFolder. */
export interface TakenFolder {
  /** Lets other commands write into the folder again (removes this process's lock). */
  readonly release: () => void;
  /** The lock a command killed in the folder left, which this one took over (its holder, start and last heartbeat); undefined where it found none. */
  readonly left: LeftLock | undefined;
  /**
   * Releases the folder putting back the lock this one took over, as it was (its text and time; atomically, in place of this
   * one's): for a command that stops before it has recorded what that lock says (a --resume refused), so that the next one
   * finds it still. Where it took none over, as `release`.
   */
  readonly releasePuttingBack: () => void;
}

/**
 * Takes the folder for this process, so that two cfsim commands never write into the same folder
 * at once (their temporary files would have the same names). A lock left by a process that has
 * died is taken over: on this host when its process is gone, from another host once it has not
 * been touched for ten minutes (its holder touches it every half minute). Returns the function
 * that releases it.
 */
export function lockFolder(dir: string, flag: string, command: string): () => void {
  return takeFolder(dir, flag, command).release;
}

/**
 * lockFolder for a command that tidies a folder on the side and records no session in it (analyze dropping sweep.json's kept
 * choices): the function it returns lets the folder go putting back the lock a killed command left, where it took one over,
 * so that the --resume that records that command's session still finds it and records its last heartbeat. (Since 0.44.0;
 * before, the lock was removed, and with it the heartbeat.)
 */
export function lockFolderAside(dir: string, flag: string, command: string): () => void {
  return takeFolder(dir, flag, command).releasePuttingBack;
}

/** lockFolder, saying too which lock it took over, which it can put back. */
export function takeFolder(dir: string, flag: string, command: string): TakenFolder {
  makeFolder(dir);
  const path = join(dir, LOCK_FILE);
  const space = processSpace();
  const me: Holder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString(), ...(space === undefined ? {} : { processSpace: space }) };
  const mine = JSON.stringify(me);
  let takenOver: Seen | undefined;
  for (let attempt = 0; !create(path, me); attempt++) {
    const lock = seen(path);
    if (lock === undefined) continue; // released meanwhile: try again
    if (attempt >= 3 || !stale(lock)) throw refusal(dir, flag, lock);
    if (removeStale(path, lock, mine)) {
      takenOver = lock;
      break;
    }
  }
  removeLeftCopies(dir);
  const heartbeat = setInterval(() => {
    try {
      if (readFileSync(path, 'utf8') !== mine) return; // not ours any more: leave it alone
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // the folder was removed under us; the command itself will report that
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.removeListener('exit', release);
    removeIfMine(path, mine);
  };
  process.on('exit', release);
  const releasePuttingBack = () => {
    if (released || takenOver === undefined) return release();
    released = true;
    clearInterval(heartbeat);
    process.removeListener('exit', release);
    putBack(path, mine, takenOver);
  };
  const holder = takenOver?.holder;
  const left = holder && typeof holder.command === 'string' && typeof holder.since === 'string' ? { command: holder.command, since: holder.since, touchedAt: takenOver!.touchedAt } : undefined;
  return { release, left, releasePuttingBack };
}

/** Removes the lock at `path` if it is still `mine`. */
function removeIfMine(path: string, mine: string): void {
  try {
    if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
  } catch {
    // already gone
  }
}

const LEFT_COPY = /^\.cfsim-lock\.\d+\.(taking|putback)$/;

/** Removes the copies of a lock a process killed while taking it over or putting it back left in `dir` (none can be in use: the folder is held, and both hold the takeover guard). */
function removeLeftCopies(dir: string): void {
  try {
    for (const name of readdirSync(dir)) if (LEFT_COPY.test(name)) rmSync(join(dir, name), { force: true });
  } catch {
    // a folder that cannot be listed keeps them: they are hidden, and no command reads them
  }
}

/**
 * Puts `judged` (a lock taken over) back at `path` in place of this process's lock `mine`, with its text and time, by one
 * rename; where that fails, removes this process's lock. The takeover guard is held from the check that the lock is still
 * `mine` to the rename, so that no process takes it over in between (another host's, judging it by an age the synchronous
 * work before a refusal let grow) only to have its lock replaced; where the guard is taken, this process's lock is removed.
 */
function putBack(path: string, mine: string, judged: Seen): void {
  const guard = `${path}.takeover`;
  try {
    closeSync(openSync(guard, 'wx'));
  } catch {
    removeIfMine(path, mine);
    return;
  }
  const temporary = `${path}.${process.pid}.putback`;
  try {
    if (readFileSync(path, 'utf8') !== mine) return; // not ours any more: leave it alone
    writeFileSync(temporary, judged.text);
    // In seconds, half a millisecond on: a time given to the millisecond, as touchedAt is, is often stored just before it
    // (float seconds, truncated to nanoseconds) and read back a millisecond early.
    const touched = (Date.parse(judged.touchedAt) + 0.5) / 1000;
    utimesSync(temporary, touched, touched);
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
    removeIfMine(path, mine);
  } finally {
    rmSync(guard, { force: true });
  }
}
