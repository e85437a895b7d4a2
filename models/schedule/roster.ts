import { isWorkday, sickProbability } from '../absence';
import { TALLY } from '../tally';
import { JOURNAL } from '../journal';
import { LEAVE_KIND, STATUS } from '../workforce';
import type { World } from '../world';


/** Step 1: who works today (workdays, leave, sickness, vacancies), and the caseload shares present and missing per team. */
export function assignRoster(world: World): void {
  const p = world.p;
  const w = world.w;
  const uniforms = world.uniforms;
  const today = world.today;
  const c = world.p.c;
  const day = world.day;
  // The seats of the parameters in force: during a warm-up, the seats a package adds come after
  // them and are not there yet (models/warmUp.ts), so they count for nothing, not even as missing.
  const n = p.seats;
  world.presentShares.fill(0);
  world.missingShares.fill(0);
  for (let i = 0; i < n; i++) {
    const uLeave = uniforms.roster[i];
    const uSick = uniforms.absence[i];
    const scheduled = isWorkday(day, world.workweekOffset[i], p.workdaysPerWeek);
    const share = p.caseloadShare[w.role[i]];
    const t = w.team[i];
    if (w.status[i] === STATUS.vacant) {
      if (scheduled) {
        world.missingShares[t] += share;
      }
      continue;
    }
    const ptoDrawn = uLeave < p.ptoStartProbability;
    if (w.leaveDaysLeft[i] > 0) {
      w.status[i] = STATUS.onLeave;
      // Grief leave does not use up paid time off: a block drawn on one of its scheduled days waits for its end.
      if (scheduled && ptoDrawn && w.leaveKind[i] === LEAVE_KIND.grief) w.ptoBlocksWaiting[i]++;
    } else if (!scheduled) {
      w.status[i] = STATUS.dayOff;
    } else if (ptoDrawn || w.ptoBlocksWaiting[i] > 0) {
      // A waiting block starts first; a block drawn today as well waits in its place, for the end of this one.
      if (!ptoDrawn) w.ptoBlocksWaiting[i]--;
      w.status[i] = STATUS.onLeave;
      w.leaveKind[i] = LEAVE_KIND.pto;
      w.leaveDaysLeft[i] = p.ptoLeaveDays[(day + world.workweekOffset[i]) % 7];
      world.journal?.record(day, i, w.workerId[i], JOURNAL.leave, 0, 0, w.leaveDaysLeft[i], Math.ceil(c.ptoBlockDays));
    } else if (uSick < p.sickCeiling && uSick < sickProbability(w.burnout[i], w.cf[i], c.sickBase, c.sickBurnout, c.sickCf)) {
      w.status[i] = STATUS.sick;
      today[TALLY.sickDays]++;
      today[TALLY.sickSalaryDays] += p.salaryFactor[w.role[i]];
      world.journal?.record(day, i, w.workerId[i], JOURNAL.sick);
      today[TALLY.scheduledDays]++;
    } else {
      w.status[i] = STATUS.working;
      today[TALLY.scheduledDays]++;
      world.presentShares[t] += share;
    }
    if (scheduled && w.status[i] !== STATUS.working) {
      world.missingShares[t] += share;
    }
    // The workdays leave covers: grief leave at costs.griefLeaveDayWageShare of a day's pay, paid time off at costs.ptoDayWageShare.
    if (scheduled && w.status[i] === STATUS.onLeave) {
      if (w.leaveKind[i] === LEAVE_KIND.grief) {
        today[TALLY.griefLeaveDays]++;
        today[TALLY.griefLeaveSalaryDays] += p.salaryFactor[w.role[i]];
      } else if (w.leaveKind[i] === LEAVE_KIND.pto) {
        today[TALLY.ptoDays]++;
        today[TALLY.ptoSalaryDays] += p.salaryFactor[w.role[i]];
      }
    }
  }
}
