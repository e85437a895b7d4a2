import { studentT95 } from '../sim/stats/studentT';
import { summarize } from '../sim/stats/summary';
import type { Scenario } from '../scenarios/schema';
import { runEnsemble } from './ensemble';
import type { MetricName } from './metrics';

// Matches one scenario field to a figure the team knows (last year's turnover, its ProQOL
// burnout): the value of the field at which the metric's mean over the replications equals the
// figure. Every value runs the same replications (the same seed: common random numbers), so the
// mean moves with the field, not with chance, and bisection between two values whose means lie
// either side of the figure closes in on where it is met. The replications' own uncertainty is
// then carried back onto the field: the values whose mean has the figure within its 90% interval.

/** The metric's mean over the replications at one value of the field, and its standard error. */
export interface CalibrationStep {
  readonly value: number;
  readonly mean: number;
  /** Standard error of the mean (sd / √n over the n replications with a value); 0 from one. */
  readonly se: number;
  /** Replications that gave the metric a value (fewer than run where some had nothing to measure: nobody in post). */
  readonly measured: number;
}

export interface FieldCalibrationRequest {
  /** The scenario with the field at a value (the caller resolves it, so that the value is checked as --set checks it). */
  readonly scenarioAt: (value: number) => Scenario;
  readonly metric: MetricName;
  readonly target: number;
  /** The values searched, lowest first. */
  readonly range: readonly [number, number];
  readonly seed: number;
  readonly reps: number;
  /** At most this many halvings of the range after its ends (each one run of every replication); they stop once the pair's ends round alike. */
  readonly halvings: number;
  /** Called after each value is run, in order (progress). */
  readonly onStep?: (step: CalibrationStep) => void;
  /**
   * Runs replications 0 to reps − 1 of a scenario with the seed and gives the metric's value in
   * each, in replication order (NaN where it had nothing to measure). Default: in this thread
   * (replicationsHere); the CLI passes its worker pool, whose results are the same to the bit.
   */
  readonly replications?: (scenario: Scenario, seed: number, reps: number) => Promise<ArrayLike<number>>;
}

/** The metric's value in each replication, run in this thread. */
export function replicationsHere(metric: MetricName): (scenario: Scenario, seed: number, reps: number) => Promise<ArrayLike<number>> {
  return async (scenario, seed, reps) => {
    const values = new Float64Array(reps);
    runEnsemble(scenario, { seed, reps, onReplication: (result, rep) => (values[rep] = result.metrics[metric]) });
    return values;
  };
}

export type FieldCalibration =
  | {
      readonly kind: 'matched';
      /** Where the mean meets the target, interpolated in the last bracket and rounded to SIGNIFICANT_DIGITS (the value to write into a scenario). */
      readonly value: number;
      /** The mean at `value` itself. */
      readonly achieved: CalibrationStep;
      /** The values whose mean's 90% interval holds the target (within the range): how far the replications pin the field. */
      readonly matching: { readonly low: number; readonly high: number };
      readonly steps: readonly CalibrationStep[];
    }
  /** The means at both ends of the range lie on one side of the target. */
  | { readonly kind: 'out of range'; readonly steps: readonly CalibrationStep[] }
  /** The means at both ends are the target itself: the metric does not move with the field over the range, and every value matches. */
  | { readonly kind: 'unmoved'; readonly steps: readonly CalibrationStep[] }
  /** At a value between the ends (one halving to, or the one found) no replication gave the metric a value (nobody in post in any, say), so no value can be given there. */
  | { readonly kind: 'unmeasured'; readonly at: CalibrationStep; readonly steps: readonly CalibrationStep[] }
  /** The halvings ran out before the pair's ends rounded alike: the range is too wide to pin the value in them. */
  | { readonly kind: 'unsettled'; readonly steps: readonly CalibrationStep[] }
  /**
   * The mean jumps past the target between two values that round alike (the field moves the team
   * in steps, such as a role's whole seats), and at the value found the target lies outside the
   * mean's 90% interval: no value meets it.
   */
  | { readonly kind: 'jumps'; readonly pair: readonly [CalibrationStep, CalibrationStep]; readonly steps: readonly CalibrationStep[] };

/** Digits the matched value keeps: finer than the replications pin it (its `matching` range), short enough to read. */
export const SIGNIFICANT_DIGITS = 3;

const significant = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(SIGNIFICANT_DIGITS)));

/** Half the width of the mean's 90% interval, from the replications that gave it a value. */
export const halfWidth = (step: CalibrationStep) => (step.measured > 1 ? studentT95(step.measured - 1) * step.se : 0);

/** Finds the field's value at which the metric's mean meets the target (FieldCalibrationRequest). */
export async function calibrateField(request: FieldCalibrationRequest): Promise<FieldCalibration> {
  const steps: CalibrationStep[] = [];
  const replications = request.replications ?? replicationsHere(request.metric);
  const run = async (value: number): Promise<CalibrationStep> => {
    const cached = steps.find((s) => s.value === value);
    if (cached) return cached;
    const values = await replications(request.scenarioAt(value), request.seed, request.reps);
    let measured = 0;
    for (let r = 0; r < values.length; r++) if (Number.isFinite(values[r])) measured++;
    const summary = summarize(values);
    const step = { value, mean: summary.mean, se: summary.sd === null || measured < 2 ? 0 : summary.sd / Math.sqrt(measured), measured };
    steps.push(step);
    request.onStep?.(step);
    return step;
  };
  const [lo, hi] = request.range;
  const low = await run(lo);
  const high = await run(hi);
  if (!crosses(low, high, request.target)) return { kind: 'out of range', steps };
  if (low.mean === request.target && high.mean === request.target) return { kind: 'unmoved', steps };
  const found = await crossing(run, low, high, request.target, request.halvings);
  if (found === undefined) return { kind: 'unsettled', steps };
  if ('unmeasured' in found) return { kind: 'unmeasured', at: found.unmeasured, steps };
  const value = Math.min(hi, Math.max(lo, significant(found.value)));
  const at = await run(value);
  if (!Number.isFinite(at.mean)) return { kind: 'unmeasured', at, steps };
  const margin = halfWidth(at);
  if (Math.abs(at.mean - request.target) > margin) return { kind: 'jumps', pair: found.pair, steps };
  // Where the mean meets target ∓ the interval's half width: found among the values run, by
  // interpolation between the two that bracket it (no further runs), or the range's end.
  const ends = [request.target - margin, request.target + margin].map((t) => bracketed(steps, t, lo, hi, low.mean < high.mean === t < request.target));
  // The value matches by definition, whatever the interpolation between the values run says.
  return { kind: 'matched', value, achieved: at, matching: { low: Math.min(value, ...ends), high: Math.max(value, ...ends) }, steps };
}

/** Whether the means at two values lie either side of the target (or one meets it). */
function crosses(a: CalibrationStep, b: CalibrationStep, target: number): boolean {
  return (a.mean - target) * (b.mean - target) <= 0 && Number.isFinite(a.mean) && Number.isFinite(b.mean);
}

/**
 * Bisection between two values whose means bracket the target; the last pair's linear
 * interpolation (with the pair), or undefined where the halvings ran out before its ends rounded alike (a range
 * so wide that the pair is still far apart, where interpolating would give a value far from the
 * crossing).
 */
async function crossing(run: (value: number) => Promise<CalibrationStep>, a: CalibrationStep, b: CalibrationStep, target: number, halvings: number): Promise<{ value: number; pair: [CalibrationStep, CalibrationStep] } | { unmeasured: CalibrationStep } | undefined> {
  let [left, right] = [a, b];
  const settled = () => left.mean === target || right.mean === target || significant(left.value) === significant(right.value);
  // Once both ends round alike, halving further cannot change the value given.
  for (let i = 0; i < halvings && !settled(); i++) {
    const middle = await run((left.value + right.value) / 2);
    // No mean to compare: neither half can be chosen.
    if (!Number.isFinite(middle.mean)) return { unmeasured: middle };
    if (crosses(left, middle, target)) right = middle;
    else left = middle;
  }
  if (!settled()) return undefined;
  const pair: [CalibrationStep, CalibrationStep] = [left, right];
  if (left.mean === target) return { value: left.value, pair };
  if (right.mean === target) return { value: right.value, pair };
  return { value: interpolated(left, right, target), pair };
}

function interpolated(a: CalibrationStep, b: CalibrationStep, target: number): number {
  if (a.mean === b.mean) return (a.value + b.value) / 2;
  return a.value + ((target - a.mean) / (b.mean - a.mean)) * (b.value - a.value);
}

/**
 * Where the means of the values run meet `target`, by interpolating between the two nearest
 * values run that bracket it; where none do, the end of the range toward which the mean moves
 * to reach it (`towardLow`: the low end).
 */
function bracketed(steps: readonly CalibrationStep[], target: number, lo: number, hi: number, towardLow: boolean): number {
  const sorted = [...steps].sort((x, y) => x.value - y.value);
  const found: number[] = [];
  for (let i = 1; i < sorted.length; i++) if (crosses(sorted[i - 1], sorted[i], target)) found.push(interpolated(sorted[i - 1], sorted[i], target));
  if (found.length === 0) return towardLow ? lo : hi;
  return towardLow ? Math.min(...found) : Math.max(...found);
}
