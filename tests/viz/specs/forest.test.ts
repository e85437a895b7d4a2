import { describe, expect, it } from 'vitest';
import { KEY_METRICS } from '../../../viz/specs/keyMetrics';
import { forestSpec } from '../../../viz/specs/forest';
import type { SummaryDocument } from '../../../viz/report/reportData';
import type { Difference } from '../../../models/runDocument';
import { verdict } from '../../../viz/report/verdictWords';

/** A compare summary of `reps` replications whose one difference excludes zero on every key metric. */
function summary(reps: number): SummaryDocument {
  const metrics = Object.fromEntries(KEY_METRICS.map((k) => [k.metric, { mean: -1, p05: -2, p95: -0.5 }]));
  return { cfsim: 'test', scenario: 's', seed: 1, reps, days: 30, policies: [], differences: [{ policy: 'b', vs: 'a', metrics }] } as unknown as SummaryDocument;
}

describe('chart 5, the paired differences', () => {
  it('calls a filled dot indicative, not clear, below 20 replications, as the table and findings do', () => {
    const subtitle = (reps: number) => ((forestSpec(summary(reps)) as { title: { subtitle: string[] } }).title.subtitle).join(' ');
    expect(subtitle(5)).toContain('A filled dot is an indicative difference (all 5 futures agree in sign');
    expect(subtitle(5)).not.toContain('clear difference');
    expect(subtitle(20)).toContain('A filled dot is a clear difference');
  });

  it('says what the bars span: 90% of the paired differences, or all of them below 20 replications', () => {
    const subtitle = (reps: number) => ((forestSpec(summary(reps)) as { title: { subtitle: string[] } }).title.subtitle).join(' ');
    expect(subtitle(8)).toContain('bar = from the smallest to the largest of the 8 paired differences');
    expect(subtitle(8)).not.toContain('90%');
    expect(subtitle(20)).toContain('bar = range holding 90% of the paired differences');
  });
});

describe('chart 5, verdicts', () => {
  it('gives each dot the verdict the table gives, in its words: clear, on average, one way only, or within noise', () => {
    const doc = summary(100);
    const metrics = doc.differences![0].metrics as Record<string, unknown>;
    metrics.proqolSTS = { mean: -1, se: 0.1, p05: -2, p95: 0.5, positive: 10, zero: 0, negative: 90 };
    metrics.proqolBO = { mean: -0.1, se: 0.2, p05: -2, p95: 1.5, positive: 45, zero: 0, negative: 55 };
    // Lower in 82 of 100 futures and never higher: not noise, though its range reaches zero.
    metrics.turnoverPerYear = { mean: -0.077, se: 0.01, p05: -0.2, p95: 0, positive: 0, zero: 18, negative: 82 };
    const values = (forestSpec(doc) as { data: { values: { measure: string; verdict: string; clear: boolean }[] } }).data.values;
    const dot = (prefix: string) => values.find((v) => v.measure.startsWith(prefix))!;
    for (const [prefix, metric] of [['ProQOL STS', 'proqolSTS'], ['ProQOL burnout', 'proqolBO'], ['Turnover', 'turnoverPerYear'], ['Staff with high STS', 'highSTSShare']] as const) {
      expect(dot(prefix).verdict, prefix).toBe(verdict(metric, metrics[metric] as Difference, undefined, 100));
    }
    expect(dot('ProQOL STS').verdict).toBe('on average better (lower), not in every future: better (lower) in 90 of 100 futures, worse (higher) in 10');
    expect(dot('ProQOL burnout').verdict).toBe('within noise: better (lower) in 55 of 100 futures, worse (higher) in 45');
    expect(dot('Turnover').verdict).toBe('better (lower) in 82 of 100 futures, the same in the other 18');
    expect(dot('Staff with high STS').verdict).toBe('clearly better (lower)');
    // Only a clear difference has a filled dot.
    expect(dot('Staff with high STS').clear).toBe(true);
    expect(dot('Turnover').clear).toBe(false);
  });

  it('judges a difference over the replications it pairs, as the table does: indicative from fewer than 20, none without a pair', () => {
    const doc = summary(100);
    const metrics = doc.differences![0].metrics as Record<string, unknown>;
    // Paired in 12 of the run's 100 replications (team scores with nobody in post in the others).
    metrics.proqolSTS = { mean: -1, se: 0.1, p05: -2, p95: -0.5, positive: 0, zero: 0, negative: 12 };
    metrics.proqolBO = { mean: null, p05: null, p95: null, positive: 0, zero: 0, negative: 0 };
    const values = (forestSpec(doc) as { data: { values: { measure: string; verdict: string }[] } }).data.values;
    expect(values.find((v) => v.measure.startsWith('ProQOL STS'))!.verdict).toBe('indicative: better (lower)');
    expect(values.find((v) => v.measure.startsWith('ProQOL burnout'))!.verdict).toBe('no replication has a value under both');
    expect(values.find((v) => v.measure.startsWith('Turnover'))!.verdict).toBe('clearly better (lower)');
  });

  it("says 'but small' against the baseline's level, as the table does", () => {
    const doc = summary(100);
    (doc as unknown as { policies: unknown[] }).policies = [{ policy: 'a', metrics: { proqolSTS: { mean: 200 } } }];
    const values = (forestSpec(doc) as { data: { values: { measure: string; verdict: string }[] } }).data.values;
    expect(values.find((v) => v.measure.startsWith('ProQOL STS'))!.verdict).toBe('clearly better (lower) but small');
    expect(values.find((v) => v.measure.startsWith('ProQOL burnout'))!.verdict).toBe('clearly better (lower)');
  });
});

describe('chart 5, costs', () => {
  const measures = (doc: SummaryDocument) => ((forestSpec(doc) as { data: { values: { measure: string; mean: number }[] } }).data.values).map((v) => v.measure);

  it("draws the whole team's yearly cost after the cost per worker-year, which understates a package that adds staff", () => {
    const doc = summary(20);
    (doc.differences![0].metrics as Record<string, unknown>).teamCostPerYear = { mean: 964000, p05: 940000, p95: 990000 };
    const rows = measures(doc);
    expect(rows.slice(-2)).toEqual(['Cost per worker-year ($), lower is better', 'Cost per year, whole team ($), lower is better']);
  });

  it('draws the key metrics alone for results written before the whole-team cost was kept', () => {
    expect(measures(summary(20))).toHaveLength(KEY_METRICS.length);
  });
});
