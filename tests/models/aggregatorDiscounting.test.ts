import { describe, expect, it } from 'vitest';
import { runChunk } from '../../models/chunk';
import { discountedRecord, type DiscountedPerYear } from '../../models/discounting';
import { ExperimentAggregator } from '../../models/experimentAggregator';
import { SERIES_COUNT } from '../../models/observables';
import { valueForMoney } from '../../models/valueForMoney';
import { netBenefitAtValue } from '../../models/netBenefit';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';

// The aggregator discounts value for money (costs.discountRate) from each replication's daily
// record as it folds it: one pair of numbers per replication and arm, handed to the sink for
// replications.csv. The metrics and the halves of the horizon stay undiscounted.

const DAYS = 400;
const REPS = 4;
const SEED = 11;

const scenario = (policy: string, overrides: [string, unknown][] = []): Scenario => resolveScenario({ policy, overrides: [['days', DAYS], ['population.seats', 10], ...overrides] });

function fold(scenarios: readonly Scenario[], rate: number) {
  const sunk: { policy: number; rep: number; discounted?: DiscountedPerYear; args: number }[] = [];
  const aggregator = new ExperimentAggregator(scenarios.length, REPS, DAYS, (...args) => sunk.push({ policy: args[0], rep: args[1], discounted: args[5], args: args.length }), rate);
  const chunks = scenarios.map((s) => runChunk({ scenario: s, seed: SEED, point: 0, firstRep: 0, reps: REPS }));
  chunks.forEach((c, p) => aggregator.add(p, c));
  // The records, copied: the aggregator may hand buffers back.
  return { aggregator, sunk, records: chunks.map((c) => Array.from({ length: REPS }, (_, k) => c.records.slice(k * DAYS * SERIES_COUNT, (k + 1) * DAYS * SERIES_COUNT))) };
}

describe('ExperimentAggregator: value for money discounted', () => {
  const arms = [scenario('status-quo'), scenario('opt-out-support')];
  const plain = fold(arms, 0);
  const discounted = fold(arms, 0.035);

  it('at rate 0 is what it was: no discountRate, the metrics, and a sink called with five arguments', () => {
    const a = plain.aggregator;
    const v = a.valueForMoney(1, 0)!;
    expect(v.discountRate).toBeUndefined();
    const { byHalf: _, ...rest } = v;
    expect(rest).toEqual(valueForMoney(a.values(0, 'leaversPerYear'), a.values(1, 'leaversPerYear'), a.values(0, 'teamCostPerYear'), a.values(1, 'teamCostPerYear')));
    expect(a.netBenefitAtValue(50000, ['status-quo', 'opt-out-support'])).toEqual(
      netBenefitAtValue(50000, [0, 1].map((p) => ({ policy: arms[p].policy.name, leavers: a.values(p, 'leaversPerYear'), cost: a.values(p, 'teamCostPerYear') }))),
    );
    expect(plain.sunk.every((s) => s.args === 5 && s.discounted === undefined)).toBe(true);
  });

  it("above 0 uses each replication's discounted leavers and cost a year, from its daily record, and names the rate", () => {
    const a = discounted.aggregator;
    const per = (p: number) => discounted.records[p].map((record) => discountedRecord(record, DAYS, 0.035));
    const v = a.valueForMoney(1, 0)!;
    expect(v.discountRate).toBe(0.035);
    const { byHalf: _, ...rest } = v;
    expect(rest).toEqual(valueForMoney(per(0).map((d) => d.leavers), per(1).map((d) => d.leavers), per(0).map((d) => d.cost), per(1).map((d) => d.cost), 0.035));
    const nb = a.netBenefitAtValue(50000, ['status-quo', 'opt-out-support'])!;
    expect(nb.discountRate).toBe(0.035);
    expect(nb).toEqual(netBenefitAtValue(50000, [0, 1].map((p) => ({ policy: arms[p].policy.name, leavers: per(p).map((d) => d.leavers), cost: per(p).map((d) => d.cost) })), 0.035));
    // The sink gets the same numbers, replication by replication, for replications.csv.
    for (const s of discounted.sunk) expect(s.discounted).toEqual(per(s.policy)[s.rep]);
    // A net cost that runs steadily through the horizon keeps about its size: an equivalent annual amount moves only with when costs fall.
    const plainCost = plain.aggregator.valueForMoney(1, 0)!.netCost;
    expect(v.netCost).not.toBe(plainCost);
    expect(Math.abs(v.netCost / plainCost - 1)).toBeLessThan(0.01);
  });

  it('keeps the metrics and the halves of the horizon undiscounted', () => {
    expect(discounted.aggregator.metricSummaries(1)).toEqual(plain.aggregator.metricSummaries(1));
    expect(discounted.aggregator.differences(1, 0)).toEqual(plain.aggregator.differences(1, 0));
    expect(discounted.aggregator.valueForMoney(1, 0)!.byHalf).toEqual(plain.aggregator.valueForMoney(1, 0)!.byHalf);
  });

  it("discounts a package brought in on day 200 more than one from day 0, relative to its undiscounted net cost (its costs come later)", () => {
    const late = scenario('status-quo', [['changes', [{ day: 200, set: { 'policy.compensation.benefits': 1 } }]]]);
    const early = scenario('status-quo', [['policy.compensation.benefits', 1]]);
    const three = [arms[0], early, late];
    const ratio = (p: number) => fold(three, 0.07).aggregator.valueForMoney(p, 0)!.netCost / fold(three, 0).aggregator.valueForMoney(p, 0)!.netCost;
    // From day 0 its cost runs steadily: about its size. From day 200 its cost falls later, where a day weighs less.
    expect(Math.abs(ratio(1) - 1)).toBeLessThan(0.02);
    expect(ratio(2)).toBeLessThan(ratio(1));
  });
});
