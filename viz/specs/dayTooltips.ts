import { DAYS_PER_YEAR, SERIES_TITLES, type timeAxis } from './seriesParts';
import { tooltipRowTitle } from './tooltipRowKeys';
import { shownValue } from './shownValue';

// The report page's series charts answer with a tooltip wherever the pointer is over a panel: Vega
// shows a line's own tooltip only within its stroke's width of a point. Each panel gets invisible
// rects, one per day the lines have a point on (every 7th, report/load.ts), from halfway to the day
// before to halfway to the day after, full height, each carrying that day's values. Only the page
// draws them: an exported figure has no pointer.

/** What the day rects' layers compute their tooltips with. */
type DayTransform = { filter: string } | { calculate: string; as: string };

/** Rows of the day rects only (no other layer's rows have `mean0`; a day without a value has it null). */
export const DAY_ROWS = { filter: "'mean0' in datum" };

/** The name of a series chart's data set of DaySpans (daySpanLookup). */
const DAY_SPANS = 'daySpans';

/**
 * What a series chart's top level adds for its day rects: `spans` as a data set, and a lookup that
 * gives each row of a day its stretch of the axis (the same for every measure and arm, it is given
 * once, not in each row), and a calculation that gives it its measure's label from its place in
 * `measures` (dayRows' `measureK`): the label in each row added about 87 KB to a 10-year page of three packages (24 KB with two; README). At
 * the top level: Vega-Lite cannot look up within a facet, and the panels are filtered by measure.
 */
export function daySpanLookup(spans: readonly DaySpan[], measures: readonly string[]) {
  return {
    datasets: { [DAY_SPANS]: [...spans] },
    transform: [
      { lookup: 'day', from: { data: { name: DAY_SPANS }, key: 'day', fields: ['dayFrom', 'dayTo', 'lastDay'] } },
      // Every row passes here: the other layers' rows keep their own measure.
      { calculate: `isValid(datum.measureK) ? ${JSON.stringify(measures)}[datum.measureK] : datum.measure`, as: 'measure' },
    ],
  };
}

/** One rect: the day it answers for and the stretch of the time axis nearer it than any other such day, in days. */
export interface DaySpan {
  readonly day: number;
  readonly dayFrom: number;
  readonly dayTo: number;
  /** The last day's: its rect reaches the panel's right edge (dayLayer). */
  readonly lastDay?: true;
}

/**
 * The days of `days` a panel `width` pixels wide answers for, each with its stretch of the axis:
 * every one, or where they outnumber the panel's pixels every second, third... the fewest left out
 * that keeps each rect at least a pixel wide (a 10-year horizon's 522 points in a 210-pixel panel:
 * every third, three weeks apart), so that a long horizon's page stays light and quick to hover.
 */
export function daySpans(days: readonly number[], width: number): DaySpan[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const step = Math.max(1, Math.ceil(sorted.length / width));
  const shown = sorted.filter((_, k) => k % step === 0);
  const last = sorted[sorted.length - 1];
  if (shown[shown.length - 1] !== last) shown.push(last);
  // The first rect starts on the first day and the last ends on the last (dayLayer takes it on to the panel's edge), so that the time axis keeps its extent.
  return shown.map((day, k) => ({
    day,
    dayFrom: k === 0 ? day : (shown[k - 1] + day) / 2,
    dayTo: k === shown.length - 1 ? day : (day + shown[k + 1]) / 2,
    ...(k === shown.length - 1 ? { lastDay: true as const } : {}),
  }));
}

/** What a day's tooltip gives for a value the day lacks (nobody in post). */
const NO_VALUE = "'no value on this day'";

/** A value of a day's rect, `field`, in `yFormat`, as an expression. */
function formatted(field: string, yFormat: string): string {
  return `format(datum[${JSON.stringify(field)}], ${JSON.stringify(yFormat)})`;
}

/** A value of a day's rect as its tooltip gives it: in `yFormat`, or the words for a day without one. */
export function dayValue(field: string, yFormat: string): string {
  return `isValid(datum[${JSON.stringify(field)}]) ? ${formatted(field, yFormat)} : ${NO_VALUE}`;
}

/**
 * The invisible rects of a panel `height` pixels tall, on the time axis `time`, each with
 * `tooltip` (its fields computed by `transform`): drawn nothing (opacity 0) and hidden from
 * screen readers, which the chart's own description serves.
 */
export function dayLayer(time: ReturnType<typeof timeAxis>, height: number, transform: readonly DayTransform[], tooltip: readonly { field: string; title: string }[]) {
  const mark = { type: 'rect' as const, opacity: 0, aria: false };
  // In the axis's unit, as seriesRows' `year` (rows in days are the lighter page).
  const inUnit = (field: string) => ({ calculate: time.field === 'year' ? `datum.${field} / ${DAYS_PER_YEAR}` : `datum.${field}`, as: `${field}OnAxis` });
  return {
    transform: [DAY_ROWS, ...transform, inUnit('dayFrom'), inUnit('dayTo')],
    encoding: {
      x: { ...time, field: 'dayFromOnAxis' },
      y: { value: 0 },
      y2: { value: height },
      color: { value: '#000' },
      tooltip: [...tooltip],
    },
    // The last day's rect reaches the panel's right edge, which the axis, rounded, may set past it.
    layer: [
      { transform: [{ filter: '!datum.lastDay' }], mark, encoding: { x2: { field: 'dayToOnAxis' } } },
      { transform: [{ filter: 'datum.lastDay' }], mark, encoding: { x2: { value: 'width' as const } } },
    ],
  };
}

interface MeasuredPoint {
  readonly policy: string;
  readonly measure?: string;
  readonly day: number;
  readonly mean: number;
  readonly p05: number;
  readonly p95: number;
}

/**
 * A day rect's row for each of `measures` that `points` have and each day of `spans`: the measure's place in `measures`
 * (`measureK`, its label given by daySpanLookup's, which must be given the same `measures`), the day (its stretch of the
 * axis is looked up there too), and the mean and 5th and 95th percentiles of each of `arms` that
 * day, as `meanK`, `lowK` and `highK` (K its place in `arms`), past the first `ranged` arms the mean only; `extra` adds
 * fields of the panel's own. Rows carry only what a tooltip shows, each value rounded to what `yFormat` shows of it: a
 * long horizon's page holds thousands.
 */
export function dayRows(points: readonly MeasuredPoint[], arms: readonly string[], measures: readonly string[], spans: readonly DaySpan[], yFormat: string, extra: object = {}, ranged = arms.length) {
  const byKey = new Map(points.map((p) => [JSON.stringify([p.policy, p.measure, p.day]), p]));
  // No rows for a measure without points: in a chart faceted by measure, they would add a panel.
  const drawn = new Set(points.map((p) => p.measure));
  return measures.flatMap((measure, measureK) =>
    (drawn.has(measure) ? spans : []).map((span) => {
      const values = arms.map((arm, k) => {
        const p = byKey.get(JSON.stringify([arm, measure, span.day]));
        const shown = (value: number | undefined) => (value === undefined ? null : shownValue(value, yFormat));
        return { [`mean${k}`]: shown(p?.mean), ...(k < ranged ? { [`low${k}`]: shown(p?.p05), [`high${k}`]: shown(p?.p95) } : {}) };
      });
      return Object.assign({ measureK, day: span.day, ...extra }, ...values);
    }),
  );
}

/** The values of arm K of dayRows' `arms` that a day's tooltip gives: the mean and 5th and 95th percentiles, each with its title. */
function armValues(k: number) {
  return [
    { field: `mean${k}`, title: SERIES_TITLES.mean },
    { field: `low${k}`, title: SERIES_TITLES.p05 },
    { field: `high${k}`, title: SERIES_TITLES.p95 },
  ];
}

/** The tooltip's rows for the measure and the day, as seriesTooltip's. */
const PLACE = [
  { field: 'measure', title: SERIES_TITLES.measure },
  { field: 'day', title: SERIES_TITLES.day },
];

/**
 * The tooltip of an arm's values on the day (K its place in dayRows' `arms`), in the words of seriesTooltip: its name
 * (the rows' `panel`), the measure, the day, the mean and percentiles.
 */
export function armDayTooltip(k: number, yFormat: string, armTitle: string) {
  const values = armValues(k);
  return {
    calculate: values.map(({ field }) => ({ calculate: dayValue(field, yFormat), as: `${field}Text` })),
    tooltip: [{ field: 'panel', title: armTitle }, ...PLACE, ...values.map(({ field, title }) => ({ field: `${field}Text`, title }))],
  };
}

/**
 * The tooltip of every arm's values on the day, for a panel that draws them all: the measure and
 * the day, then a line per arm, named by it ("Mean 21.3, 5th percentile 19.8, 95th percentile 22.9"), whatever
 * it is called (tooltipRowKey). An arm's values are all there or none (a day without its point).
 */
export function armsDayTooltip(arms: readonly string[], yFormat: string) {
  const line = (k: number) => armValues(k).map(({ field, title }, j) => `${JSON.stringify(`${j === 0 ? '' : ', '}${title} `)} + ${formatted(field, yFormat)}`).join(' + ');
  return {
    calculate: arms.map((_, k) => ({ calculate: `isValid(datum.mean${k}) ? ${line(k)} : ${NO_VALUE}`, as: `values${k}` })),
    tooltip: [...PLACE, ...arms.map((arm, k) => ({ field: `values${k}`, title: tooltipRowTitle(k, arm) }))],
  };
}
