import { utcWords } from '../scenarios/lockHeartbeat';

/** An ISO 8601 time with its date, time and zone, as cfsim records times (toISOString) and as a hand may write one. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A time a folder records (a session's start or end, a lock's `since`) in UTC words; text that is no such time (edited by
 * hand, or another program's) as written. Date.parse alone will not do: it reads "5" or "hello 5" as May 2001, and a
 * date without a time or zone as midnight of this host's or of UTC's day.
 */
export function recordedTimeWords(text: string): string {
  const at = ISO_TIME.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? text : utcWords(new Date(at).toISOString());
}
