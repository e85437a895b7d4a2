import { describe, expect, it } from 'vitest';
import { KEY_METRICS } from '../../../viz/specs/keyMetrics';
import { forestSpec } from '../../../viz/specs/forest';
import type { SummaryDocument } from '../../../viz/report/reportData';

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
  it('gives each dot the verdict the table gives: clear, clear on average but not in every future, or within noise', () => {
    const doc = summary(100);
    const metrics = doc.differences![0].metrics as Record<string, unknown>;
    metrics.proqolSTS = { mean: -1, se: 0.1, p05: -2, p95: 0.5, positive: 10, zero: 0, negative: 90 };
    metrics.proqolBO = { mean: -0.1, se: 0.2, p05: -2, p95: 1.5, positive: 45, zero: 0, negative: 55 };
    const values = (forestSpec(doc) as { data: { values: { measure: string; verdict: string }[] } }).data.values;
    const verdict = (prefix: string) => values.find((v) => v.measure.startsWith(prefix))!.verdict;
    expect(verdict('ProQOL STS')).toBe('clear on average, not in every future');
    expect(verdict('ProQOL burnout')).toBe('within noise');
    expect(verdict('Turnover')).toBe('clear');
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
