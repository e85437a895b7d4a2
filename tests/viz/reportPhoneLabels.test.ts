import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { namedScenarioFiles } from './namedScenarios';
import { REPORT_CHART_IDS } from '../../viz/specs';

// On a 390 px phone, figures 5, 7, 8, 10 and 11 were as wide as their labels (the differences'
// measures, the role names) and shrank whole to fit, figure 11's labels to about 7.8 px. Fitted
// again (chartFit.ts, chartLabels.ts), long labels are broken onto lines and every label is drawn at
// 10 px or more; a desktop window draws them as given, each label on one line.

const work = mkdtempSync(join(tmpdir(), 'cfsim-phone-labels-'));
const compared = join(work, 'compared.html');
const single = join(work, 'single.html');
const longNamed = join(work, 'long-named.html');
/** Scenario names of about 60 characters, as planners name their files' packages. */
const LONG_NAMES = ['Riverside outreach team with fortnightly pre-booked supervision', 'Riverside outreach team with opt-out supervision and peer debriefs', 'Riverside outreach team with mandatory debriefing after incidents'];
const LABELLED = ['differences', 'by-role-and-lived-experience', 'support-uptake', 'what-the-cost-is-made-of', 'who-leaves'] as const;
let browser: Browser;

function cfsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
}

beforeAll(async () => {
  cfsim('compare', '--policies', 'status-quo,opt-out-support,multi-level', '--reps', '3', '--days', '60', '--out', join(work, 'compared'), '--report', compared);
  cfsim('run', '--reps', '2', '--days', '60', '--out', join(work, 'single'), '--report', single);
  cfsim('compare', '--scenarios', namedScenarioFiles(work, LONG_NAMES).join(','), '--reps', '2', '--days', '60', '--threads', '1', '--out', join(work, 'long-named'), '--report', longNamed);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

async function opened(file: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
  return page;
}

interface Label {
  /** The label's lines (its tspans, or its text where it has one line). */
  lines: string[];
  /** Its font size times the chart's scale: the size it is drawn at on the screen. */
  shownPx: number;
  left: number;
  top: number;
  bottom: number;
  axis: boolean;
  /** Which of the chart's axes it labels (-1: none). */
  axisIndex: number;
}

/** Each text of chart `id`'s drawing, and whether its figure scrolls sideways. */
function drawn(page: Page, id: string) {
  return page.$eval(`#chart-${REPORT_CHART_IDS.indexOf(id as (typeof REPORT_CHART_IDS)[number])}`, (chart) => {
    const svg = chart.querySelector('svg')!;
    const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
    const axes = Array.from(svg.querySelectorAll('.role-axis'));
    const labels = Array.from(svg.querySelectorAll('text'))
      .filter((t) => (t.textContent ?? '') !== '')
      .map((t) => {
        const spans = Array.from(t.querySelectorAll('tspan'), (s) => s.textContent ?? '');
        const box = t.getBoundingClientRect();
        return { lines: spans.length > 0 ? spans : [t.textContent ?? ''], shownPx: parseFloat(getComputedStyle(t).fontSize) * scale, left: box.left, top: box.top, bottom: box.bottom, axis: t.closest('.role-axis-label') !== null, axisIndex: axes.findIndex((a) => a.contains(t)) };
      });
    return { labels, scrolls: chart.parentElement!.scrollWidth > chart.parentElement!.clientWidth };
  }) as Promise<{ labels: Label[]; scrolls: boolean }>;
}

describe('the labelled figures on a 390 px phone', () => {
  it('draw every label at 10 px or more, no figure scrolling sideways, with each role and measure named in full and apart', async () => {
    const page = await opened(compared, 390);
    for (const id of LABELLED) {
      const { labels, scrolls } = await drawn(page, id);
      expect(scrolls, id).toBe(false);
      const small = labels.filter((l) => l.shownPx < 10).map((l) => `${l.lines.join(' ')} at ${l.shownPx.toFixed(1)} px`);
      expect(small, id).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    // Broken onto lines, not cut: each role keeps its words and its size, and no two read alike.
    const roles = (await drawn(page, 'who-leaves')).labels.filter((l) => l.axis && l.lines.join(' ').includes(' in post)'));
    const names = roles.map((l) => l.lines.join(' '));
    expect(names.filter((n) => /^Harm reduction outreach worker \(≈\d+ in post\)$/.test(n))).toHaveLength(1);
    expect(roles.some((l) => l.lines.length > 1), 'a long role name is on lines').toBe(true);
    expect(names.every((n) => !n.includes('…'))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    // The panel's title starts where its names do, as on a desktop (report.test.ts), not where their one-line width put it.
    const role = (await drawn(page, 'who-leaves')).labels.find((l) => l.lines.join(' ') === 'Role')!;
    expect(Math.abs(role.left - Math.min(...roles.map((l) => l.left)))).toBeLessThan(4);
    // Figure 7's panels one under another: each names its axis "Lived experience", on lines where the panel is shorter than it,
    // clear of the next panel's (before, they ran together as "Lived experienceLived experience").
    const titles = (await drawn(page, 'by-role-and-lived-experience')).labels.filter((l) => l.lines.join(' ') === 'Lived experience').sort((a, b) => a.top - b.top);
    expect(titles).toHaveLength(3);
    for (const [k, title] of titles.slice(1).entries()) expect(title.top, 'a gap between two titles').toBeGreaterThanOrEqual(titles[k].bottom + 4);
    const measures = (await drawn(page, 'differences')).labels.filter((l) => / is better$/.test(l.lines.join(' '))).map((l) => l.lines.join(' '));
    expect(measures).toContain('Staff with high STS (≥ 42) (pct. points), lower is better');
    await page.close();
  }, 120_000);

  it("keep a group's lines clear of the next group's when each has one bar (a single package's run)", async () => {
    const page = await opened(single, 390);
    for (const id of ['by-role-and-lived-experience', 'support-uptake', 'who-leaves']) {
      const { labels } = await drawn(page, id);
      expect(labels.filter((l) => l.shownPx < 10).map((l) => l.lines.join(' ')), id).toEqual([]);
      const axis = labels.filter((l) => l.axis && /[a-z]/.test(l.lines.join(''))).sort((a, b) => a.top - b.top);
      expect(axis.some((l) => l.lines.length > 1), id).toBe(true);
      for (const [k, label] of axis.entries()) {
        const above = axis.slice(0, k).filter((l) => l.axisIndex === label.axisIndex).at(-1);
        if (above) expect(label.top, `${id}: ${label.lines.join(' ')}`).toBeGreaterThanOrEqual(above.bottom - 0.5);
      }
    }
    await page.close();
  }, 120_000);

  it('are drawn as given in a desktop window (1024 and 1280 px): each label on one line', async () => {
    for (const width of [1024, 1280]) {
      const page = await opened(compared, width);
      expect(await page.$$eval('.chart[data-fitted]', (charts) => charts.length), `${width} px`).toBe(0);
      for (const id of LABELLED) {
        const { labels } = await drawn(page, id);
        expect(labels.filter((l) => l.axis && l.lines.length > 1).map((l) => l.lines.join(' ')), `${id} at ${width} px`).toEqual([]);
      }
      await page.close();
    }
  }, 120_000);

  it('fit long scenario names (60 characters): every figure at its own size, labels at 10 px or more, none overlapping another', async () => {
    const page = await opened(longNamed, 390);
    // Before, the legends of these long names set figures 7, 8 and 11 about 500 px wide (shrunk to 71%), and figure 10's labels 9.8 px.
    for (const id of REPORT_CHART_IDS) {
      const index = REPORT_CHART_IDS.indexOf(id);
      const scale = await page.$eval(`#chart-${index}`, (chart) => {
        const svg = chart.querySelector('svg');
        return svg ? svg.getBoundingClientRect().width / Number(svg.getAttribute('width')) : 1;
      });
      expect(scale, id).toBeGreaterThanOrEqual(0.95);
    }
    for (const id of ['by-role-and-lived-experience', 'support-uptake', 'what-the-cost-is-made-of', 'who-leaves']) {
      const { labels, scrolls } = await drawn(page, id);
      expect(scrolls, id).toBe(false);
      expect(labels.filter((l) => l.shownPx < 10).map((l) => `${l.lines.join(' ')} at ${l.shownPx.toFixed(1)} px`), id).toEqual([]);
      // Each axis's labels, lines and all, clear of one another.
      const axis = labels.filter((l) => l.axis && /[a-z]/.test(l.lines.join(''))).sort((a, b) => a.top - b.top);
      for (const [k, label] of axis.entries()) {
        const above = axis.slice(0, k).filter((l) => l.axisIndex === label.axisIndex).at(-1);
        if (above) expect(label.top, `${id}: ${label.lines.join(' ')}`).toBeGreaterThanOrEqual(above.bottom - 0.5);
      }
    }
    // Figure 10's names, on lines beside its bars, clear of its axis title ("Scenario", to their left).
    const { labels } = await drawn(page, 'what-the-cost-is-made-of');
    const title = labels.find((l) => l.lines.join(' ') === 'Scenario')!;
    const names = labels.filter((l) => l.axis && l.lines.join(' ').startsWith('Riverside'));
    expect(names).toHaveLength(3);
    expect(names.every((l) => l.lines.length > 1)).toBe(true);
    expect(Math.min(...names.map((l) => l.left))).toBeGreaterThanOrEqual(title.left + 10);
    await page.close();
  }, 120_000);
});
