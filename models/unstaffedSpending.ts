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
 * without a float pool. Where the float pool's salary or premium is drawn per replication
 * (scenario.uncertainty), at the values replication `key` (its seed, point and number) drew for
 * them, NaN without `key`. Only those two draws are made: the float pool's size is never drawn
 * (uncertainty draws coefficients and prices), and a scenario of an older version, with no
 * uncertainty or fields this one no longer draws, still gives its float pool's cost.
 */
export function unstaffedSpendingPerYear(scenario: Scenario, key?: StreamKey): number {
  const p = modelParameters(scenario);
  const periods = [{ day: 0, floatStaff: p.floatStaff }, ...p.schedule.map((c) => ({ day: c.day, floatStaff: c.p.floatStaff }))];
  let floatSeatDays = 0;
  for (const [k, period] of periods.entries()) floatSeatDays += period.floatStaff * ((periods[k + 1]?.day ?? scenario.days) - period.day);
  if (floatSeatDays === 0) return 0;
  // A scenario written before uncertainty existed (CFSim 0.5.0 to 0.8.x) has none.
  const uncertain: Scenario['uncertainty'] = scenario.uncertainty ?? {};
  const drawnPrices = Object.fromEntries(FLOAT_PRICES.filter((path) => Object.hasOwn(uncertain, path)).map((path) => [path, uncertain[path]]));
  if (Object.keys(drawnPrices).length > 0 && key === undefined) return NaN;
  const { costs } = key === undefined ? scenario : drawnScenario({ ...scenario, uncertainty: drawnPrices }, key);
  return (floatSeatDays * costs.salary * costs.floatPremium) / scenario.days;
}
