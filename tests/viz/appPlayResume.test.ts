import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './browser';

// Paused and played again within one tick of the play loop (playClock.ts, 100 ms), the part of a day owed from the earlier
// play was carried into the new one: at 25 days a second its first tick stepped 3 days, not 2, onto the end, and the end's
// announcement replaced "Playing…" at once, where setPlaying had announced play because that tick would not reach the end.

const app = servedApp();

type Said = { text: string } | { day: number };

describe('Pause and Play within one tick near the end of the run', () => {
  it('starts play owing nothing: "Playing…" stands for a day shown before the end (since 0.40.0: the first tick reached the end with the part-day carried)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    // At 25 days a second from day 3645 the first tick steps 2 days and owes half a day: the pause comes on day 3647.
    await openApp(page, app, '?day=3645&speed=25');
    await page.evaluate(() => {
      const said: Said[] = [];
      (window as unknown as { said: Said[] }).said = said;
      const announcer = document.getElementById('announcer')!;
      new MutationObserver(() => {
        if (announcer.textContent) said.push({ text: announcer.textContent });
      }).observe(announcer, { childList: true, characterData: true, subtree: true });
      const play = document.getElementById('play')!;
      let resumed = false;
      new MutationObserver(() => {
        const day = window.cfsim.frame()!.day;
        if ((said.at(-1) as { day?: number } | undefined)?.day !== day) said.push({ day });
        if (day !== 3647 || resumed) return;
        resumed = true;
        // Pause and play in one task: no tick of the play loop comes between them.
        play.click();
        play.click();
      }).observe(document.getElementById('status')!, { childList: true, characterData: true, subtree: true });
      play.click();
    });
    await page.waitForFunction(() => window.cfsim.frame()!.day >= 3650 && document.getElementById('play')!.textContent === 'Play');
    const said = await page.evaluate(() => (window as unknown as { said: Said[] }).said);
    const resumedAt = said.findIndex((s) => 'text' in s && s.text.startsWith('Playing at 25 days a second from Day 3647 of 3650'));
    expect(resumedAt, JSON.stringify(said)).toBeGreaterThan(0);
    const after = said.slice(resumedAt + 1);
    expect(after.some((s) => 'text' in s && /^Day 3650 of 3650 .*the end of the run\.$/.test(s.text)), JSON.stringify(said)).toBe(true);
    // The first tick steps 2 days (to 3649) and the end comes on a later one: "Playing…" stood while day 3649 showed.
    expect(after.flatMap((s) => ('day' in s ? [s.day] : []))).toEqual([3649, 3650]);
    await page.close();
  });
});
