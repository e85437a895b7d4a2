import { describe, expect, it } from 'vitest';
import { longestCostLines } from '../../viz/app/costWords';
import { openApp, servedApp } from './browser';

// The cost line's room is measured again when the text size changes while the app is open (costLine.ts, since 0.41.0):
// before, only once the line's text outgrew the room held, so the line grew, and what was under it moved, as it did.

const app = servedApp();

describe('the cost line under a text size changed while the app is open', () => {
  it('holds at once the room its longest wording takes at the new text size, so the line keeps its height when the wording comes', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1024, height: 768 } });
    await openApp(page, app, '?seed=1&compare=status-quo&change=795:policy.grief.checkIn=true');
    const longest = longestCostLines(2, 3650);
    const height = () => page.evaluate(() => document.getElementById('cost')!.getBoundingClientRect().height);
    const before = await height();
    // The user's font size (the root's), as the browser's setting changes it: larger by a quarter.
    await page.evaluate(() => (document.documentElement.style.fontSize = '20px'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const held = await height();
    expect(held, 'the room grows with the text').toBeGreaterThan(before);
    const withLongest = await page.evaluate((texts) => {
      const figures = document.querySelector('#cost .cost-text')!;
      return texts.map((text) => ((figures.textContent = text), document.getElementById('cost')!.getBoundingClientRect().height));
    }, longest);
    expect(Math.max(...withLongest)).toBe(held);
    await page.close();
  });
});
