import { studentT95 } from '../sim/stats/studentT';
import { summarize } from '../sim/stats/summary';

// When in the horizon a package's departures avoided fall. A package's costs start on its first
// day, while its effect on leaving waits on what it relieves: STS, burnout and compassion fatigue
// build up and ease over months (MODEL.md §7), and leaving follows them. So the cost per
// departure avoided over one year can be twice that over three: a figure to read with its horizon.

/** Departures avoided a year, whole team (the baseline's leavers − the package's), in each half of the horizon. */
export interface DeparturesAvoidedByHalf {
  /** Days in the first half (the second has the rest of the horizon). */
  readonly firstHalfDays: number;
  /** Mean departures avoided a year over the first half of the horizon. */
  readonly firstHalf: number;
  /** Mean departures avoided a year over the second half. */
  readonly secondHalf: number;
  /** Standard error of secondHalf − firstHalf, from the replications' own (null from one replication). */
  readonly changeSe: number | null;
}

/** The shortest horizon split in halves: under it a half holds too few leavers to compare. */
export const BY_HALF_MIN_DAYS = 180;

/** The days in the first half of a horizon of `days`. */
export const firstHalfDays = (days: number): number => Math.floor(days / 2);

/**
 * Departures avoided a year in each half of a horizon of `days`, from each replication's
 * separations over the first half and over the whole horizon under the baseline and under the
 * package (the same replications, in the same order); undefined for a horizon under
 * BY_HALF_MIN_DAYS or without a replication.
 */
export function departuresAvoidedByHalf(
  days: number,
  baseline: { readonly firstHalf: ArrayLike<number>; readonly total: ArrayLike<number> },
  arm: { readonly firstHalf: ArrayLike<number>; readonly total: ArrayLike<number> },
): DeparturesAvoidedByHalf | undefined {
  const reps = baseline.total.length;
  if (days < BY_HALF_MIN_DAYS || reps === 0) return undefined;
  const first = firstHalfDays(days);
  const second = days - first;
  const early: number[] = [];
  const late: number[] = [];
  const change: number[] = [];
  for (let r = 0; r < reps; r++) {
    const a = ((baseline.firstHalf[r] - arm.firstHalf[r]) * 365) / first;
    const b = ((baseline.total[r] - baseline.firstHalf[r] - (arm.total[r] - arm.firstHalf[r])) * 365) / second;
    early.push(a);
    late.push(b);
    change.push(b - a);
  }
  const { sd } = summarize(change);
  return { firstHalfDays: first, firstHalf: summarize(early).mean, secondHalf: summarize(late).mean, changeSe: sd === null ? null : sd / Math.sqrt(reps) };
}

/** Whether the departures avoided clearly rise (`up`) or fall from the first half to the second: the mean change beyond t standard errors (90%, two-sided). */
export function departuresTrend(h: DeparturesAvoidedByHalf, reps: number): 'up' | 'down' | undefined {
  if (h.changeSe === null || reps < 2) return undefined;
  const change = h.secondHalf - h.firstHalf;
  if (!(Math.abs(change) > studentT95(reps - 1) * h.changeSe)) return undefined;
  return change > 0 ? 'up' : 'down';
}
