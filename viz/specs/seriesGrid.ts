import type { TopLevelSpec } from 'vega-lite';
import { CONFIG, PANEL_WIDTH, policyColor } from './theme';
import { changeLayers, changeRows, SERIES_ROWS, SERIES_TITLES, seriesRows, seriesTooltip, timeAxis, valueAxis, type SeriesChart } from './seriesParts';
import { linesWithin } from './fittedLines';
import { armDayTooltip, dayLayer, dayRows, daySpanLookup, daySpans, dayValue, type DaySpan } from './dayTooltips';

/**
 * From this many arms on, the series charts draw one row per arm: three or more 90% bands drawn
 * over each other (as two still read) could not be told apart.
 */
export const GRID_FROM_ARMS = 3;

/** A row's panel height: shorter than an overlaid chart's, so that five arms' rows fit a page. */
export const GRID_PANEL_HEIGHT = 95;

/**
 * The baseline's mean as every other row draws it, for reference: a mid grey, as dark against the
 * page as against black, the eighth arm's colour (PALETTE), whose row drew its black line beside a
 * near-black (#333) reference.
 */
export const REFERENCE_COLOR = '#767676';
const REFERENCE_ROWS = { filter: 'isValid(datum.reference)' };
const SUBTITLE_FONT_PX = 12;
/** From one column's plot to the next's, as Vega lays out the columns (their y axis labels between). */
const COLUMN_GAP_PX = 60;
/**
 * From one row's plot to the next's: the next row's header (about 24 px with its padding) and 20 px
 * between. The rows are laid out by their plots alone (bounds 'flush'): laid out with their axis
 * labels, a column whose end label sits on the plot's edge ("0%" at the bottom) spaced its rows a
 * few pixels further apart than a column without (all 0: one label, mid-plot), so that from the
 * second row on the columns' rows no longer lined up.
 */
const ROW_GAP_PX = 44;
/** A row header's font size, and the height of each line past its first. */
const HEADER_FONT_PX = 11;
const HEADER_LINE_PX = 13;
/** From the foot of a row header's last line to its panel's top, where Vega put a facet header's (its 2 px padding and its line's own 11 px). */
const HEADER_LAST_LINE_PX = 13;
const HEADER_ROWS = { filter: 'isValid(datum.header)' };

/**
 * The series charts with several arms: one column per metric, one row per arm, each row the arm's
 * mean (line) and 90% band in its colour, and in every row but the baseline's the baseline's mean,
 * dashed grey, for reference. A column shares its y axis down the rows, so that rows compare by
 * eye; each scheduled change is marked in every panel. The y axes have no title (`yTitle` names
 * it in the subtitle): a panel this short cut the score's title off.
 */
export function seriesGrid(chart: Required<SeriesChart>): TopLevelSpec {
  const { points, policies, metrics, title, subtitle, yTitle, yFormat, zero, changes, armTitle, dayTooltips } = chart;
  const baseline = policies[0];
  const own = seriesRows(points, metrics).map((p) => ({ ...p, panel: p.policy }));
  // The baseline's mean again in every other arm's row: the rows are facets of one data set, so it needs rows there.
  const references = own
    .filter((p) => p.policy === baseline)
    .flatMap((p) => policies.slice(1).map((panel) => ({ panel, measure: p.measure, day: p.day, year: p.year, reference: p.mean, baseline })));
  const marks = changeRows(changes, metrics, policies);
  const time = timeAxis(points);
  const yAxis = valueAxis(yFormat);
  const tooltip = seriesTooltip(yFormat, armTitle);
  const width = PANEL_WIDTH - 20;
  // Each arm's name broken to its panel's width, measured (linesWithin): whole, a long name set every column as wide as
  // itself, and cut to the panel, names alike but for their ends ("Riverside outreach with ...") would read the same.
  const headers = policies.map((policy) => linesWithin([policy], width, HEADER_FONT_PX));
  const headerLines = Math.max(1, ...headers.map((lines) => lines.length));
  const spans = daySpans(own.map((p) => p.day), width);
  const days = dayTooltips ? rowDays(own, policies, metrics, spans, yFormat) : [];
  const values = [...own, ...references, ...marks, ...headerRows(policies, headers, metrics), ...days];
  const hover = armDayTooltip(0, yFormat, armTitle);
  // A row's day tooltip gives the reference line's value too: the rects cover the reference line, whose own tooltip gave it.
  // The baseline's row has none: a tooltip field without a value reads "undefined".
  const referenceHover = {
    transform: [{ filter: 'isValid(datum.referenceArm)' }, ...hover.calculate, { calculate: dayValue('mean1', yFormat), as: 'referenceText' }],
    tooltip: [...hover.tooltip, { field: 'referenceArm', title: `Reference: ${armTitle.toLowerCase()}` }, { field: 'referenceText', title: 'Reference mean' }],
  };
  const dayLayers = dayTooltips
    ? [
        dayLayer(time, GRID_PANEL_HEIGHT, [{ filter: '!isValid(datum.referenceArm)' }, ...hover.calculate], hover.tooltip),
        dayLayer(time, GRID_PANEL_HEIGHT, referenceHover.transform, referenceHover.tooltip),
      ]
    : [];
  const column = ([, measure]: readonly [string, string]) => ({
    title: { text: measure, anchor: 'middle' as const, fontSize: 12 },
    transform: [{ filter: { field: 'measure', equal: measure } }],
    bounds: 'flush' as const,
    spacing: { row: ROW_GAP_PX + (headerLines - 1) * HEADER_LINE_PX },
    facet: {
      row: {
        field: 'panel',
        type: 'nominal' as const,
        title: null,
        sort: [...policies],
        // Each row is named by its header layer instead (headerLayer).
        header: { labels: false },
      },
    },
    spec: {
      width,
      height: GRID_PANEL_HEIGHT,
      encoding: {
        x: time,
        color: { field: 'policy', type: 'nominal' as const, title: armTitle, scale: policyColor(policies), sort: [...policies], legend: null },
      },
      layer: [
        {
          transform: [SERIES_ROWS],
          mark: { type: 'area' as const, opacity: 0.25 },
          encoding: { y: { field: 'p05', type: 'quantitative' as const, title: null, axis: yAxis, scale: { zero } }, y2: { field: 'p95' } },
        },
        { transform: [SERIES_ROWS], mark: { type: 'line' as const, strokeWidth: 2 }, encoding: { y: { field: 'mean', type: 'quantitative' as const }, tooltip } },
        {
          transform: [REFERENCE_ROWS],
          mark: { type: 'line' as const, strokeWidth: 1.3, strokeDash: [5, 4] },
          encoding: {
            y: { field: 'reference', type: 'quantitative' as const },
            color: { value: REFERENCE_COLOR },
            tooltip: [
              { field: 'baseline', title: `Reference: ${armTitle.toLowerCase()}` },
              { field: 'measure', title: SERIES_TITLES.measure },
              { field: 'day', title: SERIES_TITLES.day },
              { field: 'reference', title: SERIES_TITLES.mean, format: yFormat },
            ],
          },
        },
        ...dayLayers,
        ...(marks.length === 0 ? [] : changeLayers(GRID_PANEL_HEIGHT)),
        headerLayer(),
      ],
    },
  });
  const about = `One row per ${armTitle.toLowerCase()}, in its colour. In every row but ${baseline}'s, ${baseline}'s mean is drawn dashed grey for reference. Each column's rows share one scale.`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // The subtitle broken to the columns' width, measured (linesWithin), so it never widens the figure.
    title: { text: title, subtitle: linesWithin([subtitle, `${about} Vertical axes: ${yTitle}.`], metrics.length * (width + COLUMN_GAP_PX) - COLUMN_GAP_PX, SUBTITLE_FONT_PX) },
    data: { values },
    ...(dayTooltips ? dayLookups(spans, policies, metrics.map(([, measure]) => measure)) : {}),
    hconcat: metrics.map(column),
    resolve: { scale: { y: 'independent' } },
    config: CONFIG,
  };
}

/**
 * The day rects' rows of each arm's row: its own values (dayRows' arm 0) and, in every row but the
 * baseline's, the baseline's mean (arm 1, named by the `referenceArm` that dayLookups gives those rows).
 */
function rowDays(own: Parameters<typeof dayRows>[0], policies: readonly string[], metrics: readonly (readonly [string, string])[], spans: readonly DaySpan[], yFormat: string) {
  const [baseline, ...others] = policies;
  const measures = metrics.map(([, measure]) => measure);
  return [
    ...dayRows(own, [baseline], measures, spans, yFormat, { panel: baseline }),
    ...others.flatMap((panel) => dayRows(own, [panel, baseline], measures, spans, yFormat, { panel }, 1)),
  ];
}

/** The name of the grid's data set of the rows that draw the baseline for reference (dayLookups). */
const REFERENCE_ARMS = 'referenceArms';

/**
 * The grid's top level for its day rects: daySpanLookup's, and a lookup that gives every row but the baseline's its
 * `referenceArm`, the baseline, named once for each row rather than in each of its days' rows.
 */
function dayLookups(spans: readonly DaySpan[], policies: readonly string[], measures: readonly string[]) {
  const [baseline, ...others] = policies;
  const days = daySpanLookup(spans, measures);
  return {
    datasets: { ...days.datasets, [REFERENCE_ARMS]: others.map((panel) => ({ panel, referenceArm: baseline })) },
    transform: [...days.transform, { lookup: 'panel', from: { data: { name: REFERENCE_ARMS }, key: 'panel', fields: ['referenceArm'] } }],
  };
}

/**
 * A row header for each arm in every column, its name broken into `headers`' lines, the first at
 * `headerY` so that the last ends HEADER_LAST_LINE_PX above the panel.
 */
function headerRows(policies: readonly string[], headers: readonly string[][], metrics: readonly (readonly [string, string])[]) {
  return policies.flatMap((panel, k) =>
    metrics.map(([, measure]) => ({ panel, measure, header: headers[k], headerY: -HEADER_LAST_LINE_PX - (headers[k].length - 1) * HEADER_LINE_PX })),
  );
}

/**
 * Each row named above its panel, in every column, so that no panel is read as another arm's: a
 * text layer at a fixed height above the panel. As a facet's header (a title over each cell), a
 * name stood as far above the cell's marks as they reached above the panel: a line peaking at the
 * top raised its row's name in that column alone, up to 4 px above the same name in the others.
 * Each is labelled with the arm's whole name for a screen reader, which read a facet header as a
 * title: unlabelled, a row's name was lost to it.
 */
function headerLayer() {
  return {
    transform: [HEADER_ROWS],
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'bottom' as const, fontSize: HEADER_FONT_PX, lineHeight: HEADER_LINE_PX },
    encoding: {
      x: { value: 0 },
      y: { field: 'headerY', type: 'quantitative' as const, scale: null },
      text: { field: 'header' },
      description: { field: 'panel' },
      color: { value: '#000' },
    },
  };
}
