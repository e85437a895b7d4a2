import type { ValueForMoney, WorthFrom } from '../../models/valueForMoney';
import { isFewReps } from './differences';
import { formatValue } from './metricFormat';

// Value for money in words, alike under `cfsim compare` and in the HTML report.

/** Whole dollars, as the tables show money: "$76,267", "−$3,844". */
const money = (x: number) => formatValue('teamCostPerYear', x);

/** A value per departure to three significant figures ("$42,400"): the replications do not pin it closer. */
export function valueWords(x: number): string {
  return money(Number(x.toPrecision(3)));
}

const staff = (x: number) => `${x.toFixed(1)} ${x.toFixed(1) === '1.0' ? 'fewer member of staff leaves' : 'fewer staff leave'}`;

/** The means: net cost, departures avoided, and their ratio. */
function meansSentence(v: ValueForMoney, arm: string, baseline: string): string {
  const cost =
    v.netCost > 0 ? `costs the whole team ${money(v.netCost)} a year more than ${baseline}` : v.netCost < 0 ? `costs the whole team ${money(-v.netCost)} a year less than ${baseline}` : `costs the whole team what ${baseline} does`;
  const leave = v.departuresAvoided > 0 ? staff(v.departuresAvoided) : v.departuresAvoided < 0 ? `${(-v.departuresAvoided).toFixed(1)} more staff leave` : 'as many staff leave';
  const ratio =
    v.costPerDepartureAvoided === null
      ? 'it avoids no departures on average, so there is no cost per departure avoided'
      : v.costPerDepartureAvoided > 0
        ? `${valueWords(v.costPerDepartureAvoided)} per departure avoided (the mean net cost over the mean departures avoided)`
        : 'it saves money and departures on average';
  return `${arm} ${cost} (net of what it changes in replacing leavers, absence and vacant seats), and ${leave} a year: ${ratio}.`;
}

/** How the futures fall between fewer leavers or not and costing more or not ("fewer leavers at a higher cost in 38, ..."). */
function futuresSentence(v: ValueForMoney): string {
  const parts = [
    [v.byOutcome.fewerLeaversCostsMore, 'fewer leavers at a higher cost'],
    [v.byOutcome.fewerLeaversCostsNoMore, 'fewer leavers at no higher cost'],
    [v.byOutcome.noFewerLeaversCostsMore, 'no fewer leavers at a higher cost'],
    [v.byOutcome.noFewerLeaversCostsNoMore, 'no fewer leavers at no higher cost'],
  ] as const;
  return `Of the ${v.futures} futures: ${parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${words} in ${n}`)
    .join(', ')}.`;
}

const SHARE_WORDS: Readonly<Record<number, string>> = { 0.05: '5% of the futures', 0.5: 'half of them', 0.95: '95%' };

function fromWords(w: WorthFrom): string {
  const share = SHARE_WORDS[w.share] ?? `${w.share * 100}%`;
  if (w.from === null) return `${share} at no value`;
  if (w.from === 0) return `${share} at any value (it saves money there)`;
  return `${share} from ${valueWords(w.from)}`;
}

/**
 * The acceptability in words: from which value put on a departure avoided the package is worth
 * its net cost in 5%, half and 95% of the futures. Undefined from too few futures for 5% and 95%
 * to mean anything (see isFewReps).
 */
function worthSentence(v: ValueForMoney, arm: string): string | undefined {
  if (isFewReps(v.futures)) return undefined;
  const lead = 'If avoiding a departure is worth a value V to you beyond its replacement cost (which the net cost already counts)';
  if (v.acceptability.every((s) => s.share === 0)) return `${lead}, ${arm} is worth its net cost in none of the futures, whatever V.`;
  const last = v.acceptability[v.acceptability.length - 1].share;
  const levels = v.worthFrom.some((w) => w.from === null)
    ? ` (as V grows, the share levels off at ${Math.round(last * 100)}%: the futures with fewer leavers${v.byOutcome.noFewerLeaversCostsNoMore > 0 ? ', or no fewer at a lower cost' : ''})`
    : '';
  return `${lead}, ${arm} is worth its net cost in ${v.worthFrom.map(fromWords).join(', in ')}${levels}.`;
}

/** What the reckoning leaves out: the whole net cost is set against departures alone. */
export const UNPRICED_EFFECTS = 'This sets the whole net cost against departures alone: what else the package changes (ProQOL scores, absence, care quality, unmet demand) is not valued in it.';

/** The sentences, in reading order (UNPRICED_EFFECTS belongs after them, once). */
export function valueForMoneySentences(v: ValueForMoney, arm: string, baseline: string): string[] {
  const worth = worthSentence(v, arm);
  return [meansSentence(v, arm, baseline), futuresSentence(v), ...(worth ? [worth] : [])];
}
