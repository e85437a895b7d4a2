import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLOT_MIN_HEIGHT } from '../../viz/app/charts';
import { servedApp } from './browser';

// The 1280×720 fit (main.ts, fitChartHeights) lowers the plots down to PLOT_MIN_HEIGHT to keep the charts above the fold.
// Its slack is the room left with the plots at that height: what a system font a little taller than the one tested may
// take before the page scrolls. Two teams of 12 under Large text, the tightest of the layouts the README says fit, had 2 px.
// Two teams of 16 and 18 (multi-level support's extra seats) coloured by compassion satisfaction, whose key takes a line
// more, lacked about 3 px and scrolled until compare mode's tiles and the tile key's margins gave up a few pixels.

const app = servedApp();

/** Pixels to spare at 1280×720 with the plots at their least height, and whether the page scrolls as laid out. */
const slackOf = (page: Page) =>
  page.evaluate((least) => {
    const plot = document.querySelector('.chart path.background')!.getBoundingClientRect().height;
    const cardsBottom = Math.max(...Array.from(document.querySelectorAll('.chart'), (c) => c.getBoundingClientRect().bottom));
    const padding = parseFloat(getComputedStyle(document.querySelector('.layout')!).paddingBottom);
    return { slack: innerHeight - cardsBottom - padding + plot - least, scrolls: document.documentElement.scrollHeight > innerHeight };
  }, PLOT_MIN_HEIGHT);

describe('the 1280×720 fit', () => {
  it('leaves at least 24 px to spare for two teams of 12 under Large text, 20 for one of 14 and for one of 32 at normal size, 60 for two of 12, 4 for two of 16 and 18, at the run\'s end, whichever score colours the tiles (found by a review: two teams of 12 had 2 px; two of 16 and 18 coloured by satisfaction scrolled by 3 px)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cases = [
      ['compare=status-quo&team=12&text=large', 24],
      ['team=14&text=large', 20],
      ['compare=status-quo&team=12', 60],
      ['team=32', 20],
      ['population=canada-first-responders&policy=multi-level&compare=status-quo&team=16&start=fresh', 4],
    ] as const;
    for (const [query, least] of cases) {
      for (const tiles of ['', '&tiles=satisfaction']) {
        await page.goto(`${app.base}?day=3650&${query}${tiles}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        await page.evaluate(() => window.cfsim.settled());
        const { slack, scrolls } = await slackOf(page);
        expect(scrolls, `${query}${tiles}: the page does not scroll`).toBe(false);
        expect(slack, `${query}${tiles}: pixels to spare`).toBeGreaterThanOrEqual(least);
      }
    }
    await page.close();
  });

  it('lets a row more fit with the tiles a few pixels lower (README): one team of 40 (five rows of eight) and two of 24 (six rows of four, coloured by secondary traumatic stress), at their full height the page scrolled; one of 41 and two of 25, a row more again, and two of 24 coloured by satisfaction (whose key takes a line more) keep full-height tiles and charts and scroll', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cases = [
      ['team=40', true],
      ['team=24&compare=status-quo', true],
      ['team=41', false],
      ['team=25&compare=status-quo', false],
      ['team=24&compare=status-quo&tiles=satisfaction', false],
    ] as const;
    for (const [query, fits] of cases) {
      await page.goto(`${app.base}?day=3650&${query}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      const shown = await page.evaluate(() => ({
        scrolls: document.documentElement.scrollHeight > innerHeight,
        plot: document.querySelector('.chart path.background')!.getBoundingClientRect().height,
        tile: document.querySelector('#teams .tile')!.getBoundingClientRect().height,
      }));
      if (fits) {
        expect(shown.scrolls, `${query}: the page does not scroll`).toBe(false);
        expect(shown.plot, `${query}: the plots at least their least height`).toBeGreaterThanOrEqual(PLOT_MIN_HEIGHT);
        expect(shown.tile, `${query}: the tiles a few pixels lower`).toBeLessThan(48);
        expect(shown.tile, `${query}: by at most 6 px`).toBeGreaterThanOrEqual(42);
      } else {
        expect(shown, query).toMatchObject({ scrolls: true, tile: 48 });
        expect(shown.plot, `${query}: the plots at their full height`).toBe(query.includes('compare') ? 120 : 140);
      }
    }
    await page.close();
  });

  it('holds under a system font with taller lines or a larger size (injected: line-height 1.5 or 1.6, or a 17 px root font): the tiles give a few pixels a row once the plots are at their least height, and the page does not scroll (found by a review: two teams of 16 and 18 coloured by satisfaction had 5 px to spare, and scrolled by about 35 px at line-height 1.6)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const taller = ['body { line-height: 1.5 }', 'body { line-height: 1.6 }'];
    // A 17 px root font under Large text widens its text too: compare mode's facts and the key's title take a line more
    // each, more than a font a little taller asks.
    const cases = [
      ['population=canada-first-responders&policy=multi-level&compare=status-quo&team=16&start=fresh&tiles=satisfaction', [...taller, ':root { font-size: 17px }']],
      // Under Large text the tiles give up to 7 px a row: with a 17 px root font this page was 2 px short at 6, and scrolled.
      ['compare=status-quo&team=12&text=large&tiles=satisfaction', [...taller, ':root { font-size: 17px }']],
      ['team=32', [...taller, ':root { font-size: 17px }']],
    ] as const;
    for (const [query, styles] of cases) {
      for (const css of styles) {
        await page.goto(`${app.base}?day=3650&${query}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        await page.evaluate(() => window.cfsim.settled());
        const tileBefore = await page.$eval('#teams .tile', (t) => t.getBoundingClientRect().height);
        await page.addStyleTag({ content: css });
        // The team view's new height refits the charts (a resize observer); let the layout settle.
        await page.waitForTimeout(500);
        await page.evaluate(() => window.cfsim.settled());
        const shown = await page.evaluate(() => ({
          scrolls: document.documentElement.scrollHeight > innerHeight,
          plot: document.querySelector('.chart path.background')!.getBoundingClientRect().height,
          tile: document.querySelector('#teams .tile')!.getBoundingClientRect().height,
          cardsBottom: Math.max(...Array.from(document.querySelectorAll('.chart'), (c) => c.getBoundingClientRect().bottom)),
        }));
        const where = `${query} with ${css}`;
        expect(shown.scrolls, `${where}: the page does not scroll`).toBe(false);
        expect(shown.cardsBottom, `${where}: the charts end on screen`).toBeLessThanOrEqual(720);
        expect(shown.plot, `${where}: the plots at least their least height`).toBeGreaterThanOrEqual(PLOT_MIN_HEIGHT);
        expect(shown.tile, `${where}: a tile gives at most 6 px (7 under Large text)`).toBeGreaterThanOrEqual(tileBefore - (query.includes('text=large') ? 7 : 6));
      }
    }
    await page.close();
  });

  it('keeps the tiles at their full height where the plots alone make the room, and gives the pixels back when the taller font goes', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${app.base}?day=3650&population=canada-first-responders&policy=multi-level&compare=status-quo&team=16&start=fresh&tiles=satisfaction`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => window.cfsim.settled());
    const tileHeight = () => page.$eval('#teams .tile', (t) => t.getBoundingClientRect().height);
    expect(await tileHeight()).toBe(48);
    const style = await page.addStyleTag({ content: 'body { line-height: 1.6 }' });
    await page.waitForTimeout(500);
    await page.evaluate(() => window.cfsim.settled());
    expect(await tileHeight(), 'squeezed under the taller lines').toBeLessThan(48);
    await style.evaluate((s) => (s as HTMLStyleElement).remove());
    await page.waitForTimeout(500);
    await page.evaluate(() => window.cfsim.settled());
    expect(await tileHeight(), 'back to full height').toBe(48);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(false);
    await page.close();
  });
});
