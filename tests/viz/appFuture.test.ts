import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppPage, servedApp } from './browser';

// The header's caution that the run shown is one possible future of many (viz/app/future.ts), in Chromium.

const app = servedApp();

/** Every request a page made that did not go to the served app (refused): the app needs nothing from elsewhere. */
let leftTheApp: string[] = [];
afterEach(() => {
  expect(leftTheApp, 'requests beyond the served app').toEqual([]);
  leftTheApp = [];
});

/** Only the served app may be loaded: any other request is refused and kept in leftTheApp. */
async function servedOnly(page: Page): Promise<void> {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(app.base) || url.startsWith('data:')) return route.continue();
    leftTheApp.push(url);
    return route.abort();
  });
}

const open = (query: string, width: number, height: number) => openAppPage(app, query, { viewport: { width, height }, prepare: [servedOnly] });

/** The window narrowed (or widened) to width × height, and the header fitted again: its ResizeObserver does so before the next frame, so two frames on it has. */
async function resize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Runs the last days of '?day=3646' to the end of the run, whose status ("... Press Reset") is the longest. */
async function runToTheEnd(page: Page): Promise<void> {
  await page.keyboard.press('w');
  await page.waitForFunction(() => document.body.dataset.day === '3650');
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Press Reset'));
}

/** At the end of the run: the caution's words, whether it is cut, the status's lines, and whether the status is beside the title. */
const atTheEnd = (page: Page) =>
  page.evaluate(() => {
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

/** What the caution may show at the end of the run at 1024 px: a shorter wording, or none. */
const END_WORDINGS = ['One possible future of many (seed 1)', 'One possible future (seed 1)', 'One possible future', ''];

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

  it('at 1024 px the caution is whole during the run; at the end of the run, whose status is longest, it gives way (a shorter wording, or none, never cut) and the header keeps one line; on a 320 px phone (loaded at 1280×900, the window then narrowed) the longest seed wraps rather than scrolling the page sideways', async () => {
    const page = await open('?day=3646', 1024, 640);
    expect(await caution(page)).toEqual({ text: 'One possible future of many (seed 1)', seen: true, sideways: false, levelWithStatus: true, described: true });
    await runToTheEnd(page);
    const end = await atTheEnd(page);
    expect(END_WORDINGS).toContain(end.text);
    expect({ cut: end.cut, statusLines: end.statusLines, statusBesideTitle: end.statusBesideTitle }).toEqual({ cut: false, statusLines: 1, statusBesideTitle: true });
    await page.close();
    const phone = await open('?seed=4294967295', 1280, 900);
    await resize(phone, 320, 568);
    const narrow = await caution(phone);
    expect({ text: narrow.text, seen: narrow.seen, sideways: narrow.sideways }).toEqual({ text: 'One possible future of many (seed 4294967295)', seen: true, sideways: false });
    await phone.close();
  });

  it('at the end of a run loaded at 1280×900, the window narrowed to 1024 px: the caution is fitted again to the room left (a shorter wording, or none, never cut) and the header keeps one line', async () => {
    const page = await open('?day=3646', 1280, 900);
    await runToTheEnd(page);
    await resize(page, 1024, 640);
    const end = await atTheEnd(page);
    expect(END_WORDINGS).toContain(end.text);
    expect({ cut: end.cut, statusLines: end.statusLines, statusBesideTitle: end.statusBesideTitle }).toEqual({ cut: false, statusLines: 1, statusBesideTitle: true });
    await page.close();
  });
});
