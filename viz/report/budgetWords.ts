import type { ArmBudgetFit, BudgetFit, LeftOutFuture, SpendingGap } from '../../models/budgetFit';
import type { SpendingYear } from '../../models/spendingByYear';
import { andList } from '../../sim/text/andList';
import { isFewReps } from './differences';
import { formatValue } from './metricFormat';
import { bestCaveatWords, rangeWords, type BestCaveats } from './valueForMoneyWords';

// `compare --budget` and the years of a long horizon in words, alike under `cfsim compare` and in
// the HTML report.

/** Whole money, as the tables show it: "$60,000", "−$3,844". */
const money = (x: number) => formatValue('teamCostPerYear', x);

const signed = (x: number) => (x >= 0 ? `+${money(x)}` : money(x));

/**
 * What the budget is set against: "the spending on each package", "the spending on
 * opt-out-support" (one arm beside the baseline), and where the arms are scenario files "the
 * spending on each scenario's package" ("each package's spending on the package" repeated itself).
 */
function spendingOnWords(one: string, sole: string | undefined): string {
  if (one === 'package') return `the spending on ${sole ?? 'each package'}`;
  return `the spending on ${sole ? `${sole}'s` : `each ${one}'s`} package`;
}

/** The horizon a budget line is said over: its days, and its years where it is longer than a year (spendingByYear). */
export interface BudgetHorizon {
  readonly days?: number;
  readonly years?: readonly SpendingYear[];
}

/** How one arm sits against the budget: on average, and in the futures where they part from it. */
function armFitWords(a: ArmBudgetFit, perYear: number, years: readonly SpendingYear[] = []): string {
  const margin = money(Math.abs(perYear - a.overBaselinePerYear));
  const over = a.futures - a.futuresWithin;
  const fit =
    a.futuresWithin === a.futures
      ? `within budget in all ${a.futures} futures (${margin} a year to spare on average)`
      : over === a.futures
        ? `over budget in all ${a.futures} futures (by ${margin} a year on average)`
        : a.withinBudget
          ? `within budget on average (${margin} a year to spare), but over it in ${over} of ${a.futures} futures`
          : `over budget on average (by ${margin} a year), though within it in ${a.futuresWithin} of ${a.futures} futures`;
  // A year over the budget matters where the horizon's mean is within it.
  const named = a.withinBudget ? (a.yearsOver ?? []) : [];
  const yearly = named.length === 0 ? '' : `; taken ${named.length === 1 ? 'alone' : 'each alone'}, ${named.length === 1 ? 'year' : 'years'} ${andList(named.map(String))} ${named.length === 1 ? 'is' : 'are'} over it on average${partYearBudgetWords(named, perYear, years)}`;
  return `${a.policy} ${signed(a.overBaselinePerYear)} a year, ${fit}${yearly}`;
}

/**
 * A last part-year among `named` (years over the budget) is judged against the budget for its days
 * (budgetFit): " (year 3's budget pro-rated: $30,000 for its 182 days)", or "" for none.
 */
function partYearBudgetWords(named: readonly number[], perYear: number, years: readonly SpendingYear[]): string {
  const part = years.find((y) => y.days < 365 && named.includes(y.year));
  if (!part) return '';
  const whose = named.length === 1 ? 'its' : `year ${part.year}'s`;
  return ` (${whose} budget pro-rated: ${money((perYear * part.days) / 365)} for its ${part.days} day${part.days === 1 ? '' : 's'})`;
}

/** Why a future's spending could not be rebuilt, as the one arm's in question. */
const GAP_WORDS: Record<SpendingGap, string> = {
  nobodyInPost: 'nobody was in post all run, and what the float pool then cost was not kept',
  noCost: "the whole team's cost came to 0, and there were no leavers, or no leavers' figures, to recover the team's size from",
};

/**
 * The futures every figure of the budget leaves out, where the results cannot rebuild some arm's
 * spending in them (results written by an older version; or, where the whole team's cost came to
 * exactly 0 with no leavers, results of any version, which compare counted from the daily series
 * that replications.csv does not keep), so that a count "in all 6 futures" of a
 * run of 8 is not read as the whole: which futures, whose spending (the baseline's named as such,
 * since every arm loses it) and why, then that every figure, the baseline's own too, is of the
 * rest. "" for none.
 */
function leftOutWords(fit: BudgetFit): string {
  const left = fit.futuresLeftOut ?? [];
  if (left.length === 0) return '';
  const kept = fit.arms[0]?.futures ?? 0;
  const total = futuresCounted(fit);
  const said = leftOutGroups(fit);
  const futures = (n: number) => `${n} future${n === 1 ? '' : 's'}`;
  // The years taken alone come from summary.json's spendingByYear, the daily series' means over every future.
  const yearsNamed = fit.arms.some((a) => a.withinBudget && (a.yearsOver ?? []).length > 0);
  const years = yearsNamed ? `, but for the years taken alone, which are of all ${total} futures` : '';
  // Only a nobody-in-post gap is always an older version's; a whole cost of exactly 0 with no leavers can come from any.
  const older = left.every((f) => f.missing.every((m) => m.why === 'nobodyInPost')) ? ', written by an older version of CFSim,' : '';
  return `Left out: ${left.length} of the ${futures(total)}, where these results${older} lack what the spending on a package is rebuilt from: ${said.join('; ')}. Every figure of this budget, ${fit.baseline}'s own included, is of the remaining ${futures(kept)}${years}.`;
}

/** Each group of left-out futures alike in whose spending is missing and why: "replications 3 and 5, a's (...)". */
function leftOutGroups(fit: BudgetFit): string[] {
  const groups = new Map<string, { replications: number[]; future: LeftOutFuture }>();
  for (const future of fit.futuresLeftOut ?? []) {
    const key = JSON.stringify(future.missing);
    const group = groups.get(key) ?? { replications: [], future };
    group.replications.push(future.replication);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ replications, future }) => `${replications.length === 1 ? 'replication' : 'replications'} ${andList(replications.map(String))}, ${missingWords(future, fit.baseline)}`);
}

/**
 * After compare's spending-on-the-package figures, where the one decision a budget makes
 * (budgetFitOfMetrics) leaves futures out: that those figures leave them out too, which and why,
 * so that the line and a budget's paragraph are of the same futures. "" for none.
 */
export function spendingLeftOutSentence(fit: BudgetFit): string {
  const left = fit.futuresLeftOut ?? [];
  if (left.length === 0) return '';
  const kept = fit.arms[0]?.futures ?? 0;
  return `These figures are of ${kept} of the ${futuresCounted(fit)} futures, as a budget's (--budget) and cfsim report's are: left out, ${leftOutGroups(fit).join('; ')}, whose spending on the package the replications' figures cannot rebuild.`;
}

/** How many futures the results hold (`all`) and how many of them a budget's figures count (`counted`): spendingPerDepartureNote's `futures`. */
export function budgetFutures(fit: BudgetFit): { all: number; counted: number } {
  return { all: futuresCounted(fit), counted: fit.arms[0]?.futures ?? 0 };
}

/** The futures the results hold: those the budget counts and those it leaves out. */
function futuresCounted(fit: BudgetFit): number {
  return (fit.arms[0]?.futures ?? 0) + (fit.futuresLeftOut?.length ?? 0);
}

/**
 * Whose spending a left-out future lacks, and why: "status-quo's, the baseline's (nobody was in
 * post all run, ...)"; the baseline's last where others share its reason ("a's and status-quo's,
 * the baseline's": first, "status-quo's, the baseline's and a's" read as three arms).
 */
function missingWords(future: LeftOutFuture, baseline: string): string {
  const byWhy = new Map<string, string[]>();
  const inOrder = [...future.missing.filter((m) => m.policy !== baseline), ...future.missing.filter((m) => m.policy === baseline)];
  for (const { policy, why } of inOrder) byWhy.set(why ?? '', [...(byWhy.get(why ?? '') ?? []), policy === baseline ? `${policy}'s, the baseline's` : `${policy}'s`]);
  return andList([...byWhy].map(([why, whose]) => `${andList(whose)} (${why ? GAP_WORDS[why as SpendingGap] : 'it could not be rebuilt'})`));
}

/** What the yearly figures are taken over: "averaged over the horizon", or under a year "the yearly rate over the horizon's 182 days". */
function overHorizonWords(days: number | undefined): string {
  return days !== undefined && days < 365 ? `the yearly rate over the horizon's ${days} day${days === 1 ? '' : 's'}` : 'averaged over the horizon';
}

/**
 * After the comparisons, with --budget: each arm's spending on its package beyond the baseline's
 * against the budget, then which arm within it is best on average by the value of a departure
 * avoided. `one`: "package" or "scenario"; `discounted`: value for money is (costs.discountRate
 * above 0), so the budget's cash, never discounted, says so; `caveats`: as the comparison's own
 * "Best on average" gives them, said again for the arms named best within the budget (a planner
 * reads this sentence as the answer, without the one above). Where every arm is within the budget,
 * that best is the comparison's own, so it says so once instead of repeating it. `horizon`: its
 * days (under a year the yearly figures are a rate over them) and its years (a last part-year over
 * the budget is judged against the budget pro-rated to its days). `bestAbove`: false where no
 * "Best on average" precedes it (a report of results without replications.csv), so that the best
 * within the budget is said in full even where every arm is within it.
 */
export function budgetSentences(fit: BudgetFit, reps: number, one: string, discounted = false, caveats: BestCaveats = {}, horizon: BudgetHorizon = {}, bestAbove = true): string[] {
  // One arm beside the baseline is named ("each package's", "Every package" read as if there were several).
  const sole = fit.arms.length === 1 ? fit.arms[0].policy : undefined;
  let lead =
    `Budget of ${money(fit.perYear)} a year for staff support, set against ${spendingOnWords(one, sole)} a year beyond ${fit.baseline}'s (whole team, the cash a budget pays: pay and benefits, programmes and training, support sessions, added and float staff; ${discounted ? 'undiscounted, ' : ''}${overHorizonWords(horizon.days)}; ${fit.baseline}'s own ${money(fit.baselineSpendingPerYear)} a year is taken as already funded)` +
    `${isFewReps(reps) ? `, indicative only from ${reps} replications` : ''}: ${fit.arms.map((a) => armFitWords(a, fit.perYear, horizon.years)).join('; ')}.`;
  const within = [fit.baseline, ...fit.arms.filter((a) => a.withinBudget).map((a) => a.policy)];
  const left = leftOutWords(fit);
  if (left) lead += ` ${left}`;
  const best = fit.bestOnAverage;
  if (within.length === 1) {
    // "d is not within the budget: it affords only status-quo" read as d affording only status-quo; and d may be within it in some futures.
    return [lead, sole ? `The budget affords only ${fit.baseline}, the baseline: ${sole} is over it on average.` : `No ${one} is within the budget: it affords only ${fit.baseline}, the baseline.`];
  }
  if (!best) return [lead];
  if (bestAbove && fit.arms.every((a) => a.withinBudget)) return [lead, `${sole ? `${sole} is` : `Every ${one} is`} within the budget on average, so the best on average within it is the best on average above.`];
  const each = best.map(({ policies, from, to }) => `${policies.length === 1 ? policies[0] : `${andList(policies)} (the same on average)`} ${rangeWords(from, to)}`);
  // Value for money is of every future (the replications hold every arm's cost and leavers), where the budget left some out.
  const overAll = fit.futuresLeftOut?.length ? `, over all ${futuresCounted(fit)} futures${bestAbove ? ', as in Best on average above' : ''}` : '';
  return [lead, `Best on average within the budget (among ${andList(within)}), by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against ${fit.baseline}${overAll}): ${each.join('; ')}.${bestCaveatWords(best, caveats)}`];
}

/**
 * Over a horizon longer than a year: each arm's spending on its package year by year, and the net
 * cost of each arm after the first against it, in one sentence (saying they are undiscounted
 * where value for money is discounted).
 */
export function spendingByYearSentence(years: readonly SpendingYear[], discounted = false): string {
  const label = (y: SpendingYear) => (y.days === 365 ? `year ${y.year}` : `year ${y.year} (${y.days} days)`);
  const arms = years[0].policies.map((p) => p.policy);
  const spending = arms.map((policy, k) => `${policy} ${years.map((y) => money(y.policies[k].spending)).join(', ')}`);
  const net = arms.slice(1).map((policy, k) => `${policy} ${years.map((y) => signed(y.policies[k + 1].netCost)).join(', ')}`);
  return (
    `Year by year (${years.map(label).join(', ')}; means over the futures${discounted ? ', undiscounted' : ''}), spending on the package: ${spending.join('; ')}.` +
    (net.length > 0 ? ` Net cost against ${arms[0]} (the whole team's cost beyond the funded salaries, less ${arms[0]}'s): ${net.join('; ')}.` : '') +
    partYearNote(years)
  );
}

/** A part-year's figures are what it spent in its days: beside whole years' they read as a fall that is not one. */
function partYearNote(years: readonly SpendingYear[]): string {
  const part = years.filter((y) => y.days !== 365);
  if (part.length === 0) return '';
  return ` ${andList(part.map((y) => `Year ${y.year}'s`))} figures are for its ${andList(part.map((y) => String(y.days)))} days, not a year's rate.`;
}

/**
 * Under the net-benefit table of `--value-per-departure`, with --budget: the table weighs every
 * arm, the budget aside, so the arms over it on average are named (a table whose highest net
 * benefit is over the budget read as a recommendation). Undefined where every arm is within it.
 */
export function netBenefitBudgetNote(fit: BudgetFit, one: string): string | undefined {
  const over = fit.arms.filter((a) => !a.withinBudget).map((a) => a.policy);
  if (over.length === 0) return undefined;
  // One arm beside the baseline: "weighs every package, within the budget or not" read as if there were several.
  if (fit.arms.length === 1) return `This table weighs ${over[0]} against ${fit.baseline}, though it is over the budget of ${money(fit.perYear)} a year on average (see the budget above).`;
  return `This table weighs every ${one}, within the budget of ${money(fit.perYear)} a year or not: ${andList(over)} ${over.length === 1 ? 'is' : 'are'} over it on average (see the budget above).`;
}
