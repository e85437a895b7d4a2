import { scenarioField } from '../../scenarios/schema';
import { fieldAt, type NumberField, type ObjectField } from '../../sim/params/fields';
import { MAX_DAY, MAX_TEAM } from './config';

// The widest figure the app's cost line can show, from the cost model (models/costs.ts) at the app's prices (the
// schema's, which the app does not change) and its largest team. The widest is a rate over a single day, as the figures
// since a change read on the day after it: 365 times that day's cost. What one day can cost most is replacing leavers,
// each a share of a year's salary (costs.replacementCostFraction); nothing stops every seat of a team leaving on one day.
// The other parts come to a few hundred dollars a seat a day: at the schema's most costly settings at most about $875
// (the float pool's and the added seats' salaries, $291 a seat; a day's sick or grief leave, $211; a supervision
// session, a debrief and a check-in, $190; the raise, benefits and therapy, $170; the programmes, $12), about $615 on
// the costliest day of a run so set (seed 1, 1,000 days), against $18,150 to replace a leaver. Beside every seat's
// replacement and the widest saving, the held figure's 8s in every digit leave room for about $32,500 a seat a day.
// The widest saving, every funded seat vacant, is a year of their salaries, fewer digits than this, and is held for as
// such (WIDEST_SAVING_FIGURE): in compare mode one team's figure may be the widest cost and the other's the widest
// saving, B against A their sum.

const numberAt = (path: string) => fieldAt(scenarioField, path.split('.')) as NumberField;

/** Seats of the largest team the app runs: its most funded seats, with the most the extra-staff box allows added. */
export const LARGEST_TEAM_SEATS = MAX_TEAM + Math.round(MAX_TEAM * numberAt('policy.staffing.extraSeatShare').max);

/** Each role's salary as a multiple of costs.salary, at the schema's prices. */
const roleFactors = () => Object.values((fieldAt(scenarioField, ['costs', 'roleSalaryFactor']) as ObjectField).properties).map((f) => (f as NumberField).default);

/** What replacing one leaver costs at most: the share of the best-paid role's salary. */
function leaverReplacement(): number {
  return numberAt('costs.replacementCostFraction').default * numberAt('costs.salary').default * Math.max(...roleFactors());
}

/** The cost a year, read over a single day on which every seat of the largest team leaves. */
export const WIDEST_COST_RATE = 365 * LARGEST_TEAM_SEATS * leaverReplacement();

/**
 * The saving a year, read over a single day on which every funded seat of the largest team is vacant at the best-paid
 * role's salary (costs.vacantSalarySaved of it): the vacancy part is the cost's only negative one, and only funded seats
 * save (an added seat's salary is counted while filled).
 */
export const WIDEST_SAVING_RATE =
  MAX_TEAM * numberAt('costs.vacantSalarySaved').default * numberAt('costs.salary').default * Math.max(...roleFactors());

/** A figure of `rate`'s digits, each an 8 (a wide digit). */
const eights = (rate: number) => Number('8'.repeat(String(Math.ceil(rate)).length));

/** A figure at least as wide as any cost the cost line shows: as many digits as the widest rate. */
export const WIDEST_COST_FIGURE = eights(WIDEST_COST_RATE);

/**
 * A figure at least as wide as any saving the cost line shows: negative, as many digits as the widest saving (not the
 * widest cost's: held that wide, and in compare mode their difference a digit wider, neither of which the model allows,
 * the room took a line more than any wording at 1024 px).
 */
export const WIDEST_SAVING_FIGURE = -eights(WIDEST_SAVING_RATE);

/**
 * The most separations a team can count over the app's run: a seat whose worker leaves is vacant at least the next day
 * (its replacement hired that night starts the day after, models/schedule/turnover.ts), so each seat of the largest team
 * sees a leaver at most every other day of the MAX_DAY days.
 */
export const MOST_SEPARATIONS = LARGEST_TEAM_SEATS * Math.ceil(MAX_DAY / 2);

/**
 * A count at least as wide as any difference in separations the cost line shows (one team's all, the other's none),
 * since 0.41.0: held at 88, "288 fewer separations" of a long run was wider than the room.
 */
export const WIDEST_SEPARATIONS = eights(MOST_SEPARATIONS);
