import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { commandsOf } from '../../viz/app/command';
import { configFromUrl } from '../../viz/app/config';
import { openOffline, servedApp } from './browser';

// "Show as command" in Chromium: the dialog gives the command lines of the state shown (which
// tests/viz/appCommand.test.ts runs and finds the same run), from the mouse and the keyboard.

const app = servedApp();

async function open(query: string, width = 1280, height = 720): Promise<Page> {
  const { page } = await openOffline(app.browser, `${app.base}${query}`, (u) => u.startsWith(app.base));
  await page.setViewportSize({ width, height });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return page;
}

const shown = (page: Page) => page.$$eval('#command-body pre', (pres) => pres.map((p) => p.textContent));
const headings = (page: Page) => page.$$eval('#command-body h3', (hs) => hs.map((h) => h.textContent));

describe('Show as command', () => {
  it('gives the command line of the state shown, one per team in compare mode, edited in the app after the link too; the run\'s keys do nothing behind it; Escape closes it (wished for by educators: a researcher reproduces a classroom run)', async () => {
    const query = '?policy=multi-level&compare=opt-out-support&seed=9&team=10&start=fresh&community.stigma=0.8&policy.grief.leaveDays=3&change=120:policy.supervision.mode=opt-in&day=200';
    const page = await open(query);
    await page.click('#command-open');
    await page.waitForSelector('#command[open]');
    const expected = commandsOf(configFromUrl(query).config);
    expect(await headings(page)).toEqual(['Team A', 'Team B']);
    expect(await shown(page)).toEqual(expected.map((c) => c.text));
    expect(await page.textContent('#command-intro')).toContain('not of the day shown (day 200)');
    // Where npx cfsim runs the project's own build: elsewhere npx would look for a package of that name on the registry.
    expect(await page.textContent('#command-intro')).toContain("in the CFSim project's folder (after npm install");
    // Behind the dialog the run stands still: P and W are the reader's.
    await page.keyboard.press('p');
    await page.keyboard.press('w');
    expect(await page.textContent('#play')).toBe('Play');
    expect(await page.textContent('#status')).toBe('Day 200 of 3650');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#command:not([open])', { state: 'attached' });
    // A setting changed in the app: the command follows it (compare off, another seed).
    await page.uncheck('#compare-on');
    await page.fill('#seed', '33');
    await page.press('#seed', 'Enter');
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && new URLSearchParams(location.search).get('seed') === '33');
    await page.click('#command-open');
    await page.waitForSelector('#command[open]');
    const now = configFromUrl(await page.evaluate(() => location.search)).config;
    expect(now.compare).toBeUndefined();
    expect(await headings(page)).toEqual(['The team']);
    expect(await shown(page)).toEqual(commandsOf(now).map((c) => c.text));
    expect((await shown(page))[0]).toContain('--seed 33');
    // A click beside it (on the dimmed page) closes it, as it closes the glossary.
    await page.mouse.click(5, 700);
    await page.waitForSelector('#command:not([open])', { state: 'attached' });
    await page.close();
  });

  it('from the keyboard: Tab from the Glossary reaches it, Enter opens it on its title, Tab reaches Copy, which copies the command (or selects it where no clipboard is given), and the Close button; at 1280×720 Copy a link and the Glossary keep their row and place', async () => {
    const page = await open('?day=30');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
    const place = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { sideBySide: r('#share').top === r('#glossary-open').top, under: r('#command-open').top >= r('#share').bottom, beforeLevers: r('#share-note').bottom <= r('#apply-from').top };
    });
    expect(place).toEqual({ sideBySide: true, under: true, beforeLevers: true });
    await page.focus('#glossary-open');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('command-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#command[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('command-title');
    await page.keyboard.press('Tab'); // the ×
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('.command-note')?.textContent ?? '') !== '');
    const note = await page.textContent('.command-note');
    const [command] = commandsOf(configFromUrl('?day=30').config);
    const got = note === 'Copied.' ? await page.evaluate(() => navigator.clipboard.readText()) : await page.evaluate(() => getSelection()?.toString());
    expect(got).toBe(command.text);
    await page.keyboard.press('Tab'); // the command itself, to scroll or select
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#command:not([open])', { state: 'attached' });
    await page.close();
  });

  it('on a phone (390×844) the dialog fits the screen\'s width: the command wraps rather than running off it', async () => {
    const page = await open('?policy.supervision.mode=opt-out&change=400:community.stigma=0.9&day=10', 390, 844);
    await page.click('#command-open');
    await page.waitForSelector('#command[open]');
    const fits = await page.$eval('#command', (d) => {
      const r = d.getBoundingClientRect();
      const pre = d.querySelector('pre')!;
      return r.left >= 0 && r.right <= innerWidth && pre.scrollWidth <= pre.clientWidth;
    });
    expect(fits).toBe(true);
    await page.close();
  });
});
