import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

// A chart too wide for a phone is drawn again laid out for it (chartFit.ts). When that drawing
// fails, the chart as given is still shown, not lost for a chart the page could draw.

const work = mkdtempSync(join(tmpdir(), 'cfsim-chart-fit-fallback-'));
let browser: Browser;

beforeAll(async () => {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', 'run', '--reps', '2', '--days', '40', '--threads', '1', '--out', join(work, 'run'), '--report', join(work, 'run.html')], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('chart fitting that fails', () => {
  it('leaves each chart drawn as given on a phone, and the page marked drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // vega-embed as the page loads it, but failing each fitted layout (its legends one entry to a line; as given, three).
    await page.addInitScript(() => {
      let real: ((el: Element, spec: unknown, options: unknown) => Promise<unknown>) | undefined;
      Object.defineProperty(window, 'vegaEmbed', {
        configurable: true,
        set(value) {
          real = value;
        },
        get() {
          return (
            real &&
            ((el: Element, spec: { config?: { legend?: { columns?: number } } }, options: unknown) => {
              if (spec.config?.legend?.columns === 1) return Promise.reject(new Error('a fitted layout failed'));
              return real!(el, spec, options);
            })
          );
        },
      });
    });
    await page.goto(`file://${join(work, 'run.html')}`);
    await page.waitForFunction(() => document.body.getAttribute('data-rendered') === 'true' || /could not be drawn/.test(document.body.textContent ?? ''), undefined, { timeout: 60_000 });
    const charts = await page.$$eval('.chart', (els) => els.map((el) => ({ svg: el.querySelector('svg') !== null, text: el.textContent ?? '', fitted: el.hasAttribute('data-fitted') })));
    expect(charts.map((c) => c.text).filter((t) => /could not be drawn/.test(t))).toEqual([]);
    expect(await page.getAttribute('body', 'data-rendered')).toBe('true');
    expect(charts.filter((c) => c.svg).length).toBeGreaterThan(5);
    expect(charts.filter((c) => c.fitted)).toEqual([]);
    // The failure is not hidden: it is on the console, as a chart that could not be drawn is.
    expect(errors.some((e) => e.includes('a fitted layout failed'))).toBe(true);
    // A later refit (a phone turned) fails the same way and still leaves the charts drawn.
    await page.evaluate(() => (window as unknown as { cfsimReport: { fitted(): Promise<unknown> } }).cfsimReport.fitted());
    expect(await page.$$eval('.chart svg', (svgs) => svgs.length)).toBe(charts.filter((c) => c.svg).length);
    await page.close();
  }, 120_000);
});
