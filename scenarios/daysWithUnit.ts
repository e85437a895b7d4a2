// A horizon as a planner thinks of one: "26w", "3y". --days, --set days, a scenario file's
// `days` and a sweep plan's `set: { days }` all read it here, so each takes the same units and
// refuses a near miss ("1yr", "1.5y") with the same words.

/** Days in each unit a horizon may carry: the model's year is 365 days (no leap days). */
const DAY_UNITS: Readonly<Record<string, number>> = { d: 1, w: 7, y: 365 };

/**
 * A count of days, weeks or years with its unit ("26w"), as a JSON Schema pattern (no flags, so both
 * cases are spelt out): `cfsim schema` gives it for `days`, so an editor takes "3y" too. At most nine
 * digits: a longer count is out of range in any unit, and would read as "Infinity days".
 */
export const DAYS_WITH_UNIT_PATTERN = '^\\s*(\\d{1,9})\\s*([dwyDWY])\\s*$';
const DAYS_WITH_UNIT = new RegExp(DAYS_WITH_UNIT_PATTERN);

/** The scenario's horizon (its `days` field), in days, as every way of giving it takes it. */
export const HORIZON_DAYS = { min: 1, max: 36500 } as const;

/** The units, as messages and help show them. */
export const DAY_UNIT_EXAMPLES = '10d, 26w, 3y';

/** What a horizon may be, after "expected" ("a whole number from 1 to 36500 (days), or with a unit: 10d, 26w, 3y"). */
export const daysExpected = (min: number, max: number): string => `a whole number from ${min} to ${max} (days), or with a unit: ${DAY_UNIT_EXAMPLES}`;

/** The days a count with a unit gives ("26w" is 182), or undefined for any other text. */
export function daysOfUnit(text: string): number | undefined {
  const unit = DAYS_WITH_UNIT.exec(text);
  return unit === null ? undefined : Number(unit[1]) * DAY_UNITS[unit[2].toLowerCase()];
}

/** Why a count with a unit (`text`, which is `days` days) is refused: out of the range from `min` to `max` days. */
export const daysOutOfRange = (text: string, days: number, min: number, max: number): string =>
  `${JSON.stringify(text)} is ${days.toLocaleString('en-US')} day${days === 1 ? '' : 's'}, not allowed; expected from ${min} to ${max} days (a year is 365 days)`;

/**
 * A horizon written as text with a letter ("3y", or a near miss such as "1yr" or "1.5y"): its days,
 * or why it is refused. Undefined for any other value (a number, text without a letter such as "365"
 * or "1,000", or a number written as text with one, "1e3"), which is left to the `days` field's own
 * check, which names the number to write ("write 1000").
 */
export function daysWritten(value: unknown, min: number = HORIZON_DAYS.min, max: number = HORIZON_DAYS.max): { days: number } | { refused: string } | undefined {
  if (typeof value !== 'string' || !/[a-z]/i.test(value) || Number.isFinite(Number(value))) return undefined;
  const days = daysOfUnit(value);
  if (days === undefined) return { refused: `${JSON.stringify(value)} is not allowed; expected ${daysExpected(min, max)}` };
  if (days < min || days > max) return { refused: daysOutOfRange(value, days, min, max) };
  return { days };
}
