import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { configFromUrl, scenariosOf } from '../../viz/app/config';
import { AppEngine, type Leaver } from '../../viz/app/engine';
import { shownDayOf } from '../../viz/app/timeAxis';
import { openOffline, servedApp } from './browser';

// A leaver's card says why they left honestly (found by a persona review: "Compassion fatigue: it
// did most to make them leave" under ProQOL scores all in the average band, compassion fatigue
// the largest of several small pushes). In Chromium.

const app = servedApp();

// The default team (Massachusetts outreach) on seed 1: its first leaver (compassion fatigue the largest push) left with a high STS score, most later ones with every score average.
const QUERY = '?seed=1';

/** Every worker who left in the first `days` days of the app's run of QUERY, as the page's engine tells them. */
function leaversOf(days: number): Leaver[] {
  const config = configFromUrl(QUERY).config;
  const engine = new AppEngine();
  let frame = engine.reset([{ label: 'T', scenario: scenariosOf(config).main }], config.seed, 0);
  const all = new Map<number, Leaver>();
  for (let d = 0; d < days; d++) {
    frame = engine.step(1);
    for (const l of frame.teams[0].leavers.recent) all.set(l.worker, l);
  }
  return [...all.values()].sort((a, b) => a.day - b.day);
}

/** A ProQOL score's band as the card's scores show it (rounded): STS and burnout high from 42, satisfaction low to 22. */
const worse = (l: Leaver) => ({ sts: Math.round(l.proqolSTS) >= 42, burnout: Math.round(l.proqolBO) >= 42, satisfaction: Math.round(l.proqolCS) <= 22 });

async function cardOf(l: Leaver): Promise<{ status: string | null; why: string | null }> {
  const { page } = await openOffline(app.browser, `${app.base}${QUERY}&day=${shownDayOf(l.day)}`, (u) => u.startsWith(app.base));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.click(`.tile[data-seat="${l.seat}"]`);
  await page.waitForSelector('#card[open]');
  const why = await whyRow(page);
  const status = await page.textContent('#status');
  await page.close();
  return { status, why };
}

const whyRow = (page: Page) => page.$eval('#card-body table', (t) => Array.from((t as HTMLTableElement).rows).find((r) => r.cells[0].textContent === 'Why they left')?.cells[1].textContent ?? null);

describe('a leaver\'s card: why they left', () => {
  const leavers = leaversOf(500);

  it('with compassion fatigue the largest push but every score in the average band: no single strain stood out, and the largest push with its share', async () => {
    const quiet = leavers.find((l) => l.reason === 'compassion-fatigue' && !Object.values(worse(l)).some(Boolean));
    expect(quiet, 'such a leaver in the run').toBeDefined();
    const share = Math.round(100 * quiet!.shares['compassion-fatigue']);
    expect(share, 'the largest of several small pushes').toBeLessThan(50);
    expect(await cardOf(quiet!)).toEqual({ status: `Day ${shownDayOf(quiet!.day)} of 3650`, why: `No single strain stood out; the largest push was compassion fatigue (${share}%)` });
  });

  it('with compassion fatigue the largest push and their STS or burnout in the high band: it did most to make them leave', async () => {
    const strained = leavers.find((l) => l.reason === 'compassion-fatigue' && (worse(l).sts || worse(l).burnout));
    expect(strained, 'such a leaver in the run').toBeDefined();
    expect((await cardOf(strained!)).why).toBe('Compassion fatigue: it did most to make them leave');
  });
});
