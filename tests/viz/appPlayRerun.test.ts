import { describe, expect, it } from 'vitest';
import { daysPerTick } from '../../viz/app/playClock';
import { openApp, servedApp } from './browser';

// Play owes days for the wall-clock time since its last step (playClock.ts), and a change made while the run plays
// computes the run again (main.ts restart), for a second or more late in a run: that time is not play, and owed, the
// first step after it leapt a second's days.

const app = servedApp();

describe('a change made while the run plays', () => {
  it('goes on playing owing nothing for the time the run took to compute again: its first step is one tick\'s days (since 0.41.0: a second\'s, 200 at 200 days a second)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?seed=1&day=2000&speed=200');
    const stepped = await page.evaluate(async () => {
      const cfsim = window.cfsim;
      const until = (done: () => boolean) =>
        new Promise<void>((resolve) => {
          const check = () => (done() ? resolve() : setTimeout(check, 5));
          check();
        });
      document.getElementById('play')!.click();
      await until(() => cfsim.steps() >= 2);
      await cfsim.settled();
      const seed = document.getElementById('seed') as HTMLInputElement;
      seed.value = '2';
      seed.dispatchEvent(new Event('change'));
      // The rerun is queued now, and settles before the play loop's next tick can ask a step.
      await cfsim.settled();
      const rerunDay = cfsim.frame()!.day;
      await until(() => cfsim.frame()!.day !== rerunDay);
      const day = cfsim.frame()!.day;
      document.getElementById('play')!.click();
      return { seed: cfsim.config().seed, days: day - rerunDay };
    });
    expect(stepped).toEqual({ seed: 2, days: daysPerTick(200) });
    await page.close();
  });
});
