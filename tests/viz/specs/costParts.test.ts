import { describe, expect, it } from 'vitest';
import { COST_PARTS } from '../../../models/costParts';
import { METRIC_NAMES } from '../../../models/metrics';
import { costPartMeans } from '../../../viz/report/costParts';
import type { SummaryDocument } from '../../../viz/report/reportData';
import { chartSvg, compileSpec } from '../../../viz/report/export';
import { costPartsSpec } from '../../../viz/specs/costParts';

/** A summary whose packages' parts are given (in COST_PARTS order) and whose cost is their sum. */
function summary(parts: Record<string, readonly number[]>, withParts = true): SummaryDocument {
  const stat = (mean: number) => ({ mean, sd: 1, p05: mean - 1, p95: mean + 1 });
  return {
    cfsim: '0',
    scenario: 's',
    seed: 1,
    reps: 2,
    days: 30,
    policies: Object.entries(parts).map(([policy, values]) => ({
      policy,
      metrics: Object.fromEntries(
        METRIC_NAMES.filter((m) => withParts || !COST_PARTS.some((p) => p.metric === m)).map((m) => {
          const k = COST_PARTS.findIndex((p) => p.metric === m);
          return [m, stat(m === 'costPerWorkerYear' ? values.reduce((a, b) => a + b, 0) : k >= 0 ? values[k] : 1)];
        }),
      ),
    })),
  } as unknown as SummaryDocument;
}

type Spec = {
  title: { text: string; subtitle: string[] };
  data: { values: { policy: string; label: string; perWorkerYear: number; order: number }[] };
  encoding: { y: { sort: string[] } };
  layer: { data?: { values: { policy: string; total: number }[] }; encoding: { color?: { scale: { domain: string[] } }; order?: { field: string }; x: { stack?: string } } }[];
};

describe('what the cost is made of (report chart 10)', () => {
  const doc = summary({ 'status-quo': [2400, 0, 70, 0, 4200, 1300, -2800], 'multi-level': [11500, 3500, 90, 10600, 2000, 760, -1100] });

  it('labels the axis\'s zero "$0" and drops no label for overlap (a planner\'s report had −$10,000, −$2,000, $6,000 and no $0)', async () => {
    const wide = summary({ 'status-quo': [2400, 0, 70, 0, 4700, 1300, -10000], 'opt-out-support': [2400, 1500, 2600, 0, 3100, 3400, -2000] });
    const svg = await chartSvg(costPartsSpec(costPartMeans(wide)!, ['status-quo', 'opt-out-support']));
    // Vega hides a label it drops for overlap (opacity 0) rather than leaving it out.
    const ticks = [...svg.matchAll(/<text[^>]*opacity="([^"]*)"[^>]*>(−?\$[\d,]+)<\/text>/g)].map((m) => ({ label: m[2], shown: m[1] !== '0' }));
    expect(ticks.filter((t) => t.shown).map((t) => t.label)).toContain('$0');
    expect(ticks.filter((t) => !t.shown).map((t) => t.label), 'labels dropped for overlap').toEqual([]);
  });

  it('takes each package\'s mean of each part, in the parts\' order, with the cost they add up to', () => {
    const means = costPartMeans(doc)!;
    expect(means.filter((m) => m.policy === 'multi-level').map((m) => [m.label, m.perWorkerYear])).toEqual(COST_PARTS.map((p, k) => [p.label, [11500, 3500, 90, 10600, 2000, 760, -1100][k]]));
    for (const policy of ['status-quo', 'multi-level']) {
      const own = means.filter((m) => m.policy === policy);
      expect(own.reduce((sum, m) => sum + m.perWorkerYear, 0)).toBe(own[0].total);
    }
    expect(means.find((m) => m.policy === 'status-quo')!.total).toBe(5170);
  });

  it('is left out, for results written before the cost had parts', () => {
    expect(costPartMeans(summary({ a: [1, 2, 3, 4, 5, 6] }, false))).toBeUndefined();
  });

  it('is left out, not a crash, when a hand-edited summary has a part without a mean', () => {
    const edited = structuredClone(doc);
    (edited.policies[1].metrics as Record<string, unknown>)[COST_PARTS[2].metric] = null;
    expect(costPartMeans(edited)).toBeUndefined();
  });

  it('stacks the parts in a fixed order and colour, one bar per package in the packages\' order, labelled with its total', () => {
    const spec = costPartsSpec(costPartMeans(doc)!, ['status-quo', 'multi-level']) as unknown as Spec;
    expect(spec.title.text).toBe('What the cost is made of');
    expect(spec.encoding.y.sort).toEqual(['status-quo', 'multi-level']);
    const [bars, totals] = spec.layer;
    expect(bars.encoding.x.stack).toBe('zero');
    expect(bars.encoding.order?.field).toBe('order');
    expect(bars.encoding.color?.scale.domain).toEqual(COST_PARTS.map((p) => p.label));
    expect(spec.data.values.filter((v) => v.policy === 'status-quo').map((v) => v.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The net total is written past the right end of the parts right of zero, which reach beyond it when vacant seats save something.
    const positive = (policy: string) => spec.data.values.filter((v) => v.policy === policy && v.perWorkerYear > 0).reduce((sum, v) => sum + v.perWorkerYear, 0);
    expect(totals.data?.values).toEqual([
      { policy: 'status-quo', total: 5170, end: positive('status-quo'), text: 'net $5,170' },
      { policy: 'multi-level', total: 27350, end: positive('multi-level'), text: 'net $27,350' },
    ]);
    expect(positive('status-quo')).toBeGreaterThan(5170);
    const { warnings } = compileSpec(spec as never);
    expect(warnings).toEqual([]);
  });

  it('says what each part counts and that base salaries of the funded seats at full staffing are not counted', () => {
    const lines = (costPartsSpec(costPartMeans(doc)!, ['status-quo', 'multi-level']) as unknown as Spec).title.subtitle;
    // Broken at spaces so that the figure is no wider than its chart (it was about 1,200 px wide, the chart 520).
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    const subtitle = lines.join(' ');
    expect(subtitle).toContain('Base salaries of the funded seats at full staffing are not counted');
    expect(subtitle).toContain('teal, left of zero: what vacant seats save');
    for (const part of COST_PARTS) expect(subtitle).toContain(`${part.label}: ${part.counts}.`);
  });
});
