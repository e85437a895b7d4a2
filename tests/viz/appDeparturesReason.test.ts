import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './browser';

// "Recent departures": a leaver's whole reason was only in a tooltip, which a keyboard cannot open and a touch screen
// cannot show. Each item is now a button described by the whole sentence, shown under it while it has focus
// (leaverReason.ts), laid over what follows so the list and the charts do not move.

const app = servedApp();
const QUERY = '?population=ct-harm-reduction&seed=8&day=1000';

/** The focused leaver, the reason shown, and where the list and the charts are. */
const state = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const why = document.querySelector<HTMLElement>('.departures .leaver-why')!;
    const box = why.getBoundingClientRect();
    const described = focused.getAttribute('aria-describedby');
    return {
      focusedLine: focused.classList.contains('leaver') ? focused.textContent : undefined,
      description: described ? document.getElementById(described)!.textContent : undefined,
      tooltip: focused.title,
      itemTitle: focused.parentElement?.title,
      shown: why.hidden ? undefined : why.textContent,
      reasonBox: { top: Math.round(box.top), bottom: Math.round(box.bottom), width: Math.round(box.width) },
      item: Math.round(focused.getBoundingClientRect().bottom),
      list: Math.round(document.querySelector('.departures ol')!.getBoundingClientRect().height),
      charts: Math.round(document.getElementById('charts')!.getBoundingClientRect().top),
      scrolls: document.documentElement.scrollHeight > innerHeight,
    };
  });

/** Presses Tab until a leaver has focus (at most 200 times). */
async function tabToLeaver(page: Page): Promise<void> {
  for (let k = 0; k < 200; k++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('leaver'))) return;
  }
  throw new Error('no leaver reached with Tab');
}

/** A phone (360×640, touch) with the last leaver tapped, scrolled to the middle of the screen: its sentence shows under it, over the tile key. */
async function lastLeaverTapped() {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openApp(page, app, QUERY);
  await page.evaluate(() => {
    const items = document.querySelectorAll('.departures .leaver');
    window.scrollBy(0, items[items.length - 1].getBoundingClientRect().top - innerHeight / 2);
  });
  await page.tap('.departures li:last-child .leaver');
  const first = await state(page);
  expect(first.shown).toBe(first.description);
  return { context, page, first };
}

describe('"Recent departures" whole reasons', () => {
  it('are reached with Tab: each leaver is focusable, described by the whole sentence, which shows under it while focused and hides on Escape, and the list and the charts do not move', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, QUERY);
    const before = await state(page);
    expect(before.shown).toBeUndefined();
    await tabToLeaver(page);
    const first = await state(page);
    expect(first.focusedLine).toMatch(/^Day \d+: /);
    expect(first.description).toMatch(/^The .+ left on day \d+ \(.+\)\.$/);
    // The sentence is the tooltip's, whole, as a sentence.
    expect(first.description).toBe(`${first.tooltip![0].toUpperCase()}${first.tooltip!.slice(1)}.`);
    expect(first.shown).toBe(first.description);
    // The tooltip is the button's: a list item's title names the item, and a screen reader read the sentence twice.
    expect(first.itemTitle).toBe('');
    expect(first.reasonBox.top, 'under the focused item').toBeGreaterThanOrEqual(first.item);
    expect(first.reasonBox.bottom).toBeLessThanOrEqual(720);
    expect({ list: first.list, charts: first.charts, scrolls: first.scrolls }, 'nothing moves').toEqual({ list: before.list, charts: before.charts, scrolls: false });
    // The next leaver: its own sentence.
    await page.keyboard.press('Tab');
    const second = await state(page);
    expect(second.focusedLine).toMatch(/^Day \d+: /);
    expect(second.shown).toBe(second.description);
    expect(second.shown).not.toBe(first.shown);
    await page.keyboard.press('Escape');
    expect((await state(page)).shown, 'Escape hides it').toBeUndefined();
    // Moving on hides it.
    await page.keyboard.press('Shift+Tab');
    expect((await state(page)).shown).toBe(first.description);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect((await state(page)).shown).toBeUndefined();
    await page.close();
  });

  it('show again on Enter or a click after Escape hid them, and Escape hides the sentence only, not also the message of problems with the link', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, `${QUERY}&speed=7`);
    const problems = () => page.evaluate(() => !document.getElementById('problems')!.hidden);
    expect(await problems(), 'the link has a problem to show').toBe(true);
    await tabToLeaver(page);
    const first = await state(page);
    await page.keyboard.press('Escape');
    expect((await state(page)).shown).toBeUndefined();
    expect(await problems(), 'the first Escape closes the sentence only').toBe(true);
    await page.keyboard.press('Enter');
    expect((await state(page)).shown, 'Enter shows it again').toBe(first.description);
    await page.keyboard.press('Escape');
    await page.click('.departures .leaver:focus');
    expect((await state(page)).shown, 'and a click').toBe(first.description);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await problems(), 'the next Escape closes the message').toBe(false);
    await page.close();
  });

  it('show on a tap on a touch screen (a phone), where no tooltip can', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openApp(page, app, QUERY);
    await page.tap('.departures .leaver');
    const tapped = await state(page);
    expect(tapped.shown).toMatch(/^The .+ left on day \d+ \(.+\)\.$/);
    expect(tapped.reasonBox.width, 'within the phone').toBeLessThanOrEqual(390);
    await context.close();
  });

  it('show whole on a phone when the tapped leaver is at the screen foot: placed above it rather than past the edge, and nothing scrolls (since 0.35.0)', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    // A larger team puts the list below the first screen: scrolled so the last leaver ends at the screen's foot.
    await openApp(page, app, `${QUERY}&team=24`);
    await page.evaluate(() => {
      const items = document.querySelectorAll('.departures .leaver');
      window.scrollBy(0, items[items.length - 1].getBoundingClientRect().bottom - innerHeight + 1);
    });
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled, 'the page was scrolled to put the leaver at its foot').toBeGreaterThan(0);
    await page.tap('.departures li:last-child .leaver');
    const shown = await page.evaluate(() => {
      const why = document.querySelector<HTMLElement>('.departures .leaver-why')!.getBoundingClientRect();
      const item = document.querySelector('.departures li:last-child .leaver')!.getBoundingClientRect();
      return { top: why.top, bottom: why.bottom, itemTop: item.top, scrollY, focused: document.activeElement?.classList.contains('leaver') };
    });
    expect(shown.focused).toBe(true);
    expect(shown.top, 'on the screen').toBeGreaterThanOrEqual(0);
    expect(shown.bottom, 'whole above the screen foot').toBeLessThanOrEqual(844);
    expect(shown.bottom, 'above the tapped line, not over it').toBeLessThanOrEqual(shown.itemTop);
    expect(shown.scrollY, 'nothing scrolled').toBe(scrolled);
    await context.close();
  });

  it('let a tap or a click through to the leaver whose line the shown sentence covers (since 0.35.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, QUERY);
    await tabToLeaver(page);
    const first = await state(page);
    // The next line in the first leaver's column, under the sentence's box.
    const next = await page.evaluate(() => {
      const why = document.querySelector('.departures .leaver-why')!.getBoundingClientRect();
      const second = document.querySelectorAll<HTMLElement>('.departures .leaver')[1];
      const r = second.getBoundingClientRect();
      const x = r.left + 20;
      const y = r.top + r.height / 2;
      return { x, y, covered: x >= why.left && x <= why.right && y >= why.top && y <= why.bottom, worker: second.dataset.worker };
    });
    expect(next.covered, 'the box lies over the next line').toBe(true);
    await page.mouse.click(next.x, next.y);
    const after = await state(page);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.worker)).toBe(next.worker);
    expect(after.shown).toBe(after.description);
    expect(after.shown).not.toBe(first.shown);
    await page.close();
  });

  it('take taps on the shown sentence, which reach nothing under it (at 360×640 the Colour tiles by list), and let its words be selected (since 0.36.0)', async () => {
    const { context, page, first } = await lastLeaverTapped();
    // A point of the sentence's box over the list that colours the tiles (it was let through to it, and opened it).
    const spot = await page.evaluate(() => {
      const why = document.querySelector<HTMLElement>('.departures .leaver-why')!;
      const select = document.getElementById('tile-measure')!.getBoundingClientRect();
      const box = why.getBoundingClientRect();
      const x = Math.max(box.left, select.left) + 4;
      const y = Math.max(box.top, select.top) + 2;
      const inBoth = x < Math.min(box.right, select.right) && y < Math.min(box.bottom, select.bottom);
      const w = window as unknown as { reached: number };
      w.reached = 0;
      for (const type of ['pointerdown', 'click', 'mousedown']) document.getElementById('tile-measure')!.addEventListener(type, () => w.reached++);
      return { x, y, inBoth };
    });
    expect(spot.inBoth, 'the sentence lies over the list').toBe(true);
    await page.touchscreen.tap(spot.x, spot.y);
    expect(await page.evaluate(() => (window as unknown as { reached: number }).reached), 'the list under it is not reached').toBe(0);
    const tapped = await state(page);
    expect({ shown: tapped.shown, focusedLine: tapped.focusedLine }, 'the sentence stays, its leaver focused').toEqual({ shown: first.shown, focusedLine: first.focusedLine });
    // A mouse drags over its words: they are selected, and the sentence stays.
    const box = await page.evaluate(() => {
      const r = document.querySelector('.departures .leaver-why')!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    });
    await page.mouse.move(box.left + 10, box.top + 10);
    await page.mouse.down();
    await page.mouse.move(box.right - 10, box.top + 10, { steps: 5 });
    await page.mouse.up();
    const selected = await page.evaluate(() => getSelection()!.toString());
    expect(selected.length, 'words selected').toBeGreaterThan(5);
    expect(first.shown).toContain(selected.trim());
    expect((await state(page)).shown).toBe(first.shown);
    // A tap elsewhere hides it.
    await page.touchscreen.tap(5, 5);
    expect((await state(page)).shown).toBeUndefined();
    await context.close();
  });

  it('hide at the first tap elsewhere after a swipe that started on the sentence scrolled the page', async () => {
    const { context, page, first } = await lastLeaverTapped();
    // A swipe up from the sentence: the page scrolls (the browser cancels the press), the leaver keeps the focus.
    const from = await page.evaluate(() => {
      const r = document.querySelector('.departures .leaver-why')!.getBoundingClientRect();
      return { x: r.left + 30, y: r.top + 10, scrollY };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    for (let k = 1; k <= 10; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y - 15 * k }] });
      await page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY), 'the page scrolled').toBeGreaterThan(from.scrollY);
    expect((await state(page)).shown, 'still shown, its leaver focused').toBe(first.shown);
    // One tap elsewhere hides it (it took two: the cancelled press was still held as a press on the sentence).
    await page.touchscreen.tap(5, 5);
    expect((await state(page)).shown).toBeUndefined();
    await context.close();
  });

  it('keep the focus and the sentence when the list is drawn again as someone else leaves', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, QUERY);
    await tabToLeaver(page);
    const sentence = (await state(page)).shown;
    const count = () => page.evaluate(() => window.cfsim.frame()!.teams[0].leavers.count);
    const leavers = await count();
    // A week at a time (the W key, with the focus on the leaver) until someone leaves.
    for (let k = 0; k < 52 && (await count()) === leavers; k++) {
      await page.keyboard.press('w');
      await page.evaluate(() => window.cfsim.settled());
    }
    expect(await count()).toBeGreaterThan(leavers);
    const after = await state(page);
    expect(after.focusedLine, 'still a leaver focused').toMatch(/^Day \d+: /);
    expect(after.shown).toBe(after.description);
    expect(after.shown).toBe(sentence);
    await page.close();
  });

  it('is no longer held as pressed once a press on it is released outside it: Tab past the list then hides it (since 0.38.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, QUERY);
    await tabToLeaver(page);
    const box = await page.evaluate(() => {
      const r = document.querySelector('.departures .leaver-why')!.getBoundingClientRect();
      return { left: r.left, top: r.top };
    });
    // Pressed on its words, dragged out of it and released on the page's header.
    await page.mouse.move(box.left + 10, box.top + 10);
    await page.mouse.down();
    await page.mouse.move(5, 5, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.departures .leaver-why')!.dataset.pressed)).toBeUndefined();
    // From the keyboard alone: a leaver again, then Tab on past the list.
    await tabToLeaver(page);
    expect((await state(page)).shown).toBeDefined();
    for (let k = 0; k < 50 && (await page.evaluate(() => document.activeElement?.classList.contains('leaver'))); k++) await page.keyboard.press('Tab');
    expect((await state(page)).focusedLine).toBeUndefined();
    expect((await state(page)).shown, 'hidden with its leaver\'s focus gone').toBeUndefined();
    await page.close();
  });
});
