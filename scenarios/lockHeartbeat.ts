// How a results folder's lock held by a process of another host is said: by its heartbeat (the lock file's age), the one
// thing known of that process here, as no process of another host can be looked up. Said alike by sweep and analyze.

/** A lock of another host untouched this long (its holder touches it every half minute) was left by a process that died. */
export const STALE_LOCK_MS = 10 * 60_000;

/** How long a lock of another host is left untouched before it is taken for one a dead process left, in words. */
export const STALE_LOCK_WORDS = `${STALE_LOCK_MS / 60_000} minutes`;

/** What is known of a lock that is judged by its heartbeat. */
export interface Heartbeat {
  /** Its age (ms since its holder last touched it). */
  readonly ageMs: number;
  /** When it was last touched (ISO time), where known. */
  readonly at?: string;
  /** Its holder says this host's name but runs in another boot or pid namespace (another container, or before a reboot). */
  readonly sameHostName?: boolean;
}

/** An ISO time as "2026-12-07 12:03:15 UTC". */
export function utcWords(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** When a lock last touched at `at` (ISO time) is taken over unless touched again, in words. */
export function takeoverWords(at: string): string {
  return utcWords(new Date(Date.parse(at) + STALE_LOCK_MS).toISOString());
}

/** "3 minutes", "less than a minute". */
function ageWords(ageMs: number): string {
  const minutes = Math.floor(ageMs / 60_000);
  return minutes < 1 ? 'less than a minute' : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Why its process cannot be looked up from here. */
export function notLookedUpWords(sameHostName = false): string {
  return sameHostName ? 'its process runs in another container or boot with this host name and cannot be looked up from here' : 'its process cannot be looked up from here';
}

/**
 * "touched 3 minutes ago: its process cannot be looked up from here, so it counts as running until the lock is 10 minutes
 * old". `onPage`: said on a page read later (a report), where an age would be frozen: the time it was touched (UTC), and
 * its age as of the page's writing.
 */
export function heartbeatWords(heartbeat: Heartbeat, onPage = false): string {
  const { ageMs, at, sameHostName } = heartbeat;
  const touched = onPage && at !== undefined ? `touched at ${utcWords(at)} (${ageWords(ageMs)} before this page was written)` : `touched ${ageWords(ageMs)} ago`;
  const until = onPage && at !== undefined ? `, which is at ${takeoverWords(at)} unless it is touched again` : '';
  return `${touched}: ${notLookedUpWords(sameHostName)}, so it counts as running until the lock is ${STALE_LOCK_WORDS} old${until}`;
}
