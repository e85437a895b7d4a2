import { summarize, type Summary } from '../sim/stats/summary';
import { ROLE_PROFILES, ROLES } from './roles';
import type { SeparationLog } from './separationLog';

// Who leaves (MODEL.md §7: turnover; the mission's "who burns out, who leaves"): turnover per
// worker-year of each role and of staff with and without lived experience. Recorded per
// replication as two counts per group, worker-days in post and separations over the recorded
// days, so that the groups' figures add up to the team's.

export const GROUP_BREAKDOWNS = ['role', 'livedExperience'] as const;
export type GroupBreakdown = (typeof GROUP_BREAKDOWNS)[number];

export interface Group {
  readonly by: GroupBreakdown;
  /** The role's name (ROLES), or `yes` / `no` for lived experience. */
  readonly group: string;
  readonly label: string;
}

/** Every role in ROLES order, then staff with and without a personal substance-use history. */
export const GROUPS: readonly Group[] = [
  ...ROLES.map((role) => ({ by: 'role' as const, group: role, label: ROLE_PROFILES[role].label })),
  { by: 'livedExperience', group: 'yes', label: 'With lived experience' },
  { by: 'livedExperience', group: 'no', label: 'Without lived experience' },
];
export const GROUP_COUNT = GROUPS.length;

/** The index in GROUPS of the lived-experience group of a worker whose flag is `livedExperience` (0 or 1). */
export const livedExperienceGroup = (livedExperience: number): number => ROLES.length + (livedExperience === 1 ? 0 : 1);

/** One replication's counts: worker-days in post of each group (GROUP_COUNT numbers), then separations of each group. */
export const GROUP_TALLY_WIDTH = 2 * GROUP_COUNT;

/** Writes a replication's group tally into `out` at `offset`: the worker-days counted by the recorder, and the log's separations. */
export function writeGroupTally(workerDays: ArrayLike<number>, log: SeparationLog, out: Float64Array, offset = 0): void {
  for (let g = 0; g < GROUP_COUNT; g++) {
    out[offset + g] = workerDays[g];
    out[offset + GROUP_COUNT + g] = 0;
  }
  for (let k = 0; k < log.length; k++) {
    out[offset + GROUP_COUNT + log.role[k]]++;
    out[offset + GROUP_COUNT + livedExperienceGroup(log.livedExperience[k])]++;
  }
}

/**
 * A group's turnover per year in one replication: separations per mean headcount per year, as
 * the team's turnoverPerYear (separations × 365 / worker-days in post); undefined when the group
 * had nobody in post.
 */
export function groupTurnover(tally: ArrayLike<number>, offset: number, group: number): number | undefined {
  const workerDays = tally[offset + group];
  return workerDays > 0 ? (tally[offset + GROUP_COUNT + group] * 365) / workerDays : undefined;
}

/** One group's turnover across the replications of a package (see groupOutcomes). */
export interface GroupOutcome {
  readonly by: GroupBreakdown;
  readonly group: string;
  readonly label: string;
  /** Mean worker-years in post per replication: how many of the team the figure rests on. */
  readonly workerYears: number;
  /** Replications in which the group had anyone in post: the ones its turnover summarizes. */
  readonly reps: number;
  /**
   * Separations per worker-year in post (NaN, null in JSON, when `reps` is 0). `mean` is the
   * group's rate over all the replications together (pooledTurnover); `sd`, `p05` and `p95` are
   * the spread of each replication's own rate (groupTurnover) across those it had anyone in post in.
   */
  readonly turnoverPerYear: Summary;
}

/**
 * A group's turnover per year over replications `reps` of `tallies` together: all their
 * separations × 365 / all their worker-days in post (NaN without a worker-day). Each worker-day
 * weighs the same, as in the team's rate; the mean of the replications' own rates would let a
 * replication in which the group's one worker was hired late and left within weeks
 * (1 separation over 30 days: 1,217% a year) outweigh whole years of others, which put the
 * turnover of a group of under one worker in post at 1.5 to 3 times its rate.
 */
export function pooledTurnover(tallies: ArrayLike<number>, reps: Iterable<number>, group: number): number {
  let separations = 0;
  let workerDays = 0;
  for (const r of reps) {
    workerDays += tallies[r * GROUP_TALLY_WIDTH + group];
    separations += tallies[r * GROUP_TALLY_WIDTH + GROUP_COUNT + group];
  }
  return workerDays > 0 ? (separations * 365) / workerDays : NaN;
}

/**
 * The turnover of each group present in any of `present`'s replications (so that every package
 * of a comparison lists the same groups), from `reps` replications' tallies (reps × GROUP_TALLY_WIDTH).
 */
export function groupOutcomes(tallies: ArrayLike<number>, reps: number, present: readonly boolean[]): GroupOutcome[] {
  const out: GroupOutcome[] = [];
  GROUPS.forEach((g, index) => {
    if (!present[index]) return;
    const rates: number[] = [];
    let workerDays = 0;
    for (let r = 0; r < reps; r++) {
      workerDays += tallies[r * GROUP_TALLY_WIDTH + index];
      const rate = groupTurnover(tallies, r * GROUP_TALLY_WIDTH, index);
      if (rate !== undefined) rates.push(rate);
    }
    const turnoverPerYear = { ...summarize(rates), mean: pooledTurnover(tallies, Array.from({ length: reps }, (_, r) => r), index) };
    out.push({ by: g.by, group: g.group, label: g.label, workerYears: reps > 0 ? workerDays / 365 / reps : 0, reps: rates.length, turnoverPerYear });
  });
  return out;
}

/** Which groups had anyone in post in any replication of any of the packages' tallies. */
export function presentGroups(tallies: readonly ArrayLike<number>[], reps: number): boolean[] {
  return GROUPS.map((_, index) => tallies.some((t) => Array.from({ length: reps }, (_, r) => t[r * GROUP_TALLY_WIDTH + index]).some((days) => days > 0)));
}
