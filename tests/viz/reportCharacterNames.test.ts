import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openOffline } from './browser';
import { cfsim, namedScenarioFiles } from './namedScenarios';

// Scenario files may name a package with any one line of text. Vega-Lite quotes a tooltip row's
// title in its expression as it is, so a name holding a backslash ("C:\users", a trailing "\") left
// figures 1–4 undrawn (an expression parse error) and the page never reached its rendered state.

const work = mkdtempSync(join(tmpdir(), 'cfsim-character-names-'));
const NAMES = ['C:\\users\\x', 'ends in \\', 'say "hi" & \'bye\'', 'datum.value', 'datum.label', 'a.b[0]', ' spaced out ', '🚑 crew 👩🏽‍⚕️'];
const page = join(work, 'report.html');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  cfsim('compare', '--scenarios', namedScenarioFiles(work, NAMES).join(','), '--reps', '2', '--days', '40', '--threads', '1', '--out', join(work, 'results'), '--report', page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('packages named with backslashes, quotes, field paths, spaces and emoji', () => {
  it('draws every figure of their report and names each as given in its tooltips', async () => {
    const { page: tab, log } = await openOffline(browser, `file://${page}`);
    await tab.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(log.errors).toEqual([]);
    const figures = await tab.$$eval('.chart', (nodes) => nodes.map((n) => ({ id: n.id, svg: n.querySelector('svg') !== null, text: n.textContent ?? '' })));
    expect(figures.length).toBeGreaterThanOrEqual(11);
    for (const figure of figures) {
      expect(figure.text, figure.id).not.toContain('could not be drawn');
      expect(figure.svg, figure.id).toBe(true);
    }
    // Figure 4's tooltip over a score bin has a row per package, keyed by its name (tooltipRowKeys.ts): each as given.
    const rect = await tab.$('#chart-3 svg .mark-rect path');
    expect(rect).not.toBeNull();
    await rect!.scrollIntoViewIfNeeded();
    const box = (await rect!.boundingBox())!;
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await tab.waitForSelector('#vg-tooltip-element.visible', { timeout: 5_000 });
    const keys = await tab.$$eval('#vg-tooltip-element td.key', (cells) => cells.map((c) => c.textContent ?? ''));
    for (const name of NAMES) expect(keys).toContain(name);
    await tab.close();
  }, 120_000);
});
