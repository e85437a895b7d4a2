/**
 * A number for a reader: a whole number as a whole number, any other with `significant`
 * significant digits (never rounding its whole part, and at most `maxDecimals` decimals), with a
 * true minus sign (U+2212) as the comparison tables use; "–" for a missing value.
 */
export function readableNumber(x: number, significant: number, maxDecimals: number): string {
  if (!Number.isFinite(x)) return '–';
  if (Number.isInteger(x)) return withMinus(String(x));
  const wholeDigits = Math.floor(Math.log10(Math.abs(x))) + 1; // 0 or less below 1
  const text = x.toFixed(Math.min(maxDecimals, Math.max(0, significant - wholeDigits)));
  // A value that rounds to zero is shown without a sign.
  return /[1-9]/.test(text) ? withMinus(text) : text.replace('-', '');
}

function withMinus(text: string): string {
  return text.replace('-', '−');
}

/**
 * A correlation or its interval end as the PRCC table and chart give it: three decimals, except
 * that a value which would read 0.000 but is not 0 gets its first significant digit (an interval
 * end of 0.0004 beside "rises" must not read 0.000); "–" for a missing one.
 */
export function correlationFigure(x: number | null): string {
  if (x === null) return '–';
  const text = readableNumber(x, 3, 3);
  return x !== 0 && !/[1-9]/.test(text) ? readableNumber(x, 1, 12) : text;
}

/**
 * A value in a metric's units as the analysis tables, the sweep's charts and their text print it: four significant digits
 * (at most six decimals), so that 0.1140 beside 0.1152 keeps its last digit; "–" for a missing value.
 */
export function metricFigure(x: number | null | undefined): string {
  return typeof x === 'number' ? readableNumber(x, 4, 6) : '–';
}

/**
 * A point's parameter value as the analysis tables and the sweep's charts print it: up to 12
 * decimals, so that a small value (1e-7) keeps its digit, without trailing zeros (a plan's 5.5
 * read 5.500 beside 5 and 6).
 */
export function parameterFigure(x: number): string {
  return readableNumber(x, 4, 12).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** A point's parameter value as the analysis tables print it: a number by parameterFigure, a level of a text field (`opt-out`) as it is. */
export function parameterValueFigure(x: unknown): string {
  return typeof x === 'number' ? parameterFigure(x) : String(x);
}
