import type { MetricName } from './metrics';
import type { SeriesName } from './observables';

// What the cost beyond base salaries pays for (MODEL.md §5), in seven parts that add up to it: each
// a daily series (charged by models/costs.ts) and a metric per worker-year in post. Grouped by
// what a planner decides: what each worker is paid and offered, the sessions used, the staff
// added, what leavers and absence cost, and what vacant seats save. Base salaries of the funded
// seats at full staffing are in none (the same under every package); the vacancy part takes off
// what they do not cost while seats are empty.

export interface CostPart {
  readonly series: SeriesName;
  readonly metric: MetricName;
  /** A few words, as a row or a legend entry. */
  readonly label: string;
  /** What the part counts, in planners' words. */
  readonly counts: string;
}

export const COST_PARTS = [
  { series: 'payCost', metric: 'payCostPerWorkerYear', label: 'Pay and benefits', counts: 'pay raise, benefits and therapy access, per worker in post' },
  {
    series: 'programmeCost',
    metric: 'programmeCostPerWorkerYear',
    label: 'Programmes and training',
    counts: "training courses, team processing, cohesion, peer and lived-experience support, stigma reduction, mindfulness, after-hours cover, affirmation, per worker in post, and new hires' shadowing days",
  },
  { series: 'sessionCost', metric: 'sessionCostPerWorkerYear', label: 'Support sessions', counts: 'supervision sessions (price and quality premium: under pre-booked supervision each booked session, kept or not, since the supervisor is paid either way; under opt-in those held), single-session debriefs and grief check-ins held' },
  { series: 'staffingCost', metric: 'staffingCostPerWorkerYear', label: 'Added and float staff', counts: 'salaries of filled added seats and the float pool at its premium' },
  { series: 'turnoverCost', metric: 'turnoverCostPerWorkerYear', label: 'Replacing leavers', counts: "each leaver's replacement cost (a share of the leaver's salary)" },
  { series: 'absenceCost', metric: 'absenceCostPerWorkerYear', label: 'Paid absence', counts: "sick days and grief-leave days at the absent worker's day's pay, and paid time off at its share of it" },
  {
    series: 'vacancyCost',
    metric: 'vacancyCostPerWorkerYear',
    label: 'Vacant seats',
    counts: "the salary of funded seats while they are vacant, which is not paid (at costs.vacantSalarySaved of it): a saving, so negative",
  },
] as const satisfies readonly CostPart[];

/**
 * The parts a package's spending is made of (the report's "Spending on the package" group, and
 * `compare --budget`'s): the cash a budget pays, apart from replacing leavers, paid absence and
 * vacant seats, whose change is mostly the model's reckoning.
 */
export const PACKAGE_SPENDING_SERIES = ['payCost', 'programmeCost', 'sessionCost', 'staffingCost'] as const satisfies readonly SeriesName[];

/** The metric of a cost part. */
export type CostPartMetric = (typeof COST_PARTS)[number]['metric'];
