import { describe, expect, it } from 'vitest';
import { legendTitleLines } from '../../viz/app/charts';
import { servedApp } from './browser';

// With one team, the ProQOL chart's legend (and the staff chart's) is titled with the team's name. Its title was cut at
// the plot's width, about 10 px before its labels end ("Individual resilience + c…" under Large text at 1280 px, above
// "Secondary traumatic stress" whole): it now wraps between words where one line would run past the labels' reach.

const app = servedApp();

const LONG = 'policy=individual-resilience&policy.compensation.ptoDaysPerYear=30&day=800';

describe('legendTitleLines', () => {
  const measure = (text: string) => text.length * 10;
  it('keeps a title that fits on one line as one string, and wraps a longer one between words, each line within the limit', () => {
    expect(legendTitleLines('Status quo', 200, measure)).toBe('Status quo');
    expect(legendTitleLines('Individual resilience + changes', 250, measure)).toEqual(['Individual resilience +', 'changes']);
    expect(legendTitleLines('Individual resilience + changes', 100, measure)).toEqual(['Individual', 'resilience', '+ changes']);
    // A word longer than the limit keeps a line of its own (Vega's limit then shortens it).
    expect(legendTitleLines('Extraordinarily long', 100, measure)).toEqual(['Extraordinarily', 'long']);
  });
});

describe('the one-team legend\'s title', () => {
  it('shows the team\'s name whole, inside its legend and chart, at 1280×720 and 1920×1080, in normal and Large text (found by a review: cut about 10 px before its labels ended)', async () => {
    const page = await app.browser.newPage();
    let wrapped = false;
    for (const text of ['', '&text=large']) {
      for (const [width, height] of [[1280, 720], [1920, 1080]]) {
        await page.setViewportSize({ width, height });
        await page.goto(`${app.base}?${LONG}${text}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        await page.evaluate(() => window.cfsim.settled());
        const where = `${text || 'normal'} at ${width}×${height}`;
        const legends = await page.evaluate(() =>
          ['#chart-states', '#chart-staff'].map((id) => {
            const legend = document.querySelector(`${id} g.role-legend`)!;
            const title = legend.querySelector('.role-legend-title text')!;
            const lines = title.querySelectorAll('tspan').length > 0 ? Array.from(title.querySelectorAll('tspan'), (t) => t.textContent ?? '') : [title.textContent ?? ''];
            const box = (e: Element) => e.getBoundingClientRect();
            const plot = box(document.querySelector(`${id} path.background`)!);
            return { id, lines, titleRight: box(title).right, reach: plot.right + 9, legendLeft: box(legend).left, plotLeft: plot.left, drawingRight: box(document.querySelector(`${id} svg`)!).right };
          }),
        );
        for (const l of legends) {
          expect(l.lines.join(' '), `${where} ${l.id}: the name whole`).toBe('Individual resilience + changes');
          // The legend starts at the plot's left edge, so its labels reach the plot's right edge and 9 px (LEGEND_LABEL_LIMIT).
          expect(l.legendLeft, `${where} ${l.id}: the legend starts at the plot's left edge`).toBeCloseTo(l.plotLeft, 0);
          expect(l.titleRight, `${where} ${l.id}: the title no further than the labels' reach (the plot's right edge and 9 px)`).toBeLessThanOrEqual(l.reach + 0.5);
          expect(l.titleRight, `${where} ${l.id}: the title inside the drawing`).toBeLessThanOrEqual(l.drawingRight + 0.5);
          if (l.lines.length > 1) wrapped = true;
        }
      }
    }
    expect(wrapped, 'Large text at 1280 px wraps the name').toBe(true);
    await page.close();
  });
});
