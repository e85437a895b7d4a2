/**
 * The report's charts, in reading order: a chart's figure number is its place here (Figure 1 is
 * the first), and its id names its exported figure file after that number
 * (`figure-01-proqol-over-time.svg`, bin/exportedFigures.ts figureFileName). Until 0.23.0 each id
 * began with its number, unpadded ("5-differences"), and named the file alone.
 */
export const REPORT_CHART_IDS = [
  'proqol-over-time',
  'risk-bands-over-time',
  'staffing-over-time',
  'score-distributions',
  'differences',
  'cost-effectiveness',
  'by-role-and-lived-experience',
  'support-uptake',
  'why-staff-leave',
  'what-the-cost-is-made-of',
  'who-leaves',
  'worth-its-cost',
  'best-in-futures',
] as const;

/** Whether a chart id is one of the report's (the figure files of `cfsim report --format svg|png`). */
export function isReportChartId(id: string): boolean {
  return (REPORT_CHART_IDS as readonly string[]).includes(id);
}

export type ReportChartId = (typeof REPORT_CHART_IDS)[number];

/** "Figure 5": how the report's text names a chart, by its place in REPORT_CHART_IDS, so that no text names a figure by a number the list no longer gives it. */
export function figureName(id: ReportChartId): string {
  return `Figure ${REPORT_CHART_IDS.indexOf(id) + 1}`;
}
