import { shardName, type SweepAnalysis } from '../scenarios/sweepAnalysis';
import type { SweepValueForMoney } from '../scenarios/pointValueForMoney';
import { ratePercent } from '../models/discounting';
import { SIGN_RANGE_TRIMMED_FROM } from '../sim/stats/summary';
import { andList } from '../sim/text/andList';
import { money, signedMoney, valuePerDepartureWords } from '../viz/report/netBenefitWords';
import { pairedVerdict, type ValueMeasure } from '../viz/report/verdictWords';
import { metricFigure, parameterValueFigure } from '../viz/specs/readableNumber';

/**
 * `cfsim analyze DIR --value-per-departure V` under the paired differences (SweepAnalysis.valueForMoney):
 * a line on what the figures are (per year, whole team, undiscounted), a tab-separated table each
 * for the departures avoided, the net cost and the net benefit against the baseline point, as the
 * paired differences' tables are, and the point best on average with compare's caveats.
 */
export function pointValueForMoneyLines(a: SweepAnalysis): string[] {
  const v = a.valueForMoney;
  if (!v || !a.points) return [];
  const keys = Object.keys(a.points[0]);
  const parameters = keys.slice(1, keys.indexOf('runs'));
  const from = a.points[v.vs];
  const named = (p: number) => `point ${p} (${parameters.map((k) => `${k} ${parameterValueFigure(a.points![p][k])}`).join(', ')})`;
  const V = valuePerDepartureWords(v.valuePerDeparture);
  const out = [
    `Value for money at ${V} per departure avoided, against ${named(v.vs)}: in each replication both points have (pairs), a year for the whole team, as compare --value-per-departure gives it: departures avoided (point ${v.vs}'s ${v.departuresMetric} less the point's), net cost (the point's ${v.costMetric} less point ${v.vs}'s; it counts what a leaver costs to replace and the salary a vacant seat saves) and net benefit, V × departures avoided − net cost (V: what avoiding a departure is worth beyond that); the mean over the pairs, the 90% range of the paired values, the mean's standard error and compare's verdict. The figures are undiscounted: runs.csv records ${v.departuresMetric} and ${v.costMetric} as they are${
      v.planDiscountRate !== undefined ? `, so the plan's costs.discountRate (${ratePercent(v.planDiscountRate)} a year), which compare would apply, is not applied here` : ''
    }. Only departures are valued: what else the points change (ProQOL scores, absence, care quality, unmet demand) is not in it.`,
    '',
  ];
  const level = (metric: string) => (typeof from[`${metric}.mean`] === 'number' ? (from[`${metric}.mean`] as number) : undefined);
  const leavers = level(v.departuresMetric);
  const cost = level(v.costMetric);
  const tables: [ValueMeasure, string, number | undefined][] = [
    ['departuresAvoided', `departures avoided a year, from point ${v.vs}${leavers === undefined ? '' : ` (whose ${v.departuresMetric} is ${metricFigure(leavers)})`}`, leavers],
    ['netCost', `net cost a year, from point ${v.vs}${cost === undefined ? '' : ` (whose ${v.costMetric} is ${metricFigure(cost)})`}`, cost],
    ['netBenefit', `net benefit a year at ${V} per departure avoided, from point ${v.vs}`, undefined],
  ];
  for (const [measure, heading, baseline] of tables) {
    out.push(`${heading}`, ['point', ...parameters, 'pairs', measure === 'departuresAvoided' ? 'avoided' : measure === 'netCost' ? 'net cost' : 'net benefit', 'p05', 'p95', 'se', 'verdict'].join('\t'));
    for (const row of v.points) {
      const d = row[measure];
      const point = a.points[row.point];
      const verdict = row.pairs === 0 ? `no replication pairs with point ${v.vs}'s` : pairedVerdict(measure, d, baseline, row.pairs);
      out.push([String(row.point), ...parameters.map((p) => parameterValueFigure(point[p])), String(row.pairs), metricFigure(d.mean), metricFigure(d.p05), metricFigure(d.p95), metricFigure(d.se), verdict].join('\t'));
    }
    out.push('');
  }
  out.push(bestWords(v, named, notJudgedWhy(a)), '');
  const conditions = conditionsVaried(parameters);
  if (v.best && conditions.length > 0) {
    out.push(
      `Caution: the points differ in ${andList(conditions)} too, which ${conditions.length === 1 ? 'is' : 'are'} not a choice of support (policy or practice) but a condition or an assumption; the best point is best at its own value of ${conditions.length === 1 ? 'it' : 'them'}. To choose support, read the points that share ${conditions.length === 1 ? 'that value' : 'those values'} against each other (cfsim analyze --vs names the baseline point).`,
      '',
    );
  }
  return out;
}

/**
 * The varied parameters that are not a choice of support: anything outside a package (`policy`,
 * `policy.*`) and the team's own practice (`practice.*`), such as the community, the team, a
 * coefficient or a price. A best point then names a condition as well as a decision.
 */
export function conditionsVaried(parameters: readonly string[]): string[] {
  return parameters.filter((path) => path !== 'policy' && !path.startsWith('policy.') && !path.startsWith('practice.'));
}

/** Why no replication is at every point, and what to do, by the folder's status: a shard's, a complete sweep's (failed runs) or an unfinished one's. */
function notJudgedWhy(a: SweepAnalysis): string {
  if (a.shard) return `this folder holds only ${shardName(a.shard)} of the plan's runs: merge the shards and analyze the merged folder to judge it`;
  if (a.status === 'complete') return a.failures > 0 ? `the sweep is complete, but ${a.failures} of its runs failed, and runs.csv says why` : 'the sweep is complete, but some of its runs have no value of one or the other (NaN in runs.csv)';
  return 'the folder is a partial merge or an unfinished sweep: complete the sweep to judge it';
}

/** The point highest on average and its lead over the next, in compare's words (viz/report/netBenefitWords.ts); `why`: why none is judged, where no replication is at every point. */
function bestWords(v: SweepValueForMoney, named: (p: number) => string, why: string): string {
  const best = v.best;
  if (!best) return `Best on average: not judged, as no replication has a successful run with both ${v.departuresMetric} and ${v.costMetric} at every point; ${why}.`;
  const over = `over the ${best.futures === 1 ? '1 replication' : `${best.futures} replications`} every point has`;
  const indicative = best.indicative ? ` From ${best.futures === 1 ? '1 replication' : `${best.futures} replications`} this is indicative only (at least ${SIGN_RANGE_TRIMMED_FROM} are needed before such counts can be relied on): raise reps.` : '';
  const lead = best.lead;
  if (!lead) return `Best on average: none; ${over}, every point's mean net benefit is the same (${money(0)} against point ${v.vs}).${indicative}`;
  const next = andList(best.over.map(named));
  const mean = best.means.find((m) => m.point === best.points[0])!.mean;
  // Each point is named once. A tie that includes the baseline: "point 0 (…), the baseline, tied with point 1 (…), which does
  // no better than it in any replication ($0 a year against it)"; one without it: "point 1 (…) and point 2 (…), tied in every
  // replication, +$3,000 a year against point 0".
  const others = best.points.filter((p) => p !== v.vs);
  const highest = !best.points.includes(v.vs)
    ? `${andList(best.points.map(named))}${best.points.length === 1 ? '' : lead.identical ? ', tied in every replication' : ', tied on average'}, ${signedMoney(mean)} a year against point ${v.vs}`
    : others.length === 0
      ? `${named(v.vs)}, the baseline itself`
      : `${named(v.vs)}, the baseline, tied with ${andList(others.map(named))}, which ${others.length === 1 ? 'does' : 'do'} no better than it ${lead.identical ? 'in any replication' : 'on average'} (${money(0)} a year against it)`;
  const head = `Best on average at ${valuePerDepartureWords(v.valuePerDeparture)} per departure avoided, ${over}: ${highest}`;
  if (Math.round(lead.mean / 100) === 0) return `${head}; within noise: level on average with ${next}, the next.${indicative}`;
  const count = `${Math.round(lead.ahead * best.futures)} of ${best.futures}`;
  const interval = lead.low === null || lead.high === null ? '' : ` (90% interval of the mean ${signedMoney(lead.low)} to ${signedMoney(lead.high)})`;
  const apart = lead.low !== null && lead.low <= 0 ? ': within noise, on average the replications do not tell the two apart' : '';
  return `${head}; ${lead.clear ? 'clearly ' : ''}ahead of the next, ${next}: in ${count} paired replications, and by ${money(lead.mean)} a year on average${interval}${apart}.${indicative}`;
}
