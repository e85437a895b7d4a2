import { describe, expect, it } from 'vitest';
import { daysPerTick } from '../../viz/app/playClock';
import { END_WORDS } from '../../viz/app/statusFit';
import { openAppPage, servedApp } from './browser';
import { addPageHelpers, fakeVisibility, hookStepAsked, type PageHelpers, type StepHook, type VisibilityFake } from './inPage';

// Play stands still while the page is hidden (viz/app/hiddenPause.ts). Headless Chromium keeps every page visible, so
// the page is hidden as the browser would tell it (fakeVisibility): visibilityState reads 'hidden' and visibilitychange
// is dispatched.

const app = servedApp();

/** Opens the app at `query`, plays it or not, hides the page for 600 ms and shows it again. */
async function hiddenWhile(query: string, played: boolean) {
  const page = await openAppPage(app, query, { prepare: [fakeVisibility, addPageHelpers] });
  const seen = await page.evaluate(async (played) => {
    const cfsim = window.cfsim;
    const { until, wait } = window as unknown as PageHelpers;
    const show = (window as unknown as VisibilityFake).showPage;
    const play = document.getElementById('play')!;
    const announcer = document.getElementById('announcer')!;
    if (played) {
      play.click();
      await until(() => cfsim.steps() >= 2);
    }
    // A step being computed as the page is hidden lands after it: the pause is said on the day that step reaches.
    show('hidden');
    await cfsim.settled();
    const hiddenDay = cfsim.frame()!.day;
    const hidden = { button: play.textContent, said: announcer.textContent };
    await wait(600); // six play ticks
    const dayWhileHidden = cfsim.frame()!.day;
    show('visible');
    const shown = { button: play.textContent, said: announcer.textContent };
    if (played) await until(() => cfsim.frame()!.day !== hiddenDay);
    else await wait(600);
    const firstDays = cfsim.frame()!.day - hiddenDay;
    if (play.textContent === 'Pause') play.click();
    return { hiddenDay, dayWhileHidden, hidden, shown, firstDays, speed: cfsim.config().speed };
  }, played);
  await page.close();
  return seen;
}

describe('a hidden page (since 0.42.0)', () => {
  it('pauses play while hidden and plays again when shown, at the same speed, its first step a tick\'s days (before, play went on at a second\'s days a throttled tick)', async () => {
    const seen = await hiddenWhile('?seed=1&day=400&speed=25', true);
    expect(seen.dayWhileHidden, 'the day while hidden').toBe(seen.hiddenDay);
    expect(seen.hidden).toEqual({ button: 'Play', said: `Paused on Day ${seen.hiddenDay} of 3650 while the page is hidden.` });
    expect(seen.shown).toEqual({ button: 'Pause', said: `Playing again at 25 days a second from Day ${seen.hiddenDay} of 3650.` });
    expect(seen.speed).toBe(25);
    expect(seen.firstDays, 'no leap').toBe(Math.floor(daysPerTick(25)));
  });

  it('leaves a paused run paused when the page is shown again', async () => {
    const seen = await hiddenWhile('?seed=1&day=400&speed=25', false);
    expect(seen.shown.button).toBe('Play');
    expect(seen.firstDays).toBe(0);
  });

  it('leaves the run paused when shown again if the step computed as it was hidden reached the end (before, the button read Pause until the next tick)', async () => {
    const page = await openAppPage(app, '?seed=1&day=3640&speed=200', { prepare: [fakeVisibility, hookStepAsked] });
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      const show = (window as unknown as VisibilityFake).showPage;
      const hook = window as unknown as StepHook;
      const play = document.getElementById('play')!;
      // The first tick's step (20 days) reaches the end; the page is hidden as it is computed, before the loop sees it.
      const asked = new Promise<void>((resolve) => (hook.stepAsked = resolve));
      play.click();
      await asked;
      hook.stepAsked = undefined;
      show('hidden');
      await cfsim.settled();
      const said = document.getElementById('announcer')!.textContent;
      show('visible');
      return { day: cfsim.frame()!.day, button: play.textContent, pressed: play.getAttribute('aria-pressed'), said };
    });
    await page.close();
    // The end is said, not the pause owed since the page was hidden, which the end replaces (main.ts advance).
    expect(seen).toEqual({ day: 3650, button: 'Play', pressed: 'false', said: `Day 3650 of 3650 (10 years): ${END_WORDS}` });
  });
});
