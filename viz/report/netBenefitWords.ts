import type { NetBenefitAtValue } from '../../models/netBenefit';
import { formatValue } from './metricFormat';
import { valueWords } from './valueForMoneyWords';

// Every arm's net benefit at one value of a departure avoided (models/netBenefit.ts) in words and
// table cells, alike under `cfsim compare --value-per-departure` and in the HTML report.

/** Dollars to three significant figures: the replications do not pin a net benefit closer. */
const money = valueWords;
const signedMoney = (x: number) => (Math.round(Number(x.toPrecision(3))) === 0 ? money(0) : x > 0 ? `+${money(x)}` : money(x));
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The sentence above the table: what V is and what a net benefit is. */
export function netBenefitLead(nb: NetBenefitAtValue): string {
  const baseline = nb.arms[0].policy;
  return (
    `At ${formatValue('teamCostPerYear', nb.valuePerDeparture)} per departure avoided (what avoiding one is worth beyond what the budget already counts for it), each one's net benefit a year against ${baseline}, whole team: ` +
    `V × departures avoided − net cost, in each of the ${nb.futures} futures.`
  );
}

/** The table's column heads; `arm` names the first column: "package" or "scenario". */
export function netBenefitHeader(arm: string): string[] {
  return [arm, 'net benefit a year: mean (90% interval of the mean)', 'ahead of the baseline in', 'best of all in'];
}

/** One row per arm: its name, mean net benefit with the interval of the mean, the share of futures it is ahead of the baseline, the share it is best of all. */
export function netBenefitRows(nb: NetBenefitAtValue): string[][] {
  return nb.arms.map((a, i) => [
    a.policy,
    i === 0 ? `${money(0)} (the baseline)` : `${signedMoney(a.mean)}${a.low === null || a.high === null ? '' : ` (${signedMoney(a.low)} to ${signedMoney(a.high)})`}`,
    a.aheadOfBaseline === null ? '–' : `${percent(a.aheadOfBaseline)} of futures`,
    `${percent(a.best)} of futures`,
  ]);
}

/** Names joined: "a", "a and b", "a, b and c". */
const names = (list: readonly string[]) => (list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`);

/**
 * The sentence under the table: the arm with the highest mean (and whether its lead over the
 * next is clear of the noise in the means: its interval above zero), the arm best in the most
 * futures, and how to read the two kinds of figure.
 */
export function netBenefitReading(nb: NetBenefitAtValue): string {
  const top = Math.max(...nb.arms.map((a) => a.mean));
  const highest = nb.arms.filter((a) => a.mean === top).map((a) => a.policy);
  const mostBest = Math.max(...nb.arms.map((a) => a.best));
  const mostOften = nb.arms.filter((a) => a.best === mostBest).map((a) => a.policy);
  const agree = highest.length === mostOften.length && highest.every((p) => mostOften.includes(p));
  return (
    `Highest on average: ${names(highest)}${highest.length > 1 ? ' (the same mean)' : ''}${leadWords(nb)}. ` +
    (agree ? `${highest.length === 1 ? 'It is' : 'They are'} also best in the most futures (${percent(mostBest)}${mostOften.length > 1 ? ' each' : ''}). ` : `Best in the most futures: ${names(mostOften)} (${percent(mostBest)}${mostOften.length > 1 ? ' each' : ''}). `) +
    "The intervals are of the means and narrow with more replications; the shares are of the team's possible futures, which more replications do not narrow" +
    (nb.indicative ? `, and from ${nb.futures} futures they are indicative only (20 or more make 5% of them mean something).` : '.') +
    ' Only departures are valued: what else the arms change (ProQOL scores, absence, care quality, unmet demand) is not in it.'
  );
}

/** ", clearly ahead of b, the next, by $2,000 a year (90% interval +$500 to +$3,500)", or that the means do not tell them apart. */
function leadWords(nb: NetBenefitAtValue): string {
  const lead = nb.lead;
  if (!lead) return '';
  const interval = lead.low === null || lead.high === null ? '' : ` (90% interval ${signedMoney(lead.low)} to ${signedMoney(lead.high)})`;
  const clear = lead.low !== null && lead.low > 0;
  return `, ${clear ? 'clearly ' : ''}ahead of ${lead.over}, the next, by ${money(lead.mean)} a year${interval}${clear || lead.low === null ? '' : ', but the replications do not tell the two apart on average'}`;
}
