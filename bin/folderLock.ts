import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../sim/params/issues';

/** The lock file a cfsim command holds in the folder it writes. */
export const LOCK_FILE = '.cfsim-lock';
/** The holder touches its lock this often... */
const HEARTBEAT_MS = 10_000;
/** ...so a lock untouched this long is left over from a process that died (on any host). */
const STALE_MS = 60_000;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return undefined; // being written, or not ours: judged by its age alone
  }
}

function stale(path: string, holder: Holder | undefined): boolean {
  if (holder && holder.host === hostname() && !alive(holder.pid)) return true;
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    return true; // removed meanwhile
  }
}

/**
 * Takes the folder for this process, so that two cfsim commands never write into the same folder
 * at once (their temporary files would have the same names). A lock left by a process that has
 * died is taken over: on this host when its process is gone, on any host once it has not been
 * touched for a minute (the holder touches it every ten seconds, which suits shared cluster
 * file systems). Returns the function that releases it.
 */
export function lockFolder(dir: string, flag: string, command: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), command, since: new Date().toISOString() } satisfies Holder));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(path);
      if (attempt === 0 && stale(path, holder)) {
        rmSync(path, { force: true });
        continue;
      }
      const who = holder ? `another cfsim (process ${holder.pid} on ${holder.host}, since ${holder.since}: ${holder.command})` : 'another cfsim';
      throw new InputError([{ path: flag, value: dir, message: `${JSON.stringify(dir)} is being written by ${who}; wait for it to finish or choose another folder (if no cfsim is running there, delete ${JSON.stringify(path)})` }], 'command line');
    }
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // the folder was removed under us; the run itself will report that
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.removeListener('exit', release);
    const holder = holderOf(path);
    if (holder?.pid === process.pid && holder.host === hostname()) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return release;
}
