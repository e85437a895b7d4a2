import { scenarioField } from '../../scenarios/schema';
import { fieldAt, type NumberField, type ObjectField } from '../../sim/params/fields';
import { MAX_TEAM } from './config';

// The widest figure the app's cost line can show, from the cost model (models/costs.ts) at the app's prices (the
// schema's, which the app does not change) and its largest team. The widest is a rate over a single day, as the figures
// since a change read on the day after it: 365 times that day's cost. What one day can cost most is replacing leavers,
// each a share of a year's salary (costs.replacementCostFraction); nothing stops every seat of a team leaving on one day.
// The other parts come to a few hundred dollars a seat a day (about $540 at the most costly settings, against $18,150
// to replace a leaver), which the held figure's 8s in every digit leave room for; the widest saving, every funded seat
// vacant, is a year of their salaries, fewer digits than this.

const numberAt = (path: string) => fieldAt(scenarioField, path.split('.')) as NumberField;

/** Seats of the largest team the app runs: its most funded seats, with the most the extra-staff box allows added. */
export const LARGEST_TEAM_SEATS = MAX_TEAM + Math.round(MAX_TEAM * numberAt('policy.staffing.extraSeatShare').max);

/** What replacing one leaver costs at most: the share of the best-paid role's salary. */
function leaverReplacement(): number {
  const factors = Object.values((fieldAt(scenarioField, ['costs', 'roleSalaryFactor']) as ObjectField).properties).map((f) => (f as NumberField).default);
  return numberAt('costs.replacementCostFraction').default * numberAt('costs.salary').default * Math.max(...factors);
}

/** The cost a year, read over a single day on which every seat of the largest team leaves. */
export const WIDEST_COST_RATE = 365 * LARGEST_TEAM_SEATS * leaverReplacement();

/** A figure at least as wide as any the cost line shows: negative, with as many digits as the widest rate, each an 8 (a wide digit). */
export const WIDEST_COST_FIGURE = -Number('8'.repeat(String(Math.ceil(WIDEST_COST_RATE)).length));
