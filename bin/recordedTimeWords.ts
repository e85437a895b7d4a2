import { utcWords } from '../scenarios/lockHeartbeat';

/** An ISO 8601 time with its date, time and zone, as cfsim records times (toISOString) and as a hand may write one. */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether month `month` (1-12) of year `year` has a day `day`: Date.parse rolls 2026-02-30 over into March. */
function calendarDay(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * A time a folder records (a session's start or end, a lock's `since`) in UTC words; text that is no such time (edited by
 * hand, or another program's) as written. Date.parse alone will not do: it reads "5" or "hello 5" as May 2001, a date
 * without a time or zone as midnight of this host's or of UTC's day, and February 30 as March 2.
 */
export function recordedTimeWords(text: string): string {
  const iso = ISO_TIME.exec(text);
  const at = iso && calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? text : utcWords(new Date(at).toISOString());
}
