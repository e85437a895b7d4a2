import { describe, expect, it } from 'vitest';
import { dayRows, daySpans } from '../../../viz/specs/dayTooltips';
import { staffingSpec } from '../../../viz/specs/timeSeries';
import { chartSvg } from '../../../viz/report/export';
import { PANEL_WIDTH } from '../../../viz/specs/theme';

describe('daySpans', () => {
  it('gives each day the stretch of the axis nearer it than the days beside it, from the first day to the last', () => {
    expect(daySpans([0, 7, 14, 20], 210)).toEqual([
      { day: 0, dayFrom: 0, dayTo: 3.5 },
      { day: 7, dayFrom: 3.5, dayTo: 10.5 },
      { day: 14, dayFrom: 10.5, dayTo: 17 },
      { day: 20, dayFrom: 17, dayTo: 20, lastDay: true },
    ]);
  });

  it("keeps at most a rect per pixel: a 10-year horizon's weekly points every third week, and its last day", () => {
    const days = [...Array.from({ length: 521 }, (_, k) => 7 * k), 3649];
    const spans = daySpans(days, 210);
    expect(spans.length).toBeLessThanOrEqual(210);
    expect(spans.slice(0, 3).map((s) => s.day)).toEqual([0, 21, 42]);
    expect(spans[spans.length - 1]).toMatchObject({ day: 3649, dayTo: 3649, lastDay: true });
    for (let k = 1; k < spans.length; k++) expect(spans[k].dayFrom).toBe(spans[k - 1].dayTo);
  });
});

describe('dayRows', () => {
  it('carries each value rounded to what its tooltip shows', () => {
    const points = [{ policy: 'status-quo', measure: 'Burnout', day: 7, mean: 21.345678901234, p05: 19.87654321, p95: 22.96 }];
    const [row] = dayRows(points, ['status-quo'], ['Burnout'], daySpans([7], 210), '.1f');
    expect(row).toMatchObject({ mean0: 21.3, low0: 19.9, high0: 23 });
    const [share] = dayRows([{ ...points[0], mean: 0.123456, p05: 0.0999, p95: 0.2 }], ['status-quo'], ['Burnout'], daySpans([7], 210), '.1~%');
    expect(share).toMatchObject({ mean0: 0.123, low0: 0.1, high0: 0.2 });
  });
});

describe("the series charts' day tooltips", () => {
  const points = ['status-quo', 'multi-level', 'opt-out-support'].flatMap((policy) =>
    ['headcount', 'vacancies', 'cumulativeSeparations'].flatMap((metric) => [0, 7, 14].map((day) => ({ policy, day, metric, mean: 10, p05: 9, p50: 10, p95: 11 }))),
  );

  it('are in the page\'s chart only: the chart a figure is exported from is as it was', () => {
    for (const arms of [1, 2, 3]) {
      const policies = ['status-quo', 'multi-level', 'opt-out-support'].slice(0, arms);
      expect(staffingSpec(points, policies, [], 'Package', false)).toEqual(staffingSpec(points, policies));
      expect(JSON.stringify(staffingSpec(points, policies))).not.toContain('dayFrom');
      expect(JSON.stringify(staffingSpec(points, policies, [], 'Package', true))).toContain('dayFrom');
    }
  });
});

describe("the series charts' day rows", () => {
  const policies = ['status-quo', 'multi-level', 'opt-out-support'];
  const points = policies.flatMap((policy) => [0, 7, 14].map((day) => ({ policy, day, metric: 'headcount', mean: 10, p05: 9, p50: 10, p95: 11 })));
  const rowsOf = (arms: number) => {
    const spec = staffingSpec(points, policies.slice(0, arms), [], 'Package', true) as { data: { values: Record<string, unknown>[] } };
    return spec.data.values.filter((row) => 'mean0' in row);
  };

  it('carry only what their tooltips show (a 10-year, six-package page holds about 9,000), each arm named once, each measure by its place', () => {
    const span = ['measureK', 'day'];
    expect(rowsOf(1)[0]).toEqual({ ...Object.fromEntries(span.map((k) => [k, rowsOf(1)[0][k]])), panel: 'status-quo', mean0: 10, low0: 9, high0: 11 });
    expect(Object.keys(rowsOf(2)[0])).toEqual([...span, 'mean0', 'low0', 'high0', 'mean1', 'low1', 'high1']);
    const reference = rowsOf(3).find((row) => row.panel === 'opt-out-support')!;
    expect(Object.keys(reference)).toEqual([...span, 'panel', 'mean0', 'low0', 'high0', 'mean1']);
  });

  it("with a row per arm, name the baseline as the reference once for each other arm's row", () => {
    const spec = staffingSpec(points, policies, [], 'Package', true) as { datasets?: Record<string, unknown> };
    expect(spec.datasets?.referenceArms).toEqual([
      { panel: 'multi-level', referenceArm: 'status-quo' },
      { panel: 'opt-out-support', referenceArm: 'status-quo' },
    ]);
  });

  it("leave each day's stretch of the axis to the chart's one list of them", () => {
    for (const arms of [1, 2, 3]) {
      const spec = staffingSpec(points, policies.slice(0, arms), [], 'Package', true) as { datasets?: Record<string, unknown> };
      expect(spec.datasets?.daySpans, `${arms} arms`).toEqual(daySpans([0, 7, 14], PANEL_WIDTH - 20));
      expect(rowsOf(arms).map((row) => row.day)).toEqual(rowsOf(arms).map((_, k) => [0, 7, 14][k % 3]));
    }
  });
});

describe("the series charts' day rects, drawn headless", () => {
  it('draw nothing on a horizon read in years: the page draws the exported figure, rects aside', async () => {
    const policies = ['status-quo', 'multi-level'];
    const days = [...Array.from({ length: 115 }, (_, k) => 7 * k), 799];
    const points = policies.flatMap((policy, k) => days.map((day) => ({ policy, day, metric: 'headcount', mean: 10 + k + (day % 3), p05: 9, p50: 10, p95: 13 })));
    const exported = await chartSvg(staffingSpec(points, policies));
    const page = await chartSvg(staffingSpec(points, policies, [], 'Package', true));
    expect(exported).toContain('Years into the simulated horizon');
    const rects = /<g class="mark-rect role-mark [^"]*"[^>]*>(<path [^>]*\/>)*<\/g>/g;
    expect(page.match(rects)?.length).toBeGreaterThan(0);
    expect(page.replace(rects, '')).toBe(exported);
  });
});
