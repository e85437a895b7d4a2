import type { Page } from 'playwright-core';

// What a test's scripts in the app's page (page.evaluate) share, installed before the page loads (addInitScript). A
// script reads them from `window as unknown as PageHelpers` (and StepHook, VisibilityFake): its function is sent to
// the page as text, so it cannot use what this module exports.

/** What addPageHelpers gives the page. */
export interface PageHelpers {
  /**
   * Resolves once `done()` holds, checked every 5 ms. Not for a step in flight (a check is late by 4 ms at least, and a
   * fast step comes back within it): hookStepAsked sees the step asked.
   */
  until: (done: () => boolean) => Promise<void>;
  /** Resolves after `ms` milliseconds. */
  wait: (ms: number) => Promise<void>;
}

/** Gives the page `until` and `wait` (PageHelpers). */
export async function addPageHelpers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const helpers: PageHelpers = {
      until: (done) =>
        new Promise<void>((resolve) => {
          const check = () => (done() ? resolve() : setTimeout(check, 5));
          check();
        }),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
    Object.assign(window, helpers);
  });
}

/** What hookStepAsked gives the page: a `stepAsked` the test sets is called as the page asks the worker for a step. */
export interface StepHook {
  stepAsked?: () => void;
}

/**
 * Calls the page's `window.stepAsked` (StepHook), if set, as the page asks the engine's worker for a step (comlink's
 * APPLY of `step`, seen by wrapping Worker.prototype.postMessage), once the message is posted. What it does in a
 * microtask then comes before the worker's answer can arrive, whatever the machine's speed.
 */
export async function hookStepAsked(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      (post as (...args: unknown[]) => void).call(this, message, ...rest);
      const asked = message as { type?: string; path?: string[] } | null;
      if (asked?.type === 'APPLY' && asked.path?.[0] === 'step') (window as unknown as StepHook).stepAsked?.();
    } as typeof post;
  });
}

/** What fakeVisibility gives the page: `showPage` makes it hidden or visible, as the browser would say. */
export interface VisibilityFake {
  showPage: (state: DocumentVisibilityState) => void;
}

/**
 * Has the test set the page's document.visibilityState (VisibilityFake's `showPage`, which dispatches
 * visibilitychange). Headless Chromium keeps every page visible (a second page brought to the front, a minimized window,
 * Target.activateTarget and Page.setWebLifecycleState all left document.visibilityState 'visible' here).
 */
export async function fakeVisibility(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    (window as unknown as VisibilityFake).showPage = (state) => {
      visibility = state;
      document.dispatchEvent(new Event('visibilitychange'));
    };
  });
}

/** How breakStep breaks the next step asked of the engine's worker. */
export type StepBreak = 'engine throws' | 'worker errs';

/** What breakStep gives the page: a `stepBreaks` the test sets breaks the next step asked, once. */
export interface StepBreaker {
  stepBreaks?: StepBreak;
}

/**
 * Breaks the next step the page asks of the engine's worker once the page's `window.stepBreaks` (StepBreaker) is set,
 * by changing comlink's APPLY of `step` as it is posted (wrapping Worker.prototype.postMessage). 'engine throws': it asks
 * for a method the engine lacks, and the call into the worker throws there (a TypeError) and rejects in the page.
 * 'worker errs': an argument comlink cannot read, and its message handler throws outside its try: an uncaught error in
 * the worker's script, which the browser reports to the page as the Worker's 'error' event; the call is never answered.
 */
export async function breakStep(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const asked = message as { type?: string; path?: string[] } | null;
      const breaker = window as unknown as StepBreaker;
      const how = breaker.stepBreaks;
      if (how && asked?.type === 'APPLY' && asked.path?.[0] === 'step') {
        breaker.stepBreaks = undefined;
        message = how === 'engine throws' ? { ...asked, path: ['noSuchStep'] } : { ...asked, argumentList: [null] };
      }
      (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
  });
}

/** Makes the page's first `reset` call into the engine's worker throw there (a method the engine lacks): its first run fails. */
export async function breakFirstRun(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    let broken = false;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const asked = message as { type?: string; path?: string[] } | null;
      if (!broken && asked?.type === 'APPLY' && asked.path?.[0] === 'reset') {
        broken = true;
        message = { ...asked, path: ['noSuchReset'] };
      }
      (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
  });
}
