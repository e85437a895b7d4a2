/**
 * How a report says when a session killed outright ran: its end is not known, and where the lock it left says when it
 * last ran (`lastHeartbeatAt`, recorded by the resume that took the folder over), that time.
 */
export function killedWords(lastHeartbeatAt: unknown): string {
  const heartbeat = typeof lastHeartbeatAt === 'string' ? `; it still ran at ${lastHeartbeatAt}, its lock's last heartbeat` : '';
  return `killed (when is not known${heartbeat})`;
}

/**
 * Whether a recorded session was killed outright: said so (since 0.42.0), or left "running" with a later session
 * after it (`followed`), as 0.41.0 recorded one.
 */
export function wasKilled(status: unknown, followed: boolean): boolean {
  return status === 'killed' || (status === 'running' && followed);
}
