// A value a tooltip shows in a fixed d3 format needs no more digits than the format shows: the
// page carries thousands of such values (a long horizon's day tooltips), at full precision about
// 18 characters each.

/** The fixed-point and percent formats the charts' tooltips use ('.1f', '.0f', '.1~%'): their digits after the point and their type. */
const FIXED_FORMAT = /^\.(\d+)~?([f%])$/;

/**
 * `value` rounded to what d3's `format` shows of it: formatted, it reads as `value` does (rounded
 * as the format rounds, by toFixed); a format other than FIXED_FORMAT's leaves it as it is.
 */
export function shownValue(value: number, format: string): number {
  const parts = FIXED_FORMAT.exec(format);
  if (parts === null || !Number.isFinite(value)) return value;
  const digits = Number(parts[1]);
  // A percent is formatted from value × 100; `e-2` divides the rounded figure back exactly (12.3 / 100 is 0.12300000000000001).
  return parts[2] === '%' ? Number(`${(value * 100).toFixed(digits)}e-2`) : Number(value.toFixed(digits));
}
