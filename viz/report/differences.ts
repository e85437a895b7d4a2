import type { Difference } from '../../models/runDocument';
import { SIGN_RANGE_TRIMMED_FROM } from '../../sim/stats/summary';
import { studentT95 } from '../../sim/stats/studentT';

// How paired differences are judged and shown, alike in the CLI's tables and the report.

/** Whether a difference is clear: the range holding 90% of the paired differences excludes zero. */
export function isClear(d: Pick<Difference, 'p05' | 'p95'>): boolean {
  return d.p05 > 0 || d.p95 < 0;
}

/**
 * Whether paired differences from `reps` replications are too few for a verdict of "clear": with
 * fewer than SIGN_RANGE_TRIMMED_FROM (20) their range (signRange) runs from the smallest to the
 * largest, so it excludes zero whenever all of them share a sign, which from 2 or 10 futures does
 * not show that 95% of futures would. Such a difference is called indicative instead.
 */
export function isFewReps(reps: number): boolean {
  return reps < SIGN_RANGE_TRIMMED_FROM;
}

/** What "indicative" means, under a table or list from `reps` replications (see isFewReps). */
export function fewRepsNote(reps: number): string {
  return (
    `With ${reps} replications (fewer than ${SIGN_RANGE_TRIMMED_FROM}) each range runs from the smallest to the largest paired difference, so it excludes zero whenever all ${reps} futures agree in sign, ` +
    `and ${reps} futures are too few to show that at least 95% of futures would: such a difference is called "indicative", not "clear". ` +
    `Run ${SIGN_RANGE_TRIMMED_FROM} or more replications (--reps ${SIGN_RANGE_TRIMMED_FROM}; more narrow the range further) for verdicts that can be clear: the range then leaves out the most extreme futures at each end.`
  );
}

/**
 * The direction of a difference that is not clear but never goes the other way: some paired
 * futures differ one way and the rest not at all ('up': higher in some, never lower). Undefined
 * for a clear difference, one that goes both ways or none at all, and results without counts.
 */
export function oneWay(d: Difference): { up: boolean; count: number; of: number } | undefined {
  if (isClear(d) || d.positive === undefined || d.zero === undefined || d.negative === undefined) return undefined;
  const of = d.positive + d.zero + d.negative;
  if (d.positive > 0 && d.negative === 0) return { up: true, count: d.positive, of };
  if (d.negative > 0 && d.positive === 0) return { up: false, count: d.negative, of };
  return undefined;
}

/**
 * A difference that is not clear in futures (isClear: single futures go both ways) but whose mean
 * is: more than t standard errors from zero, t the 95th percentile of Student's t with one fewer
 * degree of freedom than the futures paired, as value for money reads the means. `low` to `high`
 * is the mean's 90% interval. Undefined for a clear difference, one that never goes the other way
 * (oneWay), fewer than SIGN_RANGE_TRIMMED_FROM futures (whose verdicts are indicative anyway), and
 * results written before the standard error and counts were kept. A planner read "within noise"
 * as no effect where a package raised the share of staff at high STS by 4.9 points, 8.8 standard
 * errors from zero, in 70 of 100 futures and lowered it in 20.
 */
export function clearOnAverage(d: Difference): { up: boolean; low: number; high: number; higher: number; lower: number; same: number; of: number } | undefined {
  if (isClear(d) || d.se === undefined || d.se === null || d.positive === undefined || d.zero === undefined || d.negative === undefined) return undefined;
  if (d.positive === 0 || d.negative === 0) return undefined;
  const of = d.positive + d.zero + d.negative;
  if (of < SIGN_RANGE_TRIMMED_FROM || !(d.se > 0)) return undefined;
  const half = studentT95(of - 1) * d.se;
  if (!(Math.abs(d.mean) > half)) return undefined;
  return { up: d.mean > 0, low: d.mean - half, high: d.mean + half, higher: d.positive, lower: d.negative, same: d.zero, of };
}

/** Whether every paired difference is exactly zero (the package changes nothing there in any future); false without counts. */
export function isNoDifference(d: Difference): boolean {
  return d.zero !== undefined && d.zero > 0 && d.positive === 0 && d.negative === 0;
}

/** A clear difference is called small below this share of the baseline's own level. */
export const SMALL_SHARE = 0.05;

/**
 * Whether a clear difference is small: its mean is under SMALL_SHARE of the baseline's level (both
 * in absolute value). Its sign holds across the paired futures, but it is too small to weigh in a
 * decision on its own (a 0.03-point change in sickness absence, say). A reading aid, not a
 * clinical threshold; against a baseline of 0 no difference is small.
 */
export function isSmall(d: Pick<Difference, 'mean' | 'p05' | 'p95'>, baseline: number): boolean {
  return isClear(d) && Math.abs(d.mean) < SMALL_SHARE * Math.abs(baseline);
}

/**
 * What "small" means, under a table or list that uses it, with examples from the baseline's own
 * levels; from fewer than 20 replications (`reps`; see isFewReps), of an indicative difference,
 * since none can be clear.
 */
export function smallNote(baseline: string, levels: { readonly proqolSTS: number; readonly turnoverPerYear: number }, reps?: number): string {
  const [kind, sign] = reps !== undefined && isFewReps(reps) ? ['an indicative', `all ${reps} futures agree in its sign`] : ['a clear', 'its sign holds across the futures'];
  return `"Small": ${kind} difference under ${SMALL_SHARE * 100}% of ${baseline}'s own level (${smallExamples(baseline, levels)}): ${sign}, but it is too small to weigh on its own.`;
}

/** "under 1.42 points on status-quo's ProQOL secondary traumatic stress of 28.4, say, or 1.75 percentage points on its turnover of 34.9%" */
function smallExamples(baseline: string, levels: { readonly proqolSTS: number; readonly turnoverPerYear: number }): string {
  const sts = `${(SMALL_SHARE * levels.proqolSTS).toFixed(2)} points on ${baseline}'s ProQOL secondary traumatic stress of ${levels.proqolSTS.toFixed(1)}`;
  const turnover = `${(SMALL_SHARE * levels.turnoverPerYear * 100).toFixed(2)} percentage points on its turnover of ${(levels.turnoverPerYear * 100).toFixed(1)}%`;
  return `under ${sts}, say, or ${turnover}`;
}

/**
 * What "a small change" means of a finding on average (its mean clear, single futures both ways),
 * which smallNote, of clear differences, does not cover; with smallNote's examples unless it is
 * beside it (`besideSmallNote`).
 */
export function smallOnAverageNote(baseline: string, levels: { readonly proqolSTS: number; readonly turnoverPerYear: number }, besideSmallNote = false): string {
  const examples = besideSmallNote ? '' : ` (${smallExamples(baseline, levels)})`;
  return `"A small change" on average: a mean difference under ${SMALL_SHARE * 100}% of ${baseline}'s own level${examples}, in a figure that single futures move both ways: too small to weigh on its own.`;
}

/** The most decimals a difference is ever shown with (beyond this it is shown as zero). */
const MAX_DECIMALS = 10;

/**
 * The decimals to show a group of numbers with (a difference and its range, say): `decimals`, or
 * more when that would show a number that is not zero as zero, so that it gets two significant
 * digits (0.0035, not 0.0). A small but clear effect must not read as no effect, and the
 * numbers of one group keep one precision.
 */
export function decimalsShowingSmall(values: readonly number[], decimals: number): number {
  let needed = decimals;
  for (const x of values) {
    const a = Math.abs(x);
    if (a === 0 || !Number.isFinite(a) || /[1-9]/.test(a.toFixed(decimals))) continue;
    needed = Math.max(needed, Math.min(MAX_DECIMALS, 1 - Math.floor(Math.log10(a))));
  }
  return needed;
}

/**
 * The decimals of a clear difference's mean and of its range's ends: the mean's (see
 * decimalsShowingSmall) for all three, and more for an end those would show as zero, so that a
 * clear range never reads as touching zero, and an end near zero does not stretch a difference
 * of 0.9 points to "0.92632". Where an end needs more, the mean gets two significant figures
 * (no more decimals than that end), and the other end at least the mean's decimals:
 * "+0.088 pp (+0.047 pp to +0.148 pp)", not "+0.1 pp (+0.047 pp to +0.1 pp)", whose mean and
 * upper end read the same and below the lower end's precision.
 */
export function differenceDecimals(mean: number, p05: number, p95: number, usual: number): { mean: number; p05: number; p95: number } {
  const shared = decimalsShowingSmall([mean], usual);
  const ends = [decimalsShowingSmall([p05], shared), decimalsShowingSmall([p95], shared)];
  const widest = Math.max(...ends);
  const twoFigures = mean === 0 || !Number.isFinite(mean) ? shared : 1 - Math.floor(Math.log10(Math.abs(mean)));
  const meanPlaces = Math.min(widest, Math.max(shared, twoFigures));
  return { mean: meanPlaces, p05: Math.max(ends[0], meanPlaces), p95: Math.max(ends[1], meanPlaces) };
}

/** Whether a clear difference is an increase (its whole 90% range lies above zero); the mean can lie outside that range. */
export function isIncrease(d: Pick<Difference, 'p05' | 'p95'>): boolean {
  return d.p05 > 0;
}

/** The mark of a mean shown outside its own 90% range, and the note that explains it. */
export const OUTSIDE_RANGE_MARK = '*';
export const OUTSIDE_RANGE_NOTE = `${OUTSIDE_RANGE_MARK} The mean lies outside the range holding 90% of replications: most replications are near the range, and a few with large values pull the mean out of it.`;

/**
 * Whether a mean lies visibly outside the range holding 90% of replications: outside it, and
 * shown (by `show`) differently from both its ends, so "0.0% (0.0%–0.0%)" is not marked.
 */
export function isMeanOutsideRange(s: { mean: number; p05: number; p95: number }, show: (x: number) => string): boolean {
  return isShownOutsideRange(s, { mean: show(s.mean), p05: show(s.p05), p95: show(s.p95) });
}

/** The same, for numbers already shown (a difference and its range share one precision). */
export function isShownOutsideRange(s: { mean: number; p05: number; p95: number }, shown: { mean: string; p05: string; p95: string }): boolean {
  return (s.mean < s.p05 || s.mean > s.p95) && shown.mean !== shown.p05 && shown.mean !== shown.p95;
}

/** The note under a comparison table, whose ranges are of paired differences. */
export const PAIRED_OUTSIDE_RANGE_NOTE = `${OUTSIDE_RANGE_MARK} The mean lies outside the range holding 90% of the paired differences: most futures differ by about the range, and a few with large differences pull the mean out of it.`;

/**
 * Under a table in which a group's turnover (or its paired difference) is marked: its mean is
 * pooled (models/groups.ts pooledTurnover), its range is of each replication's own rate, so the
 * cause is the weighting, not a few large values.
 */
export const GROUP_OUTSIDE_RANGE_NOTE = `${OUTSIDE_RANGE_MARK} In a group's turnover, the mean is its leavers over its worker-days in post in all the replications together (a difference's mean is the difference of two such rates), and the range is of each replication's own rate (or difference): a replication in which few of the group were in post, or only briefly, weighs little in the mean and as much as any in the range, so the mean can lie outside the range.`;
