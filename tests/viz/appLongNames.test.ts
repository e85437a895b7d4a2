import { describe, expect, it } from 'vitest';
import { servedApp } from './browser';

// Long package names ("Individual resilience + your changes", "Mandatory debrief (package untouched)") in the team
// headings and the charts' legends stay inside their boxes: the headings wrap between words, and so (since 0.35.0) do a
// legend's title and labels at their reach, past the plot's width (charts.ts, LEGEND_TITLE_LIMIT, LEGEND_LABEL_LIMIT). A fixed 300 px limit ran the ProQOL
// legend's title, the team's name, past a 1280 px screen's chart card under Large text, where the card cut it mid-word.

const app = servedApp();

const LONG = 'policy=individual-resilience&policy.compensation.ptoDaysPerYear=30&day=800';
const LONG_PAIR = 'policy=individual-resilience&compare=mandatory-debrief&policy.compensation.ptoDaysPerYear=30&apply=today&change=720:community.stigma=0.2&day=800';

describe('long package names', () => {
  it('run past no heading, legend, chart card or screen edge, one team or two, at projector, laptop and phone widths, in normal and Large text (found by a review: "Individual resilience + chang" cut off at a chart card\'s edge)', async () => {
    const page = await app.browser.newPage();
    for (const query of [LONG, LONG_PAIR]) {
      for (const text of ['', '&text=large']) {
        for (const [width, height] of [[1280, 720], [1920, 1080], [1024, 640], [390, 844], [320, 700]]) {
          await page.setViewportSize({ width, height });
          await page.goto(`${app.base}?${query}${text}`);
          await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
          await page.evaluate(() => window.cfsim.settled());
          const where = `${query}${text} at ${width}×${height}`;
          const shown = await page.evaluate(() => {
            const headings = Array.from(document.querySelectorAll<HTMLElement>('#teams h2'));
            const past = Array.from(document.querySelectorAll('.chart')).flatMap((card) => {
              // The drawing's edge, where its text is clipped (a pixel or two inside the card's border).
              const right = (card.querySelector('svg') ?? card).getBoundingClientRect().right;
              return Array.from(card.querySelectorAll('g.role-legend text'), (t) => ({ text: t.textContent, over: t.getBoundingClientRect().right - right })).filter((t) => t.over > 0.5);
            });
            return {
              headings: headings.map((h) => h.textContent),
              headingsOverflowing: headings.filter((h) => h.scrollWidth > h.clientWidth).map((h) => h.textContent),
              legendsPastCard: past,
              sideways: document.documentElement.scrollWidth > innerWidth,
              legendTexts: Array.from(document.querySelectorAll('.chart g.role-legend text'), (t) => t.textContent ?? ''),
            };
          });
          expect(shown.headings.join(' | '), where).toMatch(/Individual resilience \+ your changes/);
          expect(shown.headingsOverflowing, `${where}: headings wrap inside the team`).toEqual([]);
          expect(shown.legendsPastCard, `${where}: legend text inside its chart's drawing`).toEqual([]);
          expect(shown.sideways, `${where}: the page does not scroll sideways`).toBe(false);
          // Wrapped or whole (never cut mid-word by the card's edge).
          expect(shown.legendTexts.some((t) => /Individual resilience/.test(t)), where).toBe(true);
        }
      }
    }
    // Where a card has the room, the teams' legend of compare mode gives the name whole (a fixed 200 px cut it).
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${app.base}?${LONG_PAIR}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => window.cfsim.settled());
    expect(await page.$$eval('#chart-states g.role-legend text', (all) => all.map((t) => t.textContent))).toContain('B: Individual resilience + changes');
    await page.close();
  });

  it('follow a window made narrower, then wider: each drawing stays inside its card and its legend inside the drawing, as on a page opened at that size (found by a review: from 1920 to 1280 px the drawings kept their width, ran past their cards and were cut mid-word, "Individual resilience + change")', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${app.base}?${LONG}&text=large`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => window.cfsim.settled());
    const drawn = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.chart'), (card) => {
          const svg = card.querySelector('svg')!.getBoundingClientRect();
          const legends = Array.from(card.querySelectorAll('g.role-legend text'), (t) => {
            const lines = t.querySelectorAll('tspan').length > 0 ? Array.from(t.querySelectorAll('tspan'), (line) => line.textContent ?? '') : [t.textContent ?? ''];
            return { text: lines.join(' '), lines: lines.length, over: t.getBoundingClientRect().right - svg.right };
          });
          return { pastCard: svg.right - card.getBoundingClientRect().right, legendsPast: legends.filter((l) => l.over > 0.5), texts: legends.map((l) => l.text), wrapped: legends.filter((l) => l.lines > 1).map((l) => l.text) };
        }),
      );
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width, height });
      // The charts refit on the window's resize event; give the layout a moment to settle.
      await page.waitForTimeout(1000);
      await page.evaluate(() => window.cfsim.settled());
      const charts = await drawn();
      for (const chart of charts) {
        expect(chart.pastCard, `${width} px: the drawing inside its card`).toBeLessThanOrEqual(0.5);
        expect(chart.legendsPast, `${width} px: the legend inside the drawing`).toEqual([]);
      }
      const names = charts.flatMap((c) => c.texts.filter((t) => t.startsWith('Individual resilience')));
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((t) => t === 'Individual resilience + changes'), names.join(' | ')).toBe(true);
      // Since 0.35.0 a label with no room for one line wraps between words where it ended with "…".
      if (width === 1280) expect(charts.flatMap((c) => c.wrapped), 'wrapped where a 1280 px card has no room').toContain('Individual resilience + changes');
    }
    await page.close();
  });
});
