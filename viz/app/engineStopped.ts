// What the page says when the engine's worker fails after the app has started (a call into it threw, or the worker
// reported an error: its script failed, it ran out of memory). The run cannot go on; the link, kept, starts it again.

/** Said on the page and to screen readers (role=alert) once the engine has stopped. */
export const ENGINE_STOPPED_TEXT =
  'The simulation stopped working, so the run cannot go on. Reload the page to start it again: the link keeps your settings and the day reached.';

/** The status line's words once the engine has stopped. */
export const ENGINE_STOPPED_STATUS = 'The simulation stopped';

/**
 * Shows the message in `alert` (a role=alert element, hidden until now) and turns the run's buttons (Play, the steps,
 * Reset) off for good: pressed, they did nothing and said nothing.
 */
export function showEngineStopped(alert: HTMLElement, runButtons: readonly HTMLButtonElement[]): void {
  alert.textContent = ENGINE_STOPPED_TEXT;
  alert.hidden = false;
  for (const button of runButtons) button.disabled = true;
}

/**
 * Says the message again (a new text in the alert, which screen readers read out anew): what cannot be turned off (a
 * setting changed, a key) asked the engine for work it will not do.
 */
export function sayEngineStoppedAgain(alert: HTMLElement): void {
  alert.replaceChildren(document.createTextNode(ENGINE_STOPPED_TEXT));
}
