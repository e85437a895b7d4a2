import type { ModelParameters } from './parameters';
import { TALLY } from './tally';
import { STATUS } from './workforce';
import type { World } from './world';

// MODEL.md §5: every lever has a cost, and separations and absences cost too, so planners see
// outcomes per dollar. Base salaries of the funded seats are not counted (they are the same
// under every package); salaries of added seats and float staff are. The caseload cap, the
// hiring delay and the working week have no spend of their own: what they cost shows in unmet
// demand, vacancies and the workers' states. Levers priced at 0 by default (no seed gives a
// price) are listed by unpricedLevers when a run sets them differently. The cost is kept in six
// parts, each its own daily series and metric (models/costParts.ts says what each counts).

const WEEKS_PER_YEAR = 365 / 7;

/**
 * Writes what today cost the organization beyond base salaries into today's tally, part by part
 * (the grouping of models/costParts.ts), and the total as the sum of the parts.
 */
function chargeCostParts(p: ModelParameters, today: Float64Array, headcount: number, extraSeatsFilled: number): void {
  const k = p.scenario.costs;
  const wage = k.salary / (WEEKS_PER_YEAR * p.workdaysPerWeek); // pay for one workday
  const sessions = p.supervisionMode === 2 ? today[TALLY.sessionsOffered] : today[TALLY.sessionsAttended];
  const pay = headcount * p.dailyPayCost;
  const programmes = headcount * p.dailyProgrammeCost;
  const supportSessions =
    sessions * k.supervisionSession +
    sessions * k.supervisionQuality * p.supervisionQuality +
    today[TALLY.debriefs] * k.singleSessionDebrief +
    today[TALLY.checkIns] * k.griefCheckIn;
  const staffing = (extraSeatsFilled * k.salary) / 365 + (p.floatStaff * k.salary * k.floatPremium) / 365;
  const turnover = today[TALLY.separations] * k.replacementCostFraction * k.salary + today[TALLY.hires] * p.shadowingDays * wage * k.shadowingDayWageShare;
  const absence = (today[TALLY.sickDays] + today[TALLY.griefLeaveDays]) * wage + today[TALLY.ptoDays] * wage * k.ptoDayWageShare;
  today[TALLY.payCost] = pay;
  today[TALLY.programmeCost] = programmes;
  today[TALLY.sessionCost] = supportSessions;
  today[TALLY.staffingCost] = staffing;
  today[TALLY.turnoverCost] = turnover;
  today[TALLY.absenceCost] = absence;
  today[TALLY.cost] = pay + programmes + supportSessions + staffing + turnover + absence;
}

/** Adds today's cost to the tally (after turnover, so today's separations are charged). */
export function chargeCosts(world: World): void {
  const { p, w, today } = world;
  const extraFilled = seatsFilled(w.status, p.baseSeats, w.size);
  chargeCostParts(p, today, seatsFilled(w.status, 0, p.baseSeats) + extraFilled, extraFilled);
}

/**
 * Seats from `from` to `to` − 1 that are not vacant. A function of its own, so that the loop's
 * compiled code has nothing after it (see deriveTeamState).
 */
function seatsFilled(status: Uint8Array, from: number, to: number): number {
  let filled = 0;
  for (let i = from; i < to; i++) if (status[i] !== STATUS.vacant) filled++;
  return filled;
}
