import type { TopLevelSpec } from 'vega-lite';
import type { SeriesPoint } from '../report/reportData';
import { CONFIG, PANEL_HEIGHT, PANEL_WIDTH, policyColor } from './theme';

const DAYS_PER_YEAR = 365;

/** One panel per metric: the mean across replications as a line, the 5th–95th percentile as a band, one colour per package. */
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
): TopLevelSpec {
  const labels = new Map(metrics);
  // Horizons of two years or more read in years; shorter ones in days.
  const inYears = points.reduce((last, p) => Math.max(last, p.day), 0) + 1 >= 2 * DAYS_PER_YEAR;
  const values = points.filter((p) => labels.has(p.metric)).map((p) => ({ ...p, measure: labels.get(p.metric), year: p.day / DAYS_PER_YEAR }));
  const time = inYears
    ? { field: 'year', type: 'quantitative' as const, title: 'Years into the simulated horizon', axis: { tickMinStep: 0.5, format: '.1~f' } }
    : { field: 'day', type: 'quantitative' as const, title: 'Day of the simulated horizon' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle },
    data: { values },
    facet: { column: { field: 'measure', type: 'nominal', title: null, sort: metrics.map(([, l]) => l) } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: PANEL_WIDTH - 20,
      height: PANEL_HEIGHT,
      encoding: {
        x: time,
        color: { field: 'policy', type: 'nominal', title: 'Package', scale: policyColor(policies), sort: [...policies] },
      },
      layer: [
        {
          mark: { type: 'area', opacity: 0.18 },
          encoding: { y: { field: 'p05', type: 'quantitative', title: yTitle, axis: { format: yFormat }, scale: { zero } }, y2: { field: 'p95' } },
        },
        {
          mark: { type: 'line', strokeWidth: 2 },
          encoding: {
            y: { field: 'mean', type: 'quantitative', title: yTitle, axis: { format: yFormat } },
            tooltip: [
              { field: 'policy', title: 'Package' },
              { field: 'measure', title: 'Measure' },
              { field: 'day', title: 'Day' },
              { field: 'mean', title: 'Mean', format: yFormat },
              { field: 'p05', title: '5th percentile', format: yFormat },
              { field: 'p95', title: '95th percentile', format: yFormat },
            ],
          },
        },
      ],
    },
    config: CONFIG,
  };
}

/** Chart 1: team mean ProQOL STS, burnout and compassion satisfaction over time. */
export function proqolTrajectoriesSpec(points: readonly SeriesPoint[], policies: readonly string[]): TopLevelSpec {
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
  );
}

/** Chart 2: share of staff in the ProQOL high-STS, high-burnout and low-satisfaction bands. */
export function proqolBandsSpec(points: readonly SeriesPoint[], policies: readonly string[]): TopLevelSpec {
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
  );
}

/** Chart 3: headcount, vacancies and cumulative separations. */
export function staffingSpec(points: readonly SeriesPoint[], policies: readonly string[]): TopLevelSpec {
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
  );
}
