import { responseSpec } from '../../../viz/specs/sweep';

/** An axis label as Vega renders it: its text (lines joined by newlines), its bounding box in the plot's pixels, and whether it is drawn (Vega hides labels that would overlap). */
export interface RenderedLabel {
  readonly text: string;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly shown: boolean;
  /** The axis's side: bottom or top for x, left or right for y. */
  readonly orient: string;
}

/**
 * The axis labels of a Vega-Lite spec compiled and laid out by Vega, headless, with the bounding
 * boxes its SVG renderer places them by (text widths as Vega reckons them without a canvas).
 */
export async function renderedAxisLabels(spec: unknown): Promise<RenderedLabel[]> {
  const { compile } = await import('vega-lite');
  const vega = await import('vega');
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
  await view.runAsync();
  type Node = { role?: string; items?: Node[]; marktype?: string; text?: unknown; opacity?: number; orient?: unknown; bounds?: { x1: number; x2: number; y1: number; y2: number } };
  const labels: RenderedLabel[] = [];
  // An axis's group item carries its side (orient); its labels lie below it.
  const walk = (node: Node, role: string | undefined, orient: string) => {
    const side = node.orient === undefined ? orient : String(node.orient);
    for (const item of node.items ?? []) walk(item, node.role ?? role, side);
    if (node.marktype === undefined && node.text !== undefined && role === 'axis-label' && node.bounds) {
      const text = Array.isArray(node.text) ? node.text.join('\n') : String(node.text);
      labels.push({ text, ...node.bounds, shown: node.opacity !== 0, orient });
    }
  };
  walk((view.scenegraph() as unknown as { root: Node }).root, undefined, '');
  view.finalize();
  return labels;
}

/** The x labels drawn of a one-parameter chart (responseSpec) of the values `xs`, left to right. */
export async function responseXLabels(xs: readonly unknown[]): Promise<RenderedLabel[]> {
  const spec = responseSpec(xs.map((x, i) => ({ p: x, 'm.mean': i, runs: 1 })), 'p', 'm');
  return (await renderedAxisLabels(spec)).filter((l) => l.shown && l.orient === 'bottom').sort((a, b) => a.x1 - b.x1);
}

/** Whether each of `labels`, left to right, starts at least `gap` pixels after the one before ends. */
export const labelsApart = (labels: readonly { x1: number; x2: number }[], gap: number): boolean => labels.every((l, i) => i === 0 || l.x1 - labels[i - 1].x2 >= gap);
