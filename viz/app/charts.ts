import { expressionFunction } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { PALETTE } from '../specs/theme';
import { MEASURES, STAFF_SERIES_FIELDS } from './chartRows';
import type { TextSize } from './config';
import { layoutRuleLabels, type RuleMark } from './ruleLabels';
import { DAYS_PER_YEAR, SHOWN_DAY_EXPR, TIME_AXES, type TimeUnit } from './timeAxis';

// Live charts of the classroom app: the page streams each chart's own rows (chartRows.ts: long
// format, care's mean taken) into its named dataset "rows". Every transform here works on the
// rows inserted only (filters, calculations, aggregates of few rows): an update then costs in
// proportion to the new days, however many the chart holds.

/**
 * The charts' titles. The page sets each above its chart as an HTML heading, which wraps in a
 * narrow card; the spec carries it as its description (the drawing's accessible name). A Vega title
 * counts in the width-fitting autosize: one wider than the space the fit leaves (the staff chart's,
 * 279 px, in a 297 px card at 1280 px) sticks out past the plot, the fit takes that overhang off
 * the plot, and as the title stays put while the plot narrows, every layout (each streamed update)
 * took it off again until the plot was gone.
 */
export const CHART_TITLES = {
  states: 'Team ProQOL scores (10–50)',
  staff: 'Staff in post and separations so far',
  care: 'Care quality (0–1, 7-day mean)',
} as const;

/** A lever change from a later day on, as the charts mark it: a dashed rule once the run reaches its day. */
export interface ChartChange {
  readonly day: number;
  /** "Day 365: Supervision → opt-out, booked in advance (team B)"; several changes on one day are joined. */
  readonly label: string;
  /** How many changes the day has (default 1). */
  readonly count?: number;
}

/**
 * The field the charts' time axis reads: the day shown (`shownDayOf`: a row's `day` is numbered from
 * 0, as the command line's `timeseries.csv` numbers it; the 14th day is "Day 14", as the status
 * line counts) in the axis's unit (days, or years: `timeAxis.ts`). The lines end on the day the
 * status line gives.
 */
const TIME = 'time';
const timeIn = (unit: TimeUnit) => ({ calculate: `(${SHOWN_DAY_EXPR}) / ${TIME_AXES[unit].daysPer}`, as: TIME });
/** The field a tooltip gives as the day: the day shown (`shownDayOf`). */
const SHOWN_DAY = 'shownDay';
const shownDayCalc = { calculate: SHOWN_DAY_EXPR, as: SHOWN_DAY };

const RULE_LANES = 3;
const RULE_LABEL_TOP = 2;
const RULE_LABEL_PAD = 4;
/** Least pixels between two labels on one line. */
const RULE_LABEL_GAP = 8;
const FONT = 'system-ui, sans-serif';

/** A line (lane) of change labels, in pixels, for labels of `fontSize` px: the text and a little room above and below it (15 px at 12 px). */
const ruleLaneHeight = (fontSize: number) => Math.ceil(1.25 * fontSize);

/**
 * The least height, in pixels, the staff chart keeps for its data under the change labels. The
 * labels take as many lines as leave it that (at least one, at most RULE_LANES): three lanes of
 * 19 px under Large text took 61 px of a plot lowered to 90 px, and the data was squeezed into the
 * 29 px left. A lane is 15 px in normal text and 19 px under Large text, with 2 px above the lanes
 * and 2 below, so three lanes need a plot of 119 px (70 + 4 + 3 × 15; 131 under Large text) and two
 * 104 px (112): one team's full 140 px takes three at either size; compare mode's full 120 px three
 * in normal text but two under Large text; a plot lowered to fit the screen (main.ts,
 * fitChartHeights) fewer below those heights, in either mode (one at the least height, 90 px).
 * Where fewer lanes leave labels no room, nearby days' labels are combined ("Days 100–130: 4 changes").
 */
export const STAFF_DATA_MIN_HEIGHT = 70;

/** The lanes of change labels a plot of the `height` signal has room for, as a Vega expression: the same in every chart, so a row's labels read alike. */
const ruleLanesExpr = (fontSize: number) => `clamp(floor((height - ${STAFF_DATA_MIN_HEIGHT} - ${2 * RULE_LABEL_TOP}) / ${ruleLaneHeight(fontSize)}), 1, ${RULE_LANES})`;

/** A text's width as the charts draw a rule's label at `fontSize` px: measured on a canvas in a browser, estimated elsewhere (Node tests), generously. */
let labelCanvas: CanvasRenderingContext2D | null | undefined;
function labelWidth(text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  if (labelCanvas === undefined) labelCanvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!labelCanvas) return (weight === 'bold' ? 0.65 : 0.6) * fontSize * text.length;
  labelCanvas.font = `${weight === 'bold' ? 'bold ' : ''}${fontSize}px ${FONT}`;
  return labelCanvas.measureText(text).width;
}

/**
 * `cfsimRuleLabels(rules, width, fontSize)` in the charts' expressions: the rules' labels laid out in the
 * plot's width (layoutRuleLabels), measured at the labels' size. Vega runs it again whenever the rules move (the x scale's
 * domain or the chart's width changes), so the labels never overprint, however close the days.
 */
const RULE_LABELS_FUNCTION = 'cfsimRuleLabels';
expressionFunction(RULE_LABELS_FUNCTION, (rules: RuleMark[], width: number, fontSize: number, lanes: number) =>
  layoutRuleLabels(rules, { width, measure: (text) => labelWidth(text, fontSize), lanes, pad: RULE_LABEL_PAD, gap: RULE_LABEL_GAP }),
);

/**
 * A legend title's lines: the words of `title` (bold, `fontSize` px) kept on one line while they fit `limit` pixels,
 * then on the next; one string where all fit one line. A word longer than the limit has a line of its own (the
 * title's limit then ends it with "…").
 */
export function legendTitleLines(title: string, limit: number, measure: (text: string) => number): string | string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.length > 0 ? lines[lines.length - 1] : undefined;
    if (last !== undefined && measure(`${last} ${word}`) <= limit) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0] : lines;
}

/** `cfsimLegendTitle(title, limit, fontSize)` in the charts' expressions: legendTitleLines measured as Vega draws a legend's title. */
const LEGEND_TITLE_FUNCTION = 'cfsimLegendTitle';
expressionFunction(LEGEND_TITLE_FUNCTION, (title: string, limit: number, fontSize: number) => legendTitleLines(title, limit, (text) => labelWidth(text, fontSize, 'bold')));

/** `cfsimLegendLabel(label, limit, fontSize)`: a legend label's lines as legendTitleLines makes a title's, in the labels' normal weight. */
const LEGEND_LABEL_FUNCTION = 'cfsimLegendLabel';
expressionFunction(LEGEND_LABEL_FUNCTION, (label: string, limit: number, fontSize: number) => legendTitleLines(label, limit, (text) => labelWidth(text, fontSize)));

/**
 * `cfsimLegendRowPadding(reach)`: Vega's own 2 px between a legend's rows, read with the labels' reach so the rows are
 * laid out again when the chart's width wraps the labels anew (seen with a constant padding: the rows kept the spacing
 * of the labels unwrapped, and "Secondary traumatic stress" wrapped at 1228 px ran over the next entry).
 */
const LEGEND_ROW_PADDING_FUNCTION = 'cfsimLegendRowPadding';
expressionFunction(LEGEND_ROW_PADDING_FUNCTION, (_reach: number) => 2);

/**
 * A legend's labels, `names` by their key (`datum.label`), wrapped between words where a label would run past the
 * labels' limit (LEGEND_LABEL_LIMIT): under Large text a narrower card ended them with "…" ("Secondary traumatic st…" at
 * 1228 px and on a phone, "B: Individual resilience + …" at 1280 px), since 0.35.0. Vega sizes each row by its own
 * label's lines, so a wrapped label's row alone is taller (until 0.41.0 a padding between every row, as wide as the
 * extra lines of the longest label, spaced the unwrapped rows apart too).
 */
const wrappedLabels = (names: Readonly<Record<string, string>>, text: TextSize) => ({
  labelExpr: `${LEGEND_LABEL_FUNCTION}(${JSON.stringify(names)}[datum.label], ${LEGEND_LABEL_REACH}, ${CHART_FONT_SIZES[text].legend})`,
  rowPadding: { expr: `${LEGEND_ROW_PADDING_FUNCTION}(${LEGEND_LABEL_REACH})` },
});

/**
 * The chart with a dashed vertical rule on each change's day, labelled at the top of the plot
 * (clear of the day axis), on the rule's right, or its left where the label would not fit inside
 * the plot. A label takes the first of up to three lines with room for it (as many as leave the
 * staff chart's data STAFF_DATA_MIN_HEIGHT); where none has room (rules
 * close together), the labels of nearby days are combined ("Days 100–130: 4 changes"; the
 * tooltips say what changed). The rules come from the streamed rows of that day, so a rule never
 * stretches the day axis ahead of the data. Give only changes the rows reach: a rule layer with
 * no rows has no extent, and Vega warns on every redraw.
 */
function withChangeRules(spec: TopLevelSpec, changes: readonly ChartChange[], unit: TimeUnit, textSize: TextSize): TopLevelSpec {
  if (changes.length === 0) return spec;
  const fontSize = CHART_FONT_SIZES[textSize].rule;
  const { $schema, description, data, width, height, autosize, padding, config, params, ...line } = spec as unknown as Record<string, unknown>;
  const labels = Object.fromEntries(changes.map((c) => [c.day, c.label]));
  const counts = Object.fromEntries(changes.map((c) => [c.day, c.count ?? 1]));
  // A change's day is the day shown when it was made (the scenario's `changes` day): its rule
  // stands on that day's point, the last before the new value applies.
  const onChangeDays = [
    shownDayCalc,
    { filter: `isValid(${JSON.stringify(labels)}[datum.${SHOWN_DAY}])` },
    timeIn(unit),
    { calculate: `${JSON.stringify(labels)}[datum.${SHOWN_DAY}]`, as: 'change' },
  ];
  const x = { field: TIME, type: 'quantitative' };
  const rule = {
    // One rule a day (the rows hold a day once per team and series).
    transform: [...onChangeDays, { aggregate: [], groupby: [SHOWN_DAY, TIME, 'change'] }],
    // Clipped to the plot: a rule spans its height, and its stroke's ends stood out above it, which
    // the layout made room for in the staff chart only (the others' top axis label stands out further).
    mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1.2, color: '#444', clip: true },
    encoding: { x, tooltip: [{ field: 'change', type: 'nominal', title: 'Lever change' }] },
  };
  // One rule a day, where the x scale puts it; then the labels
  // of all of them laid out together, one row each. Their x is in pixels already (no scale), so
  // they take no part in the x scale's domain, which they depend on.
  const laidOut = [
    ...onChangeDays,
    { aggregate: [], groupby: [SHOWN_DAY, TIME, 'change'] },
    // A rule's day (RuleMark) is its change's: the day shown.
    { calculate: `datum.${SHOWN_DAY}`, as: 'day' },
    { calculate: `${JSON.stringify(counts)}[datum.${SHOWN_DAY}]`, as: 'count' },
    { calculate: `scale('x', datum.${TIME})`, as: 'px' },
    { aggregate: [{ op: 'values', as: 'rules' }] },
    { calculate: `${RULE_LABELS_FUNCTION}(datum.rules, width, ${fontSize}, ${ruleLanesExpr(fontSize)})`, as: 'label' },
    { flatten: ['label'] },
    ...['x', 'align', 'lane', 'text', 'change'].map((f) => ({ calculate: `datum.label.${f}`, as: `label_${f}` })),
  ];
  // Rules and labels are drawn under the data: a line crossing a label stays whole, and the
  // label's white halo hides only grid lines and other days' rules.
  const text = (halo: boolean) => ({
    transform: laidOut,
    mark: {
      type: 'text',
      baseline: 'top',
      y: { expr: `${RULE_LABEL_TOP} + ${ruleLaneHeight(fontSize)} * datum.label_lane` },
      fontSize,
      align: { expr: 'datum.label_align' },
      dx: { expr: `datum.label_align === 'right' ? ${-RULE_LABEL_PAD} : ${RULE_LABEL_PAD}` },
      fill: halo ? 'white' : '#333',
      ...(halo ? { stroke: 'white', strokeWidth: 4, strokeJoin: 'round' } : {}),
    },
    encoding: {
      x: { field: 'label_x', type: 'quantitative', scale: null },
      text: { field: 'label_text' },
      tooltip: [{ field: 'label_change', type: 'nominal', title: 'Lever change' }],
    },
  });
  return { $schema, description, data, width, height, autosize, padding, config, params, layer: [rule, text(true), text(false), line] } as TopLevelSpec;
}

const WHOLE_NUMBERS = { tickMinStep: 1, format: ',d' } as const;

/**
 * The charts' text sizes in pixels, normal and large (the app's "Large text", for a projector read
 * from the back of a room at 100% zoom): axis labels and titles, legend labels and titles, and the
 * labels of the change rules (`rule`), whose lines (lanes) grow with them (`ruleLaneHeight`), and
 * the staff chart's room above its data for them too. The chart titles are HTML headings
 * (style.css sizes them with the page's text).
 */
export const CHART_FONT_SIZES: Readonly<Record<TextSize, { readonly axis: number; readonly legend: number; readonly rule: number }>> = {
  normal: { axis: 12, legend: 12, rule: 12 },
  large: { axis: 16, legend: 15, rule: 15 },
};

/** The charts' Vega-Lite config for a text size. */
const chartConfig = (text: TextSize) => {
  const { axis, legend } = CHART_FONT_SIZES[text];
  return {
    font: FONT,
    axis: { labelFontSize: axis, titleFontSize: axis },
    legend: { orient: 'bottom', direction: 'vertical', labelFontSize: legend, titleFontSize: legend, labelLimit: LEGEND_LABEL_LIMIT, titleLimit: LEGEND_TITLE_LIMIT },
    view: { stroke: null },
  } as const;
};

/**
 * The plot's full height in pixels. With two teams (compare mode) the tiles of both teams and a
 * two-line team legend take more of the screen, so the plot is lower. The page lowers the plots
 * further, down to PLOT_MIN_HEIGHT, where a larger team would push the charts below the fold
 * (main.ts, fitChartHeights).
 */
export const plotHeight = (teams: readonly ChartTeam[]) => (teams.length > 1 ? 120 : 140);

/** The lowest the page makes a plot to keep the charts above the fold: the ProQOL scale's five labels still read. */
export const PLOT_MIN_HEIGHT = 90;

/**
 * A team as the charts show it: `label` is the team's name in the rows ("A: Status quo
 * (untouched)"), `legend` what the teams' legend says ("A: Status quo"). That legend
 * starts at the plot's left edge and the chart's fit makes no room for it, so a long name ran out
 * of a chart card a third of a 1280 px screen wide; the team headings give the name whole.
 */
export interface ChartTeam {
  readonly label: string;
  readonly legend: string;
}


/**
 * The teams' legend: above the plot in compare mode (two legends side by side overflow a narrow
 * card), where every chart has it; with one team under the plot, with the chart's other legends.
 * The ProQOL chart's one legend, the measures under the team's name, is under its plot: a team
 * legend above its neighbours' plots started them a legend's height lower than the ProQOL plot.
 */
const teamLegend = (teams: readonly ChartTeam[], text: TextSize) =>
  ({ orient: teams.length > 1 ? 'top' : 'bottom', labelLimit: LEGEND_LABEL_LIMIT, ...wrappedLabels(Object.fromEntries(teams.map((t) => [t.label, t.legend])), text) }) as const;

/**
 * The longest a legend title's line may run before it ends with "…": as far as its labels may reach
 * (LEGEND_LABEL_LIMIT, from about 19 px in: the plot's width and 9 px). A fixed 300 px ran past a 1280 px
 * screen's card under Large text, where the card clipped it mid-word ("Individual resilience + chang");
 * Vega's own title limit (180 px) had cut it short in every card; the plot's width cut it about 10 px
 * before its labels ended. A title longer than that wraps between words (teamLegendTitle) rather than
 * ending with "…": only a single word longer than the line is shortened.
 */
const LEGEND_TITLE_REACH = 'width + 9';
const LEGEND_TITLE_LIMIT = { expr: LEGEND_TITLE_REACH } as const;

/**
 * The legend keyed by the team's name with one team (the ProQOL chart's measures, the staff chart's series): its title
 * is the name whole, on two lines or more where one would run past the labels' reach ("Individual resilience +
 * changes" under Large text at 1280 px ended "Individual resilience + c…").
 */
const teamLegendTitle = (name: string, text: TextSize) =>
  ({ encode: { title: { update: { text: { signal: `${LEGEND_TITLE_FUNCTION}(${JSON.stringify(name)}, ${LEGEND_TITLE_REACH}, ${CHART_FONT_SIZES[text].legend})` } } } } }) as const;

/**
 * The longest a legend's label may run before it ends with "…": the plot's width less 10 px. A label
 * starts about 19 px in (after its symbol), so it ends at most some 9 px past the plot's right edge,
 * inside the chart's own padding there (about 17 px at 1280 px). A fixed 200 px cut the teams' legend
 * of compare mode short where the card had room ("B: Individual resilience …" for "B: Individual
 * resilience + changes" at 1280 px).
 */
const LEGEND_LABEL_REACH = 'max(width - 10, 40)';
const LEGEND_LABEL_LIMIT = { expr: LEGEND_LABEL_REACH } as const;

/**
 * The charts' specs take `end`, the run's last day, once the run has reached it: the time axis
 * then runs to that day exactly, so a 10-year run's axis ends at 10, labelled (it once ended at
 * 9.997, the day before, where its last label was 8). The last row's day shown is that day too.
 */
const base = (title: string, teams: readonly ChartTeam[], unit: TimeUnit, end: number | undefined, text: TextSize) =>
  ({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: title,
    data: { name: 'rows' },
    width: 'container',
    height: plotHeight(teams),
    // resize: the layout is recomputed as rows stream in (axis labels and legends change size).
    autosize: { type: 'fit-x', contains: 'padding', resize: true },
    padding: { left: 10, right: 10, top: 4, bottom: 4 },
    params: [{ name: HOVER_POINTS, value: true }],
    config: chartConfig(text),
    encoding: {
      // Whole days, or half years: a short run's axis would otherwise read 0.0, 0.2, …
      // Labels that would touch are dropped, every other one until none do, so those left stay evenly
      // spaced ("800" and "1,000" read "8001,000" in a narrow chart; dropped one by one they read 0 50 100 200),
      // with room between them. The first and last are flush with the plot's ends: a last label
      // centred on the right edge stuck out past it, and the fit made room for it only in layouts
      // where the thinning had hidden it, so it was cut ("2,00" at day 1900, 1280 px wide) and
      // the plot's width changed with the layout's history.
      x: {
        field: TIME,
        type: 'quantitative',
        title: TIME_AXES[unit].title,
        // The axis ends where the lines do, on the last day run: a "nice" end ran on to a round
        // number (3.5 years at day 1100, the lines stopping 14% short) and jumped as the run played.
        // At the run's end it ends on the run's last day (`end`).
        scale: { nice: false, zero: true, ...(end === undefined ? {} : { domainMax: end / TIME_AXES[unit].daysPer }) },
        axis: { tickMinStep: TIME_AXES[unit].tickMinStep, format: TIME_AXES[unit].format, labelOverlap: 'parity', labelSeparation: 8, labelFlush: true },
      },
      color: { field: 'team', type: 'nominal', title: null, scale: { domain: teams.map((t) => t.label), range: PALETTE.slice(0, teams.length) as string[] }, legend: teamLegend(teams, text) },
    },
  }) as const;

/**
 * The teams' lines in compare mode: team B (the one edited) bold and drawn first, team A (the
 * untouched twin) thin and drawn over it, so where the two runs coincide, A shows as a thin line
 * inside B's (B drawn last hid A wherever they met). One layer a team, drawn in that order, each
 * with the lines' encoding (`style`: colour, dash, width by team).
 */
const TEAM_WIDTHS = [1.5, 3.5];
const teamLayers = (teams: readonly ChartTeam[], style: Record<string, unknown>) =>
  teams.length < 2
    ? [{ mark: { type: 'line', strokeWidth: 2 }, encoding: style }]
    : [...teams].reverse().map((t) => ({ transform: [{ filter: { field: 'team', equal: t.label } }], mark: { type: 'line' }, encoding: style }));

/** The line's width by team (compare mode): A thin, B bold, in the teams' legend too. */
const teamWidth = (teams: readonly ChartTeam[], text: TextSize) =>
  ({ field: 'team', type: 'ordinal', title: null, scale: { type: 'ordinal', domain: teams.map((t) => t.label), range: TEAM_WIDTHS }, legend: teamLegend(teams, text) }) as const;

/**
 * The signal that turns the hover points on (the page turns them off while the run plays: they
 * are thousands of elements to update, a tooltip cannot be read on a moving line, and the run
 * kept its speed only without them). Off, only day 0 has its points.
 */
export const HOVER_POINTS = 'hoverPoints';

/** The chart with its hover points on or off from the start. */
export const withHoverPoints = (spec: TopLevelSpec, on: boolean): TopLevelSpec => ({ ...spec, params: [{ name: HOVER_POINTS, value: on }] }) as TopLevelSpec;

/**
 * Every how many days the lines have a point, and one to hover (the page thins the rows it hands
 * the charts to this: chartRows.ts). In years a day is well under a pixel, and a 10-year run's
 * lines would hold thousands of points each, every one redrawn on each update.
 */
export const DAY_STEP: Readonly<Record<TimeUnit, number>> = { days: 1, years: 5 };

/** The height, in pixels, of a hover strip: the pointer finds a value within half of it above or below its line. */
const HOVER_HEIGHT = 12;

/**
 * Hover strips on the lines (invisible), for a tooltip (vega-embed's): the day (and the years
 * run, cut to a tenth as the status line gives them, once the axis reads years), the team in
 * compare mode, then the series and its value (`series`, after its own `transform`). A line's own
 * tooltip would give its first day wherever it is hovered: the strips give each day's. Each strip
 * is as wide as the days between hover days and centred on its day, so strips side by side touch
 * and never overlap: the one under the pointer is the nearest day's. (Points wider than their
 * spacing overlapped, and the latest day drawn won: the tooltip named a day up to a month on.)
 */
function hoverLayer(teams: readonly ChartTeam[], unit: TimeUnit, series: { transform: readonly object[]; tooltip: readonly object[] }) {
  const years = unit === 'years';
  const stepInAxisUnits = DAY_STEP[unit] / TIME_AXES[unit].daysPer;
  return {
    transform: [
      // Off, day 0's strips stay: a layer with no rows has no extent, and Vega warns on every redraw.
      { filter: `(${HOVER_POINTS} || datum.day === 0) && datum.day % ${DAY_STEP[unit]} === 0` },
      shownDayCalc,
      ...(years ? [{ calculate: `floor(datum.${SHOWN_DAY} * 10 / ${DAYS_PER_YEAR}) / 10`, as: 'years' }] : []),
      ...series.transform,
    ],
    // Hidden from screen readers too: thousands of invisible strips, each with its own label, would drown the chart's.
    mark: {
      type: 'rect',
      opacity: 0,
      width: { expr: `${stepInAxisUnits} * width / max(1e-9, span(domain('x')))` },
      height: HOVER_HEIGHT,
      aria: false,
      // The first and last strips reach half a strip past the plot: clipped, they do not count in
      // the chart's fit (early in a run a strip is a sixth of the plot, and the fit would narrow it).
      clip: true,
    },
    encoding: {
      tooltip: [
        // The day shown, in plain digits, as the status line and the change labels write a day
        // ("Day 1080"): the last point of a run 14 days long is "Day 14", as the status line says.
        { field: SHOWN_DAY, type: 'quantitative', title: 'Day', format: 'd' },
        ...(years ? [{ field: 'years', type: 'quantitative', title: 'Years', format: '.1f' }] : []),
        ...(teams.length > 1 ? [{ field: 'team', type: 'nominal', title: 'Team' }] : []),
        ...series.tooltip,
      ],
    },
  };
}

/** A series' name in the tooltip, from the field that folds the series (`measure`). */
const seriesName = (names: Readonly<Record<string, string>>) => ({ calculate: `${JSON.stringify(names)}[datum.measure]`, as: 'series' });

/** The ProQOL measures' names in the legend (chartRows.ts gives their order). */
const MEASURE_NAME_OF: Readonly<Record<(typeof MEASURES)[number], string>> = { sts: 'Secondary traumatic stress', burnout: 'Burnout', satisfaction: 'Satisfaction' };
/**
 * Each measure's colour, and its dash for greyscale: STS vermillion and solid (the tiles' STS
 * colours are oranges), burnout black and dashed (the tiles' burnout bar is black), satisfaction
 * bluish green and dotted. Okabe–Ito, apart from the teams' blue and orange of the other charts.
 */
const MEASURE_COLORS = ['#D55E00', '#000000', '#009E73'];
const MEASURE_DASHES = [[1, 0], [6, 3], [2, 2]];

/**
 * The colour of the ProQOL chart's measures' key in compare mode, where a line's colour is its
 * team's: a mid grey that is no team's, so the key shows what tells the measures apart, the dash.
 */
const MEASURE_KEY_GREY = '#555555';

/** The measure's legend entry: its name in words, in the order of chartRows.ts. */
const measureField = (title: string | null, text: TextSize, legend: Record<string, unknown> = {}) =>
  ({ field: 'measure', type: 'nominal', title, sort: MEASURES, legend: { ...wrappedLabels(MEASURE_NAME_OF, text), symbolStrokeWidth: 2, ...legend } }) as const;

/** One team: each measure its colour and its dash, in one legend titled with the team's name (every line is that team's). */
function singleStateStyle(team: ChartTeam, text: TextSize) {
  const measure = measureField(team.legend, text, teamLegendTitle(team.legend, text));
  return {
    color: { ...measure, scale: { domain: MEASURES, range: MEASURE_COLORS } },
    strokeDash: { ...measure, scale: { domain: MEASURES, range: MEASURE_DASHES } },
  };
}

/** Two teams: the team's colour and width (one key, as on the other charts), the measure's dash (a key in grey). */
function compareStateStyle(teams: readonly ChartTeam[], teamColor: object, text: TextSize) {
  return {
    color: teamColor,
    strokeWidth: teamWidth(teams, text),
    strokeDash: { ...measureField(null, text, { symbolStrokeColor: MEASURE_KEY_GREY }), scale: { domain: MEASURES, range: MEASURE_DASHES } },
  };
}

/** The ProQOL scores' axis: the whole scale, 10 to 50 (ten items scored 1 to 5). */
export const SCORE_DOMAIN = [10, 50] as const;

/**
 * Team mean ProQOL STS, burnout and satisfaction, one line per measure and team. With one team a
 * measure is told by its colour and its dash at once (one legend with both, in words), under the
 * team's name as the legend's title. In compare mode a line is its team's colour and width, as on
 * the other charts (A blue and thin, B orange and bold: apart in lightness as well as hue, so for
 * colour-blind eyes and in greyscale too), and its measure's dash: the measures' colours, each
 * shared by both teams, had the two runs' lines of a measure blend where they ran close.
 */
export function stateChart(teams: readonly ChartTeam[], changes: readonly ChartChange[] = [], unit: TimeUnit = 'days', end?: number, text: TextSize = 'normal'): TopLevelSpec {
  const b = base(CHART_TITLES.states, teams, unit, end, text);
  const style = teams.length > 1 ? compareStateStyle(teams, b.encoding.color, text) : singleStateStyle(teams[0], text);
  return withChangeRules({
    ...b,
    // The rows are long already (chartRows.ts): one per team, day and measure.
    transform: [timeIn(unit)],
    encoding: {
      x: b.encoding.x,
      // A ProQOL scale runs from 10 to 50 (ten items scored 1 to 5): the axis shows the whole scale.
      y: { field: 'score', type: 'quantitative', title: 'Score', scale: { domain: [...SCORE_DOMAIN] } },
    },
    layer: [
      ...teamLayers(teams, style),
      hoverLayer(teams, unit, {
        transform: [seriesName(MEASURE_NAME_OF)],
        tooltip: [
          { field: 'series', type: 'nominal', title: 'Measure' },
          { field: 'score', type: 'quantitative', title: 'Score', format: '.1f' },
        ],
      }),
    ],
  } as unknown as TopLevelSpec, changes, unit, text);
}

/**
 * Pixels the staff chart keeps free above its data, for the change labels: at full staffing the
 * staff-in-post line runs along the top of the plot, where the labels are, and struck them
 * through. A line of labels always (a rule appearing does not then move the axis), and one more
 * for each further day with changes, up to the lines the plot's height allows (ruleLanesExpr);
 * and the bold line's half width. An expression of the plot's height, which the page lowers.
 */
const staffHeadroom = (changes: readonly ChartChange[], text: TextSize) => {
  const fontSize = CHART_FONT_SIZES[text].rule;
  return { expr: `${RULE_LABEL_TOP} + ${ruleLaneHeight(fontSize)} * min(${Math.max(1, Math.min(RULE_LANES, changes.length))}, ${ruleLanesExpr(fontSize)}) + 2` };
};

/**
 * The staff chart's padding. The other charts' top axis label ("50", "1.0") is centred on their
 * plot's top edge, and the layout makes room above the plot for the half of it that stands out;
 * the staff chart's top label stands lower (its headroom), so with one team (no legend above the
 * plots) its plot started that half label higher than its neighbours'. It takes that room in its
 * padding instead (Vega counts a label as tall as its font size), and the plots start level.
 */
const staffPadding = (teams: readonly ChartTeam[], text: TextSize, padding: { readonly top: number }) =>
  teams.length > 1 ? padding : { ...padding, top: padding.top + CHART_FONT_SIZES[text].axis / 2 };

const STAFF_SERIES: Readonly<Record<(typeof STAFF_SERIES_FIELDS)[number], string>> = { headcount: 'Staff in post', separations: 'Separations so far' };

/** Headcount and cumulative separations. */
export function staffChart(teams: readonly ChartTeam[], changes: readonly ChartChange[] = [], unit: TimeUnit = 'days', end?: number, text: TextSize = 'normal'): TopLevelSpec {
  const b = base(CHART_TITLES.staff, teams, unit, end, text);
  // With one team, one legend under the plot, as the ProQOL chart's: the series under the team's name,
  // their keys in the team's colour, as the lines are drawn (Vega's grey otherwise: the colour's own
  // legend, which coloured them, is gone).
  const single = teams.length === 1;
  const style = {
    color: single ? { ...b.encoding.color, legend: null } : b.encoding.color,
    strokeDash: {
      field: 'measure',
      type: 'nominal',
      title: single ? teams[0].legend : null,
      legend: { ...wrappedLabels(STAFF_SERIES, text), ...(single ? { symbolStrokeColor: PALETTE[0], ...teamLegendTitle(teams[0].legend, text) } : {}) },
    },
    detail: { field: 'measure' },
    ...(teams.length > 1 ? { strokeWidth: teamWidth(teams, text) } : {}),
  };
  return withChangeRules({
    ...b,
    padding: staffPadding(teams, text, b.padding),
    // The rows are long already (chartRows.ts): one per team, day and series.
    transform: [timeIn(unit)],
    encoding: {
      x: b.encoding.x,
      // Counted people: staff in post and those who left ("Workers" read as the staff alone).
      y: { field: 'workers', type: 'quantitative', title: 'Count', scale: { zero: true, range: [{ expr: 'height' }, staffHeadroom(changes, text)] }, axis: WHOLE_NUMBERS },
    },
    layer: [
      ...teamLayers(teams, style),
      hoverLayer(teams, unit, {
        transform: [seriesName(STAFF_SERIES)],
        tooltip: [
          { field: 'series', type: 'nominal', title: 'Series' },
          { field: 'workers', type: 'quantitative', title: 'Count', format: WHOLE_NUMBERS.format },
        ],
      }),
    ],
  } as unknown as TopLevelSpec, changes, unit, text);
}

/**
 * Care quality per contact (a weekly rolling mean: daily values jump with who is on shift), on
 * its whole 0–1 scale: a fitted axis made a change of a few hundredths look dramatic.
 */
export function careChart(teams: readonly ChartTeam[], changes: readonly ChartChange[] = [], unit: TimeUnit = 'days', end?: number, text: TextSize = 'normal'): TopLevelSpec {
  const b = base(CHART_TITLES.care, teams, unit, end, text);
  const style = { color: b.encoding.color, ...(teams.length > 1 ? { strokeWidth: teamWidth(teams, text) } : {}) };
  return withChangeRules({
    ...b,
    // The rows hold the 7-day mean already (chartRows.ts).
    transform: [timeIn(unit)],
    encoding: { x: b.encoding.x, y: { field: 'care', type: 'quantitative', title: 'Care quality', scale: { domain: [0, 1] } } },
    layer: [
      ...teamLayers(teams, style),
      hoverLayer(teams, unit, { transform: [], tooltip: [{ field: 'care', type: 'quantitative', title: 'Care quality (7-day mean)', format: '.2f' }] }),
    ],
  } as unknown as TopLevelSpec, changes, unit, text);
}
