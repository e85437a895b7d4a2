// How the app reads time: the charts' time axis and the status line use the same unit, as the
// report's series charts do: days while the run shown is under two years, years from then on.

export const DAYS_PER_YEAR = 365;
/** The first day the run shown is read in years (two years, as the report's charts switch). */
const YEARS_FROM_DAY = 2 * DAYS_PER_YEAR;

export const TIME_UNITS = ['days', 'years'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * The day as the app shows it, of the day numbered `day` from 0 as the engine and the command line
 * number them (`timeseries.csv`'s and `separations.csv`'s `day`, the journal's): the days run by
 * its end, as the status line counts them. After 14 days run the status says "Day 14 of 3650",
 * and the 14th day, numbered 13, is shown as "Day 14" (on the charts, their tooltips, a worker's
 * events, a leaver's card). A change from today is made on the day shown, and its day is the
 * scenario's (`changes`), the day shown when it was made: its rule stands on that day's point.
 */
export const shownDayOf = (day: number) => day + 1;
/** `shownDayOf` in the charts' expressions, of a row's `day`. */
export const SHOWN_DAY_EXPR = 'datum.day + 1';

/** The unit the charts and the status line read time in while the run shows `day` (the days run; the charts' last point is that day's). */
export const timeUnitOn = (day: number): TimeUnit => (day >= YEARS_FROM_DAY ? 'years' : 'days');

/** A time axis as the charts draw it: the day divided by `daysPer`, under `title`. */
export interface TimeAxis {
  readonly daysPer: number;
  readonly title: string;
  /** Ticks no finer than the labels show: whole days, or half years ("0.5", "1", "1.5"). */
  readonly tickMinStep: number;
  readonly format: string;
}

export const TIME_AXES: Readonly<Record<TimeUnit, TimeAxis>> = {
  days: { daysPer: 1, title: 'Day', tickMinStep: 1, format: ',d' },
  years: { daysPer: DAYS_PER_YEAR, title: 'Years', tickMinStep: 0.5, format: '.1~f' },
};

/** Years run so far, cut (not rounded) to a tenth, so a run is never said to be further on than it is: "5.4", "10". */
const yearsRun = (day: number) => String(Math.floor((day * 10) / DAYS_PER_YEAR) / 10);

/**
 * The status line's day: "Day 400 of 3650" while the charts count days, "Day 2000 of 3650 (5.4
 * years)" once they count years, so the number read off the status matches the axis.
 */
export function dayText(day: number, horizon: number): string {
  return timeUnitOn(day) === 'years' ? `Day ${day} of ${horizon} (${yearsRun(day)} years)` : `Day ${day} of ${horizon}`;
}
