import { isWorkday } from './absence';

// MODEL.md §4.8: paid time off spread over the year, in blocks of coefficients.ptoBlockDays
// workdays (docs/ODD.md §7.0, §7.16). The roster starts a block only on a scheduled day not on
// leave, and sizes it by the weekday it starts on so that it covers exactly ptoBlockDays
// scheduled days; the start probability is set so that a worker in post takes ptoDaysPerYear
// scheduled days of paid time off a year on average.

/**
 * Calendar days of one block of `blockDays` workdays on a `workdaysPerWeek`-day week, by the
 * position in the week (0 to 6, as isWorkday counts it) of the workday it starts on: its
 * `blockDays` workdays (a fraction counting as a whole one) and the days off after the last of them, up to the next scheduled day (so
 * a 5-day block on a 5-day week is 7 days wherever it starts, a week off with its weekend).
 * Positions that are no workday are 0: no block starts on them.
 */
export function ptoLeaveDays(blockDays: number, workdaysPerWeek: number): Int32Array {
  const days = new Int32Array(7);
  for (let k = 0; k < workdaysPerWeek; k++) {
    let d = 0;
    for (let covered = 0; covered < blockDays; d++) if (isWorkday(k + d, 0, workdaysPerWeek)) covered++;
    while (!isWorkday(k + d, 0, workdaysPerWeek)) d++;
    days[k] = d;
  }
  return days;
}

/**
 * The daily probability, on a scheduled day not on paid time off, of starting a block of
 * `blockDays` workdays, such that the expected scheduled days on paid time off per 365 days in
 * post are `daysPerYear` (docs/ODD.md §7.0). 1 when `daysPerYear` is every scheduled day of the
 * year or more.
 *
 * Renewal argument: a cycle is a block, which covers `blockDays` scheduled days wherever it
 * starts, then the failed draws before the next start, (1 − q)/q on average. So the share of
 * scheduled days on paid time off is B / (B + (1 − q)/q), and q = share / (share + B · (1 − share)).
 */
export function ptoStartProbability(daysPerYear: number, blockDays: number, workdaysPerWeek: number): number {
  if (daysPerYear <= 0) return 0;
  const share = daysPerYear / ((365 * workdaysPerWeek) / 7);
  if (share >= 1) return 1;
  // A fraction of a workday in coefficients.ptoBlockDays is a whole one: ptoLeaveDays covers ⌈blockDays⌉.
  const cover = Math.ceil(blockDays);
  return share / (share + cover * (1 - share));
}
