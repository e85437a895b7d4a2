import type { SeriesPoint } from '../report/reportData';
import type { ArmTitle } from './theme';

// What the report's series charts share, drawn overlaid (timeSeries.ts) or one row per arm (seriesGrid.ts).

export const DAYS_PER_YEAR = 365;

/** What a series chart draws: seriesPanels takes it, and passes it on, its defaults filled, to seriesGrid. */
export interface SeriesChart {
  readonly points: readonly SeriesPoint[];
  /** The arms, the baseline first. */
  readonly policies: readonly string[];
  /** One panel (column) per metric: its name in the series and its label. */
  readonly metrics: readonly (readonly [string, string])[];
  readonly title: string;
  readonly subtitle: string;
  /** The y axes' title (the grid, whose panels are too short for it, says it in its subtitle). */
  readonly yTitle: string;
  /** The d3 format of the y axes and tooltips ('.1f', '.1~%'). */
  readonly yFormat: string;
  /** Start the y axis at zero (counts and shares) or fit the data (scores); default true. */
  readonly zero?: boolean;
  /** Scheduled changes, marked on their days; default none. */
  readonly changes?: readonly ChangeMark[];
  /** What an arm is called in legends and tooltips; default 'Package'. */
  readonly armTitle?: ArmTitle;
  /** Answer with a tooltip of the nearest day's values wherever the pointer is over a panel (the report page's, dayTooltips.ts); default false. */
  readonly dayTooltips?: boolean;
}

/** A scheduled change as the charts mark it: a vertical rule on its day, with a short label. */
export interface ChangeMark {
  readonly day: number;
  /** "day 365: supervision opt-out" */
  readonly label: string;
}

/** Rows of series points only (the change marks share the data but have no mean). */
export const SERIES_ROWS = { filter: 'isValid(datum.mean)' };
export const CHANGE_ROWS = { filter: 'isValid(datum.change)' };
/** The smallest step each y format the charts use can show: a score to 0.1, a count to 1, a share to 0.1%. */
const TICK_STEPS: Readonly<Record<string, number>> = { '.1f': 0.1, '.0f': 1, '.1~%': 0.001 };

/** The chart's points of `metrics`, each with its measure's label and its day in years. */
export function seriesRows(points: readonly SeriesPoint[], metrics: readonly (readonly [string, string])[]) {
  const labels = new Map(metrics);
  return points.filter((p) => labels.has(p.metric)).map((p) => ({ ...p, measure: labels.get(p.metric), year: p.day / DAYS_PER_YEAR }));
}

/** The time axis: horizons of two years or more read in years; shorter ones in days. */
export function timeAxis(points: readonly SeriesPoint[]) {
  const inYears = points.reduce((last, p) => Math.max(last, p.day), 0) + 1 >= 2 * DAYS_PER_YEAR;
  return inYears
    ? { field: 'year', type: 'quantitative' as const, title: 'Years into the simulated horizon', axis: { tickMinStep: 0.5, format: '.1~f' } }
    : { field: 'day', type: 'quantitative' as const, title: 'Day of the simulated horizon', axis: { tickMinStep: 1, format: 'd' } };
}

/** Ticks no closer than the format shows, so a narrow range never labels two ticks alike ("21.3, 21.3"). */
export function valueAxis(yFormat: string) {
  return { format: yFormat, tickMinStep: TICK_STEPS[yFormat] };
}

/** A change's row for each measure's panel (and each arm's, where `panels` names them). */
export function changeRows(changes: readonly ChangeMark[], metrics: readonly (readonly [string, string])[], panels: readonly (string | undefined)[] = [undefined]) {
  return changes.flatMap((c) =>
    panels.flatMap((panel) => metrics.map(([, measure]) => ({ ...(panel === undefined ? {} : { panel }), measure, day: c.day, year: c.day / DAYS_PER_YEAR, change: c.label }))),
  );
}

/** Each change a dashed grey rule on its day, labelled along the rule (cut to `height`; the whole label in its tooltip). */
export function changeLayers(height: number) {
  return [
    {
      transform: [CHANGE_ROWS],
      mark: { type: 'rule' as const, strokeDash: [4, 3], strokeWidth: 1.2 },
      encoding: { color: { value: '#444' }, tooltip: [{ field: 'change', title: 'Scheduled change' }] },
    },
    {
      transform: [CHANGE_ROWS],
      mark: { type: 'text' as const, angle: 270, align: 'right' as const, baseline: 'bottom' as const, dx: -3, dy: -2, fontSize: 9, limit: height - 6 },
      encoding: { y: { value: 0 }, color: { value: '#333' }, text: { field: 'change' }, tooltip: [{ field: 'change', title: 'Scheduled change' }] },
    },
  ];
}

/** What the series charts' tooltips call a point's measure, day and values (dayTooltips.ts's too). */
export const SERIES_TITLES = { measure: 'Measure', day: 'Day', mean: 'Mean', p05: '5th percentile', p95: '95th percentile' } as const;

/** A series point's tooltip: the arm, the measure, the day, the mean and its 90% range. */
export function seriesTooltip(yFormat: string, armTitle: ArmTitle) {
  return [
    { field: 'policy', title: armTitle },
    { field: 'measure', title: SERIES_TITLES.measure },
    { field: 'day', title: SERIES_TITLES.day },
    { field: 'mean', title: SERIES_TITLES.mean, format: yFormat },
    { field: 'p05', title: SERIES_TITLES.p05, format: yFormat },
    { field: 'p95', title: SERIES_TITLES.p95, format: yFormat },
  ];
}
