import { describe, expect, it } from 'vitest';
import { daysPerTick } from '../../viz/app/playClock';
import { openAppPage, servedApp } from './browser';
import { addPageHelpers, type PageHelpers } from './inPage';

// Play owes days for the wall-clock time since its last step (playClock.ts). Work asked while the run plays, a change
// (the run computed again, main.ts restart) or Large text (the charts drawn again), takes a second or more late in a
// run: that time is not play, and owed, the first step after it leapt a second's days.

const app = servedApp();

/** Plays at 200 days a second from day 2000, asks `act` once play has stepped, and gives the first step after that work. */
async function firstStepAfter(act: 'seed' | 'large-text') {
  const page = await openAppPage(app, '?seed=1&day=2000&speed=200', { prepare: [addPageHelpers] });
  const stepped = await page.evaluate(async (act) => {
    const cfsim = window.cfsim;
    const { until } = window as unknown as PageHelpers;
    document.getElementById('play')!.click();
    await until(() => cfsim.steps() >= 2);
    await cfsim.settled();
    if (act === 'seed') {
      const seed = document.getElementById('seed') as HTMLInputElement;
      seed.value = '2';
      seed.dispatchEvent(new Event('change'));
    } else document.getElementById('large-text')!.click();
    // The work is queued now, and settles before the play loop's next tick can ask a step.
    await cfsim.settled();
    const doneDay = cfsim.frame()!.day;
    await until(() => cfsim.frame()!.day !== doneDay);
    const day = cfsim.frame()!.day;
    document.getElementById('play')!.click();
    return { done: act === 'seed' ? cfsim.config().seed === 2 : cfsim.config().text === 'large', days: day - doneDay };
  }, act);
  await page.close();
  return stepped;
}

describe('work asked while the run plays', () => {
  it("a change: play goes on owing nothing for the time the run took to compute again, its first step one tick's days (since 0.41.0: a second's, 200 at 200 days a second)", async () => {
    expect(await firstStepAfter('seed')).toEqual({ done: true, days: daysPerTick(200) });
  });

  it("Large text: play goes on owing nothing for the time the charts took to draw again, its first step one tick's days (since 0.41.0: a second's)", async () => {
    expect(await firstStepAfter('large-text')).toEqual({ done: true, days: daysPerTick(200) });
  });
});
