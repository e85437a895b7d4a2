import type { TopLevelSpec } from 'vega-lite';

// Vega's expression parser looks a string literal up in a plain object of keywords
// (vega-expression's parsePrimaryExpression: `legalKeywords[lookahead.value]`), so a literal
// that names a property every object has ("constructor", "toString") is read as an identifier:
// every chart of a package so named failed with "Operator not defined: undefined". Vega-Lite puts
// each package name into expressions (a custom sort's indexof, a legend's values).

/** The names Vega misreads in an expression: the properties of every plain object. */
const OBJECT_PROPERTY_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A zero-width space: a name ending in it draws as the name, and is no object's property. */
const ZERO_WIDTH_SPACE = '\u200B';

/** Zero-width spaces at the end of a string. */
const TRAILING_ZERO_WIDTH_SPACES = /\u200B+$/;

/**
 * A string Vega misreads, or one that its safe form would collide with: an object property's name
 * followed by zero-width spaces or not ("constructor", "constructor\u200B").
 */
function needsSafeForm(text: string): boolean {
  return OBJECT_PROPERTY_NAMES.has(text.replace(TRAILING_ZERO_WIDTH_SPACES, ''));
}

/**
 * `text` as a chart can carry it: a string Vega misreads in an expression, with a zero-width space
 * after it; any other as it is. A name that already ends so ("constructor" and a zero-width space,
 * as a scenario's name field may be) gets one more, so that two names that differ stay apart.
 */
export function expressionSafeString(text: string): string {
  return needsSafeForm(text) ? `${text}${ZERO_WIDTH_SPACE}` : text;
}

/**
 * `spec` with every string value Vega would misread in an expression (a package named
 * "constructor", say, in the data, a sort order and a legend) made expressionSafeString, the same
 * everywhere, so that the chart matches them to one another and draws each as it is named; a spec
 * without such a string comes back unchanged (the same object).
 */
export function expressionSafeSpec(spec: TopLevelSpec): TopLevelSpec {
  return hasUnsafeString(spec) ? (safeValue(spec) as TopLevelSpec) : spec;
}

function hasUnsafeString(value: unknown): boolean {
  if (typeof value === 'string') return needsSafeForm(value);
  if (Array.isArray(value)) return value.some(hasUnsafeString);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasUnsafeString);
  return false;
}

function safeValue(value: unknown): unknown {
  if (typeof value === 'string') return expressionSafeString(value);
  if (Array.isArray(value)) return value.map(safeValue);
  // fromEntries defines each key as its own property, "__proto__" too.
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, safeValue(v)]));
  return value;
}
