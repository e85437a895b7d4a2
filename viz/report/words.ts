import type { SummaryDocument } from './reportData';
import { KEY_METRICS } from '../specs/keyMetrics';

type Key = (typeof KEY_METRICS)[number];

function amount(k: Key, x: number): string {
  const a = Math.abs(x);
  if (k.format === '.1%') return `${(a * 100).toFixed(1)} percentage points`;
  if (k.metric === 'costPerWorkerYear') return `$${Math.round(a).toLocaleString('en-US')}`;
  if (k.format === '.3f') return a.toFixed(3);
  return `${a.toFixed(1)} points`;
}

const NOUNS: Record<Key['metric'], string> = {
  proqolSTS: 'secondary traumatic stress',
  proqolBO: 'burnout',
  proqolCS: 'compassion satisfaction',
  highSTSShare: 'the share of staff with high STS',
  turnoverPerYear: 'annual turnover',
  absenceRate: 'sickness absence',
  careQuality: 'care quality',
  unmetDemandShare: 'unmet client demand',
  costPerWorkerYear: 'cost per worker-year',
};

/**
 * Plain-words findings for each package against the baseline: which key differences are clear
 * (the range holding 90% of paired replications excludes zero), and which are within noise.
 */
export function findings(summary: SummaryDocument): { policy: string; vs: string; clear: string[]; noise: string[] }[] {
  return (summary.differences ?? []).map((d) => {
    const clear: string[] = [];
    const noise: string[] = [];
    for (const k of KEY_METRICS) {
      const s = d.metrics[k.metric];
      const noun = NOUNS[k.metric];
      if (!(s.p05 > 0 || s.p95 < 0)) {
        noise.push(noun);
        continue;
      }
      const verb = k.metric === 'costPerWorkerYear' ? (s.mean > 0 ? 'costs' : 'saves') : s.mean > 0 ? 'raises' : 'lowers';
      const range = `${amount(k, Math.min(Math.abs(s.p05), Math.abs(s.p95)))} to ${amount(k, Math.max(Math.abs(s.p05), Math.abs(s.p95)))}`;
      clear.push(
        k.metric === 'costPerWorkerYear'
          ? `${verb} ${amount(k, s.mean)} ${s.mean > 0 ? 'more' : ''} per worker-year (90% of futures: ${range})`.replace('  ', ' ')
          : `${verb} ${noun} by ${amount(k, s.mean)} (90% of futures: ${range})`,
      );
    }
    return { policy: d.policy, vs: d.vs, clear, noise };
  });
}
