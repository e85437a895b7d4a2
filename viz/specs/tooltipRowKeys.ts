import { expressionLiteralText } from './expressionSafeStrings';

// A tooltip is an object whose keys are its rows' labels (Vega-Lite takes each field's title), so
// a label that is a user's name could take another row's place ("Measure") or be read by
// vega-tooltip as something else ("title" a heading, "image" a picture). Such a row's key is its
// label behind a prefix no other key has, which the report page's tooltip formatter drops.

/** Invisible, so that a key shown unformatted still reads as its label. */
const MARK = '\u2063';

/** What a row key starts with: the mark, the row's place, the mark. */
export const TOOLTIP_ROW_KEY_PREFIX = new RegExp(`^${MARK}\\d+${MARK}`);

/** The key of the row `label` at place `k` among a tooltip's user-named rows: unlike any other row's key, and unlike "title" or "image". */
export function tooltipRowKey(k: number, label: string): string {
  return `${MARK}${k}${MARK}${label}`;
}

/** The title that gives the row `label` at place `k` its tooltipRowKey: Vega-Lite quotes a title in an expression as it is, so it is given escaped. */
export function tooltipRowTitle(k: number, label: string): string {
  return expressionLiteralText(tooltipRowKey(k, label));
}
