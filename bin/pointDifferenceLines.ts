import type { MetricName } from '../models/metrics';
import { shardName, type SweepAnalysis } from '../scenarios/sweepAnalysis';
import { pairedVerdict } from '../viz/report/verdictWords';
import { metricFigure, parameterValueFigure } from '../viz/specs/readableNumber';

/**
 * A grid's paired differences from point 0 (SweepAnalysis.differences): a line on what they are,
 * then per metric a tab-separated table as the points table is (point, its parameter values, the
 * pairs, the mean difference, its 90% range, its standard error and compare's verdict). Where a
 * grid has none, the line says why.
 */
export function pointDifferenceLines(a: SweepAnalysis): string[] {
  if (a.design !== 'grid' || !a.points || a.points.length < 2) return [];
  if (a.randomNumbers === 'independent') {
    return ["No paired differences between points: the plan's randomNumbers is independent, so replication r of two points meets different events and does not pair with it; compare the points by their means and standard errors (METRIC.se).", ''];
  }
  // None measured (metrics empty): point 0, chosen (a kept --vs 0) or by default, has no successful run.
  if (!a.differences || Object.keys(a.differences.metrics).length === 0) {
    if (a.points[0].runs !== 0) return [];
    const where = a.shard ? ` in this folder, which holds ${shardName(a.shard)} (the merged shards have them)` : '';
    const chosen = a.differences?.chosen ? ', chosen by an earlier cfsim analyze --vs 0,' : ', which they would be measured from,';
    return [`No paired differences between points: point 0${chosen} has no successful run${where}.`, ''];
  }
  const keys = Object.keys(a.points[0]);
  const parameters = keys.slice(1, keys.indexOf('runs'));
  const from = a.points[a.differences.vs];
  const out = [
    `Paired differences from point ${a.differences.vs} (${parameters.map((p) => `${p} ${parameterValueFigure(from[p])}`).join(', ')}): each point's value less point ${a.differences.vs}'s in the same replication, whose simulated future is the same but for the parameters (common random numbers), as compare gives a package's difference from the first: the mean over the replications both have with a value (pairs), the 90% range of the paired differences, and the mean's standard error. "Clearly" higher or lower: the same sign in at least 95% of the pairs (the range excludes 0); from fewer than 20 pairs the range runs from the smallest difference to the largest and a verdict is at most "indicative".`,
    '',
  ];
  for (const [metric, rows] of Object.entries(a.differences.metrics)) {
    const baseline = from[`${metric}.mean`];
    out.push(`${metric}: difference from point ${a.differences.vs} (${metricFigure(baseline as number)})`, ['point', ...parameters, 'pairs', 'difference', 'p05', 'p95', 'se', 'verdict'].join('\t'));
    for (const d of rows) {
      const point = a.points[d.point];
      // compare's "no replication has a value under both" would suggest a NaN; here a point more often lacks point 0's replications (a shard, a partial merge).
      const verdict = d.pairs === 0 ? `no replication pairs with point ${a.differences.vs}'s` : pairedVerdict(metric as MetricName, d, typeof baseline === 'number' ? baseline : undefined, d.pairs);
      out.push([String(d.point), ...parameters.map((p) => parameterValueFigure(point[p])), String(d.pairs), metricFigure(d.mean), metricFigure(d.p05), metricFigure(d.p95), metricFigure(d.se), verdict].join('\t'));
    }
    out.push('');
  }
  return out;
}
