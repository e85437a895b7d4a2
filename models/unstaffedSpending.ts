import { modelParameters } from './parameters';
import { drawnScenario } from './uncertainty';
import type { Scenario } from '../scenarios/schema';
import type { StreamKey } from '../sim/random/stream';

// A replication with nobody in post all run still spends on its package: the float pool's
// salaries at their premium (models/costs.ts), the one part of the package's spending that does
// not follow the staff in post. compare --budget counts it so too (models/experimentAggregator.ts); replications.csv
// gives the spending's parts per worker-year, which such a replication has none of (NaN). So that
// `cfsim report --budget` counts that future as compare does, its spending a year is rebuilt from
// the arm's scenario, with the values that replication drew for its uncertain fields (recomputed
// from the run's seed, as uncertainty.csv records them).

/** The prices the float pool's spending is charged at: drawn per replication, they are known only with the replication's key. */
const FLOAT_PRICES = ['costs.salary', 'costs.floatPremium'] as const;

/**
 * The arm's spending on its package a year in a replication with nobody in post all run (its
 * float staff's salaries at their premium, each scheduled change's float pool over its days): 0
 * without a float pool. Given `key` (the replication's seed, point and number), at the values that
 * replication drew for the scenario's uncertain fields (scenario.uncertainty); without it, NaN where
 * a float pool is paid at a price drawn per replication.
 */
export function unstaffedSpendingPerYear(scenario: Scenario, key?: StreamKey): number {
  const drawn = key !== undefined && Object.keys(scenario.uncertainty).length > 0;
  const s = drawn ? drawnScenario(scenario, key) : scenario;
  const p = modelParameters(s);
  const periods = [{ day: 0, floatStaff: p.floatStaff }, ...p.schedule.map((c) => ({ day: c.day, floatStaff: c.p.floatStaff }))];
  let floatSeatDays = 0;
  for (const [k, period] of periods.entries()) floatSeatDays += period.floatStaff * ((periods[k + 1]?.day ?? s.days) - period.day);
  if (floatSeatDays === 0) return 0;
  if (!drawn && FLOAT_PRICES.some((path) => Object.hasOwn(scenario.uncertainty, path))) return NaN;
  return (floatSeatDays * s.costs.salary * s.costs.floatPremium) / s.days;
}
