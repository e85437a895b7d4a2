import { SERIES, SERIES_COUNT } from '../../models/observables';

// Hand-made daily records for the tests of compare's spending and budget (tests/bin/budgetOfComparison.test.ts,
// tests/bin/compareSpending.test.ts): a future whose whole cost is exactly 0 with no leavers is hard to meet in a run.

/** The days of a record. */
export const DAYS = 400;

/** Daily amounts of some series. */
export type Amounts = Partial<Record<keyof typeof SERIES, number>>;

const COST_SERIES = ['payCost', 'programmeCost', 'sessionCost', 'staffingCost', 'turnoverCost', 'absenceCost', 'vacancyCost'] as const;

/** A daily record of `headcount` staff, the cost parts at `perDay`, a leaver every `separationEvery` days (0: none); its cost the sum of its parts. */
export function recordOf(headcount: number, perDay: Amounts, separationEvery = 40): Float64Array {
  const record = new Float64Array(DAYS * SERIES_COUNT);
  for (let d = 0; d < DAYS; d++) {
    const row = d * SERIES_COUNT;
    record[row + SERIES.headcount] = headcount;
    for (const [name, amount] of Object.entries(perDay)) record[row + SERIES[name as keyof typeof SERIES]] += amount!;
    if (separationEvery > 0 && d % separationEvery === 0) record[row + SERIES.separations] = 1;
    record[row + SERIES.cost] = COST_SERIES.reduce((sum, p) => sum + record[row + SERIES[p]], 0);
  }
  return record;
}
