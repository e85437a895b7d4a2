import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openOffline } from './browser';
import { cfsim, namedScenarioFiles } from './namedScenarios';

// Packages named like a property every object has: Vega read each such name in its expressions as
// an identifier, and every chart of the report failed ("Operator not defined: undefined").

const work = mkdtempSync(join(tmpdir(), 'cfsim-odd-names-'));
const NAMES = ['constructor', 'toString', '__proto__', 'Riverside outreach with pre-booked fortnightly supervision'];
let browser: Browser;
let compared: ReturnType<typeof cfsim>;
const page = join(work, 'report.html');

beforeAll(async () => {
  browser = await launchBrowser();
  const files = namedScenarioFiles(work, NAMES);
  const out = join(work, 'results');
  compared = cfsim('compare', '--scenarios', files.join(','), '--reps', '2', '--days', '40', '--threads', '1', '--out', out);
  cfsim('report', out, '-o', page);
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('packages named like an object property, compare to report', () => {
  it('compares them and draws every chart of their report, each named as it is', async () => {
    for (const name of NAMES.slice(1)) expect(compared.stdout).toContain(`${name} vs constructor: paired differences`);
    const { page: tab, log } = await openOffline(browser, `file://${page}`);
    await tab.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(log.errors).toEqual([]);
    const drawn = await tab.$$eval('.chart', (nodes) => nodes.map((n) => n.querySelectorAll('svg .mark-line, svg .mark-rect, svg .mark-symbol, svg .mark-area, svg .mark-rule').length));
    for (const marks of drawn) expect(marks).toBeGreaterThan(0);
    // Each name drawn as it is (the zero-width space that keeps it apart from Vega's keywords draws nothing).
    const texts = (await tab.$$eval('.chart svg text', (t) => t.map((e) => e.textContent ?? ''))).map((t) => t.replace(/\u200B/g, ''));
    for (const name of NAMES.slice(0, 3)) expect(texts).toContain(name);
    // The long name's row headers wrap to two lines.
    const lines = await tab.$$eval('.chart svg text tspan', (t) => t.map((e) => e.textContent ?? ''));
    expect(lines).toContain('Riverside outreach with pre-booked');
    expect(lines).toContain('fortnightly supervision');
    await tab.close();
  });

  it('shows each name in the tooltips as it was given, without the zero-width space the charts carry it with', async () => {
    const { page: tab } = await openOffline(browser, `file://${page}`);
    await tab.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    // Figure 1 (one row per scenario): a line's tooltip, shown at one of its points, names its
    // scenario; the reference line's names the baseline. Three points of each line, as another
    // line may lie over one of them.
    const lines = await tab.$$('#chart-0 svg .mark-line path');
    expect(lines.length).toBeGreaterThan(0);
    const shown = new Set<string>();
    for (const line of lines) {
      await line.scrollIntoViewIfNeeded();
      const points = await line.evaluate((path: SVGPathElement) => {
        const vertices = [...(path.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => new DOMPoint(Number(m[1]), Number(m[2])));
        return [0.25, 0.5, 0.75].map((at) => vertices[Math.floor(at * vertices.length)].matrixTransform(path.getScreenCTM()!)).map((p) => ({ x: p.x, y: p.y }));
      });
      for (const { x, y } of points) {
        await tab.mouse.move(x, y);
        await tab.waitForSelector('#vg-tooltip-element.visible', { timeout: 5_000 });
        for (const value of await tab.$$eval('#vg-tooltip-element td.value', (cells) => cells.map((c) => c.textContent ?? ''))) shown.add(value);
        await tab.mouse.move(0, 0);
        await tab.waitForSelector('#vg-tooltip-element.visible', { state: 'detached', timeout: 5_000 });
      }
    }
    for (const name of NAMES) expect(shown).toContain(name);
    expect([...shown].filter((value) => value.includes('\u200B'))).toEqual([]);
    await tab.close();
  });
});
