import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { dejaVuWidth } from './textWidth';
import { plainForms, safeFormHolders } from '../specs/expressionSafeStrings';

// Without a canvas Vega estimates a text's width at 0.8 em a character, wider than any font draws
// it: labels were cut short ("with lived experien…") and long titles widened figures with blank
// space. Exported figures measure text with DejaVu Sans's widths instead, whatever fonts this
// machine has (a wide font: viewers with narrower ones do not clip). Vega calls a width function
// set here with the text as given, before shortening it to the item's limit: a shortened text
// takes at most that limit, as it does with Vega's own measure.
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}
// Exported by vega, but missing from its type declarations.
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } };
textMetrics.width = (item, text) => {
  const width = dejaVuWidth(text == null ? '' : String(text).trim(), item.fontSize != null ? Number(item.fontSize) || 0 : 11, item.fontWeight);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
};

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

/**
 * Renders a chart to SVG headlessly (no browser, no canvas), each name as it was given: without the
 * zero-width space expressionSafeSpec gave a name Vega misreads ("constructor"), which a reader
 * copying the text or a screen reader would meet as a stray character.
 */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compileSpec(spec).vega), { renderer: 'none' });
  try {
    return withPlainNames(await view.toSVG(), spec);
  } finally {
    view.finalize();
  }
}

/**
 * `svg` with each of `spec`'s expression-safe names in its plain form, in one pass, longest first
 * ("constructor" and two zero-width spaces before one). A string of the spec that only holds a safe
 * form ("my valueOf" and a zero-width space) is matched whole, as the SVG writes it, and kept.
 */
function withPlainNames(svg: string, spec: TopLevelSpec): string {
  const forms = plainForms([spec]);
  if (forms.length === 0) return svg;
  const holders = safeFormHolders([spec], forms.map(([safe]) => safe)).flatMap((text) => [text, svgText(text), svgAttribute(text)]);
  const replacement = new Map<string, string>([...holders.map((text): [string, string] => [text, text]), ...forms]);
  const pattern = [...replacement.keys()].sort((a, b) => b.length - a.length).map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return svg.replace(new RegExp(pattern.join('|'), 'g'), (found) => replacement.get(found)!);
}

/** `text` as Vega's SVG writes it in a text element, and in an attribute (vega-scenegraph's innerText and attrText). */
const svgText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const svgAttribute = (text: string) => svgText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');

/** The fonts of PNG figures: the system's, DejaVu Sans where the spec's are missing (as textWidth.ts assumes). */
const FONTS = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

/** Rasterizes an SVG to PNG (resvg, with the system fonts), at `scale` times its size. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: FONTS,
  }).render();
  return png.asPng();
}
