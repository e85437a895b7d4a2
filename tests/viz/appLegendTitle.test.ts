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

  it('spaces a wrapped label\'s row by its lines and every other row as in a legend with none wrapped (since 0.41.0: every row was spaced as the longest label\'s lines, 17 px apart under Large text)', async () => {
    const page = await app.browser.newPage();
    /** The room between each label and the next one's, in every legend, and whether any label wraps. */
    const gaps = async (width: number, height: number) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${app.base}?text=large&day=800`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      return page.evaluate(() =>
        Array.from(document.querySelectorAll('#charts g.role-legend'), (legend) => {
          const labels = Array.from(legend.querySelectorAll('.role-legend-label text'), (label) => ({ wrapped: label.querySelectorAll('tspan').length > 1, box: label.getBoundingClientRect() }));
          return { wrapped: labels.some((l) => l.wrapped), gaps: labels.slice(1).map((next, k) => next.box.top - labels[k].box.bottom) };
        }),
      );
    };
    const unwrapped = (await gaps(1280, 720)).filter((l) => !l.wrapped && l.gaps.length > 0);
    expect(unwrapped.length).toBeGreaterThan(0);
    const normal = unwrapped[0].gaps[0];
    const narrow = await gaps(320, 568);
    expect(narrow.some((l) => l.wrapped && l.gaps.length > 1), 'a label wraps on a 320 px phone, with rows after it').toBe(true);
    for (const legend of [...unwrapped, ...narrow]) for (const gap of legend.gaps) expect(gap).toBeCloseTo(normal, 0);
    await page.close();
  });

  it('legend labels under Large text are whole, wrapped where a card is narrow, each clear of the next entry (found by a review: "Secondary traumatic st…" at 1228 px and on phones, "B: Individual resilience + …" at 1280 px; since 0.35.0)', async () => {
    const page = await app.browser.newPage();
    const names = new Set<string>();
    for (const [width, height, query] of [
      [1228, 720, '?text=large&day=800'],
      [320, 568, '?text=large&day=800'],
      [1280, 720, `?${LONG}&compare=status-quo&text=large`],
      [1366, 768, `?${LONG}&compare=status-quo&text=large`],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${app.base}${query}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.cfsim.settled());
      const legends = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#charts g.role-legend'), (legend) =>
          Array.from(legend.querySelectorAll('.role-legend-label text'), (label) => {
            const lines = label.querySelectorAll('tspan').length > 0 ? Array.from(label.querySelectorAll('tspan'), (t) => t.textContent ?? '') : [label.textContent ?? ''];
            const r = label.getBoundingClientRect();
            return { lines, top: r.top, bottom: r.bottom };
          }),
        ),
      );
      for (const labels of legends) {
        labels.forEach((label, k) => {
          names.add(label.lines.join(' '));
          expect(label.lines.join(' '), `${width}px: no label cut`).not.toMatch(/…$/);
          const next = labels[k + 1];
          // Entries stacked (the legends are vertical): each label's lines end above the next one's.
          if (next) expect(label.bottom, `${width}px: "${label.lines.join(' ')}" clear of the next entry`).toBeLessThanOrEqual(next.top + 0.5);
        });
      }
    }
    expect(names).toContain('Secondary traumatic stress');
    expect(names).toContain('B: Individual resilience + changes');
    await page.close();
  });
});
