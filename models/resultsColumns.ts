import { SERIES_QUANTILES } from './experimentAggregator';
import { METRIC_NAMES } from './metrics';
import { SEPARATION_COLUMNS, WORKER_COLUMNS } from './outputs';

// The headers of a results folder's CSV files: declared once, written by the CLI and read by the report generator.

export const WORKERS_CSV_COLUMNS = ['policy', 'rep', ...WORKER_COLUMNS] as const;
export const SEPARATIONS_CSV_COLUMNS = ['policy', 'rep', ...SEPARATION_COLUMNS] as const;
export const TIMESERIES_CSV_COLUMNS = ['policy', 'day', 'metric', 'mean', ...SERIES_QUANTILES.map((q) => `p${String(Math.round(q * 100)).padStart(2, '0')}`)] as const;
/** replications.csv: each package's (or scenario's) metrics in each replication, in summary.json's order; summary.json's statistics are of these values. */
export const REPLICATIONS_CSV_COLUMNS = ['policy', 'rep', ...METRIC_NAMES] as const;
/**
 * replications.csv's last columns where value for money is discounted (costs.discountRate above 0):
 * each replication's leavers and whole-team cost a year discounted (models/discounting.ts), the
 * values value for money is computed from.
 */
export const DISCOUNTED_CSV_COLUMNS = ['discountedLeaversPerYear', 'discountedTeamCostPerYear'] as const;
/** replications.csv's columns at a discount rate: REPLICATIONS_CSV_COLUMNS, then DISCOUNTED_CSV_COLUMNS above 0. */
export const replicationsCsvColumns = (discountRate: number): readonly string[] => (discountRate > 0 ? [...REPLICATIONS_CSV_COLUMNS, ...DISCOUNTED_CSV_COLUMNS] : REPLICATIONS_CSV_COLUMNS);
/** uncertainty.csv (only where a scenario has parameter uncertainty): the value each replication drew for each uncertain field. */
export const UNCERTAINTY_CSV_COLUMNS = ['policy', 'rep', 'field', 'value'] as const;
