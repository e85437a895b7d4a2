import { SERIES_QUANTILES } from './experimentAggregator';
import { METRIC_NAMES } from './metrics';
import { SEPARATION_COLUMNS, WORKER_COLUMNS } from './outputs';

// The headers of a results folder's CSV files: declared once, written by the CLI and read by the report generator.

export const WORKERS_CSV_COLUMNS = ['policy', 'rep', ...WORKER_COLUMNS] as const;
export const SEPARATIONS_CSV_COLUMNS = ['policy', 'rep', ...SEPARATION_COLUMNS] as const;
export const TIMESERIES_CSV_COLUMNS = ['policy', 'day', 'metric', 'mean', ...SERIES_QUANTILES.map((q) => `p${String(Math.round(q * 100)).padStart(2, '0')}`)] as const;
/** replications.csv: each package's (or scenario's) metrics in each replication, in summary.json's order; summary.json's statistics are of these values. */
export const REPLICATIONS_CSV_COLUMNS = ['policy', 'rep', ...METRIC_NAMES] as const;
/** uncertainty.csv (only where a scenario has parameter uncertainty): the value each replication drew for each uncertain field. */
export const UNCERTAINTY_CSV_COLUMNS = ['policy', 'rep', 'field', 'value'] as const;
