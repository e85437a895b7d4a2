import { modelParameters } from './parameters';
import type { Scenario } from '../scenarios/schema';

// A replication with nobody in post all run still spends on its package: the float pool's
// salaries at their premium (models/costs.ts), the one part of the package's spending that does
// not follow the staff in post. compare --budget sums it from the daily series; replications.csv
// gives the spending's parts per worker-year, which such a replication has none of (NaN). So that
// `cfsim report --budget` counts that future as compare does, its spending a year is rebuilt from
// the arm's scenario.

/** The prices the float pool's spending is charged at: drawn per replication, they are not known after the run. */
const FLOAT_PRICES = ['costs.salary', 'costs.floatPremium'] as const;

/**
 * The arm's spending on its package a year in a replication with nobody in post all run (its
 * float staff's salaries at their premium, each scheduled change's float pool over its days): 0
 * without a float pool; NaN where a float pool is paid at a price drawn per replication
 * (scenario.uncertainty), which the results do not keep.
 */
export function unstaffedSpendingPerYear(scenario: Scenario): number {
  const p = modelParameters(scenario);
  const periods = [{ day: 0, floatStaff: p.floatStaff }, ...p.schedule.map((s) => ({ day: s.day, floatStaff: s.p.floatStaff }))];
  let floatSeatDays = 0;
  for (const [k, period] of periods.entries()) floatSeatDays += period.floatStaff * ((periods[k + 1]?.day ?? scenario.days) - period.day);
  if (floatSeatDays === 0) return 0;
  if (FLOAT_PRICES.some((path) => Object.hasOwn(scenario.uncertainty, path))) return NaN;
  return (floatSeatDays * scenario.costs.salary * scenario.costs.floatPremium) / scenario.days;
}
