import { describe, expect, it } from 'vitest';
import { servedApp } from './browser';

// Squeezed tiles (the rows give a few pixels each so the charts stay above a 1280×720 projector's fold: main.ts,
// fitChartHeights) keep a small gap between the role's letters and the tile's top border. Before, the squeezed tile
// had no top padding and its 0.95 line started the role's letter box 2 px into the border: the letters touched it.

const app = servedApp();

describe('squeezed tiles', () => {
  it('keep the role inside the tile\'s top border and the score above the burnout bar: one team of 15 under Large text, two of 13 under Large text (7 px a row), one of 36 at normal size, at 1280×720', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const query of ['team=15&text=large&day=3650', 'compare=status-quo&team=13&text=large&day=3650', 'team=36&day=3650']) {
      await page.goto(`${app.base}?${query}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      const shown = await page.evaluate(() => {
        const textBox = (e: Element) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return range.getBoundingClientRect();
        };
        return {
          squeezed: document.getElementById('teams')!.dataset.squeezed !== undefined,
          tiles: Array.from(document.querySelectorAll<HTMLElement>('#teams .tile:not(.vacant)'), (t) => {
            const tile = t.getBoundingClientRect();
            const role = textBox(t.querySelector('.role')!);
            const score = t.querySelector('.numbers')!.getBoundingClientRect();
            const bar = t.querySelector('.burnout')!.getBoundingClientRect();
            // The role's letter box from the inside of the top border (px), and the score's line over the bar.
            return { role: t.querySelector('.role')!.textContent, gap: role.top - (tile.top + t.clientTop), scoreOverBar: score.bottom - bar.top };
          }),
        };
      });
      expect(shown.squeezed, query).toBe(true);
      for (const t of shown.tiles) {
        expect(t.gap, `${query}: ${t.role}`).toBeGreaterThanOrEqual(-0.5);
        expect(t.scoreOverBar, `${query}: ${t.role}`).toBeLessThanOrEqual(1);
      }
    }
    await page.close();
  });
});
