import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { cfsim, namedScenarioFiles } from './namedScenarios';

// On a phone the whole report scrolled sideways with long package names: the command to reproduce it
// (its scenario files joined by commas, one word) set its table wider than the page, and a name with
// no space to break at (underscores) ran past the edge of the title, the findings and the terms.

const work = mkdtempSync(join(tmpdir(), 'cfsim-page-width-'));
const REPORTS = {
  'long names': ['Riverside outreach team with fortnightly pre-booked supervision', 'Riverside outreach team with opt-out supervision and peer debriefs'],
  'a name with no space': ['Riverside_outreach_team_with_fortnightly_pre-booked_supervision', 'status-quo-baseline'],
} as const;
let browser: Browser;

beforeAll(async () => {
  for (const [k, names] of Object.values(REPORTS).entries()) {
    const dir = join(work, `report${k}`);
    mkdirSync(dir);
    cfsim('compare', '--scenarios', namedScenarioFiles(dir, names).join(','), '--reps', '2', '--days', '40', '--threads', '1', '--out', join(dir, 'results'), '--report', join(dir, 'report.html'));
  }
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the report page on a phone', () => {
  it('never scrolls sideways, whatever the packages are named', async () => {
    for (const [k, what] of Object.keys(REPORTS).entries()) {
      for (const width of [390, 412]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`file://${join(work, `report${k}`, 'report.html')}`);
        await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
        const scrolled = await page.evaluate(() => ({ wide: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
        expect(scrolled.wide, `${what} at ${width} px`).toBeLessThanOrEqual(scrolled.inner);
        await page.close();
      }
    }
  }, 120_000);
});
