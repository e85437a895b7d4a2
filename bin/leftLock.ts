/** The lock a command killed in a folder left there, as found before a later command took the folder over. */
export interface LeftLock {
  /** Its holder's command and start (the lock's `since`, ISO time), which tell whose it was. */
  readonly command: string;
  readonly since: string;
  /** When it was last touched (ISO time). */
  readonly touchedAt: string;
}

/**
 * What `left` says of a killed session (a run's or a sweep's): when it last ran (`lastHeartbeatAt`), where the lock is the one
 * it held; nothing otherwise.
 */
export function lastHeartbeat(left: LeftLock | undefined, session: { readonly command: string; readonly startedAt: string }): { lastHeartbeatAt?: string } {
  return left && leftBy(left, session) ? { lastHeartbeatAt: left.touchedAt } : {};
}

/**
 * Whether `lock` is the one `session` held: the same command, taken before the session began (a session's start is taken
 * once it holds the folder; a later command, killed before it said it began, took its lock after), and touched since it
 * began (a lock never touched, of a session killed within half a minute, says no more than its start).
 */
function leftBy(lock: LeftLock, session: { readonly command: string; readonly startedAt: string }): boolean {
  const since = Date.parse(lock.since);
  const began = Date.parse(session.startedAt);
  return lock.command === session.command && !Number.isNaN(since) && since <= began && Date.parse(lock.touchedAt) > began;
}
