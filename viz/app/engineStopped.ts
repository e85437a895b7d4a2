// What the page says when the engine's worker fails after the app has started (a call into it threw, or the worker
// reported an error: its script failed, it ran out of memory). The run cannot go on; the link, kept, starts it again.

/** Said on the page and to screen readers (role=alert) once the engine has stopped. */
export const ENGINE_STOPPED_TEXT =
  'The simulation stopped working, so the run cannot go on. Reload the page to start it again: the link keeps your settings and the day reached.';

/** The status line's words once the engine has stopped. */
export const ENGINE_STOPPED_STATUS = 'The simulation stopped';

/** Shows the message in `alert` (a role=alert element, hidden until now) and turns `play` off for good. */
export function showEngineStopped(alert: HTMLElement, play: HTMLButtonElement): void {
  alert.textContent = ENGINE_STOPPED_TEXT;
  alert.hidden = false;
  play.disabled = true;
}
