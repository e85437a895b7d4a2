import { describe, expect, it } from 'vitest';
import { CARE_QUALITY_CAVEAT, findings } from '../../../viz/report/words';
import { KEY_METRICS } from '../../../viz/specs/keyMetrics';
import type { SummaryDocument } from '../../../viz/report/reportData';

function summaryWith(metrics: Record<string, { mean: number; p05: number; p95: number }>): SummaryDocument {
  const zero = { mean: 0, p05: -1, p95: 1 };
  return {
    differences: [{ policy: 'b', vs: 'a', metrics: Object.fromEntries(KEY_METRICS.map((k) => [k.metric, metrics[k.metric] ?? zero])) }],
  } as unknown as SummaryDocument;
}

describe('findings in words', () => {
  it('states a clear difference with its 90% range, shares in percentage points', () => {
    const [f] = findings(summaryWith({ turnoverPerYear: { mean: -0.12, p05: -0.19, p95: -0.063 } }));
    expect(f.clear).toEqual(['lowers annual turnover by 12.0 percentage points (90% of futures: 6.3 percentage points to 19.0 percentage points)']);
    expect(f.noise).toContain('burnout');
  });

  it('a clear but tiny difference shows digits enough not to read as zero', () => {
    const [f] = findings(summaryWith({ unmetDemandShare: { mean: 0.000233, p05: 0.000042, p95: 0.00069 } }));
    expect(f.clear).toEqual(['raises unmet client demand by 0.023 percentage points (90% of futures: 0.004 percentage points to 0.069 percentage points)']);
  });

  it('says care quality is per contact made when it rises while unmet demand clearly rises too, and not otherwise', () => {
    const up = { mean: 0.03, p05: 0.02, p95: 0.04 };
    const [both] = findings(summaryWith({ careQuality: up, unmetDemandShare: { mean: 0.2, p05: 0.15, p95: 0.25 } }));
    expect(both.caveat).toBe(CARE_QUALITY_CAVEAT);
    expect(findings(summaryWith({ careQuality: up }))[0].caveat).toBeUndefined();
    expect(findings(summaryWith({ careQuality: up, unmetDemandShare: { mean: -0.2, p05: -0.25, p95: -0.15 } }))[0].caveat).toBeUndefined();
    expect(findings(summaryWith({ careQuality: { mean: -0.03, p05: -0.04, p95: -0.02 }, unmetDemandShare: { mean: 0.2, p05: 0.15, p95: 0.25 } }))[0].caveat).toBeUndefined();
  });

  it('says raises or lowers from the range, not from a mean that lies outside it', () => {
    const [f] = findings(summaryWith({ proqolSTS: { mean: -0.2, p05: 0.1, p95: 0.5 } }));
    expect(f.clear[0]).toMatch(/^raises secondary traumatic stress/);
  });

  it('calls a clear difference under 5% of the baseline\'s level a small change, and only that', () => {
    const withBaseline = (turnover: { mean: number; p05: number; p95: number }) => {
      const summary = summaryWith({ turnoverPerYear: turnover });
      const level = { mean: 0.2, p05: 0.1, p95: 0.3 };
      return { ...summary, policies: [{ policy: 'a', metrics: Object.fromEntries(KEY_METRICS.map((k) => [k.metric, level])) }] } as unknown as SummaryDocument;
    };
    // 5% of a 20% turnover is 1 percentage point.
    const [small] = findings(withBaseline({ mean: -0.009, p05: -0.012, p95: -0.006 }));
    expect(small.clear).toEqual(['lowers annual turnover by 0.9 percentage points (90% of futures: 0.6 percentage points to 1.2 percentage points), a small change']);
    expect(small.anySmall).toBe(true);
    const [large] = findings(withBaseline({ mean: -0.011, p05: -0.014, p95: -0.008 }));
    expect(large.clear[0]).not.toContain('small');
    expect(large.anySmall).toBe(false);
  });

  it('a range touching zero is within noise, however the mean reads', () => {
    const [f] = findings(summaryWith({ turnoverPerYear: { mean: 0.002, p05: 0, p95: 0.02 } }));
    expect(f.clear).toEqual([]);
    expect(f.noise).toContain('annual turnover');
  });
});
