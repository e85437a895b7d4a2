import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';
import { breakFirstRun, breakStep, type StepBreak, type StepBreaker } from './inPage';

// The engine's worker failing after the start (main.ts stopRun): a step of play breaks in the worker (breakStep). The
// page stops the run and says so, to screen readers too (role=alert), and keeps its link, which starts the run again on
// reload. Before, a call that threw left every later job skipped in silence, and one the worker never answered left play
// "on" with each Pause swallowed: a frozen page with no word why.

const app = servedApp();

async function brokenInPlay(how: StepBreak) {
  const page = await openAppPage(app, '?seed=1&day=400&speed=50', { prepare: [breakStep] });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const seen = await page.evaluate(async (how) => {
    const play = document.getElementById('play') as HTMLButtonElement;
    const alert = document.getElementById('engine-stopped')!;
    const before = location.search;
    const shownDay = window.cfsim.frame()!.day;
    const playColour = getComputedStyle(play).backgroundColor;
    (window as unknown as StepBreaker).stepBreaks = how;
    play.click();
    // The page says so in its alert once the break reaches it (no timing: it waits for the alert to be shown).
    await new Promise<void>((resolve) => {
      const shown = new MutationObserver(() => {
        if (!alert.hidden) {
          shown.disconnect();
          resolve();
        }
      });
      shown.observe(alert, { attributes: true, attributeFilter: ['hidden'] });
    });
    const afterStop = { steps: window.cfsim.steps() };
    const runButtons = ['step-day', 'step-week', 'reset'].filter((id) => !(document.getElementById(id) as HTMLButtonElement).disabled);
    // A Pause (the P key) and steps asked after it change nothing; a step asked from the keyboard (D), which no button
    // turns off, has the alert said again (its text put anew, which screen readers read out).
    const saidAgain = new MutationObserver(() => {});
    saidAgain.observe(alert, { childList: true });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    document.getElementById('step-day')!.click();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }));
    const alertPutAnew = saidAgain.takeRecords().length > 0;
    saidAgain.disconnect();
    return {
      runButtonsStillOn: runButtons,
      playLooksOn: getComputedStyle(play).backgroundColor === playColour,
      alertPutAnew,
      alert: alert.textContent,
      role: alert.getAttribute('role'),
      visible: alert.getBoundingClientRect().height > 0,
      status: document.getElementById('status')!.textContent,
      button: play.textContent,
      pressed: play.getAttribute('aria-pressed'),
      disabled: play.disabled,
      busy: document.getElementById('busy')!.dataset.busy,
      before,
      link: location.search,
      shownDay,
      day: window.cfsim.frame()!.day,
      stepsBefore: afterStop.steps,
      stepsAfter: window.cfsim.steps(),
    };
  }, how);
  await page.close();
  return { ...seen, consoleErrors };
}

describe('the engine failing after the start (since 0.43.0)', () => {
  for (const how of ['engine throws', 'worker errs'] as const) {
    it(`stops play, turns the run's buttons off, says the simulation stopped and to reload (again when a key asks a step), and keeps the link (${how} in a step)`, async () => {
      const seen = await brokenInPlay(how);
      expect(seen.role).toBe('alert');
      expect(seen.visible).toBe(true);
      expect(seen.alert).toBe('The simulation stopped working, so the run cannot go on. Reload the page to start it again: the link keeps your settings and the day reached.');
      expect(seen.status).toBe('The simulation stopped');
      expect(seen.button).toBe('Play');
      expect(seen.pressed).toBe('false');
      expect(seen.disabled).toBe(true);
      expect(seen.playLooksOn, 'Play, turned off, no longer looks as it did on').toBe(false);
      expect(seen.runButtonsStillOn, 'the steps and Reset are off too').toEqual([]);
      expect(seen.alertPutAnew, 'a step asked by key says the alert again').toBe(true);
      expect(seen.busy).toBe('false');
      expect(seen.day, 'the day shown when it broke').toBe(seen.shownDay);
      expect(seen.link).toBe(seen.before);
      // Why it stopped is kept in the console for whoever looks into it (the rejection was caught; it had been logged uncaught).
      if (how === 'engine throws') expect(seen.consoleErrors.join('\n')).toMatch(/TypeError/);
      expect(seen.stepsAfter, 'no step asked after it').toBe(seen.stepsBefore);
      const fresh = await openAppPage(app, seen.link);
      expect(await fresh.evaluate(() => window.cfsim.frame()!.day), 'reloaded, the run is back on its day').toBe(seen.shownDay);
      await fresh.close();
    });
  }

  it('the first run failing: the page says the app cannot start and to reload, not that a run stopped on a day reached, and is not marked ready', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await breakFirstRun(page);
    await page.goto(`${app.base}?seed=1&day=400`);
    const message = await page.waitForSelector('#start-failure', { timeout: 60_000 });
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await message.textContent()).toBe('The simulation failed as it computed the first run, so the app cannot run. Reload the page to try again; should it fail again, open the app without the settings in its link (its address up to the ?).');
    expect(await page.textContent('#status')).toBe('The app cannot start');
    expect(await page.evaluate(() => document.body.dataset.ready)).toBeUndefined();
    // The window resized over the message (the layout it replaced is gone) throws nothing.
    await page.setViewportSize({ width: 900, height: 700 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the worker gone with no error reported during the first run: the page says the first run failed, not that worker.js could not be started (since 0.44.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The worker started (it answered the page's request to hold its lock) and then ended as the browser may end one,
    // with no error event, before the first run came back: that run is held back, and the worker terminated once it
    // has answered holdLife.
    await page.addInitScript(() => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const asked = message as { type?: string; path?: string[]; id?: string } | null;
        if (asked?.type === 'APPLY' && asked.path?.[0] === 'reset') return;
        if (asked?.type === 'APPLY' && asked.path?.[0] === 'holdLife') {
          this.addEventListener('message', (e: MessageEvent<{ id?: string }>) => {
            if (e.data?.id === asked.id) this.terminate();
          });
        }
        (post as (...args: unknown[]) => void).call(this, message, ...rest);
      } as typeof post;
    });
    await page.goto(`${app.base}?seed=1&day=400`);
    const message = await page.waitForSelector('#start-failure', { timeout: 60_000 });
    expect(await message.textContent()).toBe('The simulation failed as it computed the first run, so the app cannot run. Reload the page to try again; should it fail again, open the app without the settings in its link (its address up to the ?).');
    expect(await page.textContent('#status')).toBe('The app cannot start');
    expect(await page.evaluate(() => document.body.dataset.ready)).toBeUndefined();
    await page.close();
  });

  for (const how of ['engine throws', 'worker errs'] as const) {
    it(`fits the charts to a window resized after it stopped, as before (${how} in a step; since 0.44.0)`, async () => {
      const page = await openAppPage(app, '?seed=1&day=400&compare=status-quo', { viewport: { width: 1280, height: 900 }, prepare: [breakStep] });
      // A new size is seen at the next frame (the resize event, then the observers): the fit is asked by then.
      const fittedToSize = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))).then(() => window.cfsim.settled()));
      const plotHeights = () => page.evaluate(() => Array.from(document.querySelectorAll('.chart-plot svg'), (svg) => Math.round(svg.getBoundingClientRect().height)));
      const tall = await plotHeights();
      await page.setViewportSize({ width: 1280, height: 600 });
      await fittedToSize();
      const fitted = await plotHeights();
      expect(fitted, 'lowered to end above the fold at 600 px').not.toEqual(tall);
      await page.setViewportSize({ width: 1280, height: 900 });
      await fittedToSize();
      expect(await plotHeights()).toEqual(tall);
      await page.evaluate((how) => ((window as unknown as StepBreaker).stepBreaks = how), how);
      await page.click('#step-day');
      await page.waitForFunction(() => !document.getElementById('engine-stopped')!.hidden);
      // The run shown stays readable: a window made smaller has its charts lowered as they were before it stopped. The
      // worker that erred never answers the step, and the fit waited behind it for ever.
      await page.setViewportSize({ width: 1280, height: 600 });
      await page.waitForFunction((fitted) => JSON.stringify(Array.from(document.querySelectorAll('.chart-plot svg'), (svg) => Math.round(svg.getBoundingClientRect().height))) === JSON.stringify(fitted), fitted, { timeout: 20_000 });
      await page.close();
    });
  }

  it('settles its work asked so far once stopped, with the step in flight never answered (worker errs; for tests, since 0.44.0)', async () => {
    const page = await openAppPage(app, '?seed=1&day=400', { prepare: [breakStep] });
    await page.evaluate(() => ((window as unknown as StepBreaker).stepBreaks = 'worker errs'));
    await page.click('#step-day');
    await page.waitForFunction(() => !document.getElementById('engine-stopped')!.hidden);
    // No work is left to do: window.cfsim.settled() waited for ever on the step the worker never answers.
    await page.evaluate(() => void window.cfsim.settled().then(() => (document.body.dataset.settledAfterStop = 'true')));
    await page.waitForSelector('body[data-settled-after-stop="true"]', { state: 'attached', timeout: 20_000 });
    expect(await page.evaluate(() => window.cfsim.frame()!.day)).toBe(400);
    await page.close();
  });

  it('stops the run and says so when the worker is gone with no error reported (ended, as the browser may end it; since 0.44.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The page's worker, kept for the test to end it: Worker.terminate fires no error event, as a worker the browser
    // ends does not.
    await page.addInitScript(() => {
      const Original = Worker;
      window.Worker = class extends Original {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          (window as unknown as { engineWorker: Worker }).engineWorker = this;
        }
      };
    });
    await page.goto(`${app.base}?seed=1&day=400`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => window.cfsim.settled());
    const before = await page.evaluate(() => location.search);
    await page.evaluate(() => (window as unknown as { engineWorker: Worker }).engineWorker.terminate());
    // Play pressed (if not turned off already): it waited for ever on the step asked, reading Pause, with no word why.
    await page.evaluate(() => document.getElementById('play')!.click());
    await page.waitForFunction(() => !document.getElementById('engine-stopped')!.hidden, undefined, { timeout: 20_000 });
    expect(await page.textContent('#status')).toBe('The simulation stopped');
    expect(await page.textContent('#play')).toBe('Play');
    expect(await page.evaluate(() => (document.getElementById('play') as HTMLButtonElement).disabled)).toBe(true);
    expect(await page.evaluate(() => window.cfsim.frame()!.day)).toBe(400);
    expect(await page.evaluate(() => location.search)).toBe(before);
    await page.close();
  });
});
