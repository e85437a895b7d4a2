import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLOT_MIN_HEIGHT, plotHeight } from '../../viz/app/charts';
import { servedApp } from './browser';

// Compare mode's team headings keep one line where a slightly smaller type (down to 13 px) lets them (headingFit.ts):
// "Team A: Mandatory debrief (package untouched)" took two lines at 1280 px, and the line more lowered the charts'
// plots (to 92 px, near their least height, for two of 16 and 18). A heading is never smaller than the facts line under
// it: under Large text (facts at 16 px) a long name wraps at 16 px rather than be fitted to 15 px.

const app = servedApp();

const CHANGED = 'policy.compensation.ptoDaysPerYear=30&apply=today&change=720:community.stigma=0.2&day=3650';

/** The team headings: text, lines taken and type size (px), and the plots' height. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    facts: parseFloat(getComputedStyle(document.querySelector('#teams .facts')!).fontSize),
    headings: Array.from(document.querySelectorAll<HTMLElement>('#teams h2'), (h) => {
      const range = document.createRange();
      range.selectNodeContents(h);
      return { text: h.textContent ?? '', lines: new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size, size: parseFloat(getComputedStyle(h).fontSize) };
    }),
    plot: document.querySelector('.chart path.background')!.getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > innerHeight,
  }));

async function open(page: Page, query: string) {
  await page.goto(`${app.base}?${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.evaluate(() => window.cfsim.settled());
}

describe('compare-mode team headings', () => {
  it('keep one line at 1280×720 in a slightly smaller type, whole, both at one size, and leave the plots as high as short names do (found by a review: a two-line heading lowered them to 98 px under Large text, 92 px for two teams of 16 and 18)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cases = [
      // Two teams of 12: the plots at their full height.
      [`policy=individual-resilience&compare=mandatory-debrief&team=12&tiles=satisfaction&${CHANGED}`, `compare=status-quo&team=12&tiles=satisfaction&day=3650`],
      // Two teams of 16 and 18 coloured by satisfaction: as high as with the short names (above their least height).
      [`population=canada-first-responders&policy=multi-level&compare=mandatory-debrief&start=fresh&team=16&tiles=satisfaction&${CHANGED}`, `population=canada-first-responders&policy=multi-level&compare=status-quo&start=fresh&team=16&tiles=satisfaction&day=3650`],
    ];
    for (const [long, short] of cases) {
      await open(page, short);
      const plain = await shown(page);
      await open(page, long);
      const now = await shown(page);
      expect(now.headings.map((h) => h.text)).toContain('Team A: Mandatory debrief (package untouched)');
      for (const h of now.headings) {
        expect(h.lines, `${h.text}: one line`).toBe(1);
        expect(h.size, `${h.text}: 13 px or more`).toBeGreaterThanOrEqual(13);
        expect(h.size, `${h.text}: no smaller than the facts line under it`).toBeGreaterThanOrEqual(now.facts);
        expect(h.size, `${h.text}: smaller than 16 px, the size at which it wrapped`).toBeLessThan(16);
      }
      expect(new Set(now.headings.map((h) => h.size)).size, 'both headings at one size').toBe(1);
      expect(now.plot, `${long}: the plots above their least height`).toBeGreaterThan(PLOT_MIN_HEIGHT);
      expect(now.plot, `${long}: as high as with short names`).toBeGreaterThanOrEqual(plain.plot);
      expect(now.scrolls).toBe(false);
    }
    // Short names keep the heading's own size.
    await open(page, 'compare=status-quo&team=12&day=3650');
    for (const h of (await shown(page)).headings) expect(h.size, h.text).toBe(16);
    expect((await shown(page)).plot).toBe(plotHeight([{ label: 'A', legend: 'A' }, { label: 'B', legend: 'B' }]));
    await page.close();
  });

  it('are never smaller than the facts line under them: under Large text (facts at 16 px) a long name wraps at 16 px, and the page still fits 1280×720 (found by a review: fitted down to 15 px over 16 px facts)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await open(page, `policy=individual-resilience&compare=mandatory-debrief&team=12&text=large&tiles=satisfaction&${CHANGED}`);
    const large = await shown(page);
    expect(large.facts).toBe(16);
    for (const h of large.headings) expect(h.size, h.text).toBe(16);
    expect(large.headings.find((h) => h.text.includes('package untouched'))!.lines).toBe(2);
    expect(large.plot).toBeGreaterThanOrEqual(PLOT_MIN_HEIGHT);
    expect(large.scrolls).toBe(false);
    // Large text off (T): the facts go back to 12.8 px and the headings to one line in a smaller type; on again, 16 px.
    await page.keyboard.press('t');
    await page.evaluate(() => window.cfsim.settled());
    const normal = await shown(page);
    expect(normal.facts).toBeCloseTo(12.8, 1);
    for (const h of normal.headings) expect(h, h.text).toMatchObject({ lines: 1 });
    expect(normal.headings[0].size).toBeLessThan(16);
    await page.keyboard.press('t');
    await page.evaluate(() => window.cfsim.settled());
    for (const h of (await shown(page)).headings) expect(h.size, h.text).toBe(16);
    await page.close();
  });

  it('are fitted again when the team view narrows with no window resize (as when a classic scrollbar appears), and widen back', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await open(page, `policy=individual-resilience&compare=mandatory-debrief&${CHANGED}`);
    const before = await shown(page);
    for (const h of before.headings) expect(h, h.text).toMatchObject({ lines: 1 });
    // The team view 100 px narrower, the window unchanged (a classic scrollbar takes about 15 px; a long name at 15 px has
    // more slack than that here, so the test narrows it further).
    await page.evaluate(() => (document.getElementById('teams')!.style.marginRight = '100px'));
    // Waits for the refit itself (a ResizeObserver fires it), not a fixed pause a busy machine may outlast.
    await page.waitForFunction((size) => parseFloat(getComputedStyle(document.querySelector('#teams h2')!).fontSize) < size, before.headings[0].size);
    const narrower = await shown(page);
    for (const h of narrower.headings) expect(h, h.text).toMatchObject({ lines: 1 });
    expect(narrower.headings[0].size).toBeLessThan(before.headings[0].size);
    await page.evaluate(() => (document.getElementById('teams')!.style.marginRight = ''));
    await page.waitForFunction((sizes) => Array.from(document.querySelectorAll('#teams h2'), (h) => parseFloat(getComputedStyle(h).fontSize)).join() === sizes.join(), before.headings.map((h) => h.size));
    expect((await shown(page)).headings.map((h) => h.size)).toEqual(before.headings.map((h) => h.size));
    await page.close();
  });

  it('wrap at their own size where even 13 px leaves a name too long for one line (a phone), and take the smaller type back on a window widened to 1280 px', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await open(page, `policy=individual-resilience&compare=mandatory-debrief&${CHANGED}`);
    const narrow = await shown(page);
    const a = narrow.headings.find((h) => h.text.includes('package untouched'))!;
    expect(a).toMatchObject({ size: 16, lines: 2 });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction(() => parseFloat(getComputedStyle(document.querySelector('#teams h2')!).fontSize) < 16);
    await page.evaluate(() => window.cfsim.settled());
    for (const h of (await shown(page)).headings) expect(h, h.text).toMatchObject({ lines: 1 });
    await page.close();
  });
});
