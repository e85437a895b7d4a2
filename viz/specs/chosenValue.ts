/**
 * A dashed vertical rule at the value per departure avoided of the report's net-benefit table
 * (`--value-per-departure`), labelled, for charts 12 and 13; no layer without one, or past the axis.
 */
export function chosenValueLayers(chosen: number | undefined, end: number) {
  if (chosen === undefined || chosen > end) return [];
  const data = { values: [{ value: chosen, label: "the table's value" }] };
  const x = { field: 'value', type: 'quantitative' as const };
  return [
    {
      data,
      mark: { type: 'rule' as const, color: '#555', strokeDash: [2, 3], strokeWidth: 1.5 },
      encoding: { x, tooltip: [{ field: 'value', title: 'Value of the net-benefit table', format: '$,.0f' }] },
    },
    {
      data,
      mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 4, dy: 2, fontSize: 10, color: '#555' },
      encoding: { x, y: { value: 0 }, text: { field: 'label' } },
    },
  ];
}
