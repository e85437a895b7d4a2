import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openOffline } from './browser';

// Packages named like a property every object has: Vega read each such name in its expressions as
// an identifier, and every chart of the report failed ("Operator not defined: undefined").

const work = mkdtempSync(join(tmpdir(), 'cfsim-odd-names-'));
const NAMES = ['constructor', 'toString', '__proto__', 'Riverside outreach with pre-booked fortnightly supervision'];
const BASES = ['status-quo', 'opt-out-support', 'mandatory-debrief', 'multi-level'];
let browser: Browser;

function cfsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return r;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('packages named like an object property, compare to report', () => {
  it('compares them and draws every chart of their report, each named as it is', async () => {
    const files = NAMES.map((name, k) => {
      const file = join(work, `arm${k}.yaml`);
      writeFileSync(file, `name: ${JSON.stringify(name)}\nbase: { policy: ${BASES[k]} }\npopulation: { seats: 12 }\n`);
      return file;
    });
    const out = join(work, 'results');
    const compared = cfsim('compare', '--scenarios', files.join(','), '--reps', '2', '--days', '40', '--threads', '1', '--out', out);
    for (const name of NAMES.slice(1)) expect(compared.stdout).toContain(`${name} vs constructor: paired differences`);
    const page = join(work, 'report.html');
    cfsim('report', out, '-o', page);
    const { page: tab, log } = await openOffline(browser, `file://${page}`);
    await tab.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    expect(log.errors).toEqual([]);
    const drawn = await tab.$$eval('.chart', (nodes) => nodes.map((n) => n.querySelectorAll('svg .mark-line, svg .mark-rect, svg .mark-symbol, svg .mark-area, svg .mark-rule').length));
    for (const marks of drawn) expect(marks).toBeGreaterThan(0);
    // Each name drawn as it is (the zero-width space that keeps it apart from Vega's keywords draws nothing).
    const texts = (await tab.$$eval('.chart svg text', (t) => t.map((e) => e.textContent ?? ''))).map((t) => t.replace(/\u200B/g, ''));
    for (const name of NAMES.slice(0, 3)) expect(texts).toContain(name);
    // The long name's row headers wrap to two lines, looked up by position, not as an object's property.
    const lines = await tab.$$eval('.chart svg text tspan', (t) => t.map((e) => e.textContent ?? ''));
    expect(lines).toContain('Riverside outreach with pre-booked');
    expect(lines).toContain('fortnightly supervision');
    await tab.close();
  });
});
