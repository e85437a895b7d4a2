import { describe, expect, it } from 'vitest';
import type { SweepAnalysis } from '../../../scenarios/sweepAnalysis';
import { pointDifferencesSpec } from '../../../viz/specs/pointDifferences';
import { isSweepChartId, sweepCharts } from '../../../viz/report/sweepReport';
import { renderedSvg } from './renderedSvg';

const difference = (point: number, mean: number, p05: number, p95: number, pairs = 20) => ({ point, pairs, mean, sd: 1, se: 0.2, p05, p95, positive: 0, zero: 0, negative: 0 });
const grid = (differences?: SweepAnalysis['differences']): SweepAnalysis => ({
  plan: 'p',
  design: 'grid',
  status: 'complete',
  runs: 80,
  completedRuns: 80,
  planRuns: 80,
  failures: 0,
  randomNumbers: 'common',
  points: [
    { point: 0, interval: 28, policy: 'status-quo', runs: 20 },
    { point: 1, interval: 28, policy: 'opt-out-support', runs: 20 },
    { point: 2, interval: 14, policy: 'status-quo', runs: 20 },
    { point: 3, interval: 14.5, policy: 'opt-out-support', runs: 0 },
  ],
  ...(differences ? { differences } : {}),
});

describe('pointDifferencesSpec', () => {
  const analysis = grid({ vs: 0, metrics: { proqolSTS: [difference(1, -1.3, -1.6, -1.0), difference(2, 0.01, -0.02, 0.03), { ...difference(3, NaN, NaN, NaN), pairs: 0 }] } });

  it('draws a row per point with pairs, labelled by its values, coloured by whether its 90% range excludes 0', () => {
    const spec = pointDifferencesSpec(analysis, ['interval', 'policy'], 'proqolSTS') as unknown as { data: { values: Record<string, unknown>[] }; title: { text: string; subtitle: string[] } };
    expect(spec.data.values.map((v) => [v.point, v.clear, v.shownMean])).toEqual([
      ['1: 28 · opt-out-support', 'clearly lower', '−1.300'],
      ['2: 14 · status-quo', 'not clear', '0.01000'],
    ]);
    // The metric in words; the paths (here not fields of the schema, kept as they are) on the subtitle's last line.
    expect(spec.title.text).toBe("ProQOL STS (points): each point's paired difference from point 0");
    expect(spec.title.subtitle.slice(0, 2)).toEqual(["Point 0: interval 28, the organization's support package status-quo.", "Rows: each other point, by interval · the organization's support package."]);
    expect(spec.title.subtitle.at(-2), 'point 3, without pairs').toBe("Not shown: no replication with a value pairs with point 0's at point 3.");
    expect(spec.title.subtitle.at(-1)).toBe('As the plan and runs.csv name them: rows: interval · policy · difference in proqolSTS.');
  });

  it('calls a range that excludes 0 from fewer than 20 pairs indicative, as analyze\'s verdict does, not clear', () => {
    const few = grid({ vs: 0, metrics: { proqolSTS: [{ ...difference(1, -1.3, -1.6, -1.0, 3), negative: 3 }, { ...difference(2, 0.5, 0.2, 0.9, 3), positive: 3 }] } });
    const spec = pointDifferencesSpec(few, ['interval', 'policy'], 'proqolSTS') as unknown as { data: { values: Record<string, unknown>[] }; title: { subtitle: string[] }; layer: { encoding: { color?: { scale: { domain: string[] } } } }[] };
    expect(spec.data.values.map((v) => [v.clear, v.verdict])).toEqual([
      ['indicatively lower', 'indicative: better (lower)'],
      ['indicatively higher', 'indicative: worse (higher)'],
    ]);
    expect(spec.layer[2].encoding.color?.scale.domain).toEqual(['indicatively higher', 'indicatively lower']);
    expect(spec.title.subtitle.join(' ')).toContain('(under 20 pairs, smallest to largest), coloured where it excludes 0: clear, or indicative from fewer than 20 pairs.');
  });

  it('names the parameters and the metric in words, in lines no wider than the plot, the paths on the last lines', () => {
    const long = ['policy.supervision.intervalDays', 'community.overdoseBurden', 'policy'];
    const analysis3 = { ...analysis, points: analysis.points!.map((p) => ({ point: p.point, [long[0]]: 28, [long[1]]: 0.5, policy: p.policy, runs: p.runs })) } as SweepAnalysis;
    const spec = pointDifferencesSpec(analysis3, long, 'proqolSTS') as unknown as { title: { subtitle: string[] }; layer: { encoding: { x: { title?: unknown }; tooltip?: { title: string }[] } }[] };
    expect(spec.title.subtitle.slice(0, 3)).toEqual([
      'Point 0: supervision every (days) 28, overdose burden 0.5,',
      "the organization's support package status-quo.",
      'Rows: each other point, by supervision every (days) · overdose burden ·',
    ]);
    expect(spec.title.subtitle.slice(-2)).toEqual([
      'As the plan and runs.csv name them: rows: policy.supervision.intervalDays ·',
      'community.overdoseBurden · policy · difference in proqolSTS.',
    ]);
    expect(spec.layer[1].encoding.x.title).toBe('Difference in ProQOL STS (points)');
    expect(spec.layer[2].encoding.tooltip?.map((t) => t.title)).toContain('Difference in ProQOL STS (points) (mean)');
    for (const line of spec.title.subtitle) expect(line.length, line).toBeLessThanOrEqual(90);
  });

  it('pads the axis of differences that are all the same (0 where a parameter leaves the metric be) and reads a part of the cost in a sentence', async () => {
    const zeros = grid({ vs: 0, metrics: { sessionCostPerWorkerYear: [difference(1, 0, 0, 0), difference(2, 0, 0, 0)] } });
    const spec = pointDifferencesSpec(zeros, ['interval', 'policy'], 'sessionCostPerWorkerYear') as unknown as { layer: { encoding: { x: { title: string | string[]; scale?: { domain: number[] } } } }[] };
    expect(spec.layer[1].encoding.x.scale?.domain).toEqual([-1, 1]);
    // "Difference in of the cost: supervision sessions, ..." read badly.
    expect([spec.layer[1].encoding.x.title].flat().join(' ')).toBe('Difference in the cost of supervision sessions, single-session debriefs and grief check-ins, per worker-year in post');
    const svg = await renderedSvg(spec);
    // Vega labelled the one tick of a domain of one value "0.000000".
    expect(svg).not.toContain('0.000000');
    expect([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toContain('0.2');
    const varied = pointDifferencesSpec(analysis, ['interval', 'policy'], 'proqolSTS') as unknown as { layer: { encoding: { x: { scale?: object } } }[] };
    expect(varied.layer[1].encoding.x.scale).toBeUndefined();
  });

  it('is none for a metric without differences, or an analysis without them', () => {
    expect(pointDifferencesSpec(analysis, ['interval', 'policy'], 'cf')).toBeUndefined();
    expect(pointDifferencesSpec(grid(), ['interval', 'policy'], 'proqolSTS')).toBeUndefined();
  });

  it("comes after a grid's heatmaps in the report, one per metric with differences, as a sweep chart", () => {
    const ids = sweepCharts(analysis, ['interval', 'policy'], ['proqolSTS']).map((c) => c.id);
    expect(ids).toEqual(['heatmap-proqolSTS', 'differences-proqolSTS']);
    // The caption's range is the subtitle's: 90% of the pairs, or all of them from fewer than 20.
    expect(sweepCharts(analysis, ['interval', 'policy'], ['proqolSTS'])[1].caption).toContain('with the 90% range of the paired differences (from fewer than 20 pairs, all of them).');
    expect(isSweepChartId('differences-proqolSTS')).toBe(true);
    expect(sweepCharts(grid(), ['interval', 'policy'], ['proqolSTS']).map((c) => c.id)).toEqual(['heatmap-proqolSTS']);
  });
});
