import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { dejaVuWidth } from './textWidth';

// Without a canvas Vega estimates a text's width at 0.8 em a character, wider than any font draws
// it: labels were cut short ("with lived experien…") and long titles widened figures with blank
// space. Exported figures measure text with DejaVu Sans's widths instead (a wide font: viewers
// with narrower ones do not clip). Vega calls a width function set here with the text as given.
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}
// Exported by vega, but missing from its type declarations.
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } };
textMetrics.width = (item, text) =>
  dejaVuWidth(text == null ? '' : String(text).trim(), item.fontSize != null ? Number(item.fontSize) || 0 : 11, item.fontWeight);

/** Compiles a Vega-Lite spec to Vega, throwing on errors (warnings are returned). */
export function compileSpec(spec: TopLevelSpec): { vega: vega.Spec; warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.map(String).join(' '));
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const result = compile(spec, { logger: logger as never });
  return { vega: result.spec as vega.Spec, warnings };
}

/** Renders a chart to SVG headlessly (no browser, no canvas), trimmed to what it draws. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compileSpec(spec).vega), { renderer: 'none' });
  try {
    return trimmedSvg(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** The fonts text is drawn (and measured) with: the system's, DejaVu Sans where the spec's are missing. */
const FONTS = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
/** Space kept around the drawing, in pixels. */
const MARGIN = 12;

/**
 * `svg` with its width, height and viewBox cut to what it draws, plus MARGIN. Without a canvas,
 * Vega estimates a text's width at 0.8 em a character, far wider than any font draws it, and sizes
 * the chart by that estimate: long titles and role labels left up to a third of an exported
 * figure blank. What is drawn is found by rendering the figure with FONTS (DejaVu Sans, a wide
 * font, so viewers with narrower ones do not clip) and finding its pixels that are not white
 * (resvg's bounding boxes leave text out); the figure only ever shrinks.
 */
export function trimmedSvg(svg: string): string {
  const root = /^<svg\b[^>]*\bwidth="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!root) return svg;
  const [width, height] = [Number(root[1]), Number(root[2])];
  const image = new Resvg(svg, { background: 'white', font: FONTS }).render();
  const drawn = drawnBounds(image.pixels, image.width, image.height);
  if (!drawn) return svg;
  // The rendering is at the SVG's own size (one pixel a unit).
  const x0 = Math.max(0, drawn.x0 - MARGIN);
  const y0 = Math.max(0, drawn.y0 - MARGIN);
  const x1 = Math.min(width, drawn.x1 + 1 + MARGIN);
  const y1 = Math.min(height, drawn.y1 + 1 + MARGIN);
  if (x0 === 0 && y0 === 0 && x1 === width && y1 === height) return svg;
  const [w, h] = [x1 - x0, y1 - y0];
  return svg.replace(root[0], root[0].replace(/width="[\d.]+" height="[\d.]+" viewBox="[^"]*"/, `width="${w}" height="${h}" viewBox="${x0} ${y0} ${w} ${h}"`));
}

/** The first and last columns and rows of an RGBA image holding a pixel that is not white, or undefined if all are. */
function drawnBounds(pixels: Uint8Array, width: number, height: number): { x0: number; y0: number; x1: number; y1: number } | undefined {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      if (pixels[at] === 255 && pixels[at + 1] === 255 && pixels[at + 2] === 255) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  return x1 < 0 ? undefined : { x0, y0, x1, y1 };
}

/** Rasterizes an SVG to PNG (resvg, with the system fonts), at `scale` times its size. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: FONTS,
  }).render();
  return png.asPng();
}
