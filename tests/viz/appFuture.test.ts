import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';

// The header's caution that the run shown is one possible future of many (viz/app/future.ts), in Chromium.

const app = servedApp();

const open = (query: string, width: number, height: number) => openAppPage(app, query, { viewport: { width, height } });

/** The caution's words, and whether they are seen whole: on the screen, not cut, not covered, the page not scrolled sideways. */
const caution = (page: Page) =>
  page.$eval('#future', (f) => {
    const r = f.getBoundingClientRect();
    const header = document.querySelector('header')!.getBoundingClientRect();
    const status = document.getElementById('status')!.getBoundingClientRect();
    return {
      text: f.textContent,
      seen: r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.bottom <= header.bottom && f.scrollWidth <= f.clientWidth + 0.5 && f.contains(document.elementFromPoint(r.left + 2, r.top + r.height / 2)),
      sideways: document.documentElement.scrollWidth > innerWidth,
      // One header line: the caution level with the status.
      levelWithStatus: Math.abs(r.top + r.height / 2 - (status.top + status.height / 2)) < 2,
      described: (f as HTMLElement).title.includes('another seed gives another future') && (f as HTMLElement).title.includes('--reps runs many such futures (replications)'),
    };
  });

describe('one possible future', () => {
  it('the header says the run is one possible future of many, naming its seed, on a projector (1280×720, 1920×1080) beside the day and on a phone; it follows the seed (wished for by educators: a class took one run for the forecast)', async () => {
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      const page = await open('?seed=7&day=100', width, height);
      expect(await caution(page), `${width}px`).toEqual({ text: 'One possible future of many (seed 7)', seen: true, sideways: false, levelWithStatus: true, described: true });
      await page.fill('#seed', '8');
      await page.press('#seed', 'Enter');
      await page.waitForFunction(() => document.getElementById('future')?.textContent === 'One possible future of many (seed 8)');
      await page.close();
    }
    const phone = await open('?day=100', 390, 844);
    const onPhone = await caution(phone);
    expect({ text: onPhone.text, seen: onPhone.seen, sideways: onPhone.sideways }).toEqual({ text: 'One possible future of many (seed 1)', seen: true, sideways: false });
    await phone.close();
  });

  it('at 1024 px the caution is whole during the run; at the end of the run, whose status is longest, it gives way (a shorter wording, or none, never cut) and the header keeps one line; on a 320 px phone the longest seed wraps rather than scrolling the page sideways', async () => {
    const page = await open('?day=3646', 1024, 640);
    expect(await caution(page)).toEqual({ text: 'One possible future of many (seed 1)', seen: true, sideways: false, levelWithStatus: true, described: true });
    await page.keyboard.press('w');
    await page.waitForFunction(() => document.body.dataset.day === '3650');
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Press Reset'));
    const end = await page.evaluate(() => {
      const f = document.getElementById('future')!;
      const status = document.getElementById('status')!;
      const h1 = document.querySelector('h1')!.getBoundingClientRect();
      const words = document.createRange();
      words.selectNodeContents(status);
      return {
        text: f.textContent,
        cut: f.scrollWidth > f.clientWidth + 0.5,
        statusLines: new Set(Array.from(words.getClientRects()).map((r) => Math.round(r.top))).size,
        statusBesideTitle: Math.abs(status.getBoundingClientRect().top - h1.top) < 8,
      };
    });
    expect(['One possible future of many (seed 1)', 'One possible future (seed 1)', 'One possible future', '']).toContain(end.text);
    expect({ cut: end.cut, statusLines: end.statusLines, statusBesideTitle: end.statusBesideTitle }).toEqual({ cut: false, statusLines: 1, statusBesideTitle: true });
    await page.close();
    const phone = await open('?seed=4294967295', 320, 568);
    const narrow = await caution(phone);
    expect({ text: narrow.text, seen: narrow.seen, sideways: narrow.sideways }).toEqual({ text: 'One possible future of many (seed 4294967295)', seen: true, sideways: false });
    await phone.close();
  });
});
