import { describe, expect, it } from 'vitest';
import { servedApp } from './browser';

// A sweep of the projector layouts educators use: 1280×720 and 1920×1080, normal and Large text, one team and compare
// mode, at the run's end (the longest facts and departures, the header's end-of-run status). Nothing scrolls, no text
// is cut by a box that hides its overflow (the tiles' role and score, the header's lines, the team view's), no chart
// text runs past its drawing, and no chart text is shortened with "…" for the default names.

const app = servedApp();

describe('projector layouts', () => {
  it('at 1280×720 and 1920×1080, normal and Large text, one team and two: no scroll, no text cut by its box, chart text whole and inside its drawing', async () => {
    const page = await app.browser.newPage();
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      for (const text of ['', '&text=large']) {
        for (const mode of ['', '&compare=status-quo']) {
          await page.setViewportSize({ width, height });
          await page.goto(`${app.base}?day=3650${text}${mode}`);
          await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
          await page.evaluate(() => window.cfsim.settled());
          const shown = await page.evaluate(() => {
            const cut = Array.from(document.querySelectorAll<HTMLElement>('main *, header *'))
              .filter((e) => {
                const s = getComputedStyle(e);
                const hides = s.overflow.includes('hidden') || s.textOverflow === 'ellipsis';
                return e.offsetParent !== null && hides && !e.closest('.visually-hidden') && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
              })
              .map((e) => `${e.className}: ${(e.textContent ?? '').slice(0, 40)}`);
            const chartText = Array.from(document.querySelectorAll('.chart svg text')).flatMap((t) => {
              const box = t.getBoundingClientRect();
              const svg = t.closest('svg')!.getBoundingClientRect();
              return /…/.test(t.textContent ?? '') || box.right > svg.right + 0.5 || box.left < svg.left - 0.5 ? [t.textContent] : [];
            });
            return { down: document.documentElement.scrollHeight > innerHeight, sideways: document.documentElement.scrollWidth > innerWidth, cut, chartText };
          });
          expect(shown, `${width}×${height}${text}${mode}`).toEqual({ down: false, sideways: false, cut: [], chartText: [] });
        }
      }
    }
    await page.close();
  });
});
