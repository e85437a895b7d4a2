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

  // Before day 1 there were no charts to fit (no rows to draw), and the first Play or step drew them, squeezing the
  // tiles and lowering the plots a moment into the run. Since 0.36.0 they are drawn hidden from day 0 (main.ts,
  // drawStandIns), under the words saying when they start, so the page is laid out for them from the start.
  it('are squeezed from day 0 where the charts will need it, so nothing moves on the first step: one team of 15 and two of 13 under Large text, one of 36, at 1280×720', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const layout = () =>
      page.evaluate(() => ({
        squeeze: document.getElementById('teams')!.style.getPropertyValue('--tile-squeeze'),
        tile: document.querySelector('#teams .tile')!.getBoundingClientRect().height,
        charts: Array.from(document.querySelectorAll('.chart'), (c) => JSON.stringify(c.getBoundingClientRect())),
        scrolls: document.documentElement.scrollHeight > innerHeight,
      }));
    for (const query of ['team=15&text=large', 'compare=status-quo&team=13&text=large', 'team=36']) {
      await page.goto(`${app.base}?${query}&day=0`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      const start = await layout();
      const waiting = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.chart-plot'), (plot) => ({
          words: plot.querySelector('.chart-waiting')?.textContent,
          drawing: plot.querySelector('svg') ? getComputedStyle(plot.querySelector('svg')!).visibility : 'none',
        })),
      );
      expect(start.squeeze, `${query}: squeezed from day 0`).not.toBe('');
      await page.keyboard.press('d');
      await page.waitForFunction(() => document.body.dataset.day === '1');
      await page.evaluate(() => window.cfsim.settled());
      expect(await layout(), `${query}: the first step moves nothing`).toEqual(start);
      for (const w of waiting) expect(w, `${query}: on day 0 the words over a hidden drawing`).toEqual({ words: 'The chart starts when the run does (Play or +1 day).', drawing: 'hidden' });
      expect(await page.evaluate(() => document.querySelectorAll('.chart-waiting').length), 'the charts shown').toBe(0);
    }
    await page.close();
  });

  // The stand-ins were drawn from a row of zeros a team: the ProQOL scores at 0, below their axis (10 to 50), put the
  // hidden points under the plot and pushed the legend down, and the scores' chart was 6 px taller on day 0 than on
  // day 1 (the cards shrank on the first step: at 1280×720, one team at normal size, the charts' foot rose 6 px).
  it('keep the charts the heights and places of the run: the first step changes none, one team and two, at 390, 1024 and 1280 px', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    // Each chart's top on the page and its height: below 1024 px the charts stack under the team view, whose facts line
    // took a line more on the first step ("separations so far: 0" came then) and moved them down about 20 px.
    const heights = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.chart'), (c) => {
          const r = c.getBoundingClientRect();
          return `${Math.round(r.top + scrollY)}+${Math.round(r.height)}`;
        }),
      );
    for (const width of [390, 1024, 1280]) {
      await page.setViewportSize({ width, height: 720 });
      for (const query of ['', '&compare=status-quo']) {
        await page.goto(`${app.base}?day=0${query}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        await page.evaluate(() => window.cfsim.settled());
        const start = await heights();
        await page.keyboard.press('d');
        await page.waitForFunction(() => document.body.dataset.day === '1');
        await page.evaluate(() => window.cfsim.settled());
        expect({ width, query, heights: await heights() }).toEqual({ width, query, heights: start });
      }
    }
    await page.close();
  });
});
