import type { SummaryDocument } from './reportData';
import { KEY_METRICS } from '../specs/keyMetrics';
import { differenceDecimals, isClear, isIncrease, isSmall } from './differences';
import { differenceUnit } from './metricFormat';

type Key = (typeof KEY_METRICS)[number];

/** A key metric's difference in words, with `extra` decimals more than usual where a clear effect needs them (see differenceDecimals). */
function amount(k: Key, x: number, extra: number): string {
  const a = Math.abs(x);
  const fixed = (v: number, decimals: number) => v.toLocaleString('en-US', { minimumFractionDigits: decimals + extra, maximumFractionDigits: decimals + extra });
  if (k.format === '.1%') return `${fixed(a * 100, 1)} percentage points`;
  if (k.metric === 'costPerWorkerYear') return `$${fixed(a, 0)}`;
  if (k.format === '.3f') return fixed(a, 3);
  return `${fixed(a, 1)} points`;
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

/** Said under a package whose care quality and unmet demand both rise clearly. */
export const CARE_QUALITY_CAVEAT = 'Care quality is the mean over the contacts made, and more of what clients needed went unmet: read the two together.';

/**
 * Plain-words findings for each package against the baseline: which key differences are clear
 * (the range holding 90% of paired replications excludes zero), which of those are small (see
 * isSmall), and which are within noise.
 */
export function findings(summary: SummaryDocument): { policy: string; vs: string; clear: string[]; noise: string[]; anySmall: boolean; caveat?: string }[] {
  return (summary.differences ?? []).map((d) => {
    const baseline = summary.policies?.find((p) => p.policy === d.vs);
    const clear: string[] = [];
    const noise: string[] = [];
    let anySmall = false;
    for (const k of KEY_METRICS) {
      const s = d.metrics[k.metric];
      const noun = NOUNS[k.metric];
      if (!isClear(s)) {
        noise.push(noun);
        continue;
      }
      const usual = differenceUnit(k.metric);
      const places = differenceDecimals(s.mean * usual.scale, s.p05 * usual.scale, s.p95 * usual.scale, usual.decimals);
      const low = Math.abs(s.p05) <= Math.abs(s.p95) ? places.p05 : places.p95;
      const high = Math.abs(s.p05) <= Math.abs(s.p95) ? places.p95 : places.p05;
      const up = isIncrease(s);
      const verb = k.metric === 'costPerWorkerYear' ? (up ? 'costs' : 'saves') : up ? 'raises' : 'lowers';
      const range = `${amount(k, Math.min(Math.abs(s.p05), Math.abs(s.p95)), low - usual.decimals)} to ${amount(k, Math.max(Math.abs(s.p05), Math.abs(s.p95)), high - usual.decimals)}`;
      const isSmallChange = baseline !== undefined && isSmall(s, baseline.metrics[k.metric].mean);
      if (isSmallChange) anySmall = true;
      const small = isSmallChange ? ', a small change' : '';
      clear.push(
        k.metric === 'costPerWorkerYear'
          ? `${verb} ${amount(k, s.mean, places.mean - usual.decimals)} ${up ? 'more' : ''} per worker-year (90% of futures: ${range})${small}`.replace('  ', ' ')
          : `${verb} ${noun} by ${amount(k, s.mean, places.mean - usual.decimals)} (90% of futures: ${range})${small}`,
      );
    }
    // Care quality is per contact made: a package that turns clients away (a lower caseload cap) or
    // takes staff off the floor can raise it while fewer contacts are made, which two separate
    // findings do not say.
    const quality = d.metrics.careQuality;
    const unmet = d.metrics.unmetDemandShare;
    const caveat = isClear(quality) && isIncrease(quality) && isClear(unmet) && isIncrease(unmet) ? CARE_QUALITY_CAVEAT : undefined;
    return { policy: d.policy, vs: d.vs, clear, noise, anySmall, ...(caveat ? { caveat } : {}) };
  });
}
