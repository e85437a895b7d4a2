import type { TopLevelSpec } from 'vega-lite';
import type { RunDocument } from '../../models/runDocument';
import { CONFIG, policyColor, type ArmTitle } from './theme';

/** One package's turnover of one group, as chart 11 draws it. */
export interface GroupTurnoverPoint {
  readonly policy: string;
  /** "Role" or "Lived experience". */
  readonly breakdown: string;
  readonly group: string;
  readonly mean: number;
  readonly p05: number;
  readonly p95: number;
  readonly workerYears: number;
  readonly reps: number;
}

/**
 * The groups' turnover of every package of a summary, or undefined for results written before it
 * was kept (CFSim 0.6.0). A group nobody of which was in post under a package (scenario files with
 * other role mixes) has no point for it.
 */
export function groupTurnoverPoints(summary: Pick<RunDocument, 'policies'>): GroupTurnoverPoint[] | undefined {
  if (summary.policies.some((p) => p.groups === undefined)) return undefined;
  return summary.policies.flatMap((p) =>
    p.groups!.filter((g) => g.reps > 0).map((g) => ({
      policy: p.policy,
      breakdown: g.by === 'role' ? 'Role' : 'Lived experience',
      group: g.label,
      mean: g.turnoverPerYear.mean,
      p05: g.turnoverPerYear.p05,
      p95: g.turnoverPerYear.p95,
      workerYears: g.workerYears,
      reps: g.reps,
    })),
  );
}

/** Chart 11: who leaves: turnover per year of each role and of staff with and without lived experience, with the 90% range across replications. */
export function whoLeavesSpec(points: readonly GroupTurnoverPoint[], policies: readonly string[], armTitle: ArmTitle = 'Package'): TopLevelSpec {
  const panel = (breakdown: string) => ({
    transform: [{ filter: { field: 'breakdown', equal: breakdown } }],
    width: 420,
    height: { step: 12 },
    encoding: {
      y: { field: 'group', type: 'nominal' as const, title: breakdown, sort: null, axis: { labelLimit: 300 } },
      yOffset: { field: 'policy', type: 'nominal' as const, sort: [...policies] },
      color: { field: 'policy', type: 'nominal' as const, title: armTitle, scale: policyColor(policies), sort: [...policies] },
      tooltip: [
        { field: 'policy', title: armTitle },
        { field: 'group', title: breakdown },
        { field: 'mean', title: 'Turnover per year (mean)', format: '.1%' },
        { field: 'p05', title: '5th percentile', format: '.1%' },
        { field: 'p95', title: '95th percentile', format: '.1%' },
        { field: 'workerYears', title: 'Worker-years in post per replication', format: ',.1f' },
        { field: 'reps', title: 'Replications with the group in post' },
      ],
    },
    layer: [
      { mark: { type: 'rule' as const, strokeWidth: 2, opacity: 0.6 }, encoding: { x: { field: 'p05', type: 'quantitative' as const, title: 'Separations per worker-year in post', axis: { format: '.0%' } }, x2: { field: 'p95' } } },
      { mark: { type: 'point' as const, filled: true, size: 45, opacity: 1 }, encoding: { x: { field: 'mean', type: 'quantitative' as const } } },
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Who leaves: turnover by role and lived experience',
      subtitle: [
        'Separations per worker-year in post of each group: the mean across replications (dot) and the range holding 90% of them (line).',
        'A group of few worker-years (see the tooltip) leaves 0 or 1 of its staff in most replications, so its range is wide.',
      ],
    },
    data: { values: [...points] },
    vconcat: [panel('Role'), panel('Lived experience')],
    resolve: { scale: { x: 'shared' } },
    config: CONFIG,
  };
}
