import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { ChartFeed, rowChanges, type ChartRows } from '../../viz/app/chartRows';
import { careChart, CHART_FONT_SIZES, CHART_TITLES, HOVER_POINTS, PLOT_MIN_HEIGHT, STAFF_DATA_MIN_HEIGHT, staffChart, stateChart, withHoverPoints, type ChartTeam } from '../../viz/app/charts';
import type { SeriesRow } from '../../viz/app/engine';
import { compileSpec } from '../../viz/report/export';
import { dayText, timeUnitOn } from '../../viz/app/timeAxis';

// The classroom app's live charts, laid out headlessly (Vega in Node) with rows like the engine's.

const ONE: readonly ChartTeam[] = [{ label: 'Status quo', legend: 'Status quo' }];
const TWO: readonly ChartTeam[] = [
  { label: 'A: Status quo (untouched)', legend: 'A: Status quo' },
  { label: 'B: Opt-out support', legend: 'B: Opt-out support' },
];

/** Days 0 to `days` − 1 of each team, care quality near 0.55 and a steady team of 12, as a settled team runs. */
const rowsOf = (teams: readonly ChartTeam[], days: number): SeriesRow[] =>
  teams.flatMap((t, i) =>
    Array.from({ length: days }, (_, day) => ({
      team: t.label,
      day,
      sts: 24 + i + (day % 5) / 10,
      burnout: 21 - i,
      satisfaction: 38,
      headcount: 11 + (day % 2),
      separations: Math.floor(day / 100),
      careQuality: 0.55 + ((day % 7) - 3) / 100 + i / 50,
    })),
  );

/** Which of a ChartFeed's rows a chart takes, by its title (the spec's description), as the page hands them. */
const ROWS_OF_CHART: Readonly<Record<string, keyof ChartRows>> = { [CHART_TITLES.states]: 'states', [CHART_TITLES.staff]: 'staff', [CHART_TITLES.care]: 'care' };
const chartRowsOf = (spec: TopLevelSpec, feed: ChartFeed, rows: readonly SeriesRow[]) => feed.rowsOf(rows)[ROWS_OF_CHART[spec.description ?? '']];

/** The chart laid out with the engine's `rows` made into its own (at a fixed width: Node has no container), for its scales. */
async function laidOut(spec: TopLevelSpec, rows: readonly SeriesRow[], feed = new ChartFeed()): Promise<vega.View> {
  const { vega: compiled, warnings } = compileSpec({ ...spec, width: 300, autosize: { type: 'pad' }, data: { name: 'rows', values: chartRowsOf(spec, feed, rows) } } as TopLevelSpec);
  expect(warnings).toEqual([]);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  await view.runAsync();
  return view;
}

describe('the app charts\' y axes start at the natural zero of what they show', () => {
  it('care quality, a 0–1 level, runs over its whole scale from 0 (a fitted axis made small changes look dramatic)', async () => {
    for (const teams of [ONE, TWO]) {
      const view = await laidOut(careChart(teams), rowsOf(teams, 200));
      expect(view.scale('y').domain()).toEqual([0, 1]);
      view.finalize();
    }
  });

  it('staff in post and separations count from 0', async () => {
    const view = await laidOut(staffChart(ONE), rowsOf(ONE, 200));
    expect(view.scale('y').domain()[0]).toBe(0);
    view.finalize();
  });

  it('the ProQOL scores show their whole 10–50 scale (10 is the lowest score a scale gives)', async () => {
    const view = await laidOut(stateChart(ONE), rowsOf(ONE, 200));
    expect(view.scale('y').domain()).toEqual([10, 50]);
    view.finalize();
  });
});

describe('the ProQOL lines', () => {
  it('with one team differ by colour and by dash, both by measure, in one legend that names them under the team\'s name; in compare mode the colour and the width are the team\'s (as on the other charts) and the dash the measure\'s', async () => {
    const measures = ['sts', 'burnout', 'satisfaction'];
    const one = await laidOut(stateChart(ONE), rowsOf(ONE, 50));
    expect(new Set(measures.map((m) => one.scale('color')(m) as string)).size).toBe(3);
    // Greyscale: the dash alone still tells them apart.
    expect(new Set(measures.map((m) => JSON.stringify(one.scale('strokeDash')(m)))).size).toBe(3);
    one.finalize();
    const two = await laidOut(stateChart(TWO), rowsOf(TWO, 50));
    expect(new Set(measures.map((m) => JSON.stringify(two.scale('strokeDash')(m)))).size).toBe(3);
    const teamColours = TWO.map((t) => two.scale('color')(t.label) as string);
    expect(new Set(teamColours).size).toBe(2);
    const care = await laidOut(careChart(TWO), rowsOf(TWO, 50));
    expect(TWO.map((t) => care.scale('color')(t.label) as string), 'each team\'s colour on the care chart').toEqual(teamColours);
    care.finalize();
    expect(new Set(TWO.map((t) => two.scale('strokeWidth')(t.label) as number)).size).toBe(2);
    two.finalize();
    // The lines' encoding (each team's line layer has the same).
    type Encoding = Record<string, { field?: string; title?: string | null; legend?: { labelExpr?: string } } | undefined>;
    const lines = (spec: TopLevelSpec) => (spec as unknown as { layer: { mark: { type: string }; encoding: Encoding }[] }).layer.find((l) => l.mark.type === 'line')!.encoding;
    const single = lines(stateChart(ONE));
    expect(single.color?.field).toBe('measure');
    expect(single.strokeDash?.field).toBe('measure');
    // The same legend settings: Vega-Lite draws one legend whose symbols carry colour and dash.
    expect(single.color?.legend).toEqual(single.strokeDash?.legend);
    expect(single.color?.legend?.labelExpr).toContain('"Secondary traumatic stress"');
    expect(single.color?.title).toBe('Status quo');
    expect(single.strokeDash?.title).toBe('Status quo');
    expect(single.strokeWidth).toBeUndefined();
    const compared = lines(stateChart(TWO));
    expect([compared.color?.field, compared.strokeWidth?.field, compared.strokeDash?.field]).toEqual(['team', 'team', 'measure']);
    expect(compared.strokeDash?.legend?.labelExpr).toContain('"Secondary traumatic stress"');
  });
});

describe('time on the charts and in the status line', () => {
  it('counts days while the run shown is under two years, years from day 730 on', () => {
    expect([0, 400, 729, 730, 3650].map(timeUnitOn)).toEqual(['days', 'days', 'days', 'years', 'years']);
  });

  it('the status line reads the axis\'s unit: the day, and once the axis is in years the years run, never rounded up', () => {
    expect(dayText(0, 3650)).toBe('Day 0 of 3650');
    expect(dayText(729, 3650)).toBe('Day 729 of 3650');
    expect(dayText(730, 3650)).toBe('Day 730 of 3650 (2 years)');
    expect(dayText(1999, 3650)).toBe('Day 1999 of 3650 (5.4 years)');
    expect(dayText(3649, 3650)).toBe('Day 3649 of 3650 (9.9 years)');
    expect(dayText(3650, 3650)).toBe('Day 3650 of 3650 (10 years)');
  });

  it('every chart\'s time axis is in the unit asked for, change rules included', async () => {
    const rows = rowsOf(ONE, 1000);
    for (const chart of [stateChart, staffChart, careChart]) {
      const days = await laidOut(chart(ONE, [{ day: 500, label: 'Day 500: Supervision → opt-out' }], 'days'), rows);
      // The axis ends on the last day run, where the lines end, not on a rounder number past it:
      // 1000 days run (rows numbered 0 to 999), the status line's "Day 1000".
      expect(days.scale('x').domain()).toEqual([0, 1000]);
      expect(days.scale('x')(500)).toBeCloseTo(days.scale('x')(1000) / 2, 0);
      days.finalize();
      const years = await laidOut(chart(ONE, [{ day: 730, label: 'Day 730: Supervision → opt-out' }], 'years'), rows);
      const [, end] = years.scale('x').domain() as number[];
      expect(end).toBeCloseTo(1000 / 365, 9);
      // The rule stands at day 730: two years.
      type Mark = { marktype?: string; role?: string; items: { x: number }[] };
      const scene = years.scenegraph() as unknown as { root: { items: { items: Mark[] }[] } };
      const rule = scene.root.items[0].items.find((i) => i.marktype === 'rule' && i.role === 'mark');
      expect(rule?.items[0].x).toBeCloseTo(years.scale('x')(2), 5);
      years.finalize();
    }
  });
});

describe('the day on a chart is the status line\'s (found by an educator: after 14 days the status said "Day 14 of 3650" and the last point\'s tooltip "Day 13")', () => {
  type Strip = { x: number; width: number; datum: Record<string, unknown> };
  type Mark = { marktype?: string; role?: string; items: Strip[] };
  const marksOf = (view: vega.View, marktype: string) => {
    const scene = view.scenegraph() as unknown as { root: { items: { items: Mark[] }[] } };
    return scene.root.items[0].items.filter((m) => m.marktype === marktype && m.role === 'mark').flatMap((m) => m.items);
  };
  /** The field the hover strips' tooltip gives as "Day". */
  const dayField = (spec: TopLevelSpec): string => {
    type Layer = { mark?: { type: string }; layer?: Layer[]; encoding?: { tooltip?: { field: string; title: string }[] } };
    const find = (layers: Layer[]): Layer | undefined => layers.map((l) => (l.mark?.type === 'rect' ? l : l.layer && find(l.layer))).find(Boolean);
    return find((spec as unknown as Layer).layer ?? [])!.encoding!.tooltip!.find((t) => t.title === 'Day')!.field;
  };

  it('after 14 days run (rows numbered 0 to 13, as timeseries.csv numbers them) the last point is "Day 14", where the axis ends, and every point\'s day is where it stands on the axis; a change made on day 10 has its rule on day 10\'s point', async () => {
    expect(dayText(14, 3650)).toBe('Day 14 of 3650');
    for (const chart of [stateChart, staffChart, careChart]) {
      const spec = chart(ONE, [{ day: 10, label: 'Day 10: Supervision → opt-out' }], 'days');
      const field = dayField(spec);
      const view = await laidOut(spec, rowsOf(ONE, 14));
      const x = view.scale('x');
      const strips = marksOf(view, 'rect');
      const days = strips.map((s) => s.datum[field] as number);
      expect(Math.max(...days), spec.description).toBe(14);
      expect(Math.min(...days), spec.description).toBe(1);
      expect(view.scale('x').domain(), spec.description).toEqual([0, 14]);
      for (const s of strips) expect(s.x + s.width / 2, `${spec.description}: Day ${String(s.datum[field])}`).toBeCloseTo(x(s.datum[field] as number) as number, 6);
      const rules = marksOf(view, 'rule');
      expect(rules, spec.description).toHaveLength(1);
      expect(rules[0].x, spec.description).toBeCloseTo(x(10) as number, 6);
      view.finalize();
    }
  });

  it('in years too: a point\'s day and years run are those of the status line on that day, where the point stands', async () => {
    const spec = staffChart(ONE, [], 'years');
    const field = dayField(spec);
    const view = await laidOut(spec, rowsOf(ONE, 1000));
    const x = view.scale('x');
    const strips = marksOf(view, 'rect');
    expect(strips.length).toBeGreaterThan(0);
    for (const s of strips) {
      const day = s.datum[field] as number;
      const years = s.datum.years as number;
      if (day >= 730) expect(dayText(day, 3650)).toBe(`Day ${day} of 3650 (${String(years)} years)`);
      expect(s.x + s.width / 2).toBeCloseTo(x(day / 365) as number, 6);
    }
    expect((view.scale('x').domain() as number[])[1]).toBeCloseTo(1000 / 365, 9);
    view.finalize();
  });
});

describe('the lines\' tooltips', () => {
  type Layer = { mark?: { type: string }; layer?: Layer[]; encoding?: { tooltip?: { title: string; format?: string }[] } };
  /** The tooltip of the chart's hover points, as titles with their formats. */
  const tooltipOf = (spec: TopLevelSpec): string[] => {
    const find = (layers: Layer[]): Layer | undefined => layers.map((l) => (l.mark?.type === 'rect' ? l : l.layer && find(l.layer))).find(Boolean);
    const points = find((spec as unknown as Layer).layer ?? []);
    return (points?.encoding?.tooltip ?? []).map((t) => `${t.title}${t.format ? ` (${t.format})` : ''}`);
  };

  it('give the day (in plain digits, as the status line: "Day 1080"), the team in compare mode, the series and its value, in the axes\' formats; the years run once the axis reads years', () => {
    expect(tooltipOf(stateChart(ONE))).toEqual(['Day (d)', 'Measure', 'Score (.1f)']);
    expect(tooltipOf(stateChart(TWO, [{ day: 10, label: 'Day 10: Supervision → opt-out' }]))).toEqual(['Day (d)', 'Team', 'Measure', 'Score (.1f)']);
    expect(tooltipOf(staffChart(TWO, [], 'years'))).toEqual(['Day (d)', 'Years (.1f)', 'Team', 'Series', 'Count (,d)']);
    expect(tooltipOf(careChart(ONE))).toEqual(['Day (d)', 'Care quality (7-day mean) (.2f)']);
  });

  it('come from a strip on each day of each line (every fifth day in years), on while the run stands still, only day 0\'s with hover points off', async () => {
    const rows = rowsOf(TWO, 100);
    const strips = (view: vega.View) => {
      type Mark = { marktype?: string; role?: string; items: unknown[] };
      const scene = view.scenegraph() as unknown as { root: { items: { items: Mark[] }[] } };
      return scene.root.items[0].items.filter((m) => m.marktype === 'rect' && m.role === 'mark').reduce((n, m) => n + m.items.length, 0);
    };
    const days = await laidOut(stateChart(TWO), rows);
    expect(strips(days)).toBe(100 * 3 * 2);
    days.signal(HOVER_POINTS, false);
    await days.runAsync();
    // Day 0's alone (a layer without rows would have no extent).
    expect(strips(days)).toBe(3 * 2);
    days.finalize();
    const years = await laidOut(careChart(TWO, [], 'years'), rows);
    expect(strips(years)).toBe(20 * 2);
    years.finalize();
    const off = await laidOut(withHoverPoints(careChart(ONE), false), rowsOf(ONE, 100));
    expect(strips(off)).toBe(1);
    off.finalize();
  });
});

describe('the hover strips', () => {
  it('of one series touch and never overlap, each centred on its day: the one under the pointer is the nearest hover day\'s (wider points overlapped, and the latest day won)', async () => {
    for (const unit of ['days', 'years'] as const) {
      const view = await laidOut(staffChart(TWO, [], unit), rowsOf(TWO, 1000));
      type Strip = { x: number; width: number; datum: { team: string; measure: string; day: number; time: number } };
      type Mark = { marktype?: string; role?: string; items: Strip[] };
      const scene = view.scenegraph() as unknown as { root: { items: { items: Mark[] }[] } };
      const all = scene.root.items[0].items.filter((m) => m.marktype === 'rect' && m.role === 'mark').flatMap((m) => m.items);
      expect(all.length).toBe(2 * 2 * (unit === 'days' ? 1000 : 200));
      const x = view.scale('x');
      for (const team of TWO.map((t) => t.label)) {
        const series = all.filter((s) => s.datum.team === team && s.datum.measure === 'headcount').sort((a, b) => a.datum.day - b.datum.day);
        for (const [i, s] of series.entries()) {
          expect(s.x + s.width / 2).toBeCloseTo(x(s.datum.time) as number, 6);
          if (i > 0) expect(s.x, `${unit}: day ${s.datum.day}`).toBeCloseTo(series[i - 1].x + series[i - 1].width, 6);
        }
      }
      view.finalize();
    }
  });
});

describe('streaming rows into a chart', () => {
  /**
   * Runs `update` and counts the data rows every dataflow operator passed on (added, removed or
   * modified; the marks' scene items aside): what the update processed. Vega's fold and window
   * transforms pass on every row held on each insert, however few are new.
   */
  async function rowsProcessed(update: () => Promise<unknown>): Promise<number> {
    type Pulse = { add?: unknown; rem?: unknown; mod?: unknown };
    const operator = vega.Operator.prototype as unknown as { run: (this: unknown, pulse: unknown) => unknown };
    const run = operator.run;
    let n = 0;
    const dataRows = (list: unknown) => (Array.isArray(list) ? list.filter((t) => t && typeof t === 'object' && 'day' in t && !('mark' in t)).length : 0);
    operator.run = function (this: unknown, pulse: unknown) {
      const out = run.call(this, pulse) as Pulse;
      if (out && typeof out === 'object') n += dataRows(out.add) + dataRows(out.rem) + dataRows(out.mod);
      return out;
    };
    try {
      await update();
    } finally {
      operator.run = run;
    }
    return n;
  }

  /** The rows processed when ten more days of two teams stream into a chart that holds `held` days. */
  async function tenDaysInto(chart: typeof stateChart, held: number, hoverPoints: boolean): Promise<number> {
    const rows = rowsOf(TWO, held + 10);
    const isFirst = (r: SeriesRow) => r.day < held;
    const feed = new ChartFeed();
    const view = await laidOut(withHoverPoints(chart(TWO, [{ day: 200, label: 'Day 200: Supervision → opt-out' }], 'years'), hoverPoints), rows.filter(isFirst), feed);
    const spec = chart(TWO, [], 'years');
    const next = chartRowsOf(spec, feed, rows.filter((r) => !isFirst(r)));
    const n = await rowsProcessed(() => view.change('rows', vega.changeset().insert(next)).runAsync());
    expect(new Set((view.data('rows') as SeriesRow[]).map((r) => `${r.team} ${r.day}`)).size).toBe(2 * (held + 10));
    view.finalize();
    return n;
  }

  it('processes the new days\' rows only: ten days cost the same into a chart holding 300 days as into one holding 3000 (every row held was folded again on each insert)', async () => {
    for (const chart of [stateChart, staffChart, careChart]) {
      for (const hoverPoints of [false, true]) {
        const early = await tenDaysInto(chart, 300, hoverPoints);
        const late = await tenDaysInto(chart, 3000, hoverPoints);
        expect(early, `${chart.name}, hover points ${hoverPoints ? 'on' : 'off'}`).toBeGreaterThan(0);
        expect(late, `${chart.name}, hover points ${hoverPoints ? 'on' : 'off'}`).toBe(early);
      }
    }
  });
});

describe('the charts\' own rows (ChartFeed)', () => {
  it('hold each measure and staff series of each team and day, and care quality\'s mean over the day and the six before it, carried across calls', () => {
    const feed = new ChartFeed();
    const rows = rowsOf(ONE, 10);
    const first = feed.rowsOf(rows.slice(0, 4));
    const rest = feed.rowsOf(rows.slice(4));
    expect(first.states.slice(0, 3)).toEqual([
      { team: 'Status quo', day: 0, measure: 'sts', score: rows[0].sts },
      { team: 'Status quo', day: 0, measure: 'burnout', score: rows[0].burnout },
      { team: 'Status quo', day: 0, measure: 'satisfaction', score: rows[0].satisfaction },
    ]);
    expect(first.staff.slice(0, 2)).toEqual([
      { team: 'Status quo', day: 0, measure: 'headcount', workers: rows[0].headcount },
      { team: 'Status quo', day: 0, measure: 'separations', workers: rows[0].separations },
    ]);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const care = [...first.care, ...rest.care].map((r) => r.care);
    expect(care[2]).toBeCloseTo(mean(rows.slice(0, 3).map((r) => r.careQuality)), 12);
    expect(care[9]).toBeCloseTo(mean(rows.slice(3, 10).map((r) => r.careQuality)), 12);
  });

  it('leave a day nobody is in post (NaN scores) out of the lines, as a gap, and out of the care mean; no value at all is no mean', async () => {
    const rows = rowsOf(ONE, 40).map((r) => (r.day >= 20 && r.day < 28 ? { ...r, sts: NaN, burnout: NaN, satisfaction: NaN, careQuality: NaN } : r));
    const care = new ChartFeed().rowsOf(rows).care.map((r) => r.care);
    expect(care[20]).toBeCloseTo((rows.slice(14, 20).reduce((a, r) => a + r.careQuality, 0)) / 6, 12);
    expect(care[26]).toBeUndefined();
    for (const chart of [stateChart, careChart]) {
      const view = await laidOut(chart(ONE), rows);
      type Mark = { marktype?: string; role?: string; items: { items?: { items?: { defined?: boolean; y?: number }[] }[] }[] };
      const scene = view.scenegraph() as unknown as { root: { items: { items: Mark[] }[] } };
      const svg = await view.toSVG();
      // A line broken at the gap: its path starts anew after it (one "M" more per line), and no point sits at NaN or 0.
      expect(svg, chart.name).not.toContain('NaN');
      const lines = scene.root.items[0].items.filter((m) => m.role === 'scope' || m.marktype === 'group');
      expect(lines.length).toBeGreaterThan(0);
      const paths = [...svg.matchAll(/<path[^>]* d="(M[^"]*)"[^>]*stroke-width/g)].map((m) => m[1]).filter((d) => (d.match(/L/g) ?? []).length > 10);
      expect(paths.length, chart.name).toBeGreaterThan(0);
      for (const d of paths) expect((d.match(/M/g) ?? []).length, `${chart.name}: ${d.slice(0, 80)}`).toBe(2);
      view.finalize();
    }
  });
});

describe('a run drawn again in place (rowChanges)', () => {
  it('keeps the rows of a team, day and series that come back the same, sets anew only the values that differ (NaN is NaN), and inserts and removes only rows of other days', () => {
    const held = new ChartFeed().rowsOf(rowsOf(TWO, 10));
    // The rerun: team B's scores from day 4 differ, day 5 nobody is in post, the run ends a day later.
    const rerun = rowsOf(TWO, 11).map((r) => (r.team !== TWO[1].label || r.day < 4 ? r : r.day === 5 ? { ...r, sts: NaN, burnout: NaN, satisfaction: NaN } : { ...r, sts: r.sts + 1 }));
    const withGap = held.states.map((r) => (r.team === TWO[1].label && r.day === 5 ? { ...r, score: NaN } : r));
    const next = new ChartFeed().rowsOf(rerun).states;
    const changes = rowChanges(withGap, next);
    expect(changes.insert.map((r) => `${r.team} ${r.day} ${r.measure}`)).toEqual(TWO.flatMap((t) => ['sts', 'burnout', 'satisfaction'].map((m) => `${t.label} 10 ${m}`)));
    expect(changes.remove).toEqual([]);
    // Team B's STS on days 4 and 6 to 9 (day 5 was NaN and stays NaN).
    expect(changes.modify.map((m) => `${m.row.team} ${m.row.day} ${m.row.measure} ${m.field}`)).toEqual([4, 6, 7, 8, 9].map((d) => `${TWO[1].label} ${d} sts score`));
    for (const m of changes.modify) expect(m.value).toBe(next.find((r) => r.team === m.row.team && r.day === m.row.day && r.measure === m.row.measure)!.score);
    // Every new row maps to the row the chart holds for it: the one held before, or itself if inserted.
    expect(changes.kept.size).toBe(next.length);
    for (const [row, kept] of changes.kept) expect(kept).toBe(changes.insert.includes(row) ? row : withGap.find((r) => r.team === row.team && r.day === row.day && r.measure === row.measure));
    // A shorter rerun removes the days it no longer reaches.
    expect(rowChanges(next, withGap).remove.map((r) => r.day)).toEqual([10, 10, 10, 10, 10, 10]);
  });
});

describe('thinned lines (ChartFeed with a step, as once the axis reads years)', () => {
  const days = (rows: readonly { team: string; day: number }[], team = ONE[0].label) => [...new Set(rows.filter((r) => r.team === team).map((r) => r.day))];

  it('keep every fifth day, the change days and the last day run; the last day gives way when the next rows come', () => {
    const rows = rowsOf(TWO, 23);
    const feed = new ChartFeed({ step: 5, keepDays: [12] });
    const first = feed.update(rows.filter((r) => r.day < 13));
    expect(days(first.insert.states, TWO[0].label)).toEqual([0, 5, 10, 12]);
    expect(days(first.insert.care, TWO[1].label)).toEqual([0, 5, 10, 12]);
    const second = feed.update(rows.filter((r) => r.day >= 13 && r.day < 19));
    expect(days(second.insert.staff, TWO[0].label)).toEqual([15, 18]);
    expect(second.remove).toEqual({ states: [], staff: [], care: [] });
    const third = feed.update(rows.filter((r) => r.day >= 19));
    expect(days(third.insert.states, TWO[0].label)).toEqual([20, 22]);
    // Day 18's rows, exactly those handed over (Vega removes a row by the object inserted).
    expect(third.remove.states).toHaveLength(2 * 3);
    for (const r of third.remove.states) expect(second.insert.states).toContain(r);
    expect(days(third.remove.care, TWO[1].label)).toEqual([18]);
  });

  it('give each kept day the values of that day, the care mean over every day before it included', () => {
    const rows = rowsOf(ONE, 20);
    const thinned = new ChartFeed({ step: 5 }).rowsOf(rows);
    const daily = new ChartFeed().rowsOf(rows);
    for (const key of ['states', 'staff', 'care'] as const) {
      const kept = thinned[key] as { day: number }[];
      expect(kept, key).toEqual((daily[key] as { day: number }[]).filter((r) => kept.some((k) => k.day === r.day)));
    }
    expect(days(thinned.care)).toEqual([0, 5, 10, 15, 19]);
  });
});

describe('the change labels on the staff chart', () => {
  type Item = { marktype?: string; items?: Item[]; text?: string; y?: number; strokeWidth?: number; bounds?: { y1: number; y2: number } };
  /** Every scene item of a mark type, however deep (lines sit in a group per series). */
  const itemsOf = (node: Item, marktype: string, out: Item[] = []): Item[] => {
    for (const child of node.items ?? []) {
      if (child.marktype === marktype) out.push(...(child.items ?? []));
      itemsOf(child, marktype, out);
    }
    return out;
  };

  it('stay clear of the lines at full staffing (the staff-in-post line ran along the top, through the labels), on one line of labels or three', async () => {
    const full = (teams: readonly ChartTeam[]) => rowsOf(teams, 300).map((r) => ({ ...r, headcount: 12, separations: Math.min(r.separations, 2) }));
    const oneChange = [{ day: 100, label: 'Day 100: Supervision → opt-out' }];
    const close = [100, 104, 108].map((day) => ({ day, label: `Day ${day}: Supervision → opt-out` }));
    for (const [teams, changes] of [[ONE, oneChange], [TWO, oneChange], [TWO, close]] as const) {
      const view = await laidOut(staffChart(teams, changes), full(teams));
      const root = (view.scenegraph() as unknown as { root: Item }).root;
      const labels = itemsOf(root, 'text').filter((t) => /^Days? \d/.test(t.text ?? ''));
      const lines = itemsOf(root, 'line');
      expect(labels.length).toBeGreaterThan(0);
      expect(lines.length).toBeGreaterThan(0);
      const labelsEnd = Math.max(...labels.map((t) => t.bounds!.y2));
      const linesTop = Math.min(...lines.map((l) => l.y! - (l.strokeWidth ?? 2) / 2));
      expect(linesTop, `${teams.length} team(s), ${changes.length} change(s)`).toBeGreaterThanOrEqual(labelsEnd);
      view.finalize();
    }
  });

  it('leave the staff chart\'s data at least STAFF_DATA_MIN_HEIGHT under them however low the page makes the plot: the labels take fewer lines there, one at least (found by an educator: under Large text three lines took 61 px of a 90 px plot, the data squeezed into 29 px)', async () => {
    const full = rowsOf(TWO, 300).map((r) => ({ ...r, headcount: 12, separations: Math.min(r.separations, 2) }));
    const close = [100, 104, 108].map((day) => ({ day, label: `Day ${day}: Supervision → opt-out` }));
    const laneCounts: Record<string, number> = {};
    for (const text of ['normal', 'large'] as const) {
      for (const height of [PLOT_MIN_HEIGHT, 112, 120, 140]) {
        const view = await laidOut(staffChart(TWO, close, 'days', undefined, text), full);
        view.height(height);
        await view.runAsync();
        const root = (view.scenegraph() as unknown as { root: Item }).root;
        const labels = itemsOf(root, 'text').filter((t) => /^Days? \d/.test(t.text ?? ''));
        const labelsEnd = Math.max(...labels.map((t) => t.bounds!.y2));
        const [bottom, top] = view.scale('y').range() as number[];
        const where = `${text} text, ${height} px`;
        expect(bottom, where).toBe(height);
        // The data's room: the least, or all that one line of labels leaves.
        const oneLane = 2 + Math.ceil(1.25 * CHART_FONT_SIZES[text].rule) + 2;
        expect(height - top, where).toBeGreaterThanOrEqual(Math.min(STAFF_DATA_MIN_HEIGHT, height - oneLane));
        expect(labelsEnd, `${where}: the labels above the data`).toBeLessThanOrEqual(top);
        laneCounts[`${text} ${height}`] = new Set(labels.map((t) => t.y)).size;
        view.finalize();
      }
    }
    // Three lines where the plot has room (the full heights in normal text), fewer where it is lowered, one at least.
    expect(laneCounts).toEqual({ 'normal 90': 1, 'normal 112': 2, 'normal 120': 3, 'normal 140': 3, 'large 90': 1, 'large 112': 2, 'large 120': 2, 'large 140': 3 });
  });
});

/** A drawn legend symbol or line of a laid-out chart, with the fields the key tests read. */
type KeyOrLine = { marktype?: string; role?: string; items?: KeyOrLine[]; datum?: { value?: unknown; team?: string; measure?: string }; stroke?: string; strokeWidth?: number; strokeDash?: number[]; opacity?: number };

/** The chart's legend symbols (its keys) and the first item of each drawn line, in scenegraph order. */
function keysAndLines(view: vega.View): { symbols: KeyOrLine[]; lines: KeyOrLine[] } {
  const symbols: KeyOrLine[] = [];
  const lines: KeyOrLine[] = [];
  const walk = (node: KeyOrLine) => {
    for (const child of node.items ?? []) {
      if (child.marktype === 'symbol' && child.role === 'legend-symbol') symbols.push(...(child.items ?? []));
      if (child.marktype === 'line' && child.role === 'mark' && (child.items?.length ?? 0) > 0) lines.push(child.items![0]);
      walk(child);
    }
  };
  walk((view.scenegraph() as unknown as { root: KeyOrLine }).root);
  return { symbols, lines };
}

describe('the charts\' wording and keys', () => {
  it('the staff chart\'s y axis and tooltip say "Count": it counts those in post and those who left ("Workers" read as the staff alone)', () => {
    const spec = staffChart(ONE) as unknown as { encoding: { y: { title: string } } };
    expect(spec.encoding.y.title).toBe('Count');
  });

  it('with one team the staff chart\'s keys, under the team\'s name, are drawn in the lines\' colour (found by a review: with the team\'s legend gone, Vega drew them grey beside blue lines); in compare mode the teams\' key gives the colours', async () => {
    const single = await laidOut(staffChart(ONE), rowsOf(ONE, 50));
    const one = keysAndLines(single);
    expect(one.symbols.map((s) => s.datum?.value)).toEqual(['headcount', 'separations']);
    expect(one.lines).toHaveLength(2);
    const colour = one.lines[0].stroke;
    expect(one.lines.map((l) => l.stroke)).toEqual([colour, colour]);
    expect(one.symbols.map((s) => s.stroke), 'the keys in the lines\' colour').toEqual([colour, colour]);
    single.finalize();
    const compared = await laidOut(staffChart(TWO), rowsOf(TWO, 50));
    const two = keysAndLines(compared);
    const teamKeys = two.symbols.filter((s) => TWO.some((t) => t.label === s.datum?.value));
    expect(new Set(teamKeys.map((s) => s.stroke)).size, 'a colour a team').toBe(2);
    for (const key of two.symbols.filter((s) => !teamKeys.includes(s))) expect(teamKeys.map((s) => s.stroke), 'a series key in no team\'s colour').not.toContain(key.stroke);
    compared.finalize();
  });

  it('in compare mode the ProQOL chart\'s keys are honest: each line is its team\'s colour and width (the teams\' key) and its measure\'s dash (the measures\' key, drawn in a neutral grey that is no team\'s colour)', async () => {
    const view = await laidOut(stateChart(TWO), rowsOf(TWO, 50));
    const { symbols, lines } = keysAndLines(view);
    const teamKeys = symbols.filter((s) => TWO.some((t) => t.label === s.datum?.value));
    const measureKeys = symbols.filter((s) => ['sts', 'burnout', 'satisfaction'].includes(String(s.datum?.value)));
    expect(teamKeys).toHaveLength(2);
    expect(measureKeys).toHaveLength(3);
    expect(teamKeys.map((s) => s.strokeWidth)).toEqual([1.5, 3.5]);
    expect(new Set(teamKeys.map((s) => s.stroke)).size, 'a colour a team').toBe(2);
    const teamColours = teamKeys.map((s) => s.stroke);
    for (const key of measureKeys) {
      expect(teamColours, 'a measure key in no team\'s colour').not.toContain(key.stroke);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(key.stroke!.slice(i, i + 2), 16));
      expect(r === g && g === b && r > 0x33 && r < 0xcc, `${key.stroke}: a mid grey, neither black nor white`).toBe(true);
    }
    expect(new Set(measureKeys.map((s) => s.stroke)).size, 'one grey for the measures: the dash tells them apart').toBe(1);
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      const where = `${line.datum?.team} ${line.datum?.measure}`;
      const measure = measureKeys.find((s) => s.datum?.value === line.datum?.measure)!;
      const team = teamKeys.find((s) => s.datum?.value === line.datum?.team)!;
      expect(line.stroke, `${where}: its team's colour`).toBe(team.stroke);
      expect(line.strokeWidth, `${where}: its team's width`).toBe(team.strokeWidth);
      expect(line.strokeDash ?? [1, 0], `${where}: its measure's dash`).toEqual(measure.strokeDash ?? [1, 0]);
      expect(line.opacity ?? 1, `${where}: at full strength`).toBe(1);
    }
    view.finalize();
  });
});

describe('large text (the app\'s "Large text", for a projector)', () => {
  /** The font sizes of the chart's axis labels and titles and its legends' labels and titles, as laid out. */
  async function fontSizes(spec: TopLevelSpec, rows: readonly SeriesRow[]): Promise<Record<string, number[]>> {
    const view = await laidOut(spec, rows);
    type Item = { marktype?: string; role?: string; items?: Item[]; fontSize?: number };
    const sizes: Record<string, Set<number>> = {};
    const walk = (node: Item) => {
      for (const child of node.items ?? []) {
        if (child.marktype === 'text' && ['axis-label', 'axis-title', 'legend-label', 'legend-title'].includes(child.role ?? '')) {
          for (const t of child.items ?? []) (sizes[child.role!] ??= new Set()).add(t.fontSize!);
        }
        walk(child);
      }
    };
    walk((view.scenegraph() as unknown as { root: Item }).root);
    view.finalize();
    return Object.fromEntries(Object.entries(sizes).map(([role, set]) => [role, [...set]]));
  }

  it('draws every chart\'s axis and legend text at the large sizes, and at the normal ones without it', async () => {
    for (const teams of [ONE, TWO]) {
      for (const chart of [stateChart, staffChart, careChart]) {
        const rows = rowsOf(teams, 60);
        const normal = await fontSizes(chart(teams, [], 'days', undefined, 'normal'), rows);
        const large = await fontSizes(chart(teams, [], 'days', undefined, 'large'), rows);
        expect(normal, 'the default is normal').toEqual(await fontSizes(chart(teams), rows));
        expect(Object.keys(large).sort()).toEqual(['axis-label', 'axis-title', 'legend-label'].concat(Object.hasOwn(normal, 'legend-title') ? ['legend-title'] : []).sort());
        for (const role of ['axis-label', 'axis-title']) {
          expect(normal[role]).toEqual([CHART_FONT_SIZES.normal.axis]);
          expect(large[role]).toEqual([CHART_FONT_SIZES.large.axis]);
        }
        for (const role of ['legend-label', 'legend-title'].filter((r) => Object.hasOwn(normal, r))) {
          expect(normal[role]).toEqual([CHART_FONT_SIZES.normal.legend]);
          expect(large[role]).toEqual([CHART_FONT_SIZES.large.legend]);
        }
      }
    }
    expect(CHART_FONT_SIZES.large.axis).toBeGreaterThanOrEqual(CHART_FONT_SIZES.normal.axis + 4);
    expect(CHART_FONT_SIZES.large.legend).toBeGreaterThanOrEqual(CHART_FONT_SIZES.normal.legend + 3);
  });
});
