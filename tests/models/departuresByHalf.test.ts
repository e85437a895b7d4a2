import { describe, expect, it } from 'vitest';
import { runChunk } from '../../models/chunk';
import { BY_HALF_MIN_DAYS, departuresAvoidedByHalf, departuresTrend } from '../../models/departuresByHalf';
import { ExperimentAggregator } from '../../models/experimentAggregator';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { resolveScenario } from '../../scenarios/resolve';
import { valueForMoney } from '../../models/valueForMoney';
import { valueForMoneySentences } from '../../viz/report/valueForMoneyWords';

// When in the horizon a package's departures avoided fall, and what that says of its cost per
// departure avoided over another horizon.

describe('departures avoided in each half of the horizon', () => {
  it("is each half's departures avoided a year, from the replications' separations over the first half and the whole horizon", () => {
    // 365 days: 182 in the first half, 183 in the second. The package avoids 1 departure in the first half, 3 in the second.
    const h = departuresAvoidedByHalf(365, { firstHalf: [10, 10], total: [20, 20] }, { firstHalf: [9, 9], total: [16, 16] })!;
    expect(h.firstHalfDays).toBe(182);
    expect(h.firstHalf).toBeCloseTo(365 / 182, 12);
    expect(h.secondHalf).toBeCloseTo((3 * 365) / 183, 12);
    expect(h.changeSe).toBe(0);
    expect(departuresTrend(h, 2)).toBe('up');
    // The halves, weighted by their days, average to the whole horizon's departures avoided a year (4).
    expect((h.firstHalf * 182 + h.secondHalf * 183) / 365).toBeCloseTo(4, 12);
    // The reverse: an effect that fades.
    expect(departuresTrend(departuresAvoidedByHalf(365, { firstHalf: [10, 10], total: [20, 20] }, { firstHalf: [7, 7], total: [16, 16] })!, 2)).toBe('down');
  });

  it('calls no trend where the change between the halves is within the noise of the replications', () => {
    // The second half avoids more on average (+1 departure), but the replications go either way by ±6.
    const baseline = { firstHalf: [10, 10, 10, 10], total: [20, 20, 20, 20] };
    const arm = { firstHalf: [9, 9, 9, 9], total: [11, 23, 11, 23] };
    const h = departuresAvoidedByHalf(730, baseline, arm)!;
    expect(h.secondHalf).toBeGreaterThan(h.firstHalf);
    expect(h.changeSe).toBeGreaterThan(0);
    expect(departuresTrend(h, 4)).toBeUndefined();
    // From one replication there is no noise to judge it by.
    expect(departuresTrend(departuresAvoidedByHalf(730, { firstHalf: [10], total: [20] }, { firstHalf: [9], total: [16] })!, 1)).toBeUndefined();
  });

  it(`is not given for a horizon under ${BY_HALF_MIN_DAYS} days, or without replications`, () => {
    expect(departuresAvoidedByHalf(BY_HALF_MIN_DAYS - 1, { firstHalf: [1], total: [2] }, { firstHalf: [1], total: [2] })).toBeUndefined();
    expect(departuresAvoidedByHalf(BY_HALF_MIN_DAYS, { firstHalf: [1], total: [2] }, { firstHalf: [1], total: [2] })).toBeDefined();
    expect(departuresAvoidedByHalf(365, { firstHalf: [], total: [] }, { firstHalf: [], total: [] })).toBeUndefined();
  });

  it("opt-out supervision's departures avoided build up over its first year, as the STS and burnout it relieves ease over months, and the value-for-money words say so", () => {
    const days = 365;
    const reps = 30;
    const scenarios = ['status-quo', 'opt-out-support'].map((policy) => resolveScenario({ policy, overrides: [['days', days]] }));
    const chunks = scenarios.map((scenario) => runChunk({ scenario, seed: 3, point: 0, firstRep: 0, reps }));
    const aggregator = new ExperimentAggregator(2, reps, days);
    chunks.forEach((c, p) => aggregator.add(p, c));
    const v = aggregator.valueForMoney(1, 0)!;
    const h = v.byHalf!;
    // Worked out from the daily separations of each replication.
    const cells = days * SERIES_COUNT;
    const separations = (p: number, from: number, to: number) => {
      let sum = 0;
      for (let r = 0; r < reps; r++) for (let day = from; day < to; day++) sum += chunks[p].records[r * cells + day * SERIES_COUNT + SERIES.separations];
      return sum / reps;
    };
    expect(h.firstHalf).toBeCloseTo(((separations(0, 0, 182) - separations(1, 0, 182)) * 365) / 182, 9);
    expect(h.secondHalf).toBeCloseTo(((separations(0, 182, days) - separations(1, 182, days)) * 365) / 183, 9);
    expect((h.firstHalf * 182 + h.secondHalf * 183) / days).toBeCloseTo(v.departuresAvoided, 9);
    // The mechanism: supervision lowers STS and burnout from its first sessions, but leaving follows them with a lag.
    expect(v.reading).toBe('fewer-leavers-at-a-cost');
    expect(h.secondHalf).toBeGreaterThan(h.firstHalf);
    expect(departuresTrend(h, v.futures)).toBe('up');
    const words = valueForMoneySentences(v, 'opt-out-support', 'status-quo').join(' ');
    expect(words).toContain(`Its departures avoided build up as what opt-out-support relieves eases over months (${h.firstHalf.toFixed(1)} a year over the horizon's first 182 days, ${h.secondHalf.toFixed(1)} a year over the rest)`);
    expect(words).toContain('over a longer horizon its cost per departure avoided is likely lower than over this one');
    // Without the halves (a horizon under 180 days, or results written before 0.25.0) nothing is said of it.
    expect(valueForMoneySentences({ ...v, byHalf: undefined }, 'opt-out-support', 'status-quo').join(' ')).not.toContain('departures avoided build up');
  });
});

describe('the halves in words', () => {
  it('gives both halves to the same decimals: not "0.00 a year" beside "1.6 a year"', () => {
    // Ten futures in which the package avoids about one departure a year at about $40,000.
    const v = valueForMoney([3, 4, 3, 5, 4, 3, 4, 5, 3, 4], [2, 3, 2, 4, 3, 2, 3, 3, 2, 3], [1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6], [1.04e6, 1.05e6, 1.03e6, 1.04e6, 1.04e6, 1.05e6, 1.04e6, 1.03e6, 1.04e6, 1.04e6])!;
    expect(v.reading).toBe('fewer-leavers-at-a-cost');
    const words = (firstHalf: number, secondHalf: number) => valueForMoneySentences({ ...v, byHalf: { firstHalfDays: 182, firstHalf, secondHalf, changeSe: 0.1 } }, 'opt-out-support', 'status-quo').join(' ');
    expect(words(0.004, 1.6)).toContain("(0.00 a year over the horizon's first 182 days, 1.60 a year over the rest)");
    expect(words(0.4, 1.6)).toContain("(0.40 a year over the horizon's first 182 days, 1.60 a year over the rest)");
    expect(words(1.2, 2.6)).toContain("(1.2 a year over the horizon's first 182 days, 2.6 a year over the rest)");
    // Beside discounted figures the halves say they are not discounted.
    const discounted = valueForMoneySentences({ ...v, discountRate: 0.035, byHalf: { firstHalfDays: 182, firstHalf: 1.2, secondHalf: 2.6, changeSe: 0.1 } }, 'opt-out-support', 'status-quo').join(' ');
    expect(discounted).toContain("(1.2 a year over the horizon's first 182 days, 2.6 a year over the rest, undiscounted)");
  });
});
