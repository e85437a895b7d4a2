import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';
import { hookStepAsked, type StepHook } from './inPage';

// A change made while play's step is being computed (main.ts change, restart): the educator made it on the day shown,
// and the run computed again goes on from the day that step reached, never back to the day before it.
// The change is made as the page asks the engine's worker for a step (hookStepAsked), in a microtask: before the
// worker's answer can arrive, whatever the machine's speed.
// Polling for the step instead missed it on a quiet machine, where a step of 8 days came back within the poll's 4 ms.

const app = servedApp();

describe('a change made while a step of play is computed (since 0.42.0)', () => {
  it('keeps the day shown going forward, and gives the run of the link it leaves (before, the run went back to the day before the step)', async () => {
    const page = await openAppPage(app, '?seed=1&day=2000&speed=200&apply=today', { prepare: [hookStepAsked] });
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      const hook = window as unknown as StepHook;
      const play = document.getElementById('play')!;
      play.click();
      const days: number[] = [];
      let watch: ReturnType<typeof setInterval> | undefined;
      // The first step's, to be sure play is under way; the change comes as the second is asked.
      let asked = 0;
      const changed = new Promise<{ inFlight: boolean; changedOn: number; restarts: number }>((resolve) => {
        hook.stepAsked = () => {
          if (++asked < 2) return;
          hook.stepAsked = undefined;
          const changedOn = cfsim.frame()!.day;
          queueMicrotask(() => {
            const inFlight = cfsim.frame()!.day === changedOn; // the step not yet shown
            days.push(changedOn);
            watch = setInterval(() => days.at(-1) !== cfsim.frame()!.day && days.push(cfsim.frame()!.day), 1);
            const mode = document.querySelector<HTMLSelectElement>('[data-path="policy.supervision.mode"]')!;
            mode.value = 'opt-out';
            mode.dispatchEvent(new Event('change'));
            resolve({ inFlight, changedOn, restarts: cfsim.restarts() });
          });
        };
      });
      const { inFlight, changedOn, restarts } = await changed;
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
    const fresh = await openAppPage(app, seen.link);
    expect(await fresh.evaluate(() => window.cfsim.chartSeries()), 'the run of the link').toEqual(seen.shown);
    await fresh.close();
  });
});
