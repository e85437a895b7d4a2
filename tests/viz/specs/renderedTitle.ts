import { chartSvg } from '../../../viz/report/export';

/**
 * The right end of a chart's title block (its title and subtitle lines) and of its plot, in the
 * plot's pixels, as Vega lays them out with the exported figures' text widths (DejaVu Sans:
 * importing viz/report/export sets Vega's measure); the plot starts at 0.
 */
export async function renderedTitleEnd(spec: unknown): Promise<{ title: number; plot: number }> {
  await chartSvg({ data: { values: [] }, mark: 'point' }); // sets the measure before laying out
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
  await view.runAsync();
  type Node = { role?: string; marktype?: string; items?: Node[]; x?: number; width?: number; bounds?: { x2: number } };
  const root = (view.scenegraph() as unknown as { root: Node }).root.items![0];
  const title = root.items!.find((m) => m.role === 'title');
  // A faceted chart's root has no width of its own: its plot ends where its last panel (a cell of the scope) does.
  const cells = root.items!.filter((m) => m.role === 'scope').flatMap((m) => m.items ?? []);
  const panelsEnd = Math.max(0, ...cells.map((c) => (c.x ?? 0) + (c.width ?? 0)));
  view.finalize();
  return { title: title?.bounds?.x2 ?? 0, plot: root.width || panelsEnd };
}
