import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';

// Reset, then a setting changed before Reset's rerun has had its turn (main.ts restart): the run must go back to day 0
// with the change. A rerun asked with a day (Reset, the link opened) was dropped as out of date when a change queued a
// rerun after it, and the change's rerun, which has no day, went to the day the run had reached: Reset was lost.

const app = servedApp();

describe('Reset followed at once by a change', () => {
  it('goes to day 0 with the change (before, the run stayed on its day: Reset was lost)', async () => {
    const page = await openAppPage(app, '?seed=1&day=400');
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      document.getElementById('reset')!.click();
      const seed = document.querySelector<HTMLInputElement>('#seed')!;
      seed.value = '2';
      seed.dispatchEvent(new Event('change'));
      await cfsim.settled();
      return { day: cfsim.frame()!.day, seed: cfsim.config().seed, link: location.search };
    });
    await page.close();
    expect(seen.seed).toBe(2);
    expect(seen.day, `the day after Reset and a change (${seen.link})`).toBe(0);
  });

  it('keeps a step asked between Reset and the change', async () => {
    const page = await openAppPage(app, '?seed=1&day=400');
    const day = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      document.getElementById('reset')!.click();
      document.getElementById('step-week')!.click();
      const seed = document.querySelector<HTMLInputElement>('#seed')!;
      seed.value = '2';
      seed.dispatchEvent(new Event('change'));
      await cfsim.settled();
      return cfsim.frame()!.day;
    });
    await page.close();
    expect(day).toBe(7);
  });
});

describe('Reset asked many times at once (a held R key)', () => {
  it('computes the run again once, not once a press', async () => {
    const page = await openAppPage(app, '?seed=1&day=400');
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      // Each rerun announces its day once (main.ts rebuild).
      let announced = 0;
      new MutationObserver((records) => {
        for (const r of records) announced += Array.from(r.addedNodes).filter((n) => n.textContent).length;
      }).observe(document.getElementById('announcer')!, { childList: true, subtree: true, characterData: true });
      for (let i = 0; i < 20; i++) document.getElementById('reset')!.click();
      const seed = document.querySelector<HTMLInputElement>('#seed')!;
      seed.value = '2';
      seed.dispatchEvent(new Event('change'));
      await cfsim.settled();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { day: cfsim.frame()!.day, seed: cfsim.config().seed, announced };
    });
    await page.close();
    expect(seen).toEqual({ day: 0, seed: 2, announced: 2 });
  });
});
