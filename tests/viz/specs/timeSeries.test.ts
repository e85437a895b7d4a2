import { describe, expect, it } from 'vitest';
import { staffingSpec } from '../../../viz/specs/timeSeries';

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
