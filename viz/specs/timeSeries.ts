import type { TopLevelSpec } from 'vega-lite';
import type { SeriesPoint } from '../report/reportData';
import { CONFIG, PANEL_HEIGHT, PANEL_WIDTH, policyColor, type ArmTitle } from './theme';
import { changeLayers, changeRows, SERIES_ROWS, seriesRows, seriesTooltip, timeAxis, valueAxis, type ChangeMark, type SeriesChart } from './seriesParts';
import { GRID_FROM_ARMS, seriesGrid } from './seriesGrid';
import { armDayTooltip, armsDayTooltip, dayLayer, dayRows, daySpanLookup, daySpans } from './dayTooltips';

export type { ChangeMark } from './seriesParts';

/**
 * One panel per metric: the mean across replications as a line, the 5th–95th percentile as a
 * band, one colour per package; each scheduled change a dashed vertical rule on its day, labelled
 * along the rule (the whole label in its tooltip). From GRID_FROM_ARMS packages on, whose bands
 * drawn over each other could not be told apart, one row per package instead (seriesGrid).
 */
export function seriesPanels(chart: SeriesChart): TopLevelSpec {
  const normalized: Required<SeriesChart> = { zero: true, changes: [], armTitle: 'Package', dayTooltips: false, ...chart };
  if (chart.policies.length >= GRID_FROM_ARMS) return seriesGrid(normalized);
  const { points, policies, metrics, title, subtitle, yTitle, yFormat, zero, changes, armTitle, dayTooltips } = normalized;
  const series = seriesRows(points, metrics);
  // The panels are facets of one data set, so each change gets a row in every panel.
  const marks = changeRows(changes, metrics);
  const time = timeAxis(points);
  const width = PANEL_WIDTH - 20;
  // With two arms, a day's tooltip gives both: a planner compares them on that day.
  const hover = policies.length === 1 ? armDayTooltip(0, yFormat, armTitle) : armsDayTooltip(policies, yFormat);
  // One arm's tooltip names it (armDayTooltip); two arms' name theirs in its titles (armsDayTooltip).
  const named = policies.length === 1 ? { panel: policies[0] } : {};
  const spans = daySpans(series.map((p) => p.day), width);
  const measures = metrics.map(([, m]) => m);
  const days = dayTooltips ? dayRows(series, policies, measures, spans, yFormat, named) : [];
  const values = [...series, ...marks, ...days];
  const yAxis = valueAxis(yFormat);
  const y = { field: 'mean', type: 'quantitative' as const, title: yTitle, axis: yAxis };
  const tooltip = seriesTooltip(yFormat, armTitle);
  // The baseline's line again, dashed, on top: an arm that changes little draws its line over the
  // baseline's, which would then vanish; dashed, both show.
  const baseline = policies.length > 1 ? policies[0] : undefined;
  const baselineLayers =
    baseline === undefined
      ? []
      : [{ transform: [SERIES_ROWS, { filter: { field: 'policy', equal: baseline } }], mark: { type: 'line' as const, strokeWidth: 2, strokeDash: [6, 5] }, encoding: { y, tooltip } }];
  const baselineNote = baseline === undefined ? [] : [`${baseline}'s line is drawn again, dashed, on top, so it shows where another ${armTitle.toLowerCase()}'s line covers it.`];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle: [subtitle, ...baselineNote] },
    data: { values },
    ...(dayTooltips ? daySpanLookup(spans, measures) : {}),
    facet: { column: { field: 'measure', type: 'nominal', title: null, sort: metrics.map(([, l]) => l) } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width,
      height: PANEL_HEIGHT,
      encoding: {
        x: time,
        color: { field: 'policy', type: 'nominal', title: armTitle, scale: policyColor(policies), sort: [...policies] },
      },
      layer: [
        {
          transform: [SERIES_ROWS],
          mark: { type: 'area', opacity: 0.18 },
          encoding: { y: { field: 'p05', type: 'quantitative', title: yTitle, axis: yAxis, scale: { zero } }, y2: { field: 'p95' } },
        },
        { transform: [SERIES_ROWS], mark: { type: 'line', strokeWidth: 2 }, encoding: { y, tooltip } },
        ...baselineLayers,
        ...(dayTooltips ? [dayLayer(time, PANEL_HEIGHT, hover.calculate, hover.tooltip)] : []),
        ...(marks.length === 0 ? [] : changeLayers(PANEL_HEIGHT)),
      ],
    },
    config: CONFIG,
  };
}

/** Chart 1: team mean ProQOL STS, burnout and compassion satisfaction over time (`dayTooltips`: the page's, SeriesChart). */
export function proqolTrajectoriesSpec(points: readonly SeriesPoint[], policies: readonly string[], changes: readonly ChangeMark[] = [], armTitle: ArmTitle = 'Package', dayTooltips = false): TopLevelSpec {
  return seriesPanels({
    points,
    policies,
    metrics: [
      ['proqolSTS', 'Secondary traumatic stress'],
      ['proqolBO', 'Burnout'],
      ['proqolCS', 'Compassion satisfaction'],
    ],
    title: 'Team ProQOL scores over time',
    subtitle: 'Mean across replications (line) and the range holding 90% of them (band). Scores 10–50; lower STS and burnout, higher satisfaction are better.',
    yTitle: 'ProQOL score (10–50)',
    yFormat: '.1f',
    zero: false,
    changes,
    armTitle,
    dayTooltips,
  });
}

/** Chart 2: share of staff in the ProQOL high-STS, high-burnout and low-satisfaction bands. */
export function proqolBandsSpec(points: readonly SeriesPoint[], policies: readonly string[], changes: readonly ChangeMark[] = [], armTitle: ArmTitle = 'Package', dayTooltips = false): TopLevelSpec {
  return seriesPanels({
    points,
    policies,
    metrics: [
      ['highSTSShare', 'High STS (score ≥ 42)'],
      ['highBOShare', 'High burnout (score ≥ 42)'],
      ['lowCSShare', 'Low satisfaction (score ≤ 22)'],
    ],
    title: 'Staff in the ProQOL risk bands',
    subtitle: 'Share of staff in post, mean across replications and 90% band.',
    yTitle: 'Share of staff',
    yFormat: '.1~%',
    zero: true,
    changes,
    armTitle,
    dayTooltips,
  });
}

/** Chart 3: headcount, vacancies and cumulative separations. */
export function staffingSpec(points: readonly SeriesPoint[], policies: readonly string[], changes: readonly ChangeMark[] = [], armTitle: ArmTitle = 'Package', dayTooltips = false): TopLevelSpec {
  return seriesPanels({
    points,
    policies,
    metrics: [
      ['headcount', 'Staff in post'],
      ['vacancies', 'Vacant seats'],
      ['cumulativeSeparations', 'Separations so far'],
    ],
    title: 'Staffing over time',
    subtitle: 'Workers in post, vacant seats and cumulative separations; mean across replications and 90% band.',
    yTitle: 'Workers',
    yFormat: '.0f',
    zero: true,
    changes,
    armTitle,
    dayTooltips,
  });
}
