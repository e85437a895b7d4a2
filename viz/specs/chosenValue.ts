/**
 * A dashed vertical rule at the value per departure avoided of the report's net-benefit table
 * (`--value-per-departure`), for charts 12 and 13, to draw under their curves, and its label, to
 * draw over them; no layers without one, or past the axis.
 */
export function chosenValueLayers(chosen: number | undefined, end: number) {
  if (chosen === undefined || chosen > end) return { rule: [], label: [] };
  const data = { values: [{ value: chosen, label: "the table's value" }] };
  const x = { field: 'value', type: 'quantitative' as const };
  const text = { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 4, dy: 2, fontSize: 10 };
  const rule = [
    {
      data,
      mark: { type: 'rule' as const, color: '#555', strokeDash: [2, 3], strokeWidth: 1.5 },
      encoding: { x, tooltip: [{ field: 'value', title: 'Value of the net-benefit table', format: '$,.0f' }] },
    },
  ];
  const label = [
    // The label sits where curves at 100% run: a white halo under it keeps it readable over them.
    {
      data,
      mark: { ...text, color: 'white', stroke: 'white', strokeWidth: 4, strokeJoin: 'round' as const },
      encoding: { x, y: { value: 0 }, text: { field: 'label' } },
    },
    {
      data,
      mark: { ...text, color: '#555' },
      encoding: { x, y: { value: 0 }, text: { field: 'label' } },
    },
  ];
  return { rule, label };
}
