/** A Vega-Lite spec compiled and rendered by Vega, headless, as SVG text: what a reader of the chart would see. */
export async function renderedSvg(spec: unknown): Promise<string> {
  const { compile } = await import('vega-lite');
  const vega = await import('vega');
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
