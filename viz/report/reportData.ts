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
  /** Lower edge of a 2-point bin of the 10–50 score. */
  readonly score: number;
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

export interface Summary {
  readonly mean: number;
  readonly sd?: number;
  readonly p05: number;
  readonly p95: number;
}

export interface SummaryDocument {
  readonly cfsim: string;
  readonly scenario: string;
  readonly seed: number;
  readonly reps: number;
  readonly days: number;
  readonly policies: readonly { readonly policy: string; readonly metrics: Readonly<Record<string, Summary>> }[];
  readonly differences?: readonly { readonly policy: string; readonly vs: string; readonly metrics: Readonly<Record<string, Summary>> }[];
}

export interface ReportData {
  readonly manifest: {
    readonly cfsim: string;
    readonly command: string;
    readonly scenarios: readonly Record<string, unknown>[];
    readonly seed: number;
    readonly reps: number;
    readonly completedReps: number;
    readonly days: number;
    readonly threads: number;
    readonly startedAt: string;
    readonly endedAt: string | null;
    readonly status: string;
  };
  readonly summary: SummaryDocument;
  readonly series: readonly SeriesPoint[];
  readonly distributions: readonly DistributionBin[];
  readonly groups: readonly GroupOutcome[];
  readonly support: readonly SupportUse[];
}
