import { describe, expect, it } from 'vitest';
import type { SummaryDocument } from '../../../viz/report/reportData';
import { chartSvg, compileSpec } from '../../../viz/report/export';
import { cloudOpacity, costEffectivenessSpec, costTicks } from '../../../viz/specs/costEffectiveness';

const d = (mean: number, spread = 1) => ({ mean, p05: mean - spread, p95: mean + spread });

/** A comparison of opt-out-support with status-quo, with or without the whole-team metrics (results before 0.10.0 lack leaversPerYear). */
function summary(wholeTeam: boolean): SummaryDocument {
  const metrics: Record<string, ReturnType<typeof d>> = { costPerWorkerYear: d(4500), turnoverPerYear: d(-0.1), highSTSShare: d(-0.02, 0.01), teamCostPerYear: d(76000) };
  if (wholeTeam) metrics.leaversPerYear = d(-1.6);
  return { cfsim: '0', scenario: 's', seed: 1, reps: 20, days: 365, policies: [], differences: [{ policy: 'opt-out-support', vs: 'status-quo', metrics }] } as unknown as SummaryDocument;
}

type Spec = { title: { subtitle: string[] }; data: { values: { future?: true; policy: string; outcome: string; cost: number; gain: number; gainLow: number; gainHigh: number }[] } };

describe('the cost-effectiveness plane (report chart 6)', () => {
  it('labels the cost axis\'s zero "$0", whatever prefix the other labels take, and keeps its labels apart', async () => {
    // Costs from −$20k to +$60k: Vega gives every label the prefix "k", zero too ("$0k").
    const futures = [{ policy: 'opt-out-support', netCost: [-18000, 40000, 55000], departuresAvoided: [0, 1, 3], stsAverted: [0, 2, 5] }];
    const doc = summary(true);
    (doc.differences![0].metrics as Record<string, unknown>).teamCostPerYear = d(25000, 40000);
    const svg = await chartSvg(costEffectivenessSpec(doc, 'Package', futures)!);
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toContain('$0');
    expect(labels).not.toContain('$0k');
    expect(labels.some((l) => /^\$\d+k$/.test(l))).toBe(true);
  });

  it('labels "$0" on a wide range of costs too, where dropping every other label for overlap dropped it', async () => {
    // A planner's team: −$20k to +$210k, whose labels read −$0.1M, $0.1M, $0.3M with no $0.
    const futures = [{ policy: 'opt-out-support', netCost: [-18000, 190000, 210000], departuresAvoided: [0, 3, 5], stsAverted: [0, 2, 5] }];
    const doc = summary(true);
    (doc.differences![0].metrics as Record<string, unknown>).teamCostPerYear = { mean: 198000, p05: 180000, p95: 210000 };
    const svg = await chartSvg(costEffectivenessSpec(doc, 'Package', futures)!);
    // Vega hides a label it drops for overlap (opacity 0) rather than leaving it out.
    const ticks = [...svg.matchAll(/<text[^>]*opacity="([^"]*)"[^>]*>(−?\$[\d.]+[kM]?)<\/text>/g)].map((m) => ({ label: m[2], shown: m[1] !== '0' }));
    expect(ticks.filter((t) => t.shown).map((t) => t.label)).toContain('$0');
    expect(ticks.filter((t) => !t.shown).map((t) => t.label), 'labels dropped for overlap').toEqual([]);
  });

  it('labels "$0" on a planner\'s six-package range (−$50k to $350k), where Vega ticked every $50k and dropped "$0" with every other label', async () => {
    // A planner's six-package comparison: five packages' futures from about −$14k to +$338k a year.
    const mean = (m: number, lo: number, hi: number) => ({ mean: m, p05: lo, p95: hi });
    // Each arm: mean, 90% range, and its lowest and highest paired future.
    const arms: [string, number, number, number, number, number][] = [
      ['opt-out-support', 62792, 50652, 71156, 48097, 76960], ['multi-level', 324386, 311957, 336801, 304896, 338276],
      ['stigma-reduction', 5801, -2017, 11621, -5237, 16705], ['individual-resilience', -4192, -11143, 673, -14416, 7224],
      ['mandatory-debrief', 59117, 57061, 61152, 56404, 70310],
    ];
    const differences = arms.map(([policy, m, lo, hi]) => ({ policy, vs: 'status-quo', metrics: { ...summary(true).differences![0].metrics, teamCostPerYear: mean(m, lo, hi) } }));
    const doc = { ...summary(true), differences } as unknown as SummaryDocument;
    const futures = arms.map(([policy, , , , lo, hi]) => ({ policy, netCost: [lo, hi], departuresAvoided: [0, 3], stsAverted: [0, 2] }));
    const spec = costEffectivenessSpec(doc, 'Package', futures)!;
    const svg = await chartSvg(spec);
    const ticks = [...svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+),[^"]*"[^>]*opacity="([^"]*)"[^>]*>(−?\$[\d.]+[kM]?)<\/text>/g)].map((m) => ({ x: Number(m[1]), label: m[3], shown: m[2] !== '0' }));
    // Both panels: the same axis twice, every label shown, "$0" among them.
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.filter((t) => !t.shown).map((t) => t.label), 'labels dropped for overlap').toEqual([]);
    expect(ticks.filter((t) => t.label === '$0')).toHaveLength(2);
    // Labels far enough apart not to touch (the widest, "−$100k", is about 40 px at 11 px).
    const panel = ticks.slice(0, ticks.length / 2);
    panel.slice(1).forEach((t, k) => expect(t.x - panel[k].x).toBeGreaterThanOrEqual(50));
    expect(compileSpec(spec).warnings).toEqual([]);
  });

  it('ticks the cost axis at round steps from its lowest to its highest cost, 0 always among them, six ticks at most', () => {
    expect(costTicks([-50000, 350000])).toEqual([-100000, 0, 100000, 200000, 300000, 400000]);
    expect(costTicks([-18000, 210000])).toEqual([-100000, 0, 100000, 200000, 300000]);
    expect(costTicks([4500, 5500])).toEqual([0, 2000, 4000, 6000]);
    expect(costTicks([-300, -100])).toEqual([-300, -200, -100, 0]);
    expect(costTicks([])).toEqual([0, 1]);
    expect(costTicks([0, 0, NaN])).toEqual([0, 1]);
    // Not under a dollar a step ("$~s" would write $0.2 as "$200m").
    expect(costTicks([0.3, 0.7])).toEqual([0, 1]);
    expect(costTicks([-3, 2])).toEqual([-3, -2, -1, 0, 1, 2]);
    expect(costTicks([1e12])).toEqual([0, 2e11, 4e11, 6e11, 8e11, 1e12]);
    for (const range of [[-1, 7], [-123456, 98765], [-2e6, -1.5e6], [17, 1e9], [-999, 1001]]) {
      const t = costTicks(range);
      expect(t, `${range}`).toContain(0);
      expect(t.length, `${range}`).toBeLessThanOrEqual(6);
      expect(t.length, `${range}`).toBeGreaterThanOrEqual(2);
      expect(t[0]).toBeLessThanOrEqual(Math.min(0, ...range));
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(Math.max(0, ...range));
    }
  });

  it('sets the whole team\'s extra cost per year against departures avoided per year, as value for money does', () => {
    const spec = costEffectivenessSpec(summary(true))!;
    const s = spec as unknown as Spec;
    expect(s.title.subtitle[0]).toMatch(/^Extra cost per year, whole team/);
    expect(s.title.subtitle[1]).toBe('Whiskers: ranges holding 90% of the paired replications.');
    expect(s.data.values.map((v) => [v.outcome, v.cost])).toEqual([
      ['Departures avoided per year', 76000],
      ['High-STS share averted (percentage points)', 76000],
    ]);
    // Averted: minus the difference, with its range flipped.
    [[1.6, 0.6, 2.6], [2, 1, 3]].forEach(([gain, low, high], k) => {
      expect(s.data.values[k].gain).toBeCloseTo(gain, 12);
      expect(s.data.values[k].gainLow).toBeCloseTo(low, 12);
      expect(s.data.values[k].gainHigh).toBeCloseTo(high, 12);
    });
    expect(compileSpec(spec).warnings).toEqual([]);
  });

  it('draws each paired future as a small dot on both planes, where the means are the large dots, leaving off a future without a value', () => {
    const futures = [{ policy: 'opt-out-support', netCost: [70000, 82000, NaN], departuresAvoided: [1, 2, 2], stsAverted: [0.5, -1, 3] }];
    const spec = costEffectivenessSpec(summary(true), 'Package', futures)!;
    const s = spec as unknown as Spec;
    expect(s.title.subtitle[1]).toBe('Large dots: means; small dots: each paired future (replication); whiskers: ranges holding 90% of the paired replications.');
    const dots = s.data.values.filter((v) => v.future === true);
    expect(dots.map((v) => [v.outcome, v.cost, v.gain])).toEqual([
      ['Departures avoided per year', 70000, 1],
      ['High-STS share averted (percentage points)', 70000, 0.5],
      ['Departures avoided per year', 82000, 2],
      ['High-STS share averted (percentage points)', 82000, -1],
    ]);
    // The small dots draw the futures only; the whiskers and the large dots every row but them.
    type Layer = { transform?: { filter: string }[]; mark: { type: string; size?: number }; encoding: Record<string, { field?: string }> };
    const layers = (spec as unknown as { spec: { layer: Layer[] } }).spec.layer.filter((l) => l.encoding.x?.field !== 'zero' && l.encoding.y?.field !== 'zero');
    expect(layers.map((l) => [l.mark.type, l.transform?.[0].filter])).toEqual([
      ['circle', 'datum.future === true'],
      ['rule', 'datum.future !== true'],
      ['rule', 'datum.future !== true'],
      ['point', 'datum.future !== true'],
    ]);
    // The means stay where they were: two rows, drawn from the rows that are not futures.
    expect(s.data.values.filter((v) => v.future !== true).map((v) => v.cost)).toEqual([76000, 76000]);
    expect(compileSpec(spec).warnings).toEqual([]);
    // On the per-worker-year plane of older results the futures' whole-team costs would not fit the axis: no dots.
    expect((costEffectivenessSpec(summary(false), 'Package', futures) as unknown as Spec).data.values.some((v) => v.future === true)).toBe(false);
  });

  it('names each small dot\'s replication in its tooltip, the rep of replications.csv (from 0)', () => {
    const futures = [{ policy: 'opt-out-support', netCost: [70000, NaN, 82000], departuresAvoided: [1, 2, 2], stsAverted: [0.5, -1, 3] }];
    const spec = costEffectivenessSpec(summary(true), 'Package', futures)!;
    const dots = (spec as unknown as { data: { values: { future?: true; rep?: number; cost: number }[] } }).data.values.filter((v) => v.future === true);
    // Replication 1 has no cost and is left off; the others keep their own numbers, not their place among the dots.
    expect(dots.map((v) => [v.rep, v.cost])).toEqual([[0, 70000], [0, 70000], [2, 82000], [2, 82000]]);
    type Layer = { mark: { type: string; opacity?: number }; encoding: { tooltip?: { field: string; title: string }[] } };
    const cloud = (spec as unknown as { spec: { layer: Layer[] } }).spec.layer.find((l) => l.mark.type === 'circle')!;
    expect(cloud.encoding.tooltip!.map((t) => t.field)).toEqual(['policy', 'rep', 'cost', 'gain']);
    expect(cloud.encoding.tooltip![1].title).toBe('Replication (rep in replications.csv)');
    expect(compileSpec(spec).warnings).toEqual([]);
  });

  it('draws the small dots fainter when there are many, so that hundreds of overlapping futures still show where they are densest', () => {
    expect(cloudOpacity(20)).toBe(0.45);
    expect(cloudOpacity(100)).toBe(0.45);
    expect(cloudOpacity(400)).toBeCloseTo(0.225, 12);
    expect(cloudOpacity(1000)).toBeLessThan(cloudOpacity(400));
    expect(cloudOpacity(100000)).toBe(0.1);
    const many = { ...summary(true), reps: 400 } as SummaryDocument;
    const futures = [{ policy: 'opt-out-support', netCost: [1, 2], departuresAvoided: [1, 2], stsAverted: [1, 2] }];
    const layers = (costEffectivenessSpec(many, 'Package', futures) as unknown as { spec: { layer: { mark: { type: string; opacity?: number } }[] } }).spec.layer;
    expect(layers.find((l) => l.mark.type === 'circle')!.mark.opacity).toBeCloseTo(0.225, 12);
  });

  it('says that the whiskers run from the smallest to the largest paired replication below 20 replications, as the comparison tables do', () => {
    const few = { ...summary(true), reps: 3 } as SummaryDocument;
    expect((costEffectivenessSpec(few) as unknown as Spec).title.subtitle[1]).toBe('Whiskers: from the smallest to the largest of the 3 paired replications.');
  });

  it('keeps the per-worker-year plane for results written before leavers per year were counted', () => {
    const s = costEffectivenessSpec(summary(false)) as unknown as Spec;
    expect(s.title.subtitle[0]).toMatch(/^Extra cost per worker-year/);
    expect(s.data.values[0]).toMatchObject({ outcome: 'Separations averted per 100 worker-years', cost: 4500, gain: 10 });
  });
});
