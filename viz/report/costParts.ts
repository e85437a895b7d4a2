import { COST_PARTS } from '../../models/costParts';
import type { SummaryDocument } from './reportData';

/** One part of one package's cost per worker-year (the mean over replications). */
export interface CostPartMean {
  readonly policy: string;
  /** The part's metric (models/costParts.ts). */
  readonly part: string;
  readonly label: string;
  /** Mean over replications, in currency per worker-year in post. */
  readonly perWorkerYear: number;
  /** The package's mean cost per worker-year, which its parts add up to. */
  readonly total: number;
}

/**
 * Each package's cost per worker-year in its parts, in COST_PARTS order: means over replications,
 * which add up to the mean cost (a mean of sums is the sum of the means). Undefined for results
 * written before the cost had parts.
 */
export function costPartMeans(summary: SummaryDocument): CostPartMean[] | undefined {
  if (!summary.policies.every((p) => COST_PARTS.every((part) => typeof p.metrics[part.metric]?.mean === 'number'))) return undefined;
  return summary.policies.flatMap((p) =>
    COST_PARTS.map((part) => ({ policy: p.policy, part: part.metric, label: part.label, perWorkerYear: p.metrics[part.metric].mean, total: p.metrics.costPerWorkerYear.mean })),
  );
}
