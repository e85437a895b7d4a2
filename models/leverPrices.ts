import { defaultsOf, valueAt } from '../sim/params/fields';
import { scenarioPeriods } from '../scenarios/changes';
import { costsField, type Scenario } from '../scenarios/schema';
import { andList } from '../sim/text/andList';

// MODEL.md §5: every lever has a price (costs.*), which the cost series charges (models/costs.ts).
// Some prices default to 0 because no seed gives one; a comparison of packages that set such a
// lever differently then shows no cost for it, and says so.

/** Each lever with a spend of its own, and the costs field that prices it. */
export const LEVER_PRICES = [
  ['policy.supervision.mode', 'costs.supervisionSession'],
  ['policy.supervision.intervalDays', 'costs.supervisionSession'],
  ['policy.supervision.quality', 'costs.supervisionQuality'],
  ['policy.supervision.affirmation', 'costs.affirmation'],
  ['policy.debrief.mode', 'costs.singleSessionDebrief'],
  ['policy.debrief.mode', 'costs.ongoingProcessing'],
  ['policy.debrief.after', 'costs.singleSessionDebrief'],
  ['policy.grief.leaveDays', 'costs.salary'],
  ['policy.grief.leaveDays', 'costs.griefLeaveDayWageShare'],
  ['policy.grief.checkIn', 'costs.griefCheckIn'],
  ['policy.staffing.extraSeatShare', 'costs.salary'],
  ['policy.staffing.floatPool', 'costs.floatPremium'],
  ['policy.compensation.payRaise', 'costs.salary'],
  ['policy.compensation.therapyAccess', 'costs.therapyAccess'],
  ['policy.compensation.ptoDaysPerYear', 'costs.ptoDayWageShare'],
  ['policy.compensation.benefits', 'costs.benefits'],
  ['policy.training.traumaInformed', 'costs.trainingCourse'],
  ['policy.training.boundarySetting', 'costs.trainingCourse'],
  ['policy.training.deEscalation', 'costs.trainingCourse'],
  ['policy.training.systemNavigation', 'costs.trainingCourse'],
  ['policy.training.shadowingDays', 'costs.shadowingDayWageShare'],
  ['policy.peerSupport.cohesionActivities', 'costs.cohesionActivities'],
  ['policy.peerSupport.structuredPeerSupport', 'costs.structuredPeerSupport'],
  ['policy.peerSupport.livedExperienceSupport', 'costs.livedExperienceSupport'],
  ['policy.stigmaReduction.education', 'costs.stigmaEducation'],
  ['policy.stigmaReduction.socialContact', 'costs.socialContact'],
  ['policy.resilience.mindfulness', 'costs.mindfulness'],
  ['policy.afterHours.phoneOff', 'costs.phoneOff'],
] as const;

/** A lever that the run sets to more than one value while a scenario of it prices the lever at 0. */
export interface UnpricedLever {
  readonly lever: string;
  readonly price: string;
  /** The arms after the first whose values of the lever (with their scheduled changes) differ from the first's, by name (`policy.name`). */
  readonly setBy: readonly string[];
}

/** A scenario and the scenarios its scheduled changes put in force (results of old versions may lack changes). */
function statesOf(scenario: Scenario): Scenario[] {
  return [scenario, ...(Array.isArray(scenario.changes) ? scenarioPeriods(scenario).map((period) => period.scenario) : [])];
}

/**
 * Whether `price` is 0 in `scenario` where it charges anything: the debrief's two prices each
 * charge one mode (a single-session debrief's price is nothing to a team that processes daily).
 */
function isFreeIn(scenario: Scenario, price: string): boolean {
  if (valueAt(scenario, price) !== 0) return false;
  const mode = PRICED_MODE[price];
  return mode === undefined || statesOf(scenario).some((s) => s.policy.debrief.mode === mode);
}

/** The debrief mode each of its prices charges. */
const PRICED_MODE: Readonly<Record<string, string>> = { 'costs.singleSessionDebrief': 'single-session', 'costs.ongoingProcessing': 'ongoing' };

/** A lever two arms set differently whose price is 0 where it charges (see unpricedDifferences). */
export interface UnpricedDifference {
  readonly lever: string;
  readonly price: string;
  /** Each arm's value on day 0. */
  readonly baseline: unknown;
  readonly arm: unknown;
  /** Whether they differ in it only through their scheduled changes (the same value on day 0). */
  readonly scheduled: boolean;
}

/**
 * The levers `arm` and `baseline` set differently, day 0 or scheduled changes with their days,
 * whose price is 0 in either where it charges: the difference in cost between them leaves out
 * what the lever costs, whichever sets more of it. One entry per lever (its first such price).
 */
export function unpricedDifferences(baseline: Scenario, arm: Scenario): UnpricedDifference[] {
  const found = LEVER_PRICES.filter(([lever, price]) => setsDifferently(baseline, arm, lever) && (isFreeIn(baseline, price) || isFreeIn(arm, price))).map(
    ([lever, price]): UnpricedDifference => {
      const [from, to] = [valueAt(baseline, lever), valueAt(arm, lever)];
      return { lever, price, baseline: from, arm: to, scheduled: JSON.stringify(from) === JSON.stringify(to) };
    },
  );
  return found.filter((u, i) => found.findIndex((v) => v.lever === u.lever) === i);
}

/**
 * Whether two arms set `lever` differently on day 0 or by their scheduled changes (the day of a
 * change included). Only the changes that move the lever count: an arm whose changes set other
 * fields keeps the lever as it was (said 'set differently by scheduled changes' of every unpriced
 * lever, an arm changed only its float pool).
 */
export function setsDifferently(baseline: Scenario, arm: Scenario, lever: string): boolean {
  return JSON.stringify(leverSchedule(baseline, lever)) !== JSON.stringify(leverSchedule(arm, lever));
}

/** The lever's value on day 0, then each day a scheduled change moves it and the value it moves to. */
export function leverSchedule(scenario: Scenario, lever: string): unknown[] {
  const schedule: unknown[] = [valueAt(scenario, lever)];
  let current = JSON.stringify(schedule[0]);
  for (const period of Array.isArray(scenario.changes) ? scenarioPeriods(scenario) : []) {
    const value = valueAt(period.scenario, lever);
    if (JSON.stringify(value) === current) continue;
    current = JSON.stringify(value);
    schedule.push([period.day, value]);
  }
  return schedule;
}

/**
 * The levers whose spend the cost outcomes leave out: set to different values across `arms`
 * (the packages or scenarios compared) or across the scheduled changes of one, and priced at 0
 * in at least one arm where the price charges (isFreeIn). With a single value, a lever's missing price shifts no comparison.
 */
export function unpricedLevers(arms: readonly Scenario[]): UnpricedLever[] {
  const valuesOf = (arm: Scenario, lever: string) => statesOf(arm).map((s) => JSON.stringify(valueAt(s, lever)));
  const found = LEVER_PRICES.filter(
    ([lever, price]) => new Set(arms.flatMap((arm) => valuesOf(arm, lever))).size > 1 && arms.some((arm) => isFreeIn(arm, price)),
  ).map(([lever, price]) => {
    const baseline = [...new Set(valuesOf(arms[0], lever))].sort().join();
    const setBy = arms.slice(1).filter((arm) => [...new Set(valuesOf(arm, lever))].sort().join() !== baseline).map((arm) => arm.policy.name);
    return { lever, price, setBy };
  });
  // A lever with two prices (the debrief's mode) is named once, with its first price at 0.
  return found.filter((u, i) => found.findIndex((v) => v.lever === u.lever) === i);
}


const DEFAULT_PRICES: Readonly<Record<string, unknown>> = defaultsOf(costsField);

/** Whether a price (`costs.affirmation`) is 0 by default, for want of evidence, rather than set to 0 by a scenario. */
export function unpricedByDefault(price: string): boolean {
  return DEFAULT_PRICES[price.replace(/^costs\./, '')] === 0;
}

/** Why the prices are 0: "(the default, as none of the seed studies gives a price)", or that the scenario set them so. */
export function zeroPriceReason(prices: readonly string[]): string {
  const byDefault = prices.filter(unpricedByDefault);
  if (byDefault.length === prices.length) return 'the default, as none of the seed studies gives a price';
  if (byDefault.length === 0) return 'as the scenario file or --set gives it';
  const rest = prices.length - byDefault.length;
  return `${andList(byDefault)} by default, as none of the seed studies gives a price, ${rest === 1 ? 'the other as the scenario file or --set gives it' : 'the others as the scenario file or --set gives them'}`;
}

/**
 * Says which levers the cost leaves out, who sets them differently from `baseline` (the first
 * arm's name), and why (for one or more unpriced levers), naming each lever by `name` (its field
 * path by default).
 */
export function unpricedSentence(unpriced: readonly UnpricedLever[], baseline: string, name: (lever: string) => string = (lever) => lever): string {
  const prices = [...new Set(unpriced.map((u) => u.price))];
  const priced = prices.length > 1 ? `their prices (${andList(prices)}) are 0` : `${unpriced.length === 1 ? 'its' : 'their'} price, ${prices[0]}, is 0`;
  const setBy = [...new Set(unpriced.flatMap((u) => u.setBy))];
  // Without another arm that differs, the lever changes within one arm's scheduled changes.
  const who = setBy.length > 0 ? `which ${andList(setBy)} set${setBy.length === 1 ? 's' : ''} differently from ${baseline}` : 'which the scheduled changes set differently';
  return `Cost per worker-year counts nothing for ${andList(unpriced.map((u) => name(u.lever)))}, ${who}: ${priced} (${zeroPriceReason(prices)})`;
}
