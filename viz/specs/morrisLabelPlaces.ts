import { dejaVuWidth } from '../report/textWidth';

// Where a Morris panel's point labels go: each beside its point, on the first side of a fixed list
// where it overlaps no label placed before it (the most influential first) and no other point, so
// that close labels that are not merged (morrisLabels) no longer print over each other. Measured in
// the panel's pixels from the axes' ends as Vega makes them (niceEnd) and DejaVu Sans's widths
// (the widest font the figures are drawn in), so the spec is the same in the browser and in Node.

/** The end of a quantitative axis from 0 that Vega's `nice` gives for values up to `max` (d3's linear nice with its 10 ticks). */
export function niceEnd(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return max > 0 ? max : 1;
  let end = max;
  for (let i = 0; i < 10; i++) {
    const step = end / 10;
    const power = Math.floor(Math.log10(step));
    const error = step / 10 ** power;
    const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
    const increment = power >= 0 ? factor * 10 ** power : factor / 10 ** -power;
    const next = power >= 0 ? Math.ceil(max / increment) * increment : Math.ceil((max * 10 ** -power) / factor) * factor / 10 ** -power;
    if (next === end) break;
    end = next;
  }
  return end;
}

/** A label's font size and line spacing, in pixels (the text mark's 10 px, Vega's line height font size + 2). */
const [LABEL_FONT_PX, LABEL_LINE_PX] = [10, 12];

/** How far a label stands from its point, across and up or down, in pixels. */
const [GAP_X, GAP_Y] = [4, 3];

/** Half a point's size, in pixels (size 70: about 9.4 px across), that no other label covers. */
const POINT_RADIUS_PX = 5;

interface Box { x1: number; x2: number; y1: number; y2: number }

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Half an interval line's width, in pixels (its stroke is 1.5 px). */
const INTERVAL_HALF_PX = 1;

/** A point of a Morris panel, in data units: μ* (`x`), σ (`y`) and, where drawn, the ends of its μ* interval line. */
export interface MorrisPoint { readonly x: number; readonly y: number; readonly low?: number; readonly high?: number }

/** A label's place relative to its point: its left or right end `dx` across, its top `dy` down (negative: up). */
export interface LabelPlace { readonly dx: number; readonly dy: number; readonly align: 'left' | 'right' }

/**
 * The places of one panel's labels (`lines` each, at `x`, `y` in data units, most influential
 * first) on a plot `width` × `height` pixels whose axes run from 0 to `xEnd` and `yEnd`; `points`
 * are every point of the panel. Each takes the first of: above right, below right, above left,
 * below left, level with the point right and left, then the four corners moved a line further out, up to 3, that overlaps no label placed before
 * it nor another point or interval line (its own point's too) and stays within the plot across and above its bottom (below it, a label
 * printed over the μ* axis's labels and title); where none does, the one that overlaps least, a
 * label or the plot's edge counting twice as much as a point or a line, and of those the one that covers the labels placed before
 * it least.
 */
export function morrisLabelPlaces(labels: readonly { x: number; y: number; lines: readonly string[] }[], points: readonly MorrisPoint[], xEnd: number, yEnd: number, width: number, height: number): LabelPlace[] {
  const px = (x: number) => (x / xEnd) * width;
  const py = (y: number) => height - (y / yEnd) * height;
  const dots = points.map((p) => ({ x: px(p.x), y: py(p.y) }));
  // Each μ* interval line, its own point's too: a label level with its point lay across it, the line struck through the text.
  const intervals = points.flatMap((p) => (p.low !== undefined && p.high !== undefined && Number.isFinite(p.low) && Number.isFinite(p.high) ? [{ x1: px(p.low), x2: px(p.high), y1: py(p.y) - INTERVAL_HALF_PX, y2: py(p.y) + INTERVAL_HALF_PX }] : []));
  const placed: Box[] = [];
  return labels.map((label) => {
    const [x, y] = [px(label.x), py(label.y)];
    const w = Math.max(...label.lines.map((l) => dejaVuWidth(l, LABEL_FONT_PX)));
    const h = label.lines.length * LABEL_LINE_PX;
    const candidates: LabelPlace[] = [];
    for (let out = 0; out <= 3; out++) {
      for (const align of ['left', 'right'] as const) {
        const dx = align === 'left' ? GAP_X : -GAP_X;
        candidates.push({ dx, dy: -GAP_Y - h - out * LABEL_LINE_PX, align }, { dx, dy: GAP_Y + out * LABEL_LINE_PX, align });
      }
      // Level with the point, clear of its dot: as near as the corners, and tried before any place a line further out.
      if (out === 0) for (const align of ['left', 'right'] as const) candidates.push({ dx: align === 'left' ? GAP_X + POINT_RADIUS_PX : -GAP_X - POINT_RADIUS_PX, dy: -h / 2, align });
    }
    const box = (c: LabelPlace): Box => ({ x1: c.align === 'left' ? x + c.dx : x + c.dx - w, x2: c.align === 'left' ? x + c.dx + w : x + c.dx, y1: y + c.dy, y2: y + c.dy + h });
    const others = dots.filter((d) => d.x !== x || d.y !== y).map((d) => ({ x1: d.x - POINT_RADIUS_PX, x2: d.x + POINT_RADIUS_PX, y1: d.y - POINT_RADIUS_PX, y2: d.y + POINT_RADIUS_PX }));
    // Past the plot's sides or bottom counts as much as another label: below it a label printed over the μ* axis's labels and title, left of it over σ's (above it, the panel's header makes room).
    const clash = (b: Box) => placed.filter((p) => overlaps(p, b)).length * 2 + [...others, ...intervals].filter((o) => overlaps(o, b)).length + (b.x1 < 0 || b.x2 > width || b.y2 > height ? 2 : 0);
    // Among places as crowded, the one that covers the labels already placed least (in a tight cluster every place clashes).
    const covered = (b: Box) => placed.reduce((sum, p) => sum + Math.max(0, Math.min(p.x2, b.x2) - Math.max(p.x1, b.x1)) * Math.max(0, Math.min(p.y2, b.y2) - Math.max(p.y1, b.y1)), 0);
    let best = candidates[0];
    let [least, leastCovered] = [Infinity, Infinity];
    for (const c of candidates) {
      const n = clash(box(c));
      const area = n < least || n === least ? covered(box(c)) : Infinity;
      if (n < least || (n === least && area < leastCovered)) [best, least, leastCovered] = [c, n, area];
      if (n === 0) break;
    }
    placed.push(box(best));
    return best;
  });
}
