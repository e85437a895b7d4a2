import type { TopLevelSpec } from 'vega-lite';
import type { RunDocument } from '../../models/runDocument';
import { CONFIG, policyColor, type ArmTitle } from './theme';
import { linesWithin } from './fittedLines';
import { dejaVuWidth } from '../report/textWidth';

/** The plot's width, and the most of it a group's name may take left of it (axis labelLimit). */
const PLOT_WIDTH = 420;
const GROUP_LABEL_LIMIT = 340;
const LABEL_FONT_PX = 11;
const SUBTITLE_FONT_PX = 12;
/** From a y axis's labels to its plot: the tick (5 px) and the labels' padding (2 px) Vega-Lite draws between. */
const AXIS_LABEL_OFFSET_PX = 7;

/** One package's turnover of one group, as chart 11 draws it. */
export interface GroupTurnoverPoint {
  readonly policy: string;
  /** "Role" or "Lived experience". */
  readonly breakdown: string;
  /** The group's name with its size in people ("Police officer (≈14 in post)"), the same under every package: the first's. */
  readonly group: string;
  readonly mean: number;
  readonly p05: number;
  readonly p95: number;
  readonly workerYears: number;
  /** Staff of the group in post on an average day under this package (worker-years per year of the horizon). */
  readonly staffInPost: number;
  /** Whether the group, as its label counts it, has fewer than FEW_STAFF in post: drawn pale under every package. */
  readonly few: boolean;
  readonly reps: number;
}

/** Below this many staff in post on average, a group loses 0 or 1 of them in most replications: its line is drawn pale. */
export const FEW_STAFF = 3;

/** "≈14 in post", or "under 1 in post" for a group present only part of the time. */
function sizeWords(staff: number): string {
  return staff < 0.5 ? 'under 1 in post' : `≈${Math.round(staff)} in post`;
}

/**
 * The groups' turnover of every package of a summary, or undefined for results written before it
 * was kept (CFSim 0.6.0). A group nobody of which was in post under a package (scenario files with
 * other role mixes) has no point for it.
 */
export function groupTurnoverPoints(summary: Pick<RunDocument, 'policies' | 'days'>): GroupTurnoverPoint[] | undefined {
  if (summary.policies.some((p) => p.groups === undefined)) return undefined;
  const years = summary.days / 365;
  // Each group is named with its size under the first package that has it, so its rows share one label.
  const named = new Map<string, { label: string; few: boolean }>();
  for (const p of summary.policies) {
    for (const g of p.groups!) {
      const staff = g.workerYears / years;
      if (g.reps > 0 && !named.has(`${g.by}:${g.group}`)) named.set(`${g.by}:${g.group}`, { label: `${g.label} (${sizeWords(staff)})`, few: Math.round(staff) < FEW_STAFF });
    }
  }
  return summary.policies.flatMap((p) =>
    p.groups!.filter((g) => g.reps > 0).map((g) => ({
      policy: p.policy,
      breakdown: g.by === 'role' ? 'Role' : 'Lived experience',
      group: named.get(`${g.by}:${g.group}`)!.label,
      few: named.get(`${g.by}:${g.group}`)!.few,
      mean: g.turnoverPerYear.mean,
      p05: g.turnoverPerYear.p05,
      p95: g.turnoverPerYear.p95,
      workerYears: g.workerYears,
      staffInPost: g.workerYears / years,
      reps: g.reps,
    })),
  );
}

/** Chart 11: who leaves: turnover per year of each role and of staff with and without lived experience, with the 90% range across replications. */
export function whoLeavesSpec(points: readonly GroupTurnoverPoint[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const labelsWidth = Math.min(GROUP_LABEL_LIMIT, Math.max(0, ...points.map((p) => dejaVuWidth(p.group, LABEL_FONT_PX))));
  const pale = (faint: number, full: number) => ({ condition: { test: 'datum.few', value: faint }, value: full });
  const panel = (breakdown: string) => ({
    // Placed from the plot, which both panels share, to where the widest group names start: from each panel's
    // own bounds, "Lived experience" (short names) started about 45 px right of "Role" (long ones).
    title: { text: breakdown, anchor: 'start' as const, frame: 'group' as const, dx: -(labelsWidth + AXIS_LABEL_OFFSET_PX), fontSize: 12 },
    transform: [{ filter: { field: 'breakdown', equal: breakdown } }],
    width: PLOT_WIDTH,
    height: { step: 12 },
    encoding: {
      y: { field: 'group', type: 'nominal' as const, title: null, axis: { labelLimit: GROUP_LABEL_LIMIT } },
      yOffset: { field: 'policy', type: 'nominal' as const, sort: [...policies] },
      color: { field: 'policy', type: 'nominal' as const, title: armTitle, scale: policyColor(policies), sort: [...policies] },
      tooltip: [
        { field: 'policy', title: armTitle },
        { field: 'group', title: breakdown },
        { field: 'mean', title: 'Turnover per year (all replications together)', format: '.1%' },
        { field: 'p05', title: '5th percentile', format: '.1%' },
        { field: 'p95', title: '95th percentile', format: '.1%' },
        { field: 'staffInPost', title: 'Staff in post (mean)', format: ',.1f' },
        { field: 'workerYears', title: 'Worker-years in post per replication', format: ',.1f' },
        { field: 'reps', title: 'Replications with the group in post' },
      ],
    },
    layer: [
      { mark: { type: 'rule' as const, strokeWidth: 2 }, encoding: { x: { field: 'p05', type: 'quantitative' as const, title: 'Separations per worker-year in post', axis: { format: '.0%' } }, x2: { field: 'p95' }, opacity: pale(0.15, 0.6) } },
      { mark: { type: 'point' as const, filled: true, size: 45 }, encoding: { x: { field: 'mean', type: 'quantitative' as const }, opacity: pale(0.3, 1) } },
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Who leaves: turnover by role and lived experience',
      // Broken to end within the plot, measured (linesWithin): the title starts left of the group names, so its lines may be as wide as they and the plot.
      subtitle: linesWithin(
        [
          'Separations per worker-year in post of each group: its rate over all the replications together (dot) and the range holding 90% of the replications\' own rates (line); ' +
            `beside each group, its staff in post on an average day (under the first ${armTitle.toLowerCase()} with anyone of it). Pale: fewer than ${FEW_STAFF}, who leave 0 or 1 of them in most replications.`,
          `Lines that overlap do not mean no difference: ${armTitle === 'Scenario' ? 'scenarios' : 'packages'} run on the same futures, and the findings give each group's paired difference.`,
        ],
        PLOT_WIDTH + labelsWidth,
        SUBTITLE_FONT_PX,
      ),
    },
    data: { values: [...points] },
    vconcat: [panel('Role'), panel('Lived experience')],
    resolve: { scale: { x: 'shared' } },
    config: CONFIG,
  };
}
