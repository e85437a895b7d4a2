import type { RunDocument } from '../../models/runDocument';
import { formatValue } from './metricFormat';
import type { TeamTotals } from './reportData';

/**
 * Why the cost per worker-year times the staff in post is not the whole team's yearly cost, where
 * the report's table gives all three, with the first arm's figures as the reader would check them;
 * undefined for results without the whole team's cost (before CFSim kept it). Each future's
 * whole-team cost is its own cost per worker-year times its own staff in post; the table gives
 * the mean of each over the futures, and a mean of products is not the product of the means
 * where futures with more staff in post cost more or less per worker-year. Undefined too where the
 * means' product is the mean yearly cost, to the dollar (futures alike in staff in post), as the
 * figures printed then differ by their rounding alone, which this note would misexplain; and
 * where nobody was in post (no cost per worker-year).
 */
export function teamCostGapNote(policies: RunDocument['policies'], teams: readonly TeamTotals[]): string | undefined {
  const first = policies[0];
  const team = teams.find((t) => t.policy === first?.policy);
  const perWorkerYear = first?.metrics.costPerWorkerYear?.mean;
  const whole = first?.metrics.teamCostPerYear?.mean;
  if (!team || perWorkerYear === undefined || whole === undefined || !Number.isFinite(perWorkerYear) || !Number.isFinite(whole)) return undefined;
  if (Math.round(perWorkerYear * team.staffInPost) === Math.round(whole)) return undefined;
  // The product of the figures as printed, so that a reader multiplying them finds it.
  const staff = team.staffInPost.toFixed(1);
  const product = Math.round(perWorkerYear) * Number(staff);
  return `Nor is the cost per worker-year times staff in post the whole team's yearly cost (${first.policy}: ${formatValue('teamCostPerYear', perWorkerYear)} × ${staff} = ${formatValue('teamCostPerYear', product)}, against ${formatValue('teamCostPerYear', whole)}): each future's yearly cost is its own cost per worker-year times its own staff in post, and each row is a mean over the futures, so where futures with more staff in post cost more or less per worker-year, the product of the two means differs from the mean yearly cost.`;
}
