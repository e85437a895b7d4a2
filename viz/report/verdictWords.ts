import { COST_PARTS } from '../../models/costParts';
import type { MetricName } from '../../models/metrics';
import type { Difference } from '../../models/runDocument';
import { clearOnAverage, isClear, isFewReps, isIncrease, isNoDifference, isSmall, oneWay, SMALL_SHARE } from './differences';
import { isCostMetric } from './metricFormat';

// The verdict on a paired difference, in the words of the terminal's tables and Figure 5's tooltips.

/** The verdict where no replication paired a value under both arms (a team with nobody in post). */
export const NO_PAIRS_VERDICT = 'no replication has a value under both';

/**
 * What a grid point's value for money is made of (scenarios/pointValueForMoney.ts), judged in the
 * verdict's words as metrics are: departures avoided and net benefit are better higher, and net
 * cost reads as a cost does ("costs more", "costs less").
 */
export type ValueMeasure = 'departuresAvoided' | 'netCost' | 'netBenefit';

/** The replications a difference pairs: those in which both arms had a value (`reps` for results without counts). */
export function pairedReps(d: Difference, reps: number): number {
  return d.positive !== undefined && d.zero !== undefined && d.negative !== undefined ? d.positive + d.zero + d.negative : reps;
}

/**
 * The verdict the comparison table gives a metric's difference from a run of `reps` replications:
 * over the replications it pairs (indicative below 20 of them, however many the run had), and
 * NO_PAIRS_VERDICT without any. Figure 5's tooltips give the same.
 */
export function pairedVerdict(metric: MetricName | ValueMeasure, d: Difference, baseline: number | undefined, reps: number): string {
  const pairs = pairedReps(d, reps);
  if (pairs === 0 || d.mean === null || d.mean !== d.mean) return NO_PAIRS_VERDICT;
  return verdict(metric, d, baseline, pairs);
}

/** Which direction of each metric is better for staff, clients or budget (for verdicts). */
const BETTER_WHEN_LOWER = new Set<MetricName>([
  'proqolBO', 'proqolSTS', 'highSTSShare', 'highBOShare', 'lowCSShare', 'turnoverPerYear', 'leaversPerYear', 'vacancyRate', 'absenceRate',
  'unmetDemandShare', 'costPerWorkerYear', ...COST_PARTS.map((part) => part.metric), 'teamCostPerYear', 'cf', 'numbing', 'traumaticMemories', 'clientDeathsPerWorkerYear',
]);

/**
 * A verdict in words: clear when the 90% range of paired differences excludes zero, and "but
 * small" when it is under SMALL_SHARE of the baseline's level (see isSmall), where that is given.
 * A difference that is not clear says how many futures differed where none went the other way
 * ("worse (higher) in 32 of 100 futures, the same in the other 68"; see oneWay), or that none differed at all;
 * One that goes both ways but whose mean is clear (clearOnAverage) is "on average" so, with how many futures went each way
 * ("on average worse (higher), not in every future: worse (higher) in 70 of 100 futures, better (lower) in 20");
 * otherwise it is within noise, with how many futures went each way where the counts are given
 * ("within noise: better (lower) in 84 of 100 futures, worse (higher) in 1", and ", the same in 15" where some did not differ).
 * From fewer than 20 replications (`reps`; see isFewReps) such a difference is "indicative", not clear.
 */
export function verdict(metric: MetricName | ValueMeasure, d: Difference, baseline?: number, reps?: number): string {
  if (!isClear(d)) {
    // Not clear, but not noise either way: some futures differ one way, the rest not at all. Saying
    // how many are the same tells a small group's few leavers (10 of 60) from a near-clear effect (56 of 60).
    const way = oneWay(d);
    if (way) return `${directionWords(metric, way.up)} in ${way.count} of ${way.of} futures, the same in the other ${way.of - way.count}`;
    if (isNoDifference(d)) return 'the same in every future';
    // Both ways: the counts tell 84 futures better and 1 worse (an effect short of clear) from an even split.
    if (d.positive !== undefined && d.zero !== undefined && d.negative !== undefined && d.positive > 0 && d.negative > 0) {
      const of = d.positive + d.zero + d.negative;
      const [first, second] = d.negative >= d.positive ? [{ up: false, n: d.negative }, { up: true, n: d.positive }] : [{ up: true, n: d.positive }, { up: false, n: d.negative }];
      // The futures that did not differ are said too: "better in 66 of 200, worse in 19" hid 115 the same.
      const counts = `${directionWords(metric, first.up)} in ${first.n} of ${of} futures, ${directionWords(metric, second.up)} in ${second.n}${d.zero > 0 ? `, the same in ${d.zero}` : ''}`;
      const average = clearOnAverage(d);
      const small = average && baseline !== undefined && Math.abs(d.mean) < SMALL_SHARE * Math.abs(baseline) ? ' but small' : '';
      return average ? `on average ${directionWords(metric, average.up)}${small}, not in every future: ${counts}` : `within noise: ${counts}`;
    }
    return 'within noise';
  }
  const small = baseline !== undefined && isSmall(d, baseline) ? ' but small' : '';
  const direction = directionWords(metric, isIncrease(d));
  return `${reps !== undefined && isFewReps(reps) ? `indicative: ${direction}` : `clearly ${direction}`}${small}`;
}

/** "costs more", "higher" or "better (lower)": a difference's direction, as good or bad where it is one. */
function directionWords(metric: MetricName | ValueMeasure, up: boolean): string {
  if (metric === 'netCost') return up ? 'costs more' : 'costs less';
  if (metric === 'departuresAvoided' || metric === 'netBenefit') return `${up ? 'better' : 'worse'} (${up ? 'higher' : 'lower'})`;
  if (isCostMetric(metric)) return up ? 'costs more' : 'costs less';
  // Neither better nor worse in itself: more leave is rest for the worker and load for the team.
  if (metric === 'supportUptake' || metric === 'clientDeathsPerWorkerYear' || metric === 'leaveDaysPerWorkerYear') return up ? 'higher' : 'lower';
  const better = BETTER_WHEN_LOWER.has(metric) ? !up : up;
  return `${better ? 'better' : 'worse'} (${up ? 'higher' : 'lower'})`;
}
