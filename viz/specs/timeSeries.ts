import type { TopLevelSpec } from 'vega-lite';
import type { SeriesPoint } from '../report/reportData';
import { CONFIG, PANEL_HEIGHT, PANEL_WIDTH, policyColor, type ArmTitle } from './theme';

const DAYS_PER_YEAR = 365;

/** A scheduled change as the charts mark it: a vertical rule on its day, with a short label. */
export interface ChangeMark {
  readonly day: number;
  /** "day 365: supervision opt-out" */
  readonly label: string;
}

/** Rows of series points only (the change marks share the data but have no mean). */
const SERIES_ROWS = { filter: 'isValid(datum.mean)' };
/** The smallest step each y format the charts use can show: a score to 0.1, a count to 1, a share to 0.1%. */
const TICK_STEPS: Readonly<Record<string, number>> = { '.1f': 0.1, '.0f': 1, '.1~%': 0.001 };
const CHANGE_ROWS = { filter: 'isValid(datum.change)' };

/**
 * One panel per metric: the mean across replications as a line, the 5th–95th percentile as a
 * band, one colour per package; each scheduled change a dashed vertical rule on its day, labelled
 * along the rule (the whole label in its tooltip).
 */
export function seriesPanels(
  points: readonly SeriesPoint[],
  policies: readonly string[],
  metrics: readonly (readonly [string, string])[],
  title: string,
  subtitle: string,
  yTitle: string,
  yFormat: string,
  /** Start the y axis at zero (counts and shares) or fit the data (scores). */
  zero = true,
  changes: readonly ChangeMark[] = [],
  armTitle: ArmTitle = 'Package',
): TopLevelSpec {
  const labels = new Map(metrics);
  // Horizons of two years or more read in years; shorter ones in days.
  const inYears = points.reduce((last, p) => Math.max(last, p.day), 0) + 1 >= 2 * DAYS_PER_YEAR;
  const series = points.filter((p) => labels.has(p.metric)).map((p) => ({ ...p, measure: labels.get(p.metric), year: p.day / DAYS_PER_YEAR }));
  // The panels are facets of one data set, so each change gets a row in every panel.
  const marks = changes.flatMap((c) => metrics.map(([, measure]) => ({ measure, day: c.day, year: c.day / DAYS_PER_YEAR, change: c.label })));
  const values = [...series, ...marks];
  const time = inYears
    ? { field: 'year', type: 'quantitative' as const, title: 'Years into the simulated horizon', axis: { tickMinStep: 0.5, format: '.1~f' } }
    : { field: 'day', type: 'quantitative' as const, title: 'Day of the simulated horizon', axis: { tickMinStep: 1, format: 'd' } };
  // Ticks no closer than the format shows, so a narrow range never labels two ticks alike ("21.3, 21.3").
  const yAxis = { format: yFormat, tickMinStep: TICK_STEPS[yFormat] };
  const changeLayers =
    marks.length === 0
      ? []
      : [
          {
            transform: [CHANGE_ROWS],
            mark: { type: 'rule' as const, strokeDash: [4, 3], strokeWidth: 1.2 },
            encoding: { color: { value: '#444' }, tooltip: [{ field: 'change', title: 'Scheduled change' }] },
          },
          {
            transform: [CHANGE_ROWS],
            mark: { type: 'text' as const, angle: 270, align: 'right' as const, baseline: 'bottom' as const, dx: -3, dy: -2, fontSize: 9, limit: PANEL_HEIGHT - 6 },
            encoding: { y: { value: 0 }, color: { value: '#333' }, text: { field: 'change' }, tooltip: [{ field: 'change', title: 'Scheduled change' }] },
          },
        ];
  const y = { field: 'mean', type: 'quantitative' as const, title: yTitle, axis: yAxis };
  const tooltip = [
    { field: 'policy', title: armTitle },
    { field: 'measure', title: 'Measure' },
    { field: 'day', title: 'Day' },
    { field: 'mean', title: 'Mean', format: yFormat },
    { field: 'p05', title: '5th percentile', format: yFormat },
    { field: 'p95', title: '95th percentile', format: yFormat },
  ];
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
    facet: { column: { field: 'measure', type: 'nominal', title: null, sort: metrics.map(([, l]) => l) } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: PANEL_WIDTH - 20,
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
        ...changeLayers,
      ],
    },
    config: CONFIG,
  };
}

/** Chart 1: team mean ProQOL STS, burnout and compassion satisfaction over time. */
export function proqolTrajectoriesSpec(points: readonly SeriesPoint[], policies: readonly string[], changes: readonly ChangeMark[] = [], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  return seriesPanels(
    points,
    policies,
    [
      ['proqolSTS', 'Secondary traumatic stress'],
      ['proqolBO', 'Burnout'],
      ['proqolCS', 'Compassion satisfaction'],
    ],
    'Team ProQOL scores over time',
    'Mean across replications (line) and the range holding 90% of them (band). Scores 10–50; lower STS and burnout, higher satisfaction are better.',
    'ProQOL score (10–50)',
    '.1f',
    false,
    changes,
    armTitle,
  );
}

/** Chart 2: share of staff in the ProQOL high-STS, high-burnout and low-satisfaction bands. */
export function proqolBandsSpec(points: readonly SeriesPoint[], policies: readonly string[], changes: readonly ChangeMark[] = [], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  return seriesPanels(
    points,
    policies,
    [
      ['highSTSShare', 'High STS (score ≥ 42)'],
      ['highBOShare', 'High burnout (score ≥ 42)'],
      ['lowCSShare', 'Low satisfaction (score ≤ 22)'],
    ],
    'Staff in the ProQOL risk bands',
    'Share of staff in post, mean across replications and 90% band.',
    'Share of staff',
    '.1~%',
    true,
    changes,
    armTitle,
  );
}

/** Chart 3: headcount, vacancies and cumulative separations. */
export function staffingSpec(points: readonly SeriesPoint[], policies: readonly string[], changes: readonly ChangeMark[] = [], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  return seriesPanels(
    points,
    policies,
    [
      ['headcount', 'Staff in post'],
      ['vacancies', 'Vacant seats'],
      ['cumulativeSeparations', 'Separations so far'],
    ],
    'Staffing over time',
    'Workers in post, vacant seats and cumulative separations; mean across replications and 90% band.',
    'Workers',
    '.0f',
    true,
    changes,
    armTitle,
  );
}
