import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { statusWordings } from '../../viz/app/statusFit';
import { openApp, servedApp } from './browser';

// The header's status line at the end of the run (statusFit.ts): its end-of-run words took a line more on a phone and
// in a 1023 px window, and the team view moved down as the run ended (21 px at 390×844). Since 0.35.0 the line shows
// the longest wording that keeps the header's height, and screen readers read the whole.

const app = servedApp();

/** Where the team view starts, the status's lines, what it shows and what a screen reader reads. */
const header = (page: Page) =>
  page.evaluate(() => {
    const status = document.getElementById('status')!;
    const shown = Array.from(status.childNodes).filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')));
    const read = Array.from(status.childNodes).filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'));
    const tops = shown.flatMap((n) => {
      const words = document.createRange();
      words.selectNodeContents(n);
      return Array.from(words.getClientRects()).map((r) => Math.round(r.top));
    });
    return {
      teams: document.getElementById('teams')!.getBoundingClientRect().top,
      lines: new Set(tops).size,
      shown: shown.map((n) => n.textContent).join(''),
      read: read.map((n) => n.textContent).join(''),
    };
  });

describe('the status line at the end of the run', () => {
  it('words the end shorter, the day alone last, and leaves other texts whole', () => {
    expect(statusWordings('Day 3650 of 3650 (10 years): the end of the run.')).toEqual([
      'Day 3650 of 3650 (10 years): the end of the run.',
      'Day 3650 of 3650 (10 years): the end.',
      'Day 3650 of 3650 (10 years): end',
      'Day 3650 of 3650: end',
      'Day 3650 of 3650 (10 years)',
    ]);
    expect(statusWordings('Day 200 of 200: the run is over. Press Reset (R) to start again.')).toEqual([
      'Day 200 of 200: the run is over. Press Reset (R) to start again.',
      'Day 200 of 200: over. Reset (R) starts again.',
      'Day 200 of 200: over. Reset (R)',
      'Day 200 of 200',
    ]);
    expect(statusWordings('Day 12 of 3650')).toEqual(['Day 12 of 3650']);
  });

  // 826 px (a tablet held upright): the day before the end, '(9.9 years)', took the header a second line that the end's
  // day alone, '(10 years)', does not; fitted to the day alone, the end moved the team view up a line.
  for (const [width, height] of [[390, 844], [320, 568], [826, 800], [1023, 700], [1280, 720]] as const) {
    it(`moves nothing at ${width}×${height} when the run ends and when Play says it is over, and is read whole`, async () => {
      const page = await app.browser.newPage({ viewport: { width, height } });
      await openApp(page, app, '?day=3640');
      const before = await header(page);
      expect(before.lines).toBe(1);
      await page.keyboard.press('w');
      await page.waitForFunction(() => document.body.dataset.day === '3647');
      await page.keyboard.press('w');
      await page.waitForFunction(() => document.body.dataset.day === '3650');
      const end = await header(page);
      // What a step announces is the whole, once (not the whole and the wording shown after it).
      expect(await page.textContent('#announcer')).toBe('Day 3650 of 3650 (10 years): the end of the run.');
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('Press Reset'));
      const over = await header(page);
      for (const [at, h] of [['end', end], ['over', over]] as const) {
        expect({ at, teams: h.teams, lines: h.lines }).toEqual({ at, teams: before.teams, lines: 1 });
        expect(h.shown, at).toMatch(/^Day 3650 of 3650/);
      }
      expect(end.read).toBe('Day 3650 of 3650 (10 years): the end of the run.');
      expect(over.read).toBe('Day 3650 of 3650 (10 years): the run is over. Press Reset (R) to start again.');
      // Since 0.36.0 the way on shows at every width: on a phone "Day 3650 of 3650: over" showed without it.
      expect(over.shown, 'the way on shows').toContain('Reset (R)');
      if (width >= 1280) expect(over.shown, 'whole where it fits').toBe(over.read);
      if (width < 400) expect(end.shown, 'on a phone the end still shows').toMatch(/: (the )?end\.?$/);
      if (width === 826) expect(end.shown, 'whole on the line the day had').toBe(end.read);
      await page.close();
    });
  }
});

// The status keeps the width of the run's widest day from day 0 (statusFit.ts, reserveStatusWidth): in 720–830 px
// windows "Day 1000 of 3650 (2.7 years)" took the header a line more at day 1000, and the team view moved down 25 px
// mid-run (at 480 and 560 px too). Since 0.36.0.
describe('the status line while a run plays', () => {
  it('keeps the team view where it was on day 0 as the day grows, from 320 to 1280 px and under Large text', async () => {
    const top = (page: Page) => page.evaluate(() => document.getElementById('teams')!.getBoundingClientRect().top);
    for (const [width, text] of [[320, ''], [480, ''], [560, ''], [720, ''], [800, ''], [830, ''], [1024, ''], [1280, ''], [820, '&text=large']] as const) {
      const page = await app.browser.newPage({ viewport: { width, height: 800 } });
      await openApp(page, app, `?day=0${text}`);
      const start = await top(page);
      await openApp(page, app, `?day=993${text}`);
      const before = await top(page);
      await page.keyboard.press('w');
      await page.waitForFunction(() => document.body.dataset.day === '1000');
      expect({ width, text, before, after: await top(page) }).toEqual({ width, text, before: start, after: start });
      await page.close();
    }
  });
});

/** Everything the announcer has said since the page opened (its clearings left out). */
const announced = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced.filter(Boolean));

// The announcer (a hidden live region) is cleared a moment after it speaks: it kept its last words, and a screen reader
// browsing at the end met the end sentence twice (the status's, then the announcer's). A rerun or a step that lands on
// the end says it once (it was announced by the frame and again by the rerun or step). Since 0.36.0.
describe('the announcer', () => {
  it('says the end once when a run opens on it or a step lands on it, then is empty, the status still reading it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() => {
      const w = window as unknown as { announced: string[] };
      w.announced = [];
      document.addEventListener('DOMContentLoaded', () => {
        const region = document.getElementById('announcer')!;
        new MutationObserver(() => w.announced.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
      });
    });
    const END = 'Day 3650 of 3650 (10 years): the end of the run.';
    await openApp(page, app, '?day=3650');
    expect(await announced(page), 'opened on the end').toEqual([END]);
    await page.waitForFunction(() => document.getElementById('announcer')!.textContent === '', undefined, { timeout: 20_000 });
    expect((await header(page)).read).toBe(END);
    await openApp(page, app, '?day=3647');
    await page.keyboard.press('w');
    await page.waitForFunction(() => document.body.dataset.day === '3650');
    await page.evaluate(() => window.cfsim.settled());
    expect(await announced(page), 'a step onto the end').toEqual(['Day 3647 of 3650 (9.9 years)', END]);
    await page.close();
  });
});
