import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadResults } from '../../viz/report/load';
import { reportHtml } from '../../viz/report/html';
import { vegaLibraries } from '../../viz/report/libraries';
import { chartSvg } from '../../viz/report/export';
import { reportCharts } from '../../viz/specs';
import { launchBrowser, openOffline } from './browser';

// The report page's series charts answer with the nearest day's values wherever the pointer is
// over a panel, not only within a line's stroke of a point; exported figures and the drawing stay
// as they were.

const work = mkdtempSync(join(tmpdir(), 'cfsim-day-tooltips-'));
const TWO = ['status-quo', 'multi-level'];
const THREE = ['status-quo', 'multi-level', 'opt-out-support'];
let browser: Browser;

function cfsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return r;
}

/** Compares `policies` over 40 days and writes the report; the results' folder. */
function compared(policies: readonly string[], name: string): string {
  const out = join(work, name);
  cfsim('compare', '--policies', policies.join(','), '--reps', '2', '--days', '40', '--threads', '1', '--out', out);
  cfsim('report', out, '-o', join(work, `${name}.html`));
  return out;
}

/** The mean, 5th and 95th percentiles of `policy`'s `metric` on `day`, from timeseries.csv, as the chart's tooltips give them ('.1f'). */
function csvValues(dir: string, policy: string, metric: string, day: number): string[] {
  const row = readFileSync(join(dir, 'timeseries.csv'), 'utf8')
    .split('\n')
    .map((line) => line.split(','))
    .find((cells) => cells[0] === policy && cells[1] === String(day) && cells[2] === metric);
  expect(row, `${policy} ${metric} day ${day}`).toBeDefined();
  return [row![3], row![4], row![6]].map((x) => Number(x).toFixed(1));
}

/**
 * A point of figure 1's first column, row `row` (0 for one panel), `at` of the way from its lines'
 * second point (day 7: the report draws every 7th day) to their third (day 14), or with `at` 'edge'
 * a pixel inside the panel's right edge (past the last day, 39), at the height in the panel
 * farthest from every line there: away from their strokes.
 */
async function pointInPanel(page: Page, row: number, at: number | 'edge'): Promise<{ x: number; y: number }> {
  // Each panel is an item (a g) of a cell mark ("cell" in one row, "concat_0_cell" in a grid's first column), its plot area the item's background.
  const panels = await page.$$('#chart-0 svg g.role-scope[class*="cell"] > g');
  const places = await Promise.all(panels.map((g) => g.evaluate((item) => item.querySelector(':scope > path.background')!.getBoundingClientRect().toJSON() as DOMRect)));
  const left = Math.min(...places.map((p) => p.left));
  const column = panels.map((panel, k) => ({ panel, place: places[k] })).filter((p) => p.place.left === left).sort((a, b) => a.place.top - b.place.top);
  const cell = column[row].panel;
  await cell.scrollIntoViewIfNeeded();
  return cell.evaluate((group, at: number | 'edge') => {
    const box = group.querySelector(':scope > path.background')!.getBoundingClientRect();
    const lines = Array.from(group.querySelectorAll('.mark-line path')) as SVGPathElement[];
    const ys: number[] = [];
    let x = 0;
    for (const path of lines) {
      const vertices = [...(path.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => new DOMPoint(Number(m[1]), Number(m[2])).matrixTransform(path.getScreenCTM()!));
      const last = vertices[vertices.length - 1];
      x = at === 'edge' ? box.right - 1 : vertices[1].x + at * (vertices[2].x - vertices[1].x);
      ys.push(at === 'edge' ? last.y : vertices[1].y + at * (vertices[2].y - vertices[1].y));
    }
    // The middle of the widest gap between the panel's edges and the lines' heights there.
    const edges = [box.top, ...ys, box.bottom].sort((a, b) => a - b);
    let best = { gap: -1, y: 0 };
    for (let k = 1; k < edges.length; k++) if (edges[k] - edges[k - 1] > best.gap) best = { gap: edges[k] - edges[k - 1], y: (edges[k] + edges[k - 1]) / 2 };
    return { x, y: best.y };
  }, at);
}

/** The point at `score` halfway up the first panel of figure 4 (the score distributions), where no line need be. */
async function pointInDistribution(page: Page, score: number): Promise<{ x: number; y: number }> {
  await (await page.$('#chart-3'))!.scrollIntoViewIfNeeded();
  const places = await page.$$eval('#chart-3 svg g.role-scope[class*="cell"] > g > path.background', (paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
  const box = places.sort((a, b) => a.left - b.left)[0];
  return { x: box.left + ((score - 10) / 40) * box.width, y: box.top + box.height / 2 };
}

/** The tooltip shown with the pointer at `point`, as key–value pairs. */
async function tooltipAt(page: Page, point: { x: number; y: number }): Promise<Record<string, string>> {
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 5_000 });
  const rows = await page.$$eval('#vg-tooltip-element tr', (trs) => trs.map((tr) => [tr.querySelector('.key')?.textContent ?? '', tr.querySelector('.value')?.textContent ?? '']));
  return Object.fromEntries(rows);
}

async function openReport(file: string): Promise<Page> {
  const { page, log } = await openOffline(browser, `file://${file}`);
  await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
  expect(log.errors).toEqual([]);
  return page;
}

let two: string;
let three: string;
let odd: string;

beforeAll(async () => {
  browser = await launchBrowser();
  two = compared(TWO, 'two');
  three = compared(THREE, 'three');
  // Two scenarios named like object properties, which the charts carry with a zero-width space (expressionSafeStrings.ts).
  odd = scenariosCompared(['constructor', 'toString'], 'odd');
  // Named like what vega-tooltip reads as a heading and a picture, and like the tooltip's other rows.
  scenariosCompared(['title', 'Measure'], 'heading');
  scenariosCompared(['image', 'Day'], 'picture');
}, 300_000);

/** Compares two scenarios of TWO's packages named `names` over 40 days and writes the report; the results' folder. */
function scenariosCompared(names: readonly string[], folder: string): string {
  const files = names.map((name, k) => {
    const file = join(work, `${folder}${k}.yaml`);
    writeFileSync(file, `name: ${name}\nbase: { policy: ${TWO[k]} }\npopulation: { seats: 12 }\n`);
    return file;
  });
  const out = join(work, folder);
  cfsim('compare', '--scenarios', files.join(','), '--reps', '2', '--days', '40', '--threads', '1', '--out', out);
  cfsim('report', out, '-o', join(work, `${folder}.html`));
  return out;
}

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the report's series charts, hovered away from their lines", () => {
  it("with two packages in one panel, give the nearer day's values of both", async () => {
    const page = await openReport(join(work, 'two.html'));
    for (const [at, day] of [
      [0.3, 7],
      [0.7, 14],
      ['edge', 39],
    ] as const) {
      const shown = await tooltipAt(page, await pointInPanel(page, 0, at));
      const [first, second] = TWO.map((policy) => csvValues(two, policy, 'proqolSTS', day));
      expect(shown).toEqual({
        Measure: 'Secondary traumatic stress',
        Day: String(day),
        [TWO[0]]: `Mean ${first[0]}, 5th percentile ${first[1]}, 95th percentile ${first[2]}`,
        [TWO[1]]: `Mean ${second[0]}, 5th percentile ${second[1]}, 95th percentile ${second[2]}`,
      });
    }
    await page.close();
  });

  it("carry each measure's label once, not in every day's row, and still name it in the tooltip", async () => {
    const html = readFileSync(join(work, 'two.html'), 'utf8');
    const specs = JSON.parse(html.match(/<script type="application\/json" id="cfsim-specs">([^<]*)<\/script>/)![1]) as { data: { values: Record<string, unknown>[] } }[];
    const days = specs[0].data.values.filter((row) => 'mean0' in row);
    expect(days.length).toBeGreaterThan(10);
    for (const row of days) expect(row).not.toHaveProperty('measure');
    // Beyond the lines' own rows, the figure names a measure a few times (its sort, the label's calculation), not once per day row.
    const lineRows = specs[0].data.values.filter((row) => row.measure === 'Burnout').length;
    const labels = JSON.stringify(specs[0]).split('"Burnout"').length - 1;
    expect(labels - lineRows).toBeLessThan(days.length / 3);
    const page = await openReport(join(work, 'two.html'));
    expect(await tooltipAt(page, await pointInPanel(page, 0, 0.3))).toMatchObject({ Measure: 'Secondary traumatic stress', Day: '7' });
    await page.close();
  });

  it('name two packages, whose names are the tooltip\'s keys, as they were given', async () => {
    const page = await openReport(join(work, 'odd.html'));
    const shown = await tooltipAt(page, await pointInPanel(page, 0, 0.3));
    expect(Object.keys(shown)).toEqual(['Measure', 'Day', 'constructor', 'toString']);
    expect(shown.constructor).toMatch(/^Mean [\d.]+, 5th percentile [\d.]+, 95th percentile [\d.]+$/);
    await page.close();
  });

  it('name each of two packages in a row of its own, whatever it is called', async () => {
    for (const [file, names] of [
      ['heading.html', ['title', 'Measure']],
      ['picture.html', ['image', 'Day']],
    ] as const) {
      const page = await openReport(join(work, file));
      await tooltipAt(page, await pointInPanel(page, 0, 0.3));
      const rows = await page.$$eval('#vg-tooltip-element tr', (trs) => trs.map((tr) => [tr.querySelector('.key')?.textContent ?? '', tr.querySelector('.value')?.textContent ?? '']));
      expect(rows.map(([key]) => key), file).toEqual(['Measure', 'Day', ...names]);
      expect(rows[0][1]).toBe('Secondary traumatic stress');
      expect(rows[1][1]).toBe('7');
      for (const [, value] of rows.slice(2)) expect(value).toMatch(/^Mean [\d.]+, 5th percentile [\d.]+, 95th percentile [\d.]+$/);
      expect(await page.$$('#vg-tooltip-element h2, #vg-tooltip-element img'), file).toHaveLength(0);
      await page.close();
    }
  });

  it("with a row per package, give the nearer day's values of the row's package and of the baseline it is drawn against", async () => {
    const page = await openReport(join(work, 'three.html'));
    const [mean, low, high] = csvValues(three, THREE[0], 'proqolSTS', 7);
    expect(await tooltipAt(page, await pointInPanel(page, 0, 0.3))).toEqual({
      Package: THREE[0],
      Measure: 'Secondary traumatic stress',
      Day: '7',
      Mean: mean,
      '5th percentile': low,
      '95th percentile': high,
    });
    const own = csvValues(three, THREE[2], 'proqolSTS', 14);
    expect(await tooltipAt(page, await pointInPanel(page, 2, 0.7))).toEqual({
      Package: THREE[2],
      Measure: 'Secondary traumatic stress',
      Day: '14',
      Mean: own[0],
      '5th percentile': own[1],
      '95th percentile': own[2],
      'Reference: package': THREE[0],
      'Reference mean': csvValues(three, THREE[0], 'proqolSTS', 14)[0],
    });
    await page.close();
  });

  it("in the score distributions, with two packages and with three, give every package's share in the bin under the pointer", async () => {
    for (const [dir, file, policies] of [
      [two, 'two.html', TWO],
      [three, 'three.html', THREE],
    ] as const) {
      const page = await openReport(join(work, file));
      const { distributions } = await loadResults(dir);
      const share = (policy: string) => `${(distributions.find((b) => b.policy === policy && b.scale === 'Secondary traumatic stress' && b.score === 30)!.share * 100).toFixed(1)}%`;
      expect(await tooltipAt(page, await pointInDistribution(page, 31)), file).toEqual({
        Scale: 'Secondary traumatic stress',
        Scores: '30–32',
        ...Object.fromEntries(policies.map((policy) => [policy, share(policy)])),
      });
      await page.close();
    }
  });

  it("in the score distributions, give a line's own tooltip with the pointer on its stroke, the bin's beside it", async () => {
    const page = await openReport(join(work, 'two.html'));
    await (await page.$('#chart-3'))!.scrollIntoViewIfNeeded();
    // Vega gives a line's tooltip within its stroke's width of a point: the point starting the longest level step of the
    // first panel's topmost line; then 12 px from it towards the panel's middle, clear of its stroke.
    const step = await page.$$eval('#chart-3 svg g.role-scope[class*="cell"] > g', (panels) => {
      const boxes = panels.map((g) => ({ g, box: g.querySelector(':scope > path.background')!.getBoundingClientRect() })).sort((a, b) => a.box.left - b.box.left);
      const first = boxes[0].g;
      const middle = (boxes[0].box.top + boxes[0].box.bottom) / 2;
      const lines = Array.from(first.querySelectorAll('.mark-line path')) as SVGPathElement[];
      const path = lines[lines.length - 1];
      const vertices = [...(path.getAttribute('d') ?? '').matchAll(/[ML]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => new DOMPoint(Number(m[1]), Number(m[2])).matrixTransform(path.getScreenCTM()!));
      let best = { length: -1, x: 0, y: 0, middle };
      for (let k = 1; k < vertices.length; k++) {
        const [a, b] = [vertices[k - 1], vertices[k]];
        if (Math.abs(a.y - b.y) < 0.01 && b.x - a.x > best.length) best = { length: b.x - a.x, x: a.x + 0.5, y: a.y, middle };
      }
      return best;
    });
    expect(step.length).toBeGreaterThan(4);
    const line = await tooltipAt(page, step);
    expect(Object.keys(line)).toEqual(['Package', 'Scale', 'Scores', 'Share of staff']);
    expect(TWO).toContain(line.Package);
    const bin = await tooltipAt(page, { x: step.x, y: step.y + Math.sign(step.middle - step.y) * 12 });
    expect(Object.keys(bin)).toEqual(['Scale', 'Scores', ...TWO]);
    await page.close();
  });

  it('on a 390 px phone, show the tapped day\'s values within the screen, and hide them on a tap elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`file://${join(work, 'two.html')}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 60_000 });
    const tip = () => page.$eval('#vg-tooltip-element', (e) => ({ visible: e.classList.contains('visible'), day: e.querySelectorAll('td.value')[1]?.textContent, ...e.getBoundingClientRect().toJSON() }));
    for (const [at, day] of [
      [0.3, '7'],
      ['edge', '39'],
    ] as const) {
      const point = await pointInPanel(page, 0, at);
      await page.touchscreen.tap(point.x, point.y);
      await expect.poll(tip).toMatchObject({ visible: true, day });
      const shown = await tip();
      expect(shown.left).toBeGreaterThanOrEqual(0);
      expect(shown.right).toBeLessThanOrEqual(390);
    }
    await page.touchscreen.tap(5, 5);
    await expect.poll(async () => (await tip()).visible).toBe(false);
    await context.close();
  });

  it('print without the tooltip shown as printing began', async () => {
    const page = await openReport(join(work, 'two.html'));
    await tooltipAt(page, await pointInPanel(page, 0, 0.3));
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('#vg-tooltip-element', (e) => getComputedStyle(e).display)).toBe('none');
    await page.close();
  });

  it('draw each figure as the exported one, and export it without the rects', async () => {
    const data = await loadResults(two);
    const charts = reportCharts(data);
    const drawn = async (which: 'spec' | 'pageSpec') => {
      const file = join(work, `${which}.html`);
      writeFileSync(file, reportHtml(data, charts.map((c) => ({ ...c, pageSpec: c[which] ?? c.spec })), vegaLibraries()));
      const page = await openReport(file);
      const shots = [];
      for (const k of [0, 1, 2, 3]) shots.push(await (await page.$(`#chart-${k}`))!.screenshot());
      await page.close();
      return shots;
    };
    const [exported, page] = [await drawn('spec'), await drawn('pageSpec')];
    for (const k of [0, 1, 2, 3]) expect(Buffer.compare(page[k], exported[k]), `figure ${k + 1}`).toBe(0);
    cfsim('report', two, '--format', 'svg', '-o', join(work, 'figures'));
    const figure = readFileSync(join(work, 'figures', 'figure-01-proqol-over-time.svg'), 'utf8');
    expect(figure).toBe(await chartSvg(charts[0].spec!));
    expect(figure).not.toBe(await chartSvg(charts[0].pageSpec!));
  });
});
