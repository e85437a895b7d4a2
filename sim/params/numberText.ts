// A number written as text a planner reads as a number: "62,000", "$62000", "62 000" or "100" in
// quotes. The scenario format takes numbers only, and a file's `salary: 62,000` is a text in YAML;
// the error names the number it would read, so the fix is in the message. Anything less certain
// ("1,5", "62k", "15%") is left alone: which number was meant is a guess.

/** A currency sign the text may start with. */
const CURRENCY = /^[$€£]\s*/;
/** Digits grouped by thousands: 62,000 or 1 250 000 or 62_000 (one separator throughout, the first group not starting with 0: 0,750 is a decimal comma), with an optional decimal part. */
const GROUPED = /^([1-9]\d{0,2})([, _])(\d{3})((?:\2\d{3})*)(\.\d+)?$/;
/** A plain decimal number as JSON writes one, with an optional sign. */
const PLAIN = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/** The number `text` plainly writes, without its currency sign, thousands separators or quotes; undefined if none, or not plainly. */
export function numberWritten(text: string): number | undefined {
  const bare = text.trim().replace(CURRENCY, '');
  if (PLAIN.test(bare)) return Number(bare);
  const grouped = GROUPED.exec(bare);
  if (!grouped) return undefined;
  return Number(bare.split(grouped[2]).join(''));
}
