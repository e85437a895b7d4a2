import type { Summary } from '../sim/stats/summary';
import type { ScheduledChange } from '../scenarios/schema';
import type { PolicyOutcome } from './ensemble';
import type { GroupBreakdown, GroupOutcome } from './groups';
import { METRIC_NAMES, type MetricName } from './metrics';
import { bestOnAverage, type BestSpan, type ValueForMoney } from './valueForMoney';
import type { NetBenefitAtValue } from './netBenefit';
import type { ValueOfInformation } from './valueOfInformation';
import type { BudgetFit } from './budgetFit';
import type { SpendingYear } from './spendingByYear';

export interface Difference {
  readonly mean: number;
  /** Sample standard deviation of the paired differences (null from fewer than two). Absent from results written before CFSim 0.8.0. */
  readonly sd?: number | null;
  /** Standard error of the mean difference, sd / √(replications paired) (null from fewer than two). Absent before CFSim 0.8.0. */
  readonly se?: number | null;
  readonly p05: number;
  readonly p95: number;
  /**
   * How many paired differences (replications) are above, exactly at and below zero: the package's
   * value higher than, the same as and lower than the baseline's. Absent from results written
   * before they were kept.
   */
  readonly positive?: number;
  readonly zero?: number;
  readonly negative?: number;
}

/** One group's paired difference in turnover per year, over the `reps` replications in which both packages had someone of the group in post. */
export interface GroupTurnoverDifference {
  readonly by: GroupBreakdown;
  readonly group: string;
  readonly label: string;
  readonly reps: number;
  readonly turnoverPerYear: Difference;
}

/** One package's paired difference from the baseline (the first package), per metric. */
export interface PolicyDifference {
  readonly policy: string;
  readonly vs: string;
  readonly metrics: Readonly<Record<string, Difference>>;
  /** Turnover by role and by lived experience (absent from results written before CFSim 0.6.0). */
  readonly groups?: readonly GroupTurnoverDifference[];
  /** What the package's net cost buys in departures avoided (since CFSim 0.10.0; absent without a replication in which both packages had both values). */
  readonly valueForMoney?: ValueForMoney;
}

/** How a run that saved what it finished ended, and the replications it was asked for. */
export interface IncompleteRun {
  readonly status: 'interrupted' | 'failed';
  readonly requestedReps: number;
}

/** The `--json` output of `cfsim run` and `cfsim compare` (and `summary.json` of a results folder). */
export interface RunDocument {
  readonly cfsim: string;
  readonly scenario: string;
  /** Only in the summary.json of a run stopped early (a signal, or a worker that failed): so the file alone does not pass for a complete run of fewer replications. */
  readonly status?: IncompleteRun['status'];
  /** With `status`: the replications asked for (`reps` counts those finished). */
  readonly requestedReps?: number;
  readonly seed: number;
  /** Replications summarized. */
  readonly reps: number;
  readonly days: number;
  /** The scenario's scheduled changes, under every package; absent when it has none. */
  readonly changes?: readonly ScheduledChange[];
  /**
   * Each package's metrics, its turnover by role and by lived experience (`groups`, absent from
   * results written before CFSim 0.6.0), and the ranges its replications drew fields from
   * (`uncertainty`, only where it drew any: scenario.uncertainty).
   */
  readonly policies: readonly { readonly policy: string; readonly metrics: Readonly<Record<string, Summary>>; readonly groups?: readonly GroupOutcome[]; readonly uncertainty?: PolicyOutcome['uncertainty'] }[];
  readonly differences?: readonly PolicyDifference[];
  /**
   * Which arm has the highest mean net benefit at each value of a departure avoided, from the
   * differences' valueForMoney (since CFSim 0.10.0; absent where any difference lacks it).
   */
  readonly bestOnAverage?: readonly BestSpan[];
  /**
   * Every arm's net benefit at the value per departure avoided that `compare --value-per-departure`
   * gave (since CFSim 0.11.0; absent without the flag).
   */
  readonly netBenefit?: NetBenefitAtValue;
  /**
   * What learning each drawn value before choosing would be worth at that value per departure
   * avoided: each field's EVPPI a year with its noise floor (since CFSim 0.42.0; only with
   * `netBenefit`, where every arm draws fields (scenario.uncertainty), from 20 futures or more).
   */
  readonly valueOfInformation?: ValueOfInformation;
  /**
   * Each arm's spending on its package beyond the first arm's against the yearly budget that
   * `compare --budget` gave, and the best on average among those within it (since CFSim 0.30.0;
   * absent without the flag).
   */
  readonly budget?: BudgetFit;
  /**
   * Under `compare` over more than 365 days: each year's spending on the package and net cost
   * against the first arm, per arm (since CFSim 0.30.0).
   */
  readonly spendingByYear?: readonly SpendingYear[];
}

/** bestOnAverage over the arms of a comparison, from each difference's valueForMoney; undefined where there is none or any lacks it. */
export function bestOnAverageOf(differences: readonly { policy: string; vs: string; valueForMoney?: ValueForMoney }[]): BestSpan[] | undefined {
  if (differences.length === 0 || !differences.every((d) => d.valueForMoney)) return undefined;
  return bestOnAverage(
    differences[0].vs,
    differences.map((d) => ({ policy: d.policy, departuresAvoided: d.valueForMoney!.departuresAvoided, netCost: d.valueForMoney!.netCost })),
  );
}

const ordered = <T>(metrics: Readonly<Record<MetricName, T>>) => Object.fromEntries(METRIC_NAMES.map((m) => [m, metrics[m]]));

export function runDocument(
  version: string,
  scenario: string,
  seed: number,
  reps: number,
  days: number,
  outcomes: readonly PolicyOutcome[],
  differences?: readonly { policy: string; vs: string; metrics: Readonly<Record<MetricName, Difference>>; groups?: readonly GroupTurnoverDifference[]; valueForMoney?: ValueForMoney }[],
  changes: readonly ScheduledChange[] = [],
  incomplete?: IncompleteRun,
  netBenefit?: NetBenefitAtValue,
  spending: { readonly budget?: BudgetFit; readonly byYear?: readonly SpendingYear[] } = {},
  valueOfInformation?: ValueOfInformation,
): RunDocument {
  const best = differences && bestOnAverageOf(differences);
  return {
    cfsim: version,
    scenario,
    ...(incomplete ? { status: incomplete.status, requestedReps: incomplete.requestedReps } : {}),
    seed,
    reps,
    days,
    ...(changes.length > 0 ? { changes } : {}),
    // Fixed metric order, so documents diff cleanly.
    policies: outcomes.map((o) => ({ policy: o.policy, ...(o.uncertainty ? { uncertainty: o.uncertainty } : {}), metrics: ordered(o.metrics), ...(o.groups ? { groups: o.groups } : {}) })),
    ...(differences ? { differences: differences.map((d) => ({ policy: d.policy, vs: d.vs, metrics: ordered(d.metrics), ...(d.groups ? { groups: d.groups } : {}), ...(d.valueForMoney ? { valueForMoney: d.valueForMoney } : {}) })) } : {}),
    ...(best ? { bestOnAverage: best } : {}),
    ...(netBenefit ? { netBenefit } : {}),
    ...(valueOfInformation ? { valueOfInformation } : {}),
    ...(spending.budget ? { budget: spending.budget } : {}),
    ...(spending.byYear ? { spendingByYear: spending.byYear } : {}),
  };
}
