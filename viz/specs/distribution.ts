import type { TopLevelSpec } from 'vega-lite';
import type { DistributionBin } from '../report/reportData';
import { CONFIG, PANEL_HEIGHT, PANEL_WIDTH, policyColor, type ArmTitle } from './theme';
import { binLayer, binRows } from './scoreBinTooltips';
import { PROQOL_MAX, PROQOL_MIN } from '../../models/proqol';

/** The score axis, the bin rects' as the lines': the rects' layer, drawn first, would otherwise set its domain. */
const SCORE_AXIS = { type: 'quantitative' as const, title: 'ProQOL score', scale: { domain: [PROQOL_MIN, PROQOL_MAX] } };

/**
 * Chart 4: end-of-horizon ProQOL score distributions per package, with the band limits;
 * `binTooltips`, the page's, answer with a bin's shares wherever the pointer is over a panel (scoreBinTooltips.ts).
 */
export function distributionSpec(bins: readonly DistributionBin[], policies: readonly string[], armTitle: ArmTitle = 'Package', binTooltips = false): TopLevelSpec {
  const scales = ['Secondary traumatic stress', 'Burnout', 'Compassion satisfaction'];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'ProQOL scores at the end of the horizon',
      subtitle: 'Share of staff in post by score (2-point bins), all replications pooled. Dashed lines: low (≤ 22) and high (≥ 42) band limits.',
    },
    data: { values: [...bins, ...(binTooltips ? binRows(bins, policies) : [])] },
    facet: { column: { field: 'scale', type: 'nominal', title: null, sort: scales } },
    spec: {
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      // The bin rects first, under the lines: a line's own tooltip where the pointer is on its stroke, the bin's elsewhere.
      layer: [
        ...(binTooltips ? [binLayer(policies, PANEL_HEIGHT, armTitle, SCORE_AXIS)] : []),
        {
          // The bin rects' rows have no share of their own.
          ...(binTooltips ? { transform: [{ filter: 'isValid(datum.share)' }] } : {}),
          mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
          encoding: {
            x: { ...SCORE_AXIS, field: 'score' },
            y: { field: 'share', type: 'quantitative', title: 'Share of staff', axis: { format: '.0%' } },
            color: { field: 'policy', type: 'nominal', title: armTitle, scale: policyColor(policies), sort: [...policies] },
            order: { field: 'score', type: 'quantitative' },
            tooltip: [
              { field: 'policy', title: armTitle },
              { field: 'scale', title: 'Scale' },
              { field: 'bin', title: 'Scores' },
              { field: 'share', title: 'Share of staff', format: '.1%' },
            ],
          },
        },
        {
          data: { values: [{ limit: 22 }, { limit: 42 }] },
          mark: { type: 'rule', strokeDash: [4, 4], color: '#666' },
          encoding: { x: { field: 'limit', type: 'quantitative' } },
        },
      ],
    },
    config: CONFIG,
  };
}
