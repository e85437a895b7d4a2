import type { Config } from 'vega-lite';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** What a report's arms are called in legends and tooltips: packages, or scenario files (`compare --scenarios`). */
export type ArmTitle = 'Package' | 'Scenario';

/** A colour scale that gives each package the same colour in every chart. */
export function policyColor(policies: readonly string[]) {
  return { domain: [...policies], range: PALETTE.slice(0, Math.max(1, policies.length)) as string[] };
}

/** Shared look: readable sizes, system fonts only (the report works offline). */
export const CONFIG: Config = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  title: { fontSize: 15, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#444' },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom', direction: 'horizontal', columns: 3, labelLimit: 260, symbolOpacity: 1 },
  header: { labelFontSize: 12, titleFontSize: 12, labelFontWeight: 'bold' },
  view: { stroke: null },
};

export const PANEL_WIDTH = 230;
export const PANEL_HEIGHT = 170;
