import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { htmlPage } from '../../viz/report/html';
import { vegaLibraries } from '../../viz/report/libraries';
import { staffingSpec } from '../../viz/specs/timeSeries';
import { launchBrowser, openOffline } from './browser';

// Figure 3 with three packages or more: one row per package, each named above its panel in every column.

const work = mkdtempSync(join(tmpdir(), 'cfsim-row-headers-'));
const ARMS = ['status-quo', 'opt-out-support', 'multi-level'];
const METRICS = ['headcount', 'vacancies', 'cumulativeSeparations'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the series charts' row headers, as Chromium draws them", () => {
  it("name each row at one height in every column, whatever the row's marks reach above the panel", async () => {
    // The last row's staff in post peak on day 5 at the top of the axis: the line's join reaches above
    // the panel, and as a facet header that row's name in column 1 stood 4 px above its name in the others.
    const points = ARMS.flatMap((policy, k) =>
      METRICS.flatMap((metric) =>
        [0, 5, 10].map((day) => {
          const mean = k === ARMS.length - 1 && metric === 'headcount' && day === 5 ? 20 : 10;
          return { policy, day, metric, mean, p05: mean - 1, p50: mean, p95: Math.max(mean, 11) };
        }),
      ),
    );
    const file = join(work, 'staffing.html');
    writeFileSync(file, htmlPage('Staffing', '<div class="chart" id="chart-0"></div>', [staffingSpec(points, ARMS)], vegaLibraries()));
    const { page, log } = await openOffline(browser, `file://${file}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(log.errors).toEqual([]);
    const tops = await page.$$eval('#chart-0 svg text', (texts) => texts.map((t) => ({ text: t.textContent ?? '', top: t.getBoundingClientRect().top })));
    for (const arm of ARMS) {
      const headers = tops.filter((t) => t.text === arm);
      expect(headers, arm).toHaveLength(METRICS.length);
      for (const header of headers) expect(Math.abs(header.top - headers[0].top), arm).toBeLessThan(0.5);
    }
    await page.close();
  });
});
