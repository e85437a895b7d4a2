import type { ModelParameters } from './parameters';
import { firstSessionDay } from './supervision';
import { STATUS } from './workforce';
import { setTeamDemand, type World } from './world';

// Scheduled changes (scenario field `changes`; docs/ODD.md, "Scheduled changes"): the levers of
// MODEL.md §5 and the community of §2 may differ between periods of one run; no mechanism is
// added. At the start of a change's day, before the roster (MODEL.md §3 step 1), the world
// switches to the parameters of the new period,
// resolved before the run. Nearly every mechanism reads its parameters afresh each day and so
// follows the change from that day on; state built under the old parameters (an attachment, a
// leave already granted, a cohesion level) carries over and evolves under the new ones. The few
// pieces of state that were set from a parameter and would otherwise keep the old value are
// brought in line here, once, as a planner would expect:
//
// - supervision switched on (from mode none): sessions start that day, staggered across seats as
//   on day 0 (seat i's first one falls due i·3 mod intervalDays days later), instead of every
//   seat's long-overdue session falling due at once;
// - supervision interval changed (sessions on before and after): each worker keeps their place in
//   the cycle: k days from the next session of an N-day cycle become ⌊k·M/N⌋ days of the M-day
//   cycle (a session already due stays due);
// - hiring delay changed: vacancies already open are treated as if opened under the new delay
//   (their countdown moves by the difference, never below 0: a vacancy that would already have
//   been filled is filled at the end of the change day);
// - demand per seat changed: each team's demand is recomputed.
//
// A worker hired at the end of the day before (who starts on the change day) is hired under the
// new period's parameters already (models/schedule/turnover.ts), as every later hire is.
//
// Random numbers do not depend on any of this: every seat draws the same uniforms every day
// whatever the parameters, so a run with a change on day D equals the run without it up to D − 1.

/** Applies the next scheduled change: stepDay calls it at the start of the day the change takes effect (`world.nextChangeDay`). */
export function applyScheduledChange(world: World): void {
  const schedule = world.params.schedule;
  const after = schedule[world.nextChange].p;
  world.nextChange++;
  world.nextChangeDay = world.nextChange < schedule.length ? schedule[world.nextChange].day : -1;
  switchParameters(world, after);
}

/** Puts the world under `after` from today on, bringing in line the state set from the parameters before (above). */
export function switchParameters(world: World, after: ModelParameters): void {
  const before = world.p;
  world.p = after;
  rebookSupervision(world, before, after);
  if (after.hiringDelayDays !== before.hiringDelayDays) moveVacancyCountdowns(world, after.hiringDelayDays - before.hiringDelayDays);
  if (after.demandPerSeatDay !== before.demandPerSeatDay) setTeamDemand(after, world.w, world.teamDemand);
}

/** Supervision switched on, or its interval changed: when each worker's next session falls due. */
function rebookSupervision(world: World, before: ModelParameters, after: ModelParameters): void {
  if (after.supervisionMode === 0) return; // off: the bookings are not read, and are redone when it comes back on
  const w = world.w;
  const day = world.day;
  if (before.supervisionMode === 0) {
    for (let i = 0; i < w.size; i++) w.nextSessionDay[i] = firstSessionDay(day, i, after.supervisionInterval);
    return;
  }
  const from = before.supervisionInterval;
  const to = after.supervisionInterval;
  if (from === to) return;
  for (let i = 0; i < w.size; i++) {
    // A worker starting today was booked under the new interval already (turnOver hires under the arrival day's parameters).
    if (w.hiredOn[i] === day && w.status[i] !== STATUS.vacant) continue;
    const left = w.nextSessionDay[i] - day;
    if (left > 0) w.nextSessionDay[i] = day + Math.floor((left * to) / from);
  }
}

/** Open vacancies as if opened under the new hiring delay. */
function moveVacancyCountdowns(world: World, by: number): void {
  const w = world.w;
  for (let i = 0; i < w.size; i++) {
    if (w.status[i] !== STATUS.vacant) continue;
    const left = w.vacancyDaysLeft[i] + by;
    w.vacancyDaysLeft[i] = left > 0 ? left : 0;
  }
}
