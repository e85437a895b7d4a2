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

/** What expressionLiteralText writes as `\uXXXX`, as a regular expression's source: the browser-side labels (chartLabels.ts) escape the same. */
export const LITERAL_ESCAPED_SOURCE = '[^A-Za-z0-9 ]';
const LITERAL_ESCAPED = new RegExp(LITERAL_ESCAPED_SOURCE, 'g');

/**
 * `text` as the inside of an expression's double-quoted string literal, which reads back as `text`:
 * each character but an ASCII letter, a digit or a space as `\uXXXX`. Vega-Lite puts a tooltip row's
 * title between quotes as it is (`"${title}": value`), so a name holding a backslash or a double
 * quote ended the literal early, and one holding a line separator (U+2028) ended it illegally.
 */
export function expressionLiteralText(text: string): string {
  return text.replace(LITERAL_ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The string of which `safe` is the expressionSafeString: a name as it was given, to show where a reader copies it (a tooltip). */
export function plainString(safe: string): string {
  return needsSafeForm(safe) && safe.endsWith(ZERO_WIDTH_SPACE) ? safe.slice(0, -ZERO_WIDTH_SPACE.length) : safe;
}

/**
 * Each string of expressionSafeSpec's `specs` that differs from its plainString, paired with it
 * ([safe, plain]): what the report's page shows in a tooltip in its place.
 */
export function plainForms(specs: readonly unknown[]): [string, string][] {
  const differing = new Map<string, string>();
  for (const text of stringsIn(specs)) if (plainString(text) !== text) differing.set(text, plainString(text));
  return [...differing];
}

/**
 * The strings of `specs` that are not one of `safeForms` but hold one inside them ("my valueOf" and
 * a zero-width space, beside a package named "valueOf"): names as they were given, whose
 * zero-width space is their own.
 */
export function safeFormHolders(specs: readonly unknown[], safeForms: readonly string[]): string[] {
  const holders = new Set<string>();
  for (const text of stringsIn(specs)) if (!safeForms.includes(text) && safeForms.some((safe) => text.includes(safe))) holders.add(text);
  return [...holders];
}

function hasUnsafeString(value: unknown): boolean {
  for (const text of stringsIn(value)) if (needsSafeForm(text)) return true;
  return false;
}

/** Every string value in `value`, however deep (not the keys). */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) yield* stringsIn(v);
}

function safeValue(value: unknown): unknown {
  if (typeof value === 'string') return expressionSafeString(value);
  if (Array.isArray(value)) return value.map(safeValue);
  // fromEntries defines each key as its own property, "__proto__" too.
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, safeValue(v)]));
  return value;
}
