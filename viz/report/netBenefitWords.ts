import type { NetBenefitAtValue } from '../../models/netBenefit';
import { ratePercent } from '../../models/discounting';
import { SIGN_RANGE_TRIMMED_FROM } from '../../sim/stats/summary';
import { andList } from '../../sim/text/andList';
import { decimalText } from './metricFormat';

// Every arm's net benefit at one value of a departure avoided (models/netBenefit.ts) in words and
// table cells, alike under `cfsim compare --value-per-departure` and in the HTML report.

/** Dollars to the nearest hundred (also the sweep's best point by value, bin/pointValueForMoneyLines.ts), so that the table's means and the lead between them agree to that: "$86,200", "−$3,800". */
export function money(x: number): string {
  const hundreds = Math.round(x / 100) * 100;
  return `${hundreds < 0 ? '−' : ''}$${Math.abs(hundreds).toLocaleString('en-US')}`;
}
export const signedMoney = (x: number) => (Math.round(x / 100) === 0 ? money(0) : x > 0 ? `+${money(x)}` : money(x));

/** The value as given, to the cent: "$150,000", "$50,000.5". */
export function valuePerDepartureWords(value: number): string {
  return `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

/**
 * Departures avoided a year to two decimals, signed like the money: "+1.28", "−0.40", "0.00".
 * Rounded as value for money's "0.58 fewer staff leave a year" is (decimalText): toFixed gave 0.575 as "+0.57".
 */
function signedDepartures(x: number): string {
  const text = decimalText(Math.abs(x), 2);
  return text === '0.00' ? text : `${x > 0 ? '+' : '−'}${text}`;
}

/** "33 of 40": a share of the futures as the count it is. */
const count = (share: number, futures: number) => `${Math.round(share * futures)} of ${futures}`;

/** The sentence above the table: what V is and what a net benefit is. */
export function netBenefitLead(nb: NetBenefitAtValue, arm: string): string {
  const baseline = nb.arms[0].policy;
  // One arm beside the baseline is named ("each package's" read as if there were several).
  const whose = nb.arms.length === 2 ? `${nb.arms[1].policy}'s` : `each ${arm}'s`;
  return (
    `At ${valuePerDepartureWords(nb.valuePerDeparture)} per departure avoided (what avoiding one is worth beyond the replacement cost and the vacant seat's saving already in the net cost), ` +
    `${whose} net benefit a year compared with ${baseline}, whole team: V × departures avoided − net cost, in each of the ${nb.futures} paired futures (${sameSeeds(nb, arm)}).` +
    (hasParts(nb)
      ? ` The departures avoided and the net cost are ${whose} means of those two parts, rounded (to 0.01 departures and $100), so V × departures avoided − net cost worked out from the table can differ from the net benefit shown by up to V × 0.005 + $100.`
      : '') +
    (nb.discountRate !== undefined && nb.discountRate > 0 ? ` Costs and departures are discounted at ${ratePercent(nb.discountRate)} a year (costs.discountRate), as per-year equivalents.` : '')
  );
}

/** How the futures are paired: "every package run on the same seeds", or with one arm beside the baseline "both run on the same seeds". */
function sameSeeds(nb: NetBenefitAtValue, arm: string): string {
  return nb.arms.length === 2 ? 'both run on the same seeds' : `every ${arm} run on the same seeds`;
}

/** Whether every arm has the two parts of its net benefit: a summary.json written by CFSim 0.11.0 has none (its table is shown without them). */
function hasParts(nb: NetBenefitAtValue): boolean {
  return nb.arms.every((a) => Number.isFinite(a.departuresAvoided) && Number.isFinite(a.netCost));
}

/** The table's column heads; `arm` names the first column: "package" or "scenario". */
export function netBenefitHeader(arm: string): string[] {
  return [arm, 'departures avoided a year', 'net cost a year', 'net benefit a year (90% interval of the mean)', 'ahead of the baseline in', 'best (or tied) in'];
}

/**
 * One row per arm: its name, the mean departures avoided and net cost a year that its net benefit
 * is made of, the mean net benefit with the interval of the mean, the futures in which it is ahead
 * of the baseline, and those in which no arm does better (best or tied for best).
 */
export function netBenefitRows(nb: NetBenefitAtValue): string[][] {
  const parts = hasParts(nb);
  return nb.arms.map((a, i) => [
    a.policy,
    !parts ? '–' : i === 0 ? '0.00' : signedDepartures(a.departuresAvoided),
    !parts ? '–' : i === 0 ? money(0) : signedMoney(a.netCost),
    i === 0 ? `${money(0)} (the baseline)` : `${signedMoney(a.mean)}${a.low === null || a.high === null ? '' : ` (${signedMoney(a.low)} to ${signedMoney(a.high)})`}`,
    a.aheadOfBaseline === null ? '–' : `${count(a.aheadOfBaseline, nb.futures)} futures`,
    `${count(a.best, nb.futures)} futures`,
  ]);
}

/**
 * The sentences under the table: the arms with the highest mean and their lead over the next (in
 * how many paired futures, by how much on average, and whether it is clear by the comparison
 * tables' rule), the arms best (or tied for best) in the most futures, and how to read the two kinds of figure.
 */
export function netBenefitReading(nb: NetBenefitAtValue, arm: string): string {
  const top = Math.max(...nb.arms.map((a) => a.mean));
  const highest = nb.arms.filter((a) => a.mean === top).map((a) => a.policy);
  const mostBest = Math.max(...nb.arms.map((a) => a.best));
  const mostOften = nb.arms.filter((a) => a.best === mostBest).map((a) => a.policy);
  const agree = highest.length === mostOften.length && highest.every((p) => mostOften.includes(p));
  const same = highest.length === 1 ? '' : nb.lead?.identical ? ', tied in every future' : ', tied on average';
  const often = `${count(mostBest, nb.futures)}${mostOften.length > 1 ? ' each' : ''}`;
  return (
    `Highest on average: ${andList(highest)}${same}${leadWords(nb)}. ` +
    (agree
      ? `${highest.length === 1 ? 'It is' : 'They are'} also best (or tied for best) in the most futures: ${often}. `
      : `Best (or tied for best) in the most futures: ${andList(mostOften)} (${often}). `) +
    `The intervals are of the means, and narrow with more replications. The counts are of the paired futures (${sameSeeds(nb, arm)}): more replications estimate their shares more precisely but do not narrow them towards none or all` +
    (nb.indicative ? `; from ${nb.futures} futures they are indicative only (at least ${SIGN_RANGE_TRIMMED_FROM} are needed before such counts can be relied on).` : '.') +
    ` Only departures are valued: what else ${nb.arms.length === 2 ? `${nb.arms[1].policy} changes` : `the ${arm}s change`} (ProQOL scores, absence, care quality, unmet demand) is not in it.`
  );
}

/**
 * ", clearly ahead of the next, b: in 39 of the 40 paired futures, and by $2,000 a year on average
 * (90% interval of the mean +$500 to +$3,500)", and, where that interval takes in zero, that the
 * replications do not tell the two apart on average. "The next" comes before the name: after it
 * ("ahead of b, the next: in 39") it read as a list.
 */
function leadWords(nb: NetBenefitAtValue): string {
  const lead = nb.lead;
  if (!lead) return '';
  // With one arm beside the baseline there is no other to be "the next" of.
  const next = nb.arms.length === 2 ? '' : 'the next, ';
  if (Math.round(lead.mean / 100) === 0) return `, level on average with ${next}${andList(lead.over)}`;
  const interval = lead.low === null || lead.high === null ? '' : ` (90% interval of the mean ${signedMoney(lead.low)} to ${signedMoney(lead.high)})`;
  const apart = lead.low !== null && lead.low <= 0 ? ': on average the replications do not tell the two apart' : '';
  return `, ${lead.clear ? 'clearly ' : ''}ahead of ${next}${andList(lead.over)}: in ${count(lead.ahead, nb.futures)} paired futures, and by ${money(lead.mean)} a year on average${interval}${apart}`;
}
