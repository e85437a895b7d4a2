import type { TopLevelSpec } from 'vega-lite';
import type { GroupOutcome, SupportUse } from '../report/reportData';
import { CONFIG, policyColor, type ArmTitle } from './theme';
import { figureName } from './chartIds';
import { PROQOL_MAX, PROQOL_MIN } from '../../models/proqol';
import { linesWithin } from './fittedLines';
import { dejaVuWidth } from '../report/textWidth';

/** Room for the longest role name ("Peer navigator / community health worker") beside the bars; Vega's default, 180 px, cut it short. */
const ROLE_LABEL_LIMIT = 300;

/** Each scale's panel width, and the panels' together with the space between them (Vega's default 20 px): the plot's width. */
const PANEL_WIDTH = 200;
const PLOT_WIDTH = 3 * PANEL_WIDTH + 2 * 20;

/** Chart 7: end-of-horizon ProQOL scores by role and by lived experience. */
export function breakdownSpec(groups: readonly GroupOutcome[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const scales = ['Secondary traumatic stress', 'Burnout', 'Compassion satisfaction'];
  // The title starts left of the group names, so its lines may be as wide as they and the plot (as in who-leaves).
  const labelsWidth = Math.min(ROLE_LABEL_LIMIT, Math.max(0, ...groups.map((g) => dejaVuWidth(g.group, 11))));
  const panel = (breakdown: string) => ({
    transform: [{ filter: { field: 'breakdown', equal: breakdown } }],
    facet: { column: { field: 'scale', type: 'nominal' as const, title: null, sort: scales } },
    spec: {
      width: PANEL_WIDTH,
      height: { step: 9 },
      mark: { type: 'bar' as const },
      encoding: {
        y: { field: 'group', type: 'nominal' as const, title: breakdown, axis: { labelLimit: ROLE_LABEL_LIMIT } },
        yOffset: { field: 'policy', type: 'nominal' as const, sort: [...policies] },
        // A ProQOL scale's lowest score is 10 (ten items scored 1 to 5): bars from 0 began a quarter of the plot left of
        // its axis, which starts at 10, so every bar carried 10 points no one can score and no reader could read off.
        x: { field: 'mean', type: 'quantitative' as const, title: 'Mean ProQOL score', scale: { domain: [PROQOL_MIN, PROQOL_MAX] } },
        x2: { datum: PROQOL_MIN },
        color: { field: 'policy', type: 'nominal' as const, title: armTitle, scale: policyColor(policies), sort: [...policies] },
        tooltip: [
          { field: 'policy', title: armTitle },
          { field: 'group', title: breakdown },
          { field: 'scale', title: 'Scale' },
          { field: 'mean', title: 'Mean score', format: '.1f' },
          { field: 'workers', title: 'Workers (pooled)' },
        ],
      },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Who carries the strain: outcomes by role and lived experience',
      subtitle: linesWithin(
        [
          `Mean ProQOL score of staff in post at the end of the horizon, all replications pooled; bars start at ${PROQOL_MIN}, the lowest score a scale gives.`,
          `Staff who left before the end are not in it, so a package under which strained staff stay can look worse here than one they leave: ${figureName('who-leaves')} shows who leaves.`,
        ],
        PLOT_WIDTH + labelsWidth,
        12,
      ),
    },
    data: { values: [...groups] },
    vconcat: [panel('Role'), panel('Lived experience')],
    config: CONFIG,
  };
}

/** Below this many sessions offered, a group's uptake is uncertain by about ±10 points or more, and its bar is drawn pale. */
const FEW_SESSIONS = 100;

/** Chart 8: supervision offered vs attended, by role and by burnout band. */
export function supportSpec(support: readonly SupportUse[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const panel = (breakdown: string) => ({
    transform: [{ filter: { field: 'breakdown', equal: breakdown } }],
    width: 320,
    height: { step: 9 },
    mark: { type: 'bar' as const },
    encoding: {
      y: { field: 'group', type: 'nominal' as const, title: breakdown, sort: breakdown === 'Burnout band' ? ['low (≤22)', 'moderate', 'high (≥42)'] : 'ascending', axis: { labelLimit: ROLE_LABEL_LIMIT } },
      yOffset: { field: 'policy', type: 'nominal' as const, sort: [...policies] },
      x: { field: 'uptake', type: 'quantitative' as const, title: 'Sessions attended per session offered', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
      color: { field: 'policy', type: 'nominal' as const, title: armTitle, scale: policyColor(policies), sort: [...policies] },
      opacity: { condition: { test: `datum.offered < ${FEW_SESSIONS}`, value: 0.3 }, value: 1 },
      tooltip: [
        { field: 'policy', title: armTitle },
        { field: 'group', title: breakdown },
        { field: 'offered', title: 'Sessions offered' },
        { field: 'attended', title: 'Sessions attended' },
        { field: 'uptake', title: 'Uptake', format: '.1%' },
      ],
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Supervision offered vs attended',
      subtitle: [
        'Uptake of sessions offered to staff in post at the end of the horizon (since their hire, or since day 0 for the staff in post then), by role and by ProQOL burnout band.',
        `Pale bars rest on fewer than ${FEW_SESSIONS} sessions offered (all replications pooled), too few to read closely. No bar: none attended, or none offered (the tooltip says which).`,
      ],
    },
    data: { values: [...support] },
    hconcat: [panel('Role'), panel('Burnout band')],
    config: CONFIG,
  };
}
