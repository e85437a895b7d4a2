import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../models/simulation';
import { configFromUrl, scenariosOf } from '../../viz/app/config';
import type { Frame } from '../../viz/app/engine';
import { openOffline, servedApp } from './browser';

// The days the app shows agree with its status line (found by an educator: after 14 days the
// status said "Day 14 of 3650" and hovering a chart's last point "Day 13", the day's number
// counted from 0 as timeseries.csv counts it). In Chromium.

const app = servedApp();

async function open(query: string): Promise<Page> {
  const { page } = await openOffline(app.browser, `${app.base}${query}`, (u) => u.startsWith(app.base));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  await page.evaluate(() => window.cfsim.settled());
  return page;
}

/** The tooltip shown when hovering the last day's strip on chart `id` (its rightmost, inside the plot), as key → value. */
async function lastPointTooltip(page: Page, id: string): Promise<Record<string, string>> {
  const target = await page.$eval(`#${id}`, (card) => {
    const strips = Array.from(card.querySelectorAll('g.mark-rect.role-mark path')).map((p) => p.getBoundingClientRect());
    const last = strips.reduce((a, b) => (b.left + b.width / 2 > a.left + a.width / 2 ? b : a));
    // A quarter strip left of its centre (the centre is on the plot's edge, where the strip is clipped).
    return { x: last.left + last.width / 4, y: last.top + last.height / 2 };
  });
  await page.mouse.move(0, 0);
  await page.mouse.move(target.x, target.y);
  await page.waitForSelector('#vg-tooltip-element.visible');
  return page.$$eval('#vg-tooltip-element tr', (rows) => Object.fromEntries(rows.map((r) => [r.querySelector('.key')?.textContent ?? '', r.querySelector('.value')?.textContent ?? ''])));
}

describe('the days the app shows are the status line\'s', () => {
  it('after 14 days the status says "Day 14 of 3650" and the last point of every chart "Day 14"; a day stepped on, "Day 15" both', async () => {
    const page = await open('?day=14');
    expect(await page.textContent('#status')).toBe('Day 14 of 3650');
    for (const id of ['chart-states', 'chart-staff', 'chart-care']) expect((await lastPointTooltip(page, id)).Day, id).toBe('14');
    await page.click('#step-day');
    await page.evaluate(() => window.cfsim.settled());
    expect(await page.textContent('#status')).toBe('Day 15 of 3650');
    expect((await lastPointTooltip(page, 'chart-staff')).Day).toBe('15');
    await page.close();
  });

  it('a leaver\'s day, on their tile, in Recent departures and among their events, is the status line\'s day on which their tile first shows the seat vacant', async () => {
    // A short-staffed team whose first leaver (seat 4) left on the day numbered 127 from 0: the 128th day.
    const query = '?population=ct-harm-reduction&seed=8';
    const config = configFromUrl(query).config;
    const sim = createSimulation(scenariosOf(config).main, { seed: config.seed });
    sim.step(400);
    const log = sim.run.world.separations;
    const [seat, numbered] = [log.seat[0], log.day[0]];
    expect([seat, numbered]).toEqual([4, 127]);
    const tile = `.tile[data-seat="${seat}"]`;

    const before = await open(`${query}&day=127`);
    expect(await before.textContent('#status')).toBe('Day 127 of 3650');
    expect(await before.getAttribute(tile, 'aria-label')).not.toContain('vacant');
    await before.close();

    const page = await open(`${query}&day=128`);
    expect(await page.textContent('#status')).toBe('Day 128 of 3650');
    expect(await page.getAttribute(tile, 'aria-label')).toMatch(/^Seat 5: vacant, the .+ left on day 128 \(/);
    expect(await page.$$eval('.team .departures li', (items) => items.map((li) => li.textContent))).toEqual([expect.stringMatching(/^Day 128: /)]);
    await page.click(tile);
    await page.waitForSelector('#card[open]');
    expect(await page.textContent('#card-title')).toMatch(/: left on day 128 \(seat 5,/);
    expect(await page.textContent('#card-body p.departed')).toMatch(/^Left the team at the end of day 128, /);
    expect(await page.$eval('#card-body li', (li) => li.textContent)).toMatch(/^Day 128: left the job \(/);
    const f = (await page.evaluate(() => window.cfsim.frame())) as Frame;
    expect(f.day).toBe(128);
    await page.close();
  });
});
