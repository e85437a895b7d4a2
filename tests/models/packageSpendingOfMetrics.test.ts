import { describe, expect, it } from 'vitest';
import { budgetFit } from '../../models/budgetFit';
import { PACKAGE_SPENDING_SERIES } from '../../models/costParts';
import { METRIC_NAMES, replicationMetrics } from '../../models/metrics';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { FALLBACK_HEADCOUNT_METRICS, HEADCOUNT_METRICS, PACKAGE_SPENDING_METRICS, packageSpendingOfMetrics, spendingGap } from '../../models/packageSpendingOfMetrics';

// `cfsim report --budget` rebuilds each replication's spending on its package a year from the
// metrics replications.csv holds; compare --budget sums the daily series. The two must agree.

const DAYS = 400;

type Amounts = Partial<Record<keyof typeof SERIES, number>>;

/** A daily record: `headcount(day)` in post, the cost parts at `perDay`'s amounts (or its amounts on that day), a leaver every `separationEvery` days (0: none). */
function recordOf(headcount: (day: number) => number, perDay: Amounts | ((day: number) => Amounts), separationEvery = 40): Float64Array {
  const record = new Float64Array(DAYS * SERIES_COUNT);
  for (let d = 0; d < DAYS; d++) {
    const row = d * SERIES_COUNT;
    record[row + SERIES.headcount] = headcount(d);
    record[row + SERIES.vacancies] = Math.max(0, 10 - headcount(d));
    for (const [name, amount] of Object.entries(typeof perDay === 'function' ? perDay(d) : perDay)) record[row + SERIES[name as keyof typeof SERIES]] += amount!;
    if (separationEvery > 0 && d % separationEvery === 0) record[row + SERIES.separations] = 1;
  }
  // The total cost is the sum of its parts, as models/costs.ts charges it.
  const parts = ['payCost', 'programmeCost', 'sessionCost', 'staffingCost', 'turnoverCost', 'absenceCost', 'vacancyCost'] as const;
  for (let d = 0; d < DAYS; d++) record[d * SERIES_COUNT + SERIES.cost] = parts.reduce((sum, p) => sum + record[d * SERIES_COUNT + SERIES[p]], 0);
  return record;
}

/** compare --budget's spending a year: the package's daily series summed, times 365 / days. */
function summedSpending(record: Float64Array): number {
  let spent = 0;
  for (let d = 0; d < DAYS; d++) for (const s of PACKAGE_SPENDING_SERIES) spent += record[d * SERIES_COUNT + SERIES[s]];
  return (spent * 365) / DAYS;
}

/** packageSpendingOfMetrics of replications (each a record), with the metrics as replications.csv holds them. */
function rebuilt(records: Float64Array[], drop: readonly string[] = [], unstaffed?: number): Float64Array | undefined {
  const metrics = records.map((r) => replicationMetrics(r, DAYS));
  const columns = Object.fromEntries(METRIC_NAMES.filter((m) => !drop.includes(m)).map((m) => [m, Float64Array.from(metrics, (x) => x[m])]));
  return packageSpendingOfMetrics(columns, unstaffed);
}

describe('packageSpendingOfMetrics', () => {
  it('gives the summed daily spending a year: a full team, a vacancy-heavy one, one whose added staff fill seats over the run', () => {
    const records = [
      recordOf(() => 10, { payCost: 80, programmeCost: 12.5, sessionCost: 30, turnoverCost: 40, absenceCost: 9, vacancyCost: 0 }),
      recordOf((d) => (d % 3 === 0 ? 1 : 3), { payCost: 8, sessionCost: 3, vacancyCost: -1500, turnoverCost: 20 }),
      recordOf((d) => 10 + Math.floor(d / 100), (d) => ({ payCost: 8 * (10 + Math.floor(d / 100)), staffingCost: 250 * Math.floor(d / 100), turnoverCost: 5 })),
    ];
    const spending = rebuilt(records)!;
    for (const [r, record] of records.entries()) expect(spending[r]).toBeCloseTo(summedSpending(record), 6);
    expect(spending[1]).toBeGreaterThan(0); // its cost is negative overall (vacant seats' saving); the spending is not
  });

  it('recovers the headcount from leavers over turnover where the whole cost is 0, and gives 0 for a package spending nothing', () => {
    // Spending on the package exactly offset by the saving of vacant seats: cost per worker-year 0.
    const offset = recordOf(() => 5, { payCost: 40, programmeCost: 10, vacancyCost: -50 });
    const nothing = recordOf(() => 5, {}, 0);
    const spending = rebuilt([offset, nothing])!;
    expect(replicationMetrics(offset, DAYS).costPerWorkerYear).toBe(0);
    expect(spending[0]).toBeCloseTo(summedSpending(offset), 6);
    expect(spending[1]).toBe(0);
  });

  it('gives NaN where the headcount cannot be recovered (no cost and no leavers) but the package spends, and undefined without a metric it reads', () => {
    const offsetNoLeavers = recordOf(() => 5, { payCost: 40, vacancyCost: -40 }, 0);
    expect(rebuilt([offsetNoLeavers])![0]).toBeNaN();
    for (const missing of [...PACKAGE_SPENDING_METRICS, ...HEADCOUNT_METRICS]) expect(rebuilt([offsetNoLeavers], [missing])).toBeUndefined();
  });

  it("gives a future with nobody in post all run the arm's unstaffed spending, so that report --budget counts it as compare --budget does", () => {
    // The float pool paid all run (300 a day), every seat vacant: no worker-years, every part per worker-year NaN.
    const empty = recordOf(() => 0, { staffingCost: 300, vacancyCost: -1500 }, 0);
    const staffed = recordOf(() => 10, { payCost: 80, staffingCost: 300, vacancyCost: 0 });
    expect(replicationMetrics(empty, DAYS).costPerWorkerYear).toBeNaN();
    const unstaffed = 300 * 365;
    const spending = rebuilt([staffed, empty], [], unstaffed)!;
    expect(spending[1]).toBeCloseTo(summedSpending(empty), 6);
    // Without it (a float pool paid at a drawn price), NaN as before.
    expect(rebuilt([staffed, empty])![1]).toBeNaN();
    // The budget's futures: the same two under compare (summed) and report (rebuilt).
    const baseline = { policy: 'status-quo', spending: [0, 0] };
    const compared = budgetFit(200000, [baseline, { policy: 'float', spending: [summedSpending(staffed), summedSpending(empty)] }]).arms[0];
    const reported = budgetFit(200000, [baseline, { policy: 'float', spending }]).arms[0];
    expect(reported).toMatchObject({ futures: 2, futuresWithin: compared.futuresWithin });
    expect(reported.overBaselinePerYear).toBeCloseTo(compared.overBaselinePerYear, 6);
  });

  it('needs the leavers metrics (CFSim 0.10.0 on) only where the whole cost is 0: without them, results of 0.5.0 to 0.9.x are rebuilt too', () => {
    const full = recordOf(() => 10, { payCost: 80, sessionCost: 30, turnoverCost: 40 });
    const offset = recordOf(() => 5, { payCost: 40, programmeCost: 10, vacancyCost: -50 });
    const spending = rebuilt([full, offset], FALLBACK_HEADCOUNT_METRICS)!;
    expect(spending[0]).toBeCloseTo(summedSpending(full), 6);
    expect(spending[1]).toBeNaN();
  });

  it('says why a future cannot be rebuilt: nobody in post all run, or a whole cost of 0 without leavers to size the team by', () => {
    const empty = recordOf(() => 0, { staffingCost: 300, vacancyCost: -1500 }, 0);
    const offsetNoLeavers = recordOf(() => 5, { payCost: 40, vacancyCost: -40 }, 0);
    const metrics = records([empty, offsetNoLeavers]);
    const spending = packageSpendingOfMetrics(metrics)!;
    expect([...spending].map(Number.isNaN)).toEqual([true, true]);
    expect([spendingGap(metrics, 0), spendingGap(metrics, 1)]).toEqual(['nobodyInPost', 'noCost']);
  });
});

/** The metrics of `records` by replication, as replications.csv holds them. */
function records(list: Float64Array[]): Record<string, Float64Array> {
  const metrics = list.map((r) => replicationMetrics(r, DAYS));
  return Object.fromEntries(METRIC_NAMES.map((m) => [m, Float64Array.from(metrics, (x) => x[m])]));
}
