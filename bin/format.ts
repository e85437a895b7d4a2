import type { Summary } from '../sim/stats/summary';
import { METRICS, type MetricName } from '../models/metrics';
import type { PolicyOutcome } from '../models/ensemble';

const SHARE_METRICS = new Set<MetricName>(['highSTSShare', 'highBOShare', 'lowCSShare', 'turnoverPerYear', 'vacancyRate', 'absenceRate', 'unmetDemandShare', 'supportUptake']);

/** A metric value as a person reads it: shares in %, money rounded, scores to one decimal. */
export function formatValue(metric: MetricName, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (SHARE_METRICS.has(metric)) return `${(value * 100).toFixed(1)}%`;
  if (metric === 'costPerWorkerYear') return `$${Math.round(value).toLocaleString('en-US')}`;
  if (metric.startsWith('proqol') || metric === 'clientDeathsPerWorkerYear') return value.toFixed(1);
  return value.toFixed(3);
}

function cell(metric: MetricName, s: Summary): string {
  return `${formatValue(metric, s.mean)} (${formatValue(metric, s.p05)}–${formatValue(metric, s.p95)})`;
}

const LABELS: Record<MetricName, string> = {
  proqolCS: 'ProQOL compassion satisfaction',
  proqolBO: 'ProQOL burnout',
  proqolSTS: 'ProQOL secondary traumatic stress',
  highSTSShare: 'Staff with high STS (≥42)',
  highBOShare: 'Staff with high burnout (≥42)',
  lowCSShare: 'Staff with low satisfaction (≤22)',
  turnoverPerYear: 'Turnover per year',
  vacancyRate: 'Seats vacant',
  absenceRate: 'Sickness absence',
  careQuality: 'Care quality (0-1)',
  unmetDemandShare: 'Client demand unmet',
  supportUptake: 'Supervision sessions kept',
  costPerWorkerYear: 'Cost per worker-year',
  cf: 'Compassion fatigue (0-1)',
  numbing: 'Numbing (0-1)',
  traumaticMemories: 'Traumatic memories (0-1)',
  clientDeathsPerWorkerYear: 'Client deaths per worker-year',
};

/** The readable outcome table: one row per metric, one column per policy, mean (90% range). */
export function outcomeTable(outcomes: readonly PolicyOutcome[]): string {
  const header = ['Outcome', ...outcomes.map((o) => o.policy)];
  const rows = METRICS.map((m) => [LABELS[m.name], ...outcomes.map((o) => cell(m.name, o.metrics[m.name]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
