import { attachment as attachmentLevel } from '../events';
import { hire } from '../hiring';
import { churnLoss } from '../socialSupport';
import { TALLY } from '../tally';
import { JOURNAL } from '../journal';
import { newHireFactor, separationHazard } from '../turnover';
import { mainReason, SEPARATION_REASONS, separationShares } from '../separationAttribution';
import { LEAVE_KIND, STATUS } from '../workforce';
import type { World } from '../world';
import { clamp01 } from '../../sim/math/clamp01';

/** One leaver's shares of SEPARATION_REASONS (reused: the daily loop allocates nothing). */
const shares = new Float64Array(SEPARATION_REASONS.length);

/** Step 9: separations, leave countdowns, grief leave, vacancies and hiring. */
export function turnOver(world: World): void {
  const p = world.p;
  const w = world.w;
  const streams = world.streams;
  const today = world.today;
  const c = world.p.c;
  const day = world.day;
  const n = world.w.size;
  // A worker hired tonight starts tomorrow, so joins under tomorrow's parameters, a scheduled
  // change on that day included (their shadowing, first supervision session and life demands).
  const arrival = world.nextChangeDay === day + 1 ? world.params.schedule[world.nextChange].p : p;
  for (let i = 0; i < n; i++) {
    const uSeparation = world.uniforms.separation[i];
    const t = w.team[i];
    if (w.status[i] === STATUS.vacant) {
      if (w.vacancyDaysLeft[i] > 0) w.vacancyDaysLeft[i]--;
      if (w.vacancyDaysLeft[i] === 0) {
        hire(w, i, arrival, streams.hiring, day + 1, world.nextWorkerId++, 0);
        w.status[i] = STATUS.dayOff;
        today[TALLY.hires]++;
        today[TALLY.shadowingDaysHired] += arrival.shadowingDays;
        today[TALLY.shadowingSalaryDaysHired] += arrival.shadowingDays * arrival.salaryFactor[w.role[i]];
        world.journal?.record(day + 1, i, w.workerId[i], JOURNAL.hire);
        world.cohesion[t] = clamp01(world.cohesion[t] - churnLoss(world.teamSeats[t], c.cohesionChurnLoss));
      }
      continue;
    }
    // The hazard is computed only for the few uniforms below its ceiling, and the new-hire factor with it: computed for
    // every seat, the factor (1, or a fraction for new hires) was boxed on the heap to be passed to separationShares.
    if (uSeparation < p.separationCeiling && uSeparation < separationHazard(w.burnout[i], w.cf[i], w.satisfaction[i], p.payAdequacy, hireFactorOf(world, i), c)) {
      const hireFactor = hireFactorOf(world, i);
      separationShares(w.burnout[i], w.cf[i], w.satisfaction[i], p.payAdequacy, hireFactor, c, shares);
      const reason = mainReason(shares);
      world.separations.record(day, i, w.workerId[i], w.role[i], w.livedExperience[i], w.livesInCommunity[i], w.tenureDays[i], w.burnout[i], w.cf[i], w.satisfaction[i], reason, shares);
      today[TALLY.separations]++;
      today[TALLY.separationSalaries] += p.salaryFactor[w.role[i]];
      world.journal?.record(day, i, w.workerId[i], JOURNAL.separation, 0, reason);
      w.status[i] = STATUS.vacant;
      w.vacancyDaysLeft[i] = p.hiringDelayDays;
      w.leaveDaysLeft[i] = 0;
      w.ptoBlocksWaiting[i] = 0;
      w.pendingTrace[i] = 0;
      world.cohesion[t] = clamp01(world.cohesion[t] - churnLoss(world.teamSeats[t], c.cohesionChurnLoss));
      continue;
    }
    if (w.leaveDaysLeft[i] > 0) {
      w.leaveDaysLeft[i]--;
      if (w.leaveDaysLeft[i] === 0) w.leaveKind[i] = LEAVE_KIND.none;
    } else if (p.griefLeaveDays > 0 && w.deathsToday[i] > 0) {
      w.leaveDaysLeft[i] = p.griefLeaveDays;
      w.leaveKind[i] = LEAVE_KIND.grief;
      world.journal?.record(day + 1, i, w.workerId[i], JOURNAL['grief-leave']);
    }
    w.tenureDays[i]++;
    w.attachment[i] = attachmentLevel(w.tenureDays[i], c.attachmentHalfDays);
  }

}

/** The new-hire factor of the worker in seat `i` (MODEL.md §4.8). */
function hireFactorOf(world: World, i: number): number {
  const w = world.w;
  const c = world.p.c;
  return newHireFactor(w.tenureDays[i], c.newHireHazard, c.newHireDays, w.tenureDays[i] < w.shadowingDays[i] ? c.shadowingRelief : 0);
}
