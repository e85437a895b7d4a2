/** The metrics planners compare first, with how to read them. */
export const KEY_METRICS = [
  { metric: 'proqolSTS', label: 'ProQOL STS (points)', format: '.1f', betterWhen: 'lower' },
  { metric: 'proqolBO', label: 'ProQOL burnout (points)', format: '.1f', betterWhen: 'lower' },
  { metric: 'proqolCS', label: 'ProQOL satisfaction (points)', format: '.1f', betterWhen: 'higher' },
  { metric: 'highSTSShare', label: 'Staff with high STS (≥ 42)', format: '.1%', betterWhen: 'lower' },
  { metric: 'turnoverPerYear', label: 'Turnover per year', format: '.1%', betterWhen: 'lower' },
  { metric: 'absenceRate', label: 'Sickness absence', format: '.1%', betterWhen: 'lower' },
  { metric: 'careQuality', label: 'Care quality (0–1)', format: '.3f', betterWhen: 'higher' },
  { metric: 'unmetDemandShare', label: 'Client demand unmet', format: '.1%', betterWhen: 'lower' },
  { metric: 'costPerWorkerYear', label: 'Cost per worker-year ($)', format: ',.0f', betterWhen: 'lower' },
] as const;
