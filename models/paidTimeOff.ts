import { isWorkday } from './absence';

// MODEL.md §4.8: paid time off spread over the year, in blocks (docs/ODD.md §7.0, §7.16). The
// roster starts a block only on a scheduled day not already on leave, and a block of
// ptoLeaveDays calendar days covers a number of scheduled days that can depend on the weekday it
// starts on (6 or 5 for a 5-workday block on a 4-day week). The start probability is derived so
// that a worker in post takes ptoDaysPerYear scheduled days of paid time off a year on average.

/** Calendar days of one block of `blockDays` workdays on a `workdaysPerWeek`-day week (starting day included). */
export function ptoLeaveDays(blockDays: number, workdaysPerWeek: number): number {
  return Math.ceil((blockDays * 7) / workdaysPerWeek);
}

/**
 * The daily probability, on a scheduled day not on leave, of starting a block of `leaveDays`
 * calendar days, such that the expected scheduled days on paid time off per 365 days in post are
 * `daysPerYear` (grief leave aside: it blocks starts too, docs/ODD.md §7.0). 1 when `daysPerYear`
 * is every scheduled day of the year or more.
 *
 * Renewal argument: a cycle is a block started at week position k, which covers cover[k]
 * scheduled days, then the failed draws before the next start, (1 − q)/q on average. So the share
 * of scheduled days on paid time off is C / (C + (1 − q)/q), with C the mean cover over the
 * stationary distribution of start positions, and q = share / (share + C · (1 − share)). The
 * start positions depend on q only a little; a few rounds of that fixed point settle it.
 */
export function ptoStartProbability(daysPerYear: number, leaveDays: number, workdaysPerWeek: number): number {
  if (daysPerYear <= 0) return 0;
  const share = daysPerYear / ((365 * workdaysPerWeek) / 7);
  if (share >= 1) return 1;
  const cover = blockCover(leaveDays, workdaysPerWeek);
  const resume = resumePositions(leaveDays, workdaysPerWeek);
  const uniform = new Float64Array(workdaysPerWeek).fill(1 / workdaysPerWeek);
  let q = startProbabilityFor(share, meanOf(cover, uniform));
  for (let round = 0; round < 100; round++) {
    const next = startProbabilityFor(share, meanOf(cover, startPositionShares(q, resume)));
    if (Math.abs(next - q) <= 1e-16) return next;
    q = next;
  }
  return q;
}

const startProbabilityFor = (share: number, meanCover: number) => share / (share + meanCover * (1 - share));

function meanOf(values: Float64Array, weights: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k] * weights[k];
  return sum;
}

/** Scheduled days covered by a block of `leaveDays` calendar days started on the k-th workday of the week. */
function blockCover(leaveDays: number, workdaysPerWeek: number): Float64Array {
  const cover = new Float64Array(workdaysPerWeek);
  for (let k = 0; k < workdaysPerWeek; k++) {
    for (let d = 0; d < leaveDays; d++) if (isWorkday(k + d, 0, workdaysPerWeek)) cover[k]++;
  }
  return cover;
}

/** The first workday of the week (its index) at or after the day a block started on the k-th workday ends. */
function resumePositions(leaveDays: number, workdaysPerWeek: number): Int32Array {
  const resume = new Int32Array(workdaysPerWeek);
  for (let k = 0; k < workdaysPerWeek; k++) {
    const after = (k + leaveDays) % 7;
    resume[k] = after < workdaysPerWeek ? after : 0;
  }
  return resume;
}

/**
 * The long-run shares of block starts on each workday of the week: after a block started on the
 * k-th, the next starts m workdays after resume[k] with probability q(1 − q)^m, so on the
 * workday (resume[k] + m) mod wd. Solved exactly (at most 7 unknowns) by Gaussian elimination.
 */
function startPositionShares(q: number, resume: Int32Array): Float64Array {
  const n = resume.length;
  const stay = 1 - q;
  let cycle = 1;
  for (let m = 0; m < n; m++) cycle *= stay;
  // a[j][k]: the equations π_j − Σ_k π_k T[k][j] = 0, the last replaced by Σ π = 1.
  const a = Array.from({ length: n }, () => new Float64Array(n + 1));
  for (let k = 0; k < n; k++) {
    let weight = q / (1 - cycle);
    for (let m = 0; m < n; m++) {
      a[(resume[k] + m) % n][k] -= weight;
      weight *= stay;
    }
  }
  for (let j = 0; j < n; j++) a[j][j] += 1;
  a[n - 1].fill(1);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
    }
  }
  return Float64Array.from({ length: n }, (_, j) => a[j][n] / a[j][j]);
}
