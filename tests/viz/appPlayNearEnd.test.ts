import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './browser';

// Play pressed just before the end: the run's end follows within the first tick of play (playClock.ts, 100 ms), and replaced the
// announcement of play before a screen reader could read it; there the end alone is announced (main.ts, setPlaying).

const app = servedApp();

describe('Play pressed near the end of the run', () => {
  it('announces the end alone where the first tick of play (2.5 days at 25 a second) reaches it, and play where it does not (since 0.38.0: "Playing…" was replaced within 40 ms)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const [day, speed] of [
      [3648, 25],
      [3600, 25],
    ]) {
      await openApp(page, app, `?day=${day}&speed=${speed}`);
      await page.evaluate(() => {
        const said: { text: string }[] = [];
        (window as unknown as { said: typeof said }).said = said;
        const announcer = document.getElementById('announcer')!;
        new MutationObserver(() => said.push({ text: announcer.textContent ?? '' })).observe(announcer, { childList: true, characterData: true, subtree: true });
      });
      await page.keyboard.press('p');
      await page.waitForFunction(() => window.cfsim.frame()!.day >= 3650 && document.getElementById('play')!.textContent === 'Play');
      const said = await page.evaluate(() => (window as unknown as { said: { text: string }[] }).said.filter((s) => s.text !== ''));
      const texts = said.map((s) => s.text);
      expect(texts.at(-1), `day ${day}`).toMatch(/^Day 3650 of 3650 .*the end of the run\.$/);
      if (day === 3648) expect(texts, 'no play announcement the end replaces at once').toHaveLength(1);
      else expect(texts[0]).toBe('Playing at 25 days a second from Day 3600 of 3650 (9.8 years).');
      // Two seconds of play: announced, then the end.
      if (day === 3600) expect(texts).toHaveLength(2);
    }
    await page.close();
  });
});
