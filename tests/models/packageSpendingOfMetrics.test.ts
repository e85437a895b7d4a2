import { describe, expect, it } from 'vitest';
import { PACKAGE_SPENDING_SERIES } from '../../models/costParts';
import { METRIC_NAMES, replicationMetrics } from '../../models/metrics';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { FALLBACK_HEADCOUNT_METRICS, HEADCOUNT_METRICS, PACKAGE_SPENDING_METRICS, packageSpendingOfMetrics } from '../../models/packageSpendingOfMetrics';

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
function rebuilt(records: Float64Array[], drop: readonly string[] = []): Float64Array | undefined {
  const metrics = records.map((r) => replicationMetrics(r, DAYS));
  const columns = Object.fromEntries(METRIC_NAMES.filter((m) => !drop.includes(m)).map((m) => [m, Float64Array.from(metrics, (x) => x[m])]));
  return packageSpendingOfMetrics(columns);
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

  it('needs the leavers metrics (CFSim 0.10.0 on) only where the whole cost is 0: without them, results of 0.5.0 to 0.9.x are rebuilt too', () => {
    const full = recordOf(() => 10, { payCost: 80, sessionCost: 30, turnoverCost: 40 });
    const offset = recordOf(() => 5, { payCost: 40, programmeCost: 10, vacancyCost: -50 });
    const spending = rebuilt([full, offset], FALLBACK_HEADCOUNT_METRICS)!;
    expect(spending[0]).toBeCloseTo(summedSpending(full), 6);
    expect(spending[1]).toBeNaN();
  });
});
