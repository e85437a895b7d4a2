import type { WorthInterval } from '../../models/worthInterval';
import type { BestSpan, CostSplit, ValueForMoney, WorthValues } from '../../models/valueForMoney';
import { departuresTrend } from '../../models/departuresByHalf';
import type { Difference } from '../../models/runDocument';
import { clearOnAverage, isClear, isFewReps } from './differences';
import { decimalText, formatValue } from './metricFormat';
import { andList } from '../../sim/text/andList';
import { studentT95 } from '../../sim/stats/studentT';
import { leverSchedule, setsDifferently, unpricedDifferences, zeroPriceReason } from '../../models/leverPrices';
import type { Scenario } from '../../scenarios/schema';
import { differenceValue } from '../../scenarios/scenarioDifferenceWords';
import { ratePercent } from '../../models/discounting';

// Value for money in words, alike under `cfsim compare` and in the HTML report.

/** Whole dollars, as the tables show money: "$76,267", "−$3,844". */
const money = (x: number) => formatValue('teamCostPerYear', x);

/** A value per departure to three significant figures ("$42,400"): the replications do not pin it closer. */
export function valueWords(x: number): string {
  return money(Number(x.toPrecision(3)));
}

/**
 * Departures a year: one decimal, two under one (a planner could not get "$175,000 per departure avoided" from "0.1 fewer" when it was 0.06).
 * From 12 significant figures, as a mean of 20 replications' departures has them: 4.45 summed to 4.449999999999999 read
 * "4.4 fewer staff leave a year" above a net-benefit table giving "+4.45".
 */
function staffCount(mean: number): string {
  const x = Number(mean.toPrecision(12));
  const two = decimalText(x, 2);
  return x < 1 && two !== '1.00' ? two : decimalText(x, 1);
}

const staff = (x: number, more: boolean) => `${staffCount(x)} ${more ? 'more' : 'fewer'} ${staffCount(x) === '1.0' ? 'member of staff leaves' : 'staff leave'}`;

/** A 90% interval of a ratio, an end below zero named for what it is: "$42,500 to $52,300", "from a saving of $443 to $1,440". */
function intervalWords({ low, high }: { low: number; high: number }, saving: string): string {
  return low < 0 && high > 0 ? `from ${saving} of ${valueWords(-low)} to ${valueWords(high)}` : `${valueWords(low)} to ${valueWords(high)}`;
}

/**
 * Where the mean net cost is within noise of zero (its 90% interval, mean ± t standard errors as
 * the verdicts read means, holds zero), the interval in words; undefined where it is clearly away
 * from zero or the same in every future. A planner read "costs no more" for a net cost of −$12
 * whose futures went both ways, and the sign flipped with a $21 change.
 */
function netCostNoise(v: ValueForMoney): string | undefined {
  if (v.netCostSe === null || !(v.netCostSe > 0) || v.futures < 2) return undefined;
  const half = studentT95(v.futures - 1) * v.netCostSe;
  if (Math.abs(v.netCost) > half) return undefined;
  return `its mean net cost, ${money(v.netCost)} a year, is within noise of none: 90% interval ${money(v.netCost - half)} to ${money(v.netCost + half)}`;
}

/**
 * Where a package keeps more staff at no higher net cost yet spends more on itself: its dearer cash, said
 * beside "cheaper" (a planner read "better and cheaper" as saving the budget money, the cash only
 * two sentences on). Empty otherwise.
 */
function cashWords(spending: number | undefined): string {
  // A rise under half a dollar would read "is $0 a year more".
  return spending !== undefined && Math.round(spending) > 0 ? `, in the net cost, though its spending on the package, the cash a budget pays, is ${money(spending)} a year more` : '';
}

/** What the means say, after the net cost and the departures avoided. `spending`: the arm's change in spending on its package a year, whole team. */
function readingWords(v: ValueForMoney, baseline: string, spending?: number): string {
  const interval = (saving: string) => (v.costPerDepartureAvoidedInterval ? `; 90% interval ${intervalWords(v.costPerDepartureAvoidedInterval, saving)}` : '');
  switch (v.reading) {
    case 'fewer-leavers-at-a-cost': {
      const noise = netCostNoise(v);
      const ratio = `${valueWords(v.costPerDepartureAvoided!)} per departure avoided on average (the mean net cost over the mean departures avoided${interval('a saving')})`;
      return noise ? `${ratio}, though ${noise}, so it may keep staff at no extra cost` : ratio;
    }
    case 'fewer-leavers-and-no-cost': {
      const noise = netCostNoise(v);
      if (noise) return `on average it keeps more staff at about the same cost (${noise}): better, and no dearer within the noise${cashWords(spending)}`;
      return `${v.netCost < 0 ? 'on average it keeps more staff and costs less: better and cheaper' : 'on average it keeps more staff and costs no more: better and no dearer'}${cashWords(spending)}`;
    }
    case 'more-leavers-and-saves': {
      const noise = netCostNoise(v);
      const saves = `on average it saves ${valueWords(v.costPerDepartureAvoided!)} per extra departure (the mean saving over the mean extra departures${interval('a cost')})`;
      return noise
        ? `${saves}, though ${noise}, so it may lose staff and save nothing`
        : `${saves}, so against ${baseline} it comes out ahead while a departure avoided is worth less than that to you`;
    }
    case 'more-leavers-at-no-saving': {
      const noise = netCostNoise(v);
      if (noise) return `on average it loses staff at about the same cost (${noise}): worse, and no cheaper within the noise`;
      return v.netCost > 0 ? 'on average it loses staff and costs more: worse and dearer' : 'on average it loses staff and saves nothing: worse and no cheaper';
    }
    default:
      return v.departuresAvoidedSe === 0
        ? 'the same number leave in every future, so there is no cost per departure avoided'
        : `the departures avoided are too close to zero on average (standard error ${v.departuresAvoidedSe === null ? '–' : v.departuresAvoidedSe.toFixed(2)}) for a cost per departure`;
  }
}

/** How value for money discounts, said beside its figures: "costs and departures discounted at 3.5% a year as per-year equivalents, by costs.discountRate"; "" undiscounted (no rate, or 0). */
export function discountWords(rate: number | undefined): string {
  return rate !== undefined && rate > 0 ? `costs and departures discounted at ${ratePercent(rate)} a year as per-year equivalents, by costs.discountRate` : '';
}

/** The means: net cost, departures avoided, and what they say together. */
function meansSentence(v: ValueForMoney, arm: string, baseline: string, spending?: number): string {
  if (v.reading === 'no-difference') return `${arm} and ${baseline} have the same leavers and the same cost in every future: nothing to weigh.`;
  const cost =
    v.netCost > 0 ? `costs the whole team ${money(v.netCost)} a year more than ${baseline}` : v.netCost < 0 ? `costs the whole team ${money(-v.netCost)} a year less than ${baseline}` : `costs the whole team what ${baseline} does`;
  const discounted = discountWords(v.discountRate);
  // Discounted, the mean is of departures weighted by when they fall, not a count of staff who leave.
  const leave = discounted
    ? v.departuresAvoided > 0
      ? `${staffCount(v.departuresAvoided)} fewer departures`
      : v.departuresAvoided < 0
        ? `${staffCount(-v.departuresAvoided)} more departures`
        : 'as many departures'
    : v.departuresAvoided > 0
      ? staff(v.departuresAvoided, false)
      : v.departuresAvoided < 0
        ? staff(-v.departuresAvoided, true)
        : 'as many staff leave';
  return `${arm} ${cost} (net of what it changes in replacing leavers, absence and vacant seats${discounted ? `; ${discounted}` : ''}), and ${leave} a year: ${readingWords(v, baseline, spending)}.`;
}

/**
 * How the futures fall ("fewer leavers at a higher cost in 38, more leavers at a lower cost in 2"),
 * naming only those that occur. Discounted, the futures are split by discounted departures, in
 * which as many leavers who leave later count as fewer: they are called departures, and the
 * sentence says so, not leavers (a count).
 */
function futuresSentence(v: ValueForMoney): string {
  const discounted = v.discountRate !== undefined && v.discountRate > 0;
  const noun = discounted ? 'departures' : 'leavers';
  const costs = (split: CostSplit, leavers: string) =>
    [
      [split.costsMore, `${leavers} at a higher cost`],
      [split.costsSame, `${leavers} at the same cost`],
      [split.costsLess, `${leavers} at a lower cost`],
    ] as const;
  const parts = [...costs(v.byOutcome.fewerLeavers, `fewer ${noun}`), ...costs(v.byOutcome.sameLeavers, `as many ${noun}`), ...costs(v.byOutcome.moreLeavers, `more ${noun}`)];
  const lead = discounted ? `Of the ${v.futures} futures, counting departures discounted (as many leavers, leaving later, count as fewer)` : `Of the ${v.futures} futures`;
  return `${lead}: ${parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${words} in ${n}`)
    .join(', ')}.`;
}

const SHARE_WORDS: Readonly<Record<number, string>> = { 0.05: '5%', 0.5: 'half', 0.95: '95%' };

/** A range of values in words: "from $26,000", "below $109,000", "from $4,100 to $90,000", "at any value". */
export function rangeWords(from: number, to: number | null): string {
  if (to === null) return from === 0 ? 'at any value' : `from ${valueWords(from)}`;
  return from === 0 ? `below ${valueWords(to)}` : `from ${valueWords(from)} to ${valueWords(to)}`;
}

/** The values of one share in words: "from $26,000", "below $10,000 and from $50,000", "at no value". */
function valuesWords(w: WorthValues): string {
  return w.values.length === 0 ? 'at no value' : w.values.map(({ from, to }) => rangeWords(from, to)).join(' and ');
}

/**
 * A package ahead in under 5% of the futures at every value: in none of them, or in at most a few,
 * at the values where it is ahead in the most: "in fewer than 5% of them at any value (at most 1
 * of the 200, from $158,000)".
 */
function rarelyWords(v: ValueForMoney): string {
  const most = Math.max(...v.acceptability.map((s) => s.share));
  if (most === 0) return 'in none of them, whatever V';
  const where = v.acceptability.flatMap((s, k) => {
    if (s.share !== most) return [];
    return [rangeWords(s.from, k + 1 < v.acceptability.length ? v.acceptability[k + 1].from : null)];
  });
  return `in fewer than 5% of them at any value (at most ${Math.round(most * v.futures)} of the ${v.futures}, ${where.join(' and ')})`;
}

/**
 * In how many of the team's futures the package comes out ahead of the baseline, by the value put on a
 * departure avoided: the values for 5%, half and 95% of them, shares with the same values said
 * once. Undefined for arms that differ in nothing, and from too few futures for 5% and 95% to
 * mean anything (see isFewReps).
 */
function worthSentence(v: ValueForMoney, arm: string, baseline: string): string | undefined {
  if (v.reading === 'no-difference' || v.indicative) return undefined;
  const lead = `Across the team's possible futures (a spread that more replications do not narrow, though they place its values more closely; estimated from the ${v.futures} here): if avoiding a departure is worth V to you beyond what the budget already counts for it (replacing the leaver, less the salary saved while the seat is vacant), ${arm} comes out ahead of ${baseline} (V × departures avoided above the net cost)`;
  const groups: { shares: string[]; words: string }[] = [];
  for (const w of v.worth) {
    const words = valuesWords(w);
    const last = groups[groups.length - 1];
    if (last && last.words === words) last.shares.push(SHARE_WORDS[w.share] ?? `${w.share * 100}%`);
    else groups.push({ shares: [SHARE_WORDS[w.share] ?? `${w.share * 100}%`], words });
  }
  if (groups.length === 1 && groups[0].words === 'at no value') return `${lead} ${rarelyWords(v)}.`;
  // "At least": "in 5% of them at any value" read as "only 5%". Shares at the same values: the largest says
  // it, but for none, the smallest "or more" ("in 95% at no value" read as the package never ahead in 95%, and hid half).
  // "In half or more at no value" was read as cryptic: the shares it is never ahead in are said as a clause of their own.
  const valued = groups.filter((g) => g.words !== 'at no value').map((g, k) => `in at least ${g.shares[g.shares.length - 1]}${k === 0 ? ' of them' : ''} ${g.words}`);
  const none = groups.find((g) => g.words === 'at no value');
  return `${lead} ${valued.join(', ')}${none ? `; at no value of V is it ahead in ${none.shares[0]} of them or more` : ''}.${thresholdIntervalWords(v)}`;
}

/** One threshold's 90% interval in words: "$45,000 to $52,000", or what the futures cannot bound. */
function thresholdRangeWords({ low, high }: WorthInterval): string {
  if (low !== null && high !== null) return `${valueWords(low)} to ${valueWords(high)}`;
  if (low !== null) return `${valueWords(low)} or more (no upper bound from these futures)`;
  if (high !== null) return `up to ${valueWords(high)} (no lower bound from these futures)`;
  return 'not bounded by these futures';
}

/**
 * How precisely the futures place the thresholds said "from $X" (models/worthInterval.ts): " These
 * thresholds are estimates from the 40 futures; 90% intervals (...): for 5%, $20,000 to $31,000; for half, ...", or
 * "" where none is one value with no end.
 */
function thresholdIntervalWords(v: ValueForMoney): string {
  const said = v.worth.filter((w) => w.interval).map((w) => `for ${SHARE_WORDS[w.share] ?? `${w.share * 100}%`}, ${thresholdRangeWords(w.interval!)}`);
  if (said.length === 0) return '';
  return ` ${said.length === 1 ? 'That threshold is an estimate' : 'These thresholds are estimates'} from the ${v.futures} futures; 90% ${said.length === 1 ? 'interval' : 'intervals'} (from the futures' ranks, whatever their spread): ${said.join('; ')}.`;
}

/** What the reckoning leaves out: the whole net cost is set against departures alone. */
export function unpricedEffects(one: string): string {
  return `This sets the whole net cost against departures alone: what else the ${one} changes (ProQOL scores, absence, care quality, unmet demand) is not valued in it.`;
}

const MINDFULNESS = 'policy.resilience.mindfulness';

/** Whether a scenario runs the mindfulness programme (policy.resilience.mindfulness), from day 0 or from a scheduled change; false for one it cannot read. */
function runsMindfulness(scenario: unknown): boolean {
  const s = scenario as { policy?: { resilience?: { mindfulness?: unknown } }; changes?: unknown } | undefined;
  const changes = Array.isArray(s?.changes) ? (s.changes as { set?: Record<string, unknown> }[]) : [];
  return s?.policy?.resilience?.mindfulness === true || changes.some((change) => change?.set?.[MINDFULNESS] === true);
}

/**
 * After an arm's value for money, where the arm runs the mindfulness programme and the baseline does
 * not: its departures avoided rest on a channel no trial measured (docs/ODD.md §7.7). A planner saw
 * individual-resilience ranked "best on average" and "better and no dearer" with no word of it
 * outside the report's terms. Undefined otherwise.
 */
export function mechanismOnlyNote(arm: string, armScenario: unknown, baselineScenario: unknown): string | undefined {
  const reliance = mechanismOnlyReliance(armScenario, baselineScenario);
  if (!reliance) return undefined;
  return reliance === 'wholly'
    ? `${arm} differs from the baseline by the mindfulness programme alone, whose effect on burnout is set to trials' but whose effect on turnover, on which these figures rest, is the model's mechanism (self-care's other roles), which no trial of such programmes measured (docs/ODD.md §7.7): read its departures avoided, and any ranking on them, as the model's, not as evidence.`
    : `${arm} runs the mindfulness programme, whose effect on burnout is set to trials' but whose effect on turnover, on which these figures partly rest, is the model's mechanism (self-care's other roles), which no trial of such programmes measured (docs/ODD.md §7.7).`;
}

/** How much of an arm's turnover effect against the baseline rests on the mindfulness programme's untested channel. */
export type MechanismReliance = 'wholly' | 'partly';

/**
 * `wholly` where the arm differs from the baseline by the mindfulness programme alone (names and
 * descriptions aside), `partly` where by more (other levers, another population, community or
 * practice, other scheduled changes: a scenario file's arm can differ anywhere); undefined where
 * the arm does not add the programme, from day 0 or by a scheduled change.
 */
export function mechanismOnlyReliance(armScenario: unknown, baselineScenario: unknown): MechanismReliance | undefined {
  if (!runsMindfulness(armScenario) || runsMindfulness(baselineScenario)) return undefined;
  return scenarioBesidesMindfulness(armScenario) === scenarioBesidesMindfulness(baselineScenario) ? 'wholly' : 'partly';
}

/** A scenario but for the mindfulness programme at day 0, and its own and its package's names and descriptions, as text to compare. */
function scenarioBesidesMindfulness(scenario: unknown): string {
  const { name: _name, description: _about, policy, ...rest } = (scenario ?? {}) as { name?: unknown; description?: unknown; policy?: Record<string, unknown> };
  const { name: _package, description: _packageAbout, resilience, ...levers } = (policy ?? {}) as { name?: unknown; description?: unknown; resilience?: Record<string, unknown> };
  const { mindfulness: _mindfulness, ...otherResilience } = resilience ?? {};
  return JSON.stringify({ ...rest, policy: { ...levers, resilience: otherResilience } });
}

/**
 * The sentences, in reading order (unpricedEffects belongs after them, once). `spending`: the arm's
 * change in spending on its package a year, whole team, where known.
 */
export function valueForMoneySentences(v: ValueForMoney, arm: string, baseline: string, spending?: number): string[] {
  const worth = worthSentence(v, arm, baseline);
  const horizon = horizonSentence(v, arm);
  return [meansSentence(v, arm, baseline, spending), ...(horizon ? [horizon] : []), ...(v.reading === 'no-difference' ? [] : [futuresSentence(v)]), ...(worth ? [worth] : [])];
}

/**
 * Where a cost per departure avoided is quoted and the departures avoided clearly rise or fall
 * from the horizon's first half to its second (departuresTrend): the figure holds for this
 * horizon only (a planner read $41,000 over one year beside $16,000 over three as a contradiction).
 */
function horizonSentence(v: ValueForMoney, arm: string): string | undefined {
  if (v.reading !== 'fewer-leavers-at-a-cost' || v.byHalf === undefined) return undefined;
  const trend = departuresTrend(v.byHalf, v.futures);
  if (trend === undefined) return undefined;
  const { firstHalfDays, firstHalf, secondHalf } = v.byHalf;
  // Both halves to the same decimals: "0.00 a year ... 1.6 a year" read as unlike figures.
  const decimals = [firstHalf, secondHalf].some((x) => staffCount(x).split('.')[1]?.length === 2) ? 2 : 1;
  // Beside discounted figures, the halves (when departures fall, not what they are worth) say they are not.
  const undiscounted = v.discountRate !== undefined && v.discountRate > 0 ? ', undiscounted' : '';
  const halves = `${decimalText(firstHalf, decimals)} a year over the horizon's first ${firstHalfDays} days, ${decimalText(secondHalf, decimals)} a year over the rest${undiscounted}`;
  return trend === 'up'
    ? `Its departures avoided build up as what ${arm} relieves eases over months (${halves}) while its costs start on day one, so over a longer horizon its cost per departure avoided is likely lower than over this one (a longer run, --days, shows by how much).`
    : `Its departures avoided fall off over the horizon (${halves}), so over a longer horizon its cost per departure avoided is likely higher than over this one (a longer run, --days, shows by how much).`;
}

/**
 * Which arm to fund on average at each value of a departure avoided (bestOnAverage), and which
 * never is best: "status-quo below $4,100; stigma-reduction from $4,100 to $90,000; ...".
 * `unclear`: the arms whose mean departures avoided are within noise of zero (reading
 * `leavers-unclear`); one of them named best is said to rest on such a mean (a planner read
 * grief leave as best from $227,000 beside "too close to zero ... for a cost per departure").
 */
export function bestOnAverageSentence(
  spans: readonly BestSpan[],
  arms: readonly string[],
  reps: number,
  unclear: readonly string[] = [],
  mechanismOnly: readonly { readonly arm: string; readonly reliance: MechanismReliance }[] = [],
): string {
  const names = (policies: readonly string[]) => (policies.length === 1 ? policies[0] : `${andList(policies)} (the same on average)`);
  const each = spans.map(({ policies, from, to }) => `${names(policies)} ${rangeWords(from, to)}`);
  const never = arms.filter((a) => !spans.some((s) => s.policies.includes(a)));
  return (
    `Best on average, by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against ${arms[0]})${isFewReps(reps) ? `, indicative only from ${reps} replications` : ''}: ${each.join('; ')}.` +
    (never.length > 0 ? ` Never best on average: ${never.join(', ')}.` : '') +
    bestCaveatWords(spans, { unclear, mechanismOnly })
  );
}

/** The arms whose place in a "Best on average" needs a caveat (see bestCaveatWords). */
export interface BestCaveats {
  /** Arms whose mean departures avoided are within noise of none (reading `leavers-unclear`). */
  readonly unclear?: readonly string[];
  /** Arms whose departures avoided rest on the mindfulness programme's turnover channel (mechanismOnlyReliance). */
  readonly mechanismOnly?: readonly { readonly arm: string; readonly reliance: MechanismReliance }[];
}

/**
 * After a "Best on average" sentence (the comparison's own, or compare --budget's among the arms
 * within the budget): the caveats of the arms its spans name, each beginning with a space; "" for
 * none.
 */
export function bestCaveatWords(spans: readonly BestSpan[], caveats: BestCaveats): string {
  const named = (arm: string) => spans.some((s) => s.policies.includes(arm));
  const shaky = (caveats.unclear ?? []).filter(named);
  return (
    (shaky.length > 0
      ? ` ${shaky.length === 1 ? `${shaky[0]}'s departures avoided are` : `The departures avoided of ${andList(shaky)} are each`} within noise of none (see above), so ${shaky.length === 1 ? 'its place' : 'their places'} here ${shaky.length === 1 ? 'rests' : 'rest'} on a mean the replications do not pin down: more of them may move or remove ${shaky.length === 1 ? 'it' : 'them'}.`
      : '') + mechanismOnlyWords((caveats.mechanismOnly ?? []).filter((m) => named(m.arm)))
  );
}

/**
 * After "Best on average": the arms it names whose departures avoided rest on the mindfulness
 * programme's turnover channel, which no trial measured. A planner saw individual-resilience and
 * stigma-reduction named best with the caveat only in their own paragraphs. Empty for none.
 */
function mechanismOnlyWords(named: readonly { readonly arm: string; readonly reliance: MechanismReliance }[]): string {
  const channel = "the mindfulness programme's effect on turnover, the model's mechanism, which no trial of such programmes measured (see above)";
  if (named.length === 0) return '';
  if (named.length === 1) return ` ${named[0].arm}'s place here rests ${named[0].reliance} on ${channel}: read it as the model's ranking, not as evidence.`;
  return ` The places here of ${andList(named.map((m) => `${m.arm} (${m.reliance})`))} rest on ${channel}: read them as the model's ranking, not as evidence.`;
}

/** A rise in the share of client demand nobody met smaller than this (half a percentage point) goes unsaid beside value for money. */
export const UNMET_DEMAND_NOTE_FROM = 0.005;

/**
 * After an arm's value for money, where it clearly leaves more of the clients' demand unmet than
 * the baseline, by UNMET_DEMAND_NOTE_FROM or more: the reckoning counts departures and cost, not the
 * clients not seen, so a lower caseload cap "helps" by turning clients away. Clear means its 90%
 * range is above zero from 20 or more futures, or its mean clearly is (clearOnAverage). `shares` are
 * the baseline's and the arm's mean shares. Undefined otherwise.
 */
export function unmetDemandNote(arm: string, baseline: string, d: Difference | undefined, shares: { baseline: number; arm: number }, reps: number): string | undefined {
  if (!d || isFewReps(reps) || !(d.mean >= UNMET_DEMAND_NOTE_FROM)) return undefined;
  const clear = isClear(d) && d.p05 > 0;
  if (!clear && !clearOnAverage(d)?.up) return undefined;
  return `${arm} also leaves more of the clients' demand unmet than ${baseline} (${formatValue('unmetDemandShare', shares.arm)} of it against ${formatValue('unmetDemandShare', shares.baseline)}, ${clear ? 'clearly' : 'on average, not in every future'}), which these figures do not weigh: clients not seen cost nothing in them.`;
}

/**
 * After an arm's value for money, where it and the baseline set a lever differently whose price is
 * 0 where it charges (unpricedDifferences: supervisor affirmation, supervision quality, shadowing
 * and paid time off by default, for want of evidence): the difference in cost between them leaves
 * out what that lever costs, whichever side sets more of it. A planner read affirmation alone as
 * saving money, the price said only in the header. Undefined otherwise, and for scenarios lacking
 * their fields (older results).
 */
export function freeLeverNote(arm: string, armScenario: unknown, baseline: string, baselineScenario: unknown): string | undefined {
  const readable = (s: unknown) => typeof (s as Scenario | undefined)?.policy === 'object' && typeof (s as Scenario | undefined)?.costs === 'object';
  if (!readable(armScenario) || !readable(baselineScenario)) return undefined;
  const unpriced = unpricedDifferences(baselineScenario as Scenario, armScenario as Scenario);
  if (unpriced.length === 0) return undefined;
  const levers = unpriced.map((u) => `${u.lever} (${u.scheduled ? 'set differently by scheduled changes' : `${differenceValue(u.baseline)} against ${differenceValue(u.arm)}`})`);
  const prices = [...new Set(unpriced.map((u) => u.price))];
  const one = unpriced.length === 1;
  return `The difference in cost between ${arm} and ${baseline} leaves out what ${andList(levers)} cost${one ? 's' : ''}: ${prices.length === 1 ? `its price, ${prices[0]}, is` : `their prices, ${andList(prices)}, are`} 0 (${zeroPriceReason(prices)}); --set ${prices[0]}=VALUE prices ${prices.length === 1 ? 'it' : 'the first'}.`;
}

/**
 * After an arm's value for money, where it and the baseline grant grief leave differently and a
 * leave day is priced: the leave is in the net cost as paid absence, at a share of a day's pay (the
 * work not done, or its cover), and not in the spending on the package, which the salaries
 * already pay. A planner read one grief-leave package as costing $27,746 a year (net cost) and $65
 * (spending). Undefined otherwise (freeLeverNote speaks for a share of 0), and for older results.
 */
export function griefLeaveNote(arm: string, armScenario: unknown, baseline: string, baselineScenario: unknown): string | undefined {
  const difference = griefLeaveDifference(arm, armScenario, baseline, baselineScenario);
  return difference && griefLeaveWords([difference], baseline);
}

/** An arm whose grief leave differs from the baseline's, as griefLeaveNote says it: its days beside the baseline's, and each one's wage share. */
interface GriefLeaveDifference {
  readonly arm: string;
  /** Its days on day 0 ("2 days"), undefined where only scheduled changes set them differently. */
  readonly days: string | undefined;
  /** Its days and the baseline's differ on day 0 and in scheduled changes. */
  readonly changes: boolean;
  readonly baselineDays: number;
  readonly share: number;
  readonly baselineShare: number;
}

/** How arm `arm`'s grief leave differs from the baseline's, where griefLeaveNote has something to say; undefined otherwise. */
function griefLeaveDifference(arm: string, armScenario: unknown, baseline: string, baselineScenario: unknown): GriefLeaveDifference | undefined {
  const share = (s: unknown) => (s as Scenario | undefined)?.costs?.griefLeaveDayWageShare;
  const readable = (s: unknown) => typeof share(s) === 'number' && typeof (s as Scenario).policy?.grief?.leaveDays === 'number';
  if (!readable(armScenario) || !readable(baselineScenario)) return undefined;
  const [a, b] = [armScenario as Scenario, baselineScenario as Scenario];
  if (!setsDifferently(b, a, 'policy.grief.leaveDays') || !(share(a)! > 0) || !(share(b)! > 0)) return undefined;
  // Each value by its arm's name: "0 against 2 days" after "arm and baseline" read backwards.
  const sameDayZero = a.policy.grief.leaveDays === b.policy.grief.leaveDays;
  // Changes that move the leave, not any change of the arms (a float pool changed on day 20 was said to change the leave too).
  const moves = (s: Scenario) => JSON.stringify(leverSchedule(s, 'policy.grief.leaveDays').slice(1));
  return { arm, days: sameDayZero ? undefined : `${a.policy.grief.leaveDays} days`, changes: moves(a) !== moves(b), baselineDays: b.policy.grief.leaveDays, share: share(a)!, baselineShare: share(b)! };
}

/** griefLeaveNote's words for one or more arms against the same baseline. */
function griefLeaveWords(arms: readonly GriefLeaveDifference[], baseline: string): string {
  const one = arms.length === 1;
  const changes = (a: GriefLeaveDifference) => (a.changes ? ' on day 0, and by scheduled changes' : '');
  const days = one
    ? arms[0].days === undefined
      ? 'set differently by scheduled changes'
      : `${arms[0].arm} ${arms[0].days}, ${baseline} ${arms[0].baselineDays}${changes(arms[0])}`
    : `${arms.map((a) => `${a.arm} ${a.days === undefined ? 'set differently by scheduled changes' : `${a.days}${changes(a)}`}`).join(', ')}, ${baseline} ${arms[0].baselineDays}`;
  const shares = [...arms.map((a) => a.share), arms[0].baselineShare];
  const sharesSaid = shares.every((x) => x === shares[0]) ? `${shares[0]}` : [...arms.map((a) => `${a.arm} ${a.share}`), `${baseline} ${arms[0].baselineShare}`].join(', ');
  const who = one ? `${arms[0].arm} and ${baseline} grant different grief leave` : `${andList(arms.map((a) => a.arm))} each grant different grief leave from ${baseline}`;
  return `${who} (policy.grief.leaveDays: ${days}): the leave's workdays are in the net cost as paid absence, each at costs.griefLeaveDayWageShare (${sharesSaid}) of a day's pay (the work not done, or its cover), and not in the spending on the package, which salaries already pay; where nobody covers the leave, --set costs.griefLeaveDayWageShare=0 counts nothing for it, as paid time off counts nothing by default (costs.ptoDayWageShare 0).`;
}

/**
 * griefLeaveNote for each arm of a comparison against one baseline, said once: the first arm it
 * concerns gets the note naming every arm it concerns (compare --levers ran opt-out-support and
 * opt-out-support:grief, and the same long note stood under both), and each later one a pointer to
 * it, in words that read alike in the terminal's paragraphs and the report's list ("as the note
 * under X's value for money says" read oddly in a list item). Undefined for an arm it does not concern.
 */
export function griefLeaveNotes(arms: readonly { readonly label: string; readonly scenario: unknown }[], baseline: string, baselineScenario: unknown): (string | undefined)[] {
  const differences = arms.map((a) => griefLeaveDifference(a.label, a.scenario, baseline, baselineScenario));
  const concerned = differences.filter((d): d is GriefLeaveDifference => d !== undefined);
  if (concerned.length === 0) return arms.map(() => undefined);
  const first = concerned[0].arm;
  return differences.map((d) => (d === undefined ? undefined : d.arm === first ? griefLeaveWords(concerned, baseline) : `${d.arm}'s grief leave is in its net cost as paid absence, not in its spending on the package, as said above for ${first}.`));
}

/**
 * After an arm's value for money, where it avoids departures and spends more on its package: what
 * each departure avoided costs in that spending alone (the cash a budget pays), apart from the
 * replacement savings and paid absence the net cost also counts. A planner's director would have quoted $3,340 per
 * departure avoided, net of modelled savings, for a package whose cash came to $16,900 each.
 * `spending` is the arm's change in spending on its package a year, whole team. Undefined otherwise.
 * Where value for money is discounted, the spending (a budget's cash, undiscounted) is set against
 * the undiscounted departures avoided, `undiscountedAvoided` (the mean paired difference in
 * leaversPerYear), not against the discounted ones: a ratio of one of each would be neither
 * figure; without it, nothing is said.
 * `futures`: where a budget's figures (and compare's spending line) leave out futures whose
 * spending the replications' figures cannot rebuild (budgetFitOfMetrics), how many futures there
 * are and how many it counts: `spending` is over every future, as the departures avoided are (a
 * ratio of spending over some futures to departures over all would be neither's), and the note
 * says so, where the spending figure beside it would otherwise read as a slip.
 */
export function spendingPerDepartureNote(arm: string, spending: number, v: ValueForMoney, undiscountedAvoided?: number, futures?: { readonly all: number; readonly counted: number }): string | undefined {
  const discounted = v.discountRate !== undefined && v.discountRate > 0;
  const avoided = discounted ? undiscountedAvoided : v.departuresAvoided;
  if ((v.reading !== 'fewer-leavers-at-a-cost' && v.reading !== 'fewer-leavers-and-no-cost') || !(spending > 0) || avoided === undefined || !(avoided > 0)) return undefined;
  const both = discounted ? ', both undiscounted' : '';
  const left = futures ? futures.all - futures.counted : 0;
  const over = left > 0 ? `, both over all ${futures!.all} futures, where a budget's spending figures leave out the ${left === 1 ? 'one' : left} whose spending the replications' figures cannot rebuild` : '';
  return `In its spending on the package alone (${money(spending)} a year more, the cash a budget pays), ${arm} pays ${valueWords(spending / avoided)} for each departure avoided (the spending a year over the departures avoided a year${both}${over}); the net cost above also counts replacing leavers, paid absence and vacant seats.`;
}
