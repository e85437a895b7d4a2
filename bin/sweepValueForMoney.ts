import type { InputIssue } from '../sim/params/issues';
import type { Plan } from '../scenarios/plan';
import { POINT_VALUE_METRICS } from '../scenarios/pointValueForMoney';
import { andList } from '../sim/text/andList';
import { commandWord } from '../scenarios/sweepAnalysis';

// What `cfsim analyze DIR --value-per-departure V` needs of a sweep: a grid with common random
// numbers (each point paired by replication with the baseline point), one horizon for every point
// (a plan that does not vary days, as compare runs every arm for the same days), that kept departures and
// whole-team cost per replication.

/** Why the sweep in `dir` cannot be valued at V (naming what to do), or undefined when it can. */
export function valueForMoneyRefusal(plan: Pick<Plan, 'design' | 'randomNumbers' | 'metrics' | 'parameters'>, dir: string, valuePerDeparture: number): InputIssue | undefined {
  const issue = (message: string): InputIssue => ({ path: '--value-per-departure', value: valuePerDeparture, message });
  const what = `values each grid point against a baseline point (--vs, point 0 by default) replication by replication, as compare values a package against the first`;
  const V = String(valuePerDeparture);
  if (plan.design !== 'grid') {
    return issue(
      `${what}; ${dir} holds ${plan.design === 'lhs' ? 'an' : 'a'} ${plan.design} design, which has no baseline point: its points are not paired by replication with one point the others differ from. Sweep the options as a grid (design: grid, randomNumbers: common) into a new folder and run cfsim analyze DIR --value-per-departure ${V} on it, or compare them with cfsim compare --value-per-departure ${V}`,
    );
  }
  if (plan.randomNumbers !== 'common') {
    return issue(
      `${what}; ${dir} holds a grid with randomNumbers: independent, whose replication r of each point meets other events than the baseline point's, so the points do not pair and there is no paired baseline. Run the plan again with randomNumbers: common (the default) into a new folder, and run cfsim analyze DIR --value-per-departure ${V} on it`,
    );
  }
  // compare refuses arms of different lengths: a point with other days than the baseline's differs in its horizon too, which its yearly figures would count as its effect.
  const days = plan.parameters.find((p) => p.path === 'days');
  if (days) {
    const horizons = days.kind === 'values' ? andList(days.values.map(String)) : `${days.min} to ${days.max}`;
    return issue(
      `${what}, which runs every arm for the same days; ${commandWord(dir)}'s plan varies days (${horizons}), so a point can differ from the baseline point in its horizon as well as its settings, and its figures a year would count that difference as the point's effect. Sweep one horizon at a time (set: { days: N }, with days taken out of parameters) into a new folder, and run cfsim analyze DIR --value-per-departure ${V} on it`,
    );
  }
  const missing = POINT_VALUE_METRICS.filter((m) => !plan.metrics.includes(m));
  if (missing.length > 0) {
    const perWorker = plan.metrics.filter((m) => m === 'turnoverPerYear' || m === 'costPerWorkerYear');
    return issue(
      `needs each replication's departures and whole-team cost a year (the metrics ${andList([...POINT_VALUE_METRICS])}), and ${commandWord(dir)}'s plan does not keep ${andList(missing)} (its metrics: ${plan.metrics.join(', ')}${
        perWorker.length > 0 ? `; ${andList(perWorker)} ${perWorker.length > 1 ? 'are rates per head' : 'is a rate per head'}, not the whole team's` : ''
      }): add ${missing.join(', ')} to metrics in the plan (metrics: [${[...plan.metrics, ...missing].join(', ')}]) and run it again into a new folder, then cfsim analyze DIR --value-per-departure ${V}`,
    );
  }
  return undefined;
}

/** The plan's costs.discountRate (its base scenario file's, as a plan's set refuses it), 0 where none is given. */
export function planDiscountRate(plan: Pick<Plan, 'scenario' | 'set'>): number {
  const set = plan.set.find(([path]) => path === 'costs.discountRate')?.[1];
  const costs = plan.scenario?.content.costs;
  const own = costs !== null && typeof costs === 'object' ? (costs as Record<string, unknown>).discountRate : undefined;
  const rate = set ?? own;
  return typeof rate === 'number' && rate > 0 ? rate : 0;
}
