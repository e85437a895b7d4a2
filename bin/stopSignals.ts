let ignoring = false;

/**
 * Called on the first SIGINT or SIGTERM of a run: from then on, for the rest of the process,
 * further ones are ignored. The process is saving what finished and then exits; a second Ctrl-C
 * (or a SIGTERM grace period) must not kill it half-way through a write. SIGKILL still works.
 */
export function ignoreLaterStopSignals(): void {
  if (ignoring) return;
  ignoring = true;
  const ignore = () => {};
  process.on('SIGINT', ignore);
  process.on('SIGTERM', ignore);
}
