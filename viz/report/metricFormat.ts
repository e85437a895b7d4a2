import type { MetricName } from '../../models/metrics';
import { COST_PARTS } from '../../models/costParts';

// How a metric's values and differences read, alike in the CLI's tables and the HTML report.

/** Metrics that are shares (0–1), shown in % and their differences in percentage points. */
const SHARE_METRICS = new Set<MetricName>(['highSTSShare', 'highBOShare', 'lowCSShare', 'turnoverPerYear', 'vacancyRate', 'absenceRate', 'unmetDemandShare', 'supportUptake']);

const COST_METRICS = new Set<MetricName>(['costPerWorkerYear', ...COST_PARTS.map((part) => part.metric), 'teamCostPerYear']);

/** Metrics read to one decimal: scores, counts per year and days. */
const ONE_DECIMAL_METRICS = new Set<MetricName>(['proqolCS', 'proqolBO', 'proqolSTS', 'leaversPerYear', 'clientDeathsPerWorkerYear', 'leaveDaysPerWorkerYear']);

/** The cost per worker-year or one of its parts: money. */
export function isCostMetric(metric: MetricName): boolean {
  return COST_METRICS.has(metric);
}

/**
 * A number to `decimals` places as the differences read (signedDifference): rounded from its
 * shortest decimal form, so 4.35 reads 4.4 wherever it appears. toFixed rounds the binary value
 * (4.3499999...) to 4.3, and a researcher found the same −4.35 as −4.4 in a table and 4.3 in the
 * value-for-money words.
 */
export function decimalText(value: number, decimals: number): string {
  const text = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
  // A value that rounds to zero has no sign ("-0.0" for −0.04 or −0), as the differences show it.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A metric value as a person reads it: shares in %, money rounded, scores to one decimal. */
export function formatValue(metric: MetricName, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (SHARE_METRICS.has(metric)) return `${decimalText(value * 100, 1)}%`;
  if (isCostMetric(metric)) {
    // The vacancy part is negative: "−$2,759" as the differences read, not "$-2,759".
    const text = Math.abs(value).toLocaleString('en-US', { maximumFractionDigits: 0 });
    return `${value < 0 && text !== '0' ? '−' : ''}$${text}`;
  }
  if (ONE_DECIMAL_METRICS.has(metric)) return decimalText(value, 1);
  return decimalText(value, 3);
}

/** How a metric's differences are shown: shares in percentage points (pp), since "−4.3%" would read as a relative change. */
export function differenceUnit(metric: MetricName): { scale: number; decimals: number; prefix: string; suffix: string } {
  if (SHARE_METRICS.has(metric)) return { scale: 100, decimals: 1, prefix: '', suffix: ' pp' };
  if (isCostMetric(metric)) return { scale: 1, decimals: 0, prefix: '$', suffix: '' };
  if (ONE_DECIMAL_METRICS.has(metric)) return { scale: 1, decimals: 1, prefix: '', suffix: '' };
  return { scale: 1, decimals: 3, prefix: '', suffix: '' };
}

/**
 * A difference as the comparison tables show it: "−3.6 pp", "+$94,497", "−1.2", in the metric's
 * difference unit with `decimals` (its usual ones unless given); one that rounds to zero has no
 * sign unless `keepSign` (a range end that is not zero: "+0.0 pp", "−$0"), and one with no value
 * reads '–'.
 */
export function signedDifference(metric: MetricName, value: number, decimals = differenceUnit(metric).decimals, keepSign = false): string {
  if (!Number.isFinite(value)) return '–';
  const unit = differenceUnit(metric);
  const text = Math.abs(value * unit.scale).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const signed = /[1-9]/.test(text) || (keepSign && value !== 0);
  return `${signed ? (value > 0 ? '+' : '−') : ''}${unit.prefix}${text}${unit.suffix}`;
}

/** A difference shown as zero with a sign ("+0.0 pp", "−$0"): not zero, but under the precision shown. */
export function isSignedZero(shown: string): boolean {
  return /^[+−]\$?0(\.0+)?( pp)?$/.test(shown);
}
