import type { ModelParameters } from './parameters';
import { TALLY } from './tally';
import { STATUS } from './workforce';
import type { World } from './world';

// MODEL.md §5: every lever has a cost, and separations and absences cost too, so planners see
// outcomes per dollar. Base salaries of the funded seats are counted as if every seat were filled,
// which is the same under every package, and so left out; what a vacant funded seat saves is
// counted (a negative part), since packages differ in vacancies. Salaries of added seats and float
// staff are counted while filled. The caseload cap, the
// hiring delay and the working week have no spend of their own: what they cost shows in unmet
// demand, vacancies and the workers' states. Levers priced at 0 by default (no seed gives a
// price) are listed by unpricedLevers when a run sets them differently. The cost is kept in seven
// parts, each its own daily series and metric (models/costParts.ts says what each counts).
// Each worker's pay is their role's costs.roleSalaryFactor times costs.salary wherever a particular
// worker is paid (replacement, absence, shadowing, vacant and added seats, a raise): the tallies
// weighted by it are summed where the counts are. Float staff have no role and are paid costs.salary.

const WEEKS_PER_YEAR = 365 / 7;

/**
 * Writes what today cost the organization beyond the funded seats' salaries at full staffing into
 * today's tally, part by part (the grouping of models/costParts.ts), and the total as the sum of the parts.
 */
function chargeCostParts(p: ModelParameters, today: Float64Array, headcount: number, salaries: SeatSalaries): void {
  const k = p.scenario.costs;
  const wage = k.salary / (WEEKS_PER_YEAR * p.workdaysPerWeek); // pay for one workday
  const sessions = p.supervisionMode === 2 ? today[TALLY.sessionsOffered] : today[TALLY.sessionsAttended];
  // A raise is a share of each worker's own salary: the second term moves it from costs.salary to the
  // workers' role salaries, and is 0 (the sum bit for bit the one before roles were paid apart) when every factor is 1.
  const pay = headcount * p.dailyPayCost + (salaries.filled - headcount) * p.dailyRaiseCost;
  // A hire's shadowing is training the package pays for, charged with the day's hires (the seat is
  // filled tonight and the hire starts tomorrow), for the shadowing the hire was hired with.
  const shadowing = today[TALLY.shadowingSalaryDaysHired] * wage * k.shadowingDayWageShare;
  const programmes = headcount * p.dailyProgrammeCost + shadowing;
  const supportSessions =
    sessions * k.supervisionSession +
    sessions * k.supervisionQuality * p.supervisionQuality +
    today[TALLY.debriefs] * k.singleSessionDebrief +
    today[TALLY.checkIns] * k.griefCheckIn;
  const staffing = (salaries.extraFilled * k.salary) / 365 + (p.floatStaff * k.salary * k.floatPremium) / 365;
  const turnover = today[TALLY.separationSalaries] * k.replacementCostFraction * k.salary;
  // At the default share of 1 the sum is the one before the price existed, bit for bit.
  const absence = (today[TALLY.sickSalaryDays] + today[TALLY.griefLeaveSalaryDays] * k.griefLeaveDayWageShare) * wage + today[TALLY.ptoSalaryDays] * wage * k.ptoDayWageShare;
  const vacancy = -(salaries.fundedVacant * k.salary * k.vacantSalarySaved) / 365;
  today[TALLY.payCost] = pay;
  today[TALLY.programmeCost] = programmes;
  today[TALLY.sessionCost] = supportSessions;
  today[TALLY.staffingCost] = staffing;
  today[TALLY.turnoverCost] = turnover;
  today[TALLY.absenceCost] = absence;
  today[TALLY.vacancyCost] = vacancy;
  today[TALLY.cost] = pay + programmes + supportSessions + staffing + turnover + absence + vacancy;
}

/**
 * What a range of seats holds today: how many are filled, and the salary factors (costs.roleSalaryFactor,
 * multiples of costs.salary) of the filled and of the vacant ones, their counts when every factor is 1.
 * Reused, one for the funded seats and one for the added ones: the daily loop allocates nothing.
 */
interface SeatTally {
  filled: number;
  filledSalaries: number;
  vacantSalaries: number;
}
const funded: SeatTally = { filled: 0, filledSalaries: 0, vacantSalaries: 0 };
const added: SeatTally = { filled: 0, filledSalaries: 0, vacantSalaries: 0 };
const salaries: SeatSalaries = { filled: 0, extraFilled: 0, fundedVacant: 0 };

/** Seat salaries as multiples of costs.salary: of the filled seats, of the filled added seats and of the vacant funded seats. */
interface SeatSalaries {
  filled: number;
  extraFilled: number;
  fundedVacant: number;
}

/** Adds today's cost to the tally (after turnover, so today's separations are charged). */
export function chargeCosts(world: World): void {
  const { p, w, today } = world;
  tallySeats(w.status, w.role, p.salaryFactor, 0, p.baseSeats, funded);
  tallySeats(w.status, w.role, p.salaryFactor, p.baseSeats, w.size, added);
  salaries.extraFilled = added.filledSalaries;
  salaries.filled = funded.filledSalaries + added.filledSalaries;
  salaries.fundedVacant = funded.vacantSalaries;
  chargeCostParts(p, today, funded.filled + added.filled, salaries);
}

/**
 * Counts the seats from `from` to `to` − 1 into `into`, in one pass. A function of its own, so that the
 * loop's compiled code has nothing after it (see deriveTeamState).
 */
function tallySeats(status: Uint8Array, role: Uint8Array, factor: Float64Array, from: number, to: number, into: SeatTally): void {
  let filled = 0;
  let filledSalaries = 0;
  let vacantSalaries = 0;
  for (let i = from; i < to; i++) {
    if (status[i] !== STATUS.vacant) {
      filled++;
      filledSalaries += factor[role[i]];
    } else {
      vacantSalaries += factor[role[i]];
    }
  }
  into.filled = filled;
  into.filledSalaries = filledSalaries;
  into.vacantSalaries = vacantSalaries;
}
