// How a results folder's lock held by a process of another host is said: by its heartbeat (the lock file's age), the one
// thing known of that process here, as no process of another host can be looked up. Said alike by sweep and analyze.

/** A lock of another host untouched this long (its holder touches it every half minute) was left by a process that died. */
export const STALE_LOCK_MS = 10 * 60_000;

/** How long a lock of another host is left untouched before it is taken for one a dead process left, in words. */
export const STALE_LOCK_WORDS = `${STALE_LOCK_MS / 60_000} minutes`;

/** "touched 3 minutes ago: its process cannot be looked up from here, so it counts as running until the lock is 10 minutes old". */
export function heartbeatWords(ageMs: number): string {
  const minutes = Math.floor(ageMs / 60_000);
  const touched = minutes < 1 ? 'less than a minute ago' : `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  return `touched ${touched}: its process cannot be looked up from here, so it counts as running until the lock is ${STALE_LOCK_WORDS} old`;
}
