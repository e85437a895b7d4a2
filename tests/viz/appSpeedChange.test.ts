import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';
import { addPageHelpers, type PageHelpers } from './inPage';

// The speed control owes the time before a speed change at the speed before it (main.ts, the speed's change listener,
// PlayClock.oweTimeSoFar). The loop's clock (performance.now) is held by the test, so the time owed is exact.

const app = servedApp();

describe('a speed chosen while the run plays (since 0.42.0)', () => {
  it('owes the time before it at the speed before it (before, at the new speed)', async () => {
    const page = await openAppPage(app, '?seed=1&day=400&speed=200', { prepare: [addPageHelpers] });
    const seen = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      const { until, wait } = window as unknown as PageHelpers;
      let now = performance.now();
      Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
      const play = document.getElementById('play')!;
      play.click();
      // The first take owes a tick's days (20); with the clock held, the takes after it owe none.
      await until(() => cfsim.frame()!.day === 420);
      await cfsim.settled();
      await wait(250);
      const held = cfsim.frame()!.day;
      // 900 ms at 200 days a second, then the speed slowed to 1 day a second, then 100 ms at 1.
      now += 900;
      const speed = document.querySelector<HTMLSelectElement>('#speed')!;
      speed.value = '1';
      speed.dispatchEvent(new Event('change'));
      now += 100;
      await until(() => cfsim.frame()!.day !== held);
      await cfsim.settled();
      const after = cfsim.frame()!.day;
      play.click();
      return { held, after };
    });
    await page.close();
    expect(seen).toEqual({ held: 420, after: 600 });
  });
});
