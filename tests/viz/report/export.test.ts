import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { chartSvg } from '../../../viz/report/export';
import { dejaVuWidth } from '../../../viz/report/textWidth';
import { expressionSafeSpec } from '../../../viz/specs/expressionSafeStrings';

const FONTS = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

/** The SVG's size, and the right and bottom edges of what it draws (its last non-white column and row, plus one). */
function measured(svg: string): { width: number; height: number; right: number; bottom: number; left: number } {
  const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
  const image = new Resvg(svg, { background: 'white', font: FONTS }).render();
  const pixels = image.pixels; // a getter that copies the image: read it once
  let right = 0;
  let bottom = 0;
  let left = image.width;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const at = (y * image.width + x) * 4;
      if (pixels[at] === 255 && pixels[at + 1] === 255 && pixels[at + 2] === 255) continue;
      right = Math.max(right, x + 1);
      bottom = Math.max(bottom, y + 1);
      left = Math.min(left, x);
    }
  }
  return { width, height, right, bottom, left };
}

const labelled: TopLevelSpec = {
  title: { text: 'A title', subtitle: 'A long subtitle that headless Vega used to measure at 0.8 em a character, far wider than it is drawn.' },
  data: { values: [{ group: 'with lived experience', value: 30 }, { group: 'without', value: 24 }] },
  mark: 'bar',
  encoding: { y: { field: 'group', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative' } },
  config: { font: 'sans-serif' },
};

describe('DejaVu Sans text widths', () => {
  it('add up each glyph, bold wider, an unmeasured character a whole em', () => {
    expect(dejaVuWidth('mm', 10)).toBeCloseTo(19.48, 6);
    expect(dejaVuWidth('Burnout', 12, 'bold')).toBeGreaterThan(dejaVuWidth('Burnout', 12));
    expect(dejaVuWidth('Burnout', 12, 700)).toBe(dejaVuWidth('Burnout', 12, 'bold'));
    expect(dejaVuWidth('\u4e2d', 10)).toBe(10);
  });

  it('match what resvg draws within a few pixels', () => {
    const text = 'Mean ProQOL score of staff in post, all replications pooled (10–50).';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="40"><text x="0" y="28" font-family="sans-serif" font-size="14">${text}</text></svg>`;
    expect(Math.abs(measured(svg).right - dejaVuWidth(text, 14))).toBeLessThan(4);
  });
});

describe('exported figures', () => {
  it('keep whole labels and end where their drawing ends (no blank band), whatever fonts the machine has', async () => {
    const svg = await chartSvg(labelled);
    expect(svg).toMatch(/>with lived experience<\/text>/);
    expect(svg).not.toContain('…');
    const m = measured(svg);
    expect(m.width - m.right).toBeLessThanOrEqual(14);
    expect(m.left).toBeLessThanOrEqual(14);
    expect(m.height - m.bottom).toBeLessThanOrEqual(14);
  });

  it('size a label shortened to its limit by the limit, not by its whole text', async () => {
    const bars = (axis: object): TopLevelSpec => ({
      data: { values: [{ group: 'with lived experience', value: 30 }, { group: 'without', value: 24 }] },
      mark: 'bar',
      encoding: { y: { field: 'group', type: 'nominal', title: null, axis }, x: { field: 'value', type: 'quantitative' } },
      config: { font: 'sans-serif' },
    });
    const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const cut = await chartSvg(bars({ labelLimit: 60 }));
    expect(texts(cut)).toContain('with lived …');
    // The limit, not the whole text, sets the labels' space: the chart is narrower by about the cut.
    const whole = measured(await chartSvg(bars({})));
    expect(whole.width - measured(cut).width).toBeGreaterThan(dejaVuWidth('with lived experience', 10) - 60 - 8);
  });

  it('draw a name Vega misreads as it was given, without the zero-width space that carried it through the chart', async () => {
    // "toString" and a zero-width space is a name as a scenario may give it: it keeps its own.
    const names = ['constructor', 'valueOf', 'toString', 'toString\u200B'];
    const spec: TopLevelSpec = {
      data: { values: names.map((policy, k) => ({ policy, value: k + 1 })) },
      mark: 'bar',
      encoding: { y: { field: 'policy', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative' }, tooltip: { field: 'policy' } },
    };
    const svg = await chartSvg(expressionSafeSpec(spec));
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const name of names) expect(labels, JSON.stringify(name)).toContain(name);
    // Nothing else carries one: not a label, not the marks' descriptions for a screen reader (aria-label).
    expect(svg.replaceAll('toString\u200B', '').includes('\u200B')).toBe(false);
  });

  it('leave a name that only holds a safe form inside it as it was given (its zero-width space is its own)', async () => {
    // Beside "valueOf" (drawn from "valueOf" and a zero-width space), names with one after "valueOf" inside them.
    const names = ['valueOf', 'my valueOf\u200B', 'valueOf\u200Bplus', 'xvalueOf\u200B'];
    const spec: TopLevelSpec = {
      data: { values: names.map((policy, k) => ({ policy, value: k + 1 })) },
      mark: 'bar',
      encoding: { y: { field: 'policy', type: 'nominal', title: null }, x: { field: 'value', type: 'quantitative' } },
    };
    const labels = [...(await chartSvg(expressionSafeSpec(spec))).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const name of names) expect(labels, JSON.stringify(name)).toContain(name);
  });
});
