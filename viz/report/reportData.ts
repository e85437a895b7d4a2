import type { Manifest } from '../../models/resultsManifest';
import type { RunDocument } from '../../models/runDocument';

// The data a report needs, already reduced to small tables (charts never see raw per-worker rows).

export interface SeriesPoint {
  readonly policy: string;
  readonly day: number;
  readonly metric: string;
  readonly mean: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
}

export interface DistributionBin {
  readonly policy: string;
  readonly scale: string;
  /** Lower edge of a 2-point bin of the 10–50 score (and 50 for the point that closes the last bin). */
  readonly score: number;
  /** The bin's range, as shown in tooltips ("48–50"). */
  readonly bin: string;
  /** Share of the package's staff in this bin (all replications pooled). */
  readonly share: number;
}

export interface GroupOutcome {
  readonly policy: string;
  /** "Role" or "Lived experience". */
  readonly breakdown: string;
  readonly group: string;
  readonly scale: string;
  readonly mean: number;
  readonly workers: number;
}

export interface SupportUse {
  readonly policy: string;
  /** "Role" or "Burnout band". */
  readonly breakdown: string;
  readonly group: string;
  readonly offered: number;
  readonly attended: number;
  readonly uptake: number;
}

export interface SeparationCause {
  readonly policy: string;
  /** A reason, as SEPARATION_REASONS names it ("baseline", "burnout", "compassion-fatigue", "low-satisfaction", "low-pay", "new-hire"). */
  readonly reason: string;
  /** Separations attributed to this reason (the sum of the leavers' shares of it), all replications pooled. */
  readonly separations: number;
  /** Worker-years in post, all replications pooled (the daily headcount summed). */
  readonly workerYears: number;
  /** Separations attributed to this reason per 100 worker-years in post. */
  readonly per100WorkerYears: number;
}

/** A package's team as a whole, from the daily series' means (the mean over replications). */
export interface TeamTotals {
  readonly policy: string;
  /** Mean staff in post over the horizon. */
  readonly staffInPost: number;
  /** Cost beyond the funded seats' salaries at full staffing, per year, for the whole team. */
  readonly costPerYear: number;
  /** That cost's parts per year, by cost-part series (models/costParts.ts); absent from results written before the cost had all seven. */
  readonly costParts?: Readonly<Record<string, number>>;
}

/** summary.json: exactly the --json document of run and compare. */
export type SummaryDocument = RunDocument;

export interface ReportData {
  readonly manifest: Manifest;
  readonly summary: SummaryDocument;
  /** Per package, the standard deviation of individual ProQOL burnout scores (staff in post at the end, replications pooled). */
  readonly burnoutSd?: Readonly<Record<string, number>>;
  readonly series: readonly SeriesPoint[];
  readonly distributions: readonly DistributionBin[];
  readonly groups: readonly GroupOutcome[];
  readonly support: readonly SupportUse[];
  /**
   * Separations by reason (the leavers' shares summed), per package, every reason listed (0 when
   * none); undefined for results written before separations.csv gave the shares.
   */
  readonly separations: readonly SeparationCause[] | undefined;
  /** One per package, in summary.policies order (the table's columns). */
  readonly teams: readonly TeamTotals[];
  /**
   * Each arm's values of the key metrics (models/drawSensitivity.ts SENSITIVITY_METRICS and
   * models/valueForMoney.ts VALUE_FOR_MONEY_METRICS, viz/specs/costEffectiveness.ts PLANE_METRICS,
   * models/packageSpendingOfMetrics.ts PACKAGE_SPENDING_INPUT_METRICS, those the results have) in each replication,
   * from replications.csv; absent for results without it.
   */
  readonly replicationValues?: ReadonlyMap<string, Readonly<Record<string, Float64Array>>>;
  /** The value per departure avoided asked of the report (`cfsim report --value-per-departure`), for its net-benefit table; absent: the one the comparison was run with, if any. */
  readonly valuePerDeparture?: number;
  /** The yearly budget asked of the report (`cfsim report --budget`), judged from replications.csv; absent: the one the comparison was run with, if any. */
  readonly budget?: number;
  /** Where `cfsim report -o` wrote the report: the command that redraws it (Reproduce this report) writes it there again. */
  readonly output?: string;
}
