import { chartSvg } from '../../../viz/report/export';

/** A Vega view of `spec` laid out with the exported figures' text widths (DejaVu Sans: importing viz/report/export sets Vega's measure). */
async function laidOut(spec: unknown) {
  await chartSvg({ data: { values: [] }, mark: 'point' }); // sets the measure before laying out
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
  await view.runAsync();
  return view;
}

/**
 * The right end of a chart's title block (its title and subtitle lines) and of its plot, in the
 * plot's pixels, as Vega lays them out with the exported figures' text widths (DejaVu Sans:
 * importing viz/report/export sets Vega's measure); the plot starts at 0.
 */
export async function renderedTitleEnd(spec: unknown): Promise<{ title: number; plot: number }> {
  const view = await laidOut(spec);
  type Node = { role?: string; marktype?: string; items?: Node[]; x?: number; width?: number; bounds?: { x2: number } };
  const root = (view.scenegraph() as unknown as { root: Node }).root.items![0];
  const title = root.items!.find((m) => m.role === 'title');
  // A faceted chart's root has no width of its own: its plot ends where its last panel (a cell of the scope) does.
  const cells = root.items!.filter((m) => m.role === 'scope').flatMap((m) => m.items ?? []);
  const panelsEnd = Math.max(0, ...cells.map((c) => (c.x ?? 0) + (c.width ?? 0)));
  view.finalize();
  return { title: title?.bounds?.x2 ?? 0, plot: root.width || panelsEnd };
}

/**
 * The right end of a chart's title block and of its plots with their axes' labels (the scopes' bounds, as Vega lays
 * them out with the exported figures' text widths): a title ending past the second runs past the chart.
 */
export async function renderedTitleAndScopesEnd(spec: unknown): Promise<{ title: number; plot: number }> {
  const view = await laidOut(spec);
  type Node = { role?: string; bounds: { x2: number } };
  const parts = (view.scenegraph() as unknown as { root: { items: { items: Node[] }[] } }).root.items[0].items;
  view.finalize();
  return { title: parts.find((p) => p.role === 'title')!.bounds.x2, plot: Math.max(...parts.filter((p) => p.role === 'scope').map((p) => p.bounds.x2)) };
}
