import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './browser';

// The page's first stops of Tab (index.html): skip links, shown on focus, to the team view and to "Recent departures".
// A keyboard user reached the leavers only after every control and every tile (since 0.35.0).

const app = servedApp();

/** The focused element: its text, whether it is on the screen, and where it is. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const labelledBy = el.getAttribute('aria-labelledby');
    return {
      text: el.textContent,
      name: labelledBy ? document.getElementById(labelledBy)!.textContent : undefined,
      tag: el.tagName,
      onScreen: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0,
      inTeams: el.closest('#teams') !== null,
      leaver: el.classList.contains('leaver'),
    };
  });

describe('skip links', () => {
  it('reach the first leaver in four presses of Tab and Enter, each link shown while it has focus', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?population=ct-harm-reduction&seed=8&day=1000');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Skip to the team view', onScreen: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Skip to recent departures', onScreen: true });
    await page.keyboard.press('Enter');
    // Since 0.36.0 on the list, named by its summary: on the summary, a second Enter folded the list.
    expect(await focused(page)).toMatchObject({ tag: 'OL', name: 'Recent departures', inTeams: true, onScreen: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.departures')!.open), 'a second Enter folds nothing').toBe(true);
    await page.keyboard.press('Tab');
    const leaver = await focused(page);
    expect(leaver.leaver).toBe(true);
    expect(leaver.text).toMatch(/^Day \d+: /);
    // The first link: Tab after it is in the team view, on its first tile.
    await page.goto(`${app.base}?population=ct-harm-reduction&seed=8&day=1000`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tile'))).toBe(true);
    await page.close();
  });

  it('open a folded list and land in it (since 0.36.0)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?population=ct-harm-reduction&seed=8&day=1000');
    await page.click('.departures summary');
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.departures')!.open)).toBe(false);
    await page.focus('#skip-departures');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'OL', name: 'Recent departures' });
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.departures')!.open)).toBe(true);
    await page.close();
  });

  it('offer no link to departures in compare mode, which shows none', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app, '?compare=status-quo&day=100');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text, 'past the team view link, the controls').not.toBe('Skip to recent departures');
    expect(await page.isHidden('#skip-departures')).toBe(true);
    await page.close();
  });
});
