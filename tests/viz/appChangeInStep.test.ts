import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './browser';

// A change made while play's step is being computed (main.ts change, restart): the educator made it on the day shown,
// and the run computed again goes on from the day that step reached, never back to the day before it.

const app = servedApp();

describe('a change made while a step of play is computed (since 0.42.0)', () => {
  it('keeps the day shown going forward, and gives the run of the link it leaves (before, the run went back to the day before the step)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?seed=1&day=2000&speed=200&apply=today');
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      const until = (done: () => boolean) =>
        new Promise<void>((resolve) => {
          const check = () => (done() ? resolve() : setTimeout(check, 1));
          check();
        });
      const play = document.getElementById('play')!;
      play.click();
      await until(() => cfsim.steps() >= 1);
      await cfsim.settled();
      // The next step, asked and not yet shown.
      const before = cfsim.steps();
      const changedOn = cfsim.frame()!.day;
      await until(() => cfsim.steps() > before);
      const inFlight = cfsim.frame()!.day === changedOn;
      const days: number[] = [changedOn];
      const watch = setInterval(() => days.at(-1) !== cfsim.frame()!.day && days.push(cfsim.frame()!.day), 1);
      const mode = document.querySelector<HTMLSelectElement>('[data-path="policy.supervision.mode"]')!;
      mode.value = 'opt-out';
      mode.dispatchEvent(new Event('change'));
      const restarts = cfsim.restarts();
      await cfsim.settled();
      play.click();
      await cfsim.settled();
      clearInterval(watch);
      days.push(cfsim.frame()!.day);
      return { inFlight, changedOn, days, restarts, changes: cfsim.config().changes, link: location.search, shown: cfsim.chartSeries() };
    });
    await page.close();
    expect(seen.inFlight, 'the change came during a step').toBe(true);
    expect(seen.changes).toEqual([{ day: seen.changedOn, path: 'policy.supervision.mode', value: 'opt-out' }]);
    expect(seen.days.some((d) => d > seen.changedOn), `the step was shown: ${seen.days.join(', ')}`).toBe(true);
    for (let i = 1; i < seen.days.length; i++) expect(seen.days[i], `days shown: ${seen.days.join(', ')}`).toBeGreaterThanOrEqual(seen.days[i - 1]);
    const fresh = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(fresh, app, seen.link);
    expect(await fresh.evaluate(() => window.cfsim.chartSeries()), 'the run of the link').toEqual(seen.shown);
    await fresh.close();
  });
});
