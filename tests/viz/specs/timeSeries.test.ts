import { describe, expect, it } from 'vitest';
import { proqolTrajectoriesSpec, staffingSpec } from '../../../viz/specs/timeSeries';
import { compileSpec } from '../../../viz/report/export';

function pointsUpTo(lastDay: number) {
  return [0, Math.floor(lastDay / 2), lastDay].map((day) => ({ policy: 'a', day, metric: 'headcount', mean: 10, p05: 9, p50: 10, p95: 11 }));
}

function xAxisOf(lastDay: number) {
  const spec = staffingSpec(pointsUpTo(lastDay), ['a']) as unknown as { spec: { encoding: { x: { field: string; title: string } } }; data: { values: { day: number; year: number }[] } };
  return { x: spec.spec.encoding.x, values: spec.data.values };
}

describe('time axis of the report\'s series charts', () => {
  it('reads in days for horizons under two years', () => {
    expect(xAxisOf(364).x).toMatchObject({ field: 'day', title: 'Day of the simulated horizon' });
    expect(xAxisOf(728).x.field, 'a horizon of 729 days (days 0–728)').toBe('day');
  });

  it('reads in years from two years on, each point at day / 365', () => {
    expect(xAxisOf(729).x.field, 'a horizon of 730 days (days 0–729)').toBe('year');
    const { x, values } = xAxisOf(1094);
    expect(x).toMatchObject({ field: 'year', title: 'Years into the simulated horizon' });
    expect(values.map((v) => v.year)).toEqual(values.map((v) => v.day / 365));
  });
});

describe('axis ticks no finer than the labels show', () => {
  it('a short horizon ticks whole days, and a narrow range of scores ticks no closer than 0.1', () => {
    expect(xAxisOf(2).x).toMatchObject({ axis: { tickMinStep: 1, format: 'd' } });
    const scores = ['proqolSTS', 'proqolBO', 'proqolCS'].flatMap((metric) => pointsUpTo(2).map((p) => ({ ...p, metric })));
    const spec = proqolTrajectoriesSpec(scores, ['a']) as unknown as { spec: { layer: { encoding: { y: { axis: { tickMinStep: number; format: string } } } }[] } };
    expect(spec.spec.layer[1].encoding.y.axis).toEqual({ format: '.1f', tickMinStep: 0.1 });
    const staff = staffingSpec(pointsUpTo(2), ['a']) as unknown as typeof spec;
    expect(staff.spec.layer[1].encoding.y.axis).toEqual({ format: '.0f', tickMinStep: 1 });
  });
});

describe('scheduled changes on the series charts', () => {
  type Spec = { data: { values: Record<string, unknown>[] }; spec: { layer: { mark: { type: string }; transform?: { filter: string }[]; encoding?: Record<string, unknown> }[] } };
  const points = ['proqolSTS', 'proqolBO', 'proqolCS'].flatMap((metric) => pointsUpTo(1094).map((p) => ({ ...p, metric })));
  const changes = [
    { day: 365, label: 'day 365: supervision opt-out' },
    { day: 730, label: 'day 730: overdoseBurden 2' },
  ];

  it('mark each change with a rule and its label in every panel, at the change day on the chart\'s time axis', () => {
    const spec = proqolTrajectoriesSpec(points, ['a'], changes) as unknown as Spec;
    const marks = spec.data.values.filter((v) => v.change !== undefined);
    expect(marks).toHaveLength(2 * 3);
    expect(marks.map((m) => [m.measure, m.year, m.change])).toContainEqual(['Burnout', 1, 'day 365: supervision opt-out']);
    expect(marks.map((m) => m.year)).toEqual([1, 1, 1, 2, 2, 2]);
    const layers = spec.spec.layer;
    expect(layers.map((l) => l.mark.type)).toEqual(['area', 'line', 'rule', 'text']);
    // The series layers leave the change rows out, the change layers keep only them.
    expect(layers.map((l) => l.transform?.[0].filter)).toEqual(['isValid(datum.mean)', 'isValid(datum.mean)', 'isValid(datum.change)', 'isValid(datum.change)']);
    expect(layers[3].encoding?.text).toEqual({ field: 'change' });
    // Packages keep their colours; the rules are grey.
    expect(layers[2].encoding?.color).toEqual({ value: '#444' });
    const { warnings } = compileSpec(spec as never);
    expect(warnings).toEqual([]);
  });

  it('draw nothing extra for a run without changes', () => {
    const spec = proqolTrajectoriesSpec(points, ['a']) as unknown as Spec;
    expect(spec.spec.layer.map((l) => l.mark.type)).toEqual(['area', 'line']);
    expect(spec.data.values.every((v) => v.mean !== undefined)).toBe(true);
  });
});

describe('the baseline on the series charts', () => {
  type Layer = { mark: { type: string; strokeDash?: number[] }; transform?: { filter: unknown }[] };
  type Spec = { title: { subtitle: string[] }; spec: { layer: Layer[] } };
  const points = ['a', 'b'].flatMap((policy) => ['proqolSTS', 'proqolBO', 'proqolCS'].flatMap((metric) => pointsUpTo(10).map((p) => ({ ...p, policy, metric }))));

  it('is drawn again, dashed, over the other lines, so an arm identical to it does not hide it; the subtitle says so', () => {
    const spec = proqolTrajectoriesSpec(points, ['a', 'b'], [{ day: 5, label: 'day 5: change' }]) as unknown as Spec;
    const layers = spec.spec.layer;
    expect(layers.map((l) => l.mark.type)).toEqual(['area', 'line', 'line', 'rule', 'text']);
    expect(layers[2].mark.strokeDash).toBeDefined();
    expect(layers[2].transform?.map((t) => t.filter)).toEqual(['isValid(datum.mean)', { field: 'policy', equal: 'a' }]);
    expect(spec.title.subtitle[1]).toBe("a's line is drawn again, dashed, on top, so it shows where another package's line covers it.");
    expect(compileSpec(spec as never).warnings).toEqual([]);
  });

  it('is not redrawn when there is nothing to compare', () => {
    const spec = proqolTrajectoriesSpec(points.filter((p) => p.policy === 'a'), ['a']) as unknown as Spec;
    expect(spec.spec.layer.map((l) => l.mark.type)).toEqual(['area', 'line']);
    expect(spec.title.subtitle).toHaveLength(1);
  });
});
