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
 * written before the cost had parts; results written before the vacancy part (cfsim 0.4 and
 * earlier, whose cost left vacancies out) have the other six, which add up to their cost.
 */
export function costPartMeans(summary: SummaryDocument): CostPartMean[] | undefined {
  const has = (part: (typeof COST_PARTS)[number]) => summary.policies.every((p) => typeof p.metrics[part.metric]?.mean === 'number');
  const parts = COST_PARTS.filter((part) => part.metric !== 'vacancyCostPerWorkerYear' || has(part));
  if (!parts.every(has)) return undefined;
  return summary.policies.flatMap((p) =>
    parts.map((part) => ({ policy: p.policy, part: part.metric, label: part.label, perWorkerYear: p.metrics[part.metric].mean, total: p.metrics.costPerWorkerYear.mean })),
  );
}
