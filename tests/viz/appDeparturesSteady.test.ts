import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedApp } from './browser';

// The layout holds steady during a run: "Recent departures" takes the same height on every day (each leaver one line,
// room kept for five from the start), so the charts' plots and the page's scroll do not change from day to day. Before,
// one team of 15 seats under Large text at 1280×720 switched, about 50 px, between squeezed tiles with 90 px plots and
// full-height plots with the page scrolling whenever a leaver's line wrapped or unwrapped (on days 1580, 1680, 1980,
// 2540, 3260 and 3340 of the default seed's run), and the plots were lowered a little as the first leavers came.

const app = servedApp();

/** The plots' height, how far the page scrolls, the list's height and each leaver's line height (px). */
const shown = (page: Page) =>
  page.evaluate(() => ({
    plot: Math.round(document.querySelector('.chart path.background')!.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight - innerHeight,
    list: Math.round(document.querySelector('.departures ol')!.getBoundingClientRect().height),
    lines: Array.from(document.querySelectorAll<HTMLElement>('.departures li'), (li) => {
      const range = document.createRange();
      range.selectNodeContents(li);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    }),
    titles: Array.from(document.querySelectorAll<HTMLElement>('.departures .leaver'), (leaver) => leaver.title),
  }));

describe('recent departures during a run', () => {
  it('keep the plots and the page steady: one team of 15 seats under Large text at 1280×720, from day 1 to the end of the run', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen: Awaited<ReturnType<typeof shown>>[] = [];
    for (const day of [1, 540, 660, 1580, 1680, 1980, 2540, 3260, 3340, 3650]) {
      await page.goto(`${app.base}?team=15&text=large&day=${day}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      const s = await shown(page);
      seen.push(s);
      expect(s.lines.every((n) => n === 1), `day ${day}: ${s.lines}`).toBe(true);
      // A leaver's tooltip tells it whole, in the card's words ("the counsellor left on day 212 (burnout weighed most)").
      expect(s.titles.every((t) => /^the .+ left on day \d+ \(.+\)$/.test(t)), `day ${day}`).toBe(true);
    }
    expect(seen.at(-1)!.titles.length).toBe(5);
    expect(new Set(seen.map((s) => `${s.plot} ${s.scroll} ${s.list}`)).size, JSON.stringify(seen.map(({ plot, scroll, list }) => ({ plot, scroll, list })))).toBe(1);
    expect(seen[0].scroll).toBe(0);
    await page.close();
  });

  it('keep one line each, with the longest reason and role, from 1228 to 1280 px under Large text (two columns; since 0.35.0 a little smaller type where the columns are narrower than 1280 px gives them, which cut them with "…" up to about 1270 px)', async () => {
    for (const width of [1228, 1240, 1252, 1262, 1272, 1280]) {
      const page = await app.browser.newPage({ viewport: { width, height: 720 } });
      await page.goto(`${app.base}?team=15&text=large&day=3650`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      // The longest line the list can hold: a four-digit day, the widest short role name and the longest reason in it.
      const fits = await page.evaluate(() => {
        const li = document.querySelector<HTMLElement>('.departures li')!;
        const before = li.textContent;
        const result = ['being new in the job weighed most', 'compassion fatigue weighed most', 'little reward weighed most', 'low pay weighed most'].map((reason) => {
          li.textContent = `Day 3650: Counsellor, ${reason}`;
          return li.scrollWidth <= li.clientWidth;
        });
        li.textContent = before;
        return result;
      });
      expect({ width, fits }).toEqual({ width, fits: [true, true, true, true] });
      // Each leaver one line: the type is smaller, not the list's room.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.departures li')!).whiteSpace)).toBe('nowrap');
      await page.close();
    }
  });

  it('wrap rather than lose their reason to "…" where the charts stack (a phone, a 1024 px laptop), under Large text (found by a review: four lines in five were cut at 1024×768, and a touch screen cannot open the tooltip)', async () => {
    for (const [width, height] of [[390, 844], [1024, 768]]) {
      const page = await app.browser.newPage({ viewport: { width, height } });
      await page.goto(`${app.base}?team=15&text=large&day=3650`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      const shown = await page.evaluate(() => ({
        stacked: new Set(Array.from(document.querySelectorAll('.chart'), (c) => Math.round(c.getBoundingClientRect().top))).size > 1,
        lines: Array.from(document.querySelectorAll<HTMLElement>('.departures li:not(.none)'), (li) => ({
          text: li.textContent,
          cut: li.scrollWidth > li.clientWidth,
          lines: new Set(Array.from((() => { const r = document.createRange(); r.selectNodeContents(li); return r.getClientRects(); })(), (r) => Math.round(r.top))).size,
        })),
      }));
      expect(shown.stacked, `${width}: the charts stack`).toBe(true);
      expect(shown.lines).toHaveLength(5);
      for (const l of shown.lines) expect(l.cut, `${width}: ${l.text}`).toBe(false);
      expect(shown.lines.some((l) => l.lines > 1), `${width}: a long line wraps`).toBe(true);
      await page.close();
    }
  });
});
