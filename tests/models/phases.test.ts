import { describe, expect, it } from 'vitest';
import { meetClients } from '../../models/schedule/clients';
import { shareDemand } from '../../models/schedule/demand';
import { deriveTeamState } from '../../models/schedule/derived';
import { assignRoster } from '../../models/schedule/roster';
import { turnOver } from '../../models/schedule/turnover';
import { updateWorkers } from '../../models/schedule/updates';
import { TALLY } from '../../models/tally';
import { LEAVE_KIND, STATUS } from '../../models/workforce';
import type { World } from '../../models/world';
import { NEVER, phaseWorld, quiet, setEvents, teamMembers } from './phaseWorld';
import type { Overrides } from './helpers';
import { newHireFactor, separationHazard } from '../../models/turnover';
import { compassionFatigue } from '../../models/compassionFatigue';
import { modelParameters } from '../../models/parameters';
import { ptoLeaveDays } from '../../models/paidTimeOff';
import { switchParameters } from '../../models/scheduledChanges';

// Branches of the daily phases (models/schedule/*) that whole-model runs pass through but no
// test asserted directly: the roster's order of checks, the float pool's cap, when a postponed
// supervision session is offered, leave countdowns and grief leave, the vacancy countdown, tenure,
// and the team state of phase 8. Each test sets seat states by hand and runs the phase function.

/** Whether seat i is on the roster on `day` (docs/ODD.md §2 "Scales": (d + o_i) mod 7 < workdays per week). */
const scheduled = (world: World, i: number, day: number) => (day + world.workweekOffset[i]) % 7 < world.p.workdaysPerWeek;
/** The first day from `from` on which seat i is (or is not) on the roster. */
function dayWhen(world: World, i: number, onRoster: boolean, from = 0): number {
  let day = from;
  while (scheduled(world, i, day) !== onRoster) day++;
  return day;
}
const share = (world: World, i: number) => world.p.caseloadShare[world.w.role[i]];

describe('roster (phase 1, docs/ODD.md §7.16)', () => {
  it('a day off is a day off whatever the draws: no sick day and no paid time off start on it; on a workday the same draws start paid time off, or else a sick day', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    w.burnout[0] = 0.9;
    world.uniforms.roster[0] = 0;
    world.uniforms.absence[0] = 0;
    world.day = dayWhen(world, 0, false);
    assignRoster(world);
    expect(w.status[0]).toBe(STATUS.dayOff);
    expect(w.leaveDaysLeft[0]).toBe(0);
    expect(w.leaveKind[0]).toBe(LEAVE_KIND.none);
    expect(world.today[TALLY.sickDays]).toBe(0);

    world.day = dayWhen(world, 0, true);
    world.today.fill(0);
    assignRoster(world);
    expect(w.status[0]).toBe(STATUS.onLeave);
    expect(w.leaveKind[0]).toBe(LEAVE_KIND.pto);
    expect(w.leaveDaysLeft[0]).toBe(world.p.ptoLeaveDays[(world.day + world.workweekOffset[0]) % 7]);
    expect(world.today[TALLY.sickDays]).toBe(0);

    w.leaveDaysLeft[0] = 0;
    w.leaveKind[0] = LEAVE_KIND.none;
    world.uniforms.roster[0] = NEVER;
    world.today.fill(0);
    assignRoster(world);
    expect(w.status[0]).toBe(STATUS.sick);
    expect(world.today[TALLY.sickDays]).toBe(1);
  });

  it('a seat on the roster that is sick, on leave or vacant adds its caseload share to the missing shares; a seat off the roster adds nothing; those at work are the present shares', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    const [vacant, onLeave, sick, healthy] = teamMembers(world, 0);
    w.status[vacant] = STATUS.vacant;
    w.vacancyDaysLeft[vacant] = 30;
    world.uniforms.absence[sick] = 0;
    for (let day = 0; day < 7; day++) {
      world.day = day;
      w.leaveDaysLeft[onLeave] = 5;
      w.leaveKind[onLeave] = LEAVE_KIND.grief;
      assignRoster(world);
      let missing = 0;
      for (const i of [vacant, onLeave, sick]) if (scheduled(world, i, day)) missing += share(world, i);
      const present = scheduled(world, healthy, day) ? share(world, healthy) : 0;
      expect(world.missingShares[0], `day ${day}`).toBeCloseTo(missing, 15);
      expect(world.presentShares[0], `day ${day}`).toBeCloseTo(present, 15);
      expect(w.status[vacant]).toBe(STATUS.vacant);
      expect(w.status[onLeave]).toBe(STATUS.onLeave);
      expect(w.status[sick]).toBe(scheduled(world, sick, day) ? STATUS.sick : STATUS.dayOff);
      expect(w.status[healthy]).toBe(scheduled(world, healthy, day) ? STATUS.working : STATUS.dayOff);
    }
  });

  it('the workdays leave covers are counted as grief-leave or paid-time-off days by the leave\'s kind; its days off are not', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    const grief = teamMembers(world, 0)[1];
    const pto = teamMembers(world, 1)[2];
    let griefDays = 0;
    let ptoDays = 0;
    for (let day = 0; day < 7; day++) {
      world.day = day;
      world.today.fill(0);
      w.leaveDaysLeft[grief] = 3;
      w.leaveKind[grief] = LEAVE_KIND.grief;
      w.leaveDaysLeft[pto] = 3;
      w.leaveKind[pto] = LEAVE_KIND.pto;
      assignRoster(world);
      expect(world.today[TALLY.griefLeaveDays], `day ${day}`).toBe(scheduled(world, grief, day) ? 1 : 0);
      expect(world.today[TALLY.ptoDays], `day ${day}`).toBe(scheduled(world, pto, day) ? 1 : 0);
      griefDays += world.today[TALLY.griefLeaveDays];
      ptoDays += world.today[TALLY.ptoDays];
    }
    expect([griefDays, ptoDays]).toEqual([world.p.workdaysPerWeek, world.p.workdaysPerWeek]);
  });
});

describe('demand sharing and the float pool (phase 2, §7.17)', () => {
  it('float cover is capped at what is missing: a pool larger than the gaps carries exactly the missing shares', () => {
    const world = phaseWorld([['policy.staffing.floatPool', 1]]);
    world.presentShares.set([2.5, 3]);
    world.missingShares.set([0.5, 0.25]);
    shareDemand(world);
    expect(Array.from(world.floatShares)).toEqual([0.5, 0.25]);
    // Float staff carry caseload: the team's demand is shared by present and float shares (below the cap here).
    for (let t = 0; t < 2; t++) {
      const perShare = world.teamDemand[t] / (world.presentShares[t] + world.missingShares[t]);
      expect(perShare).toBeLessThan(world.p.caseloadCap);
      expect(world.loadPerShare[t]).toBeCloseTo(perShare, 14);
    }
  });

  it('a pool smaller than the gaps is shared across teams in proportion to what each is missing', () => {
    const world = phaseWorld([['policy.staffing.floatPool', 0.05]]);
    world.presentShares.set([2, 2.5]);
    world.missingShares.set([1, 0.5]);
    shareDemand(world);
    const available = (0.05 * 8 * world.p.workdaysPerWeek) / 7;
    expect(available).toBeLessThan(1.5);
    expect(world.floatShares[0]).toBeCloseTo((1 * available) / 1.5, 15);
    expect(world.floatShares[1]).toBeCloseTo((0.5 * available) / 1.5, 15);
  });

  it('with nothing missing there is no float cover, with a pool or without one', () => {
    for (const pool of [0.5, 0]) {
      const world = phaseWorld([['policy.staffing.floatPool', pool]]);
      world.presentShares.set([3, 3]);
      world.missingShares.set([0, 0]);
      shareDemand(world);
      expect(Array.from(world.floatShares), `pool ${pool}`).toEqual([0, 0]);
      expect(world.loadPerShare[0]).toBeCloseTo(world.teamDemand[0] / 3, 14);
      expect(world.unmetShare[0]).toBe(0);
    }
  });
});

describe('supervision timing (phase 5, §7.13, deviation 8)', () => {
  it('a session due on a day off, on leave or sick waits for the next workday; the next one falls due intervalDays after the day it was offered', () => {
    const world = quiet(phaseWorld([['policy.supervision.mode', 'opt-out']]));
    const w = world.w;
    const interval = world.p.supervisionInterval;
    w.nextSessionDay[0] = 10;
    for (const [day, status] of [[10, STATUS.dayOff], [11, STATUS.onLeave], [12, STATUS.sick]] as const) {
      world.day = day;
      w.status[0] = status;
      meetClients(world);
      expect(w.supportOffered[0], `day ${day}`).toBe(0);
      expect(w.nextSessionDay[0]).toBe(10);
    }
    world.day = 13;
    w.status[0] = STATUS.working;
    meetClients(world);
    expect(w.supportOffered[0]).toBe(1);
    expect(world.today[TALLY.sessionsOffered]).toBe(1);
    expect(w.nextSessionDay[0]).toBe(13 + interval);
    world.day = 14;
    meetClients(world);
    expect(w.supportOffered[0]).toBe(1);
  });
});

describe('leave (phase 9, §7.15–7.16)', () => {
  it('a leave countdown falls by one a day and the leave kind returns to none when it ends', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    w.status[0] = STATUS.onLeave;
    w.leaveDaysLeft[0] = 2;
    w.leaveKind[0] = LEAVE_KIND.pto;
    turnOver(world);
    expect([w.leaveDaysLeft[0], w.leaveKind[0]]).toEqual([1, LEAVE_KIND.pto]);
    turnOver(world);
    expect([w.leaveDaysLeft[0], w.leaveKind[0]]).toEqual([0, LEAVE_KIND.none]);
    turnOver(world);
    expect([w.leaveDaysLeft[0], w.leaveKind[0]]).toEqual([0, LEAVE_KIND.none]);
  });

  it('grief leave starts after a client death only when the policy grants it and no leave countdown is running', () => {
    const world = quiet(phaseWorld([['policy.grief.leaveDays', 3]]));
    const w = world.w;
    w.status[0] = STATUS.working;
    w.deathsToday[0] = 1;
    w.status[1] = STATUS.working;
    w.deathsToday[1] = 2;
    w.leaveDaysLeft[1] = 2;
    w.leaveKind[1] = LEAVE_KIND.pto;
    w.status[2] = STATUS.working;
    turnOver(world);
    expect([w.leaveDaysLeft[0], w.leaveKind[0]]).toEqual([3, LEAVE_KIND.grief]);
    expect([w.leaveDaysLeft[1], w.leaveKind[1]]).toEqual([1, LEAVE_KIND.pto]);
    expect([w.leaveDaysLeft[2], w.leaveKind[2]]).toEqual([0, LEAVE_KIND.none]);

    const none = quiet(phaseWorld());
    expect(none.p.griefLeaveDays).toBe(0);
    none.w.status[0] = STATUS.working;
    none.w.deathsToday[0] = 1;
    turnOver(none);
    expect([none.w.leaveDaysLeft[0], none.w.leaveKind[0]]).toEqual([0, LEAVE_KIND.none]);
  });

  /** Runs roster and phase 9 from day `from` for `days` days; returns the seat's status each day after the roster. */
  function statuses(world: World, seat: number, from: number, days: number, onFirstDay: () => void): number[] {
    const out: number[] = [];
    for (let day = from; day < from + days; day++) {
      world.day = day;
      world.today.fill(0);
      if (day === from) onFirstDay();
      assignRoster(world);
      out.push(world.w.status[seat]);
      if (day === from) world.uniforms.roster[seat] = NEVER;
      turnOver(world);
      world.w.deathsToday[seat] = 0;
    }
    return out;
  }

  it('paid time off lasts ptoBlockDays workdays and the days off after them, a week on a 5-day week, from the day it starts', () => {
    const world = quiet(phaseWorld());
    const length = 7;
    const start = dayWhen(world, 0, true, 7);
    const seen = statuses(world, 0, start, length + 3, () => {
      world.uniforms.roster[0] = 0;
    });
    expect(seen.slice(0, length).every((s) => s === STATUS.onLeave)).toBe(true);
    expect(seen[length]).not.toBe(STATUS.onLeave);
    expect(world.w.leaveKind[0]).toBe(LEAVE_KIND.none);
  });

  it('the journal gives a block of paid time off the calendar days it keeps the worker away and its workdays (since 0.41.0), for any block size and workweek (the app\'s worker card tells it)', () => {
    for (const [workdaysPerWeek, blockDays] of [[5, 5], [4, 3], [5, 3], [1, 1], [7, 10], [5, 2.5]]) {
      const world = quiet(phaseWorld([['policy.staffing.workdaysPerWeek', workdaysPerWeek], ['coefficients.ptoBlockDays', blockDays]], true));
      const start = dayWhen(world, 0, true, 3);
      const seen = statuses(world, 0, start, 80, () => {
        world.uniforms.roster[0] = 0;
      });
      const away = seen.findIndex((s) => s !== STATUS.onLeave);
      const blocks = world.journal!.since(0).filter((e) => e.kind === 'leave');
      expect(blocks.map((e) => [e.day, e.days, e.workdays]), `${blockDays} workdays on a ${workdaysPerWeek}-day week`).toEqual([[start, away, Math.ceil(blockDays)]]);
    }
  });

  it('a block of paid time off drawn on a scheduled day of grief leave starts on the first scheduled day after it; two drawn run back to back', () => {
    const world = quiet(phaseWorld([['policy.grief.leaveDays', 3]]));
    const w = world.w;
    let death = 0;
    while (![0, 1, 2].every((d) => scheduled(world, 0, death + d))) death++;
    const firstAfter = dayWhen(world, 0, true, death + 4);
    const griefWorkdays = [1, 2, 3].filter((d) => scheduled(world, 0, death + d)).length;
    const seen: number[] = [];
    let ptoDays = 0;
    let griefDays = 0;
    for (let day = death; day < firstAfter + 7 * griefWorkdays + 1; day++) {
      world.day = day;
      world.today.fill(0);
      // Every draw of the grief leave starts a block; none after it.
      world.uniforms.roster[0] = day > death && day <= death + 3 ? 0 : NEVER;
      assignRoster(world);
      seen.push(w.status[0]);
      ptoDays += world.today[TALLY.ptoDays];
      griefDays += world.today[TALLY.griefLeaveDays];
      w.deathsToday[0] = day === death ? 1 : 0;
      turnOver(world);
    }
    expect(griefWorkdays).toBeGreaterThanOrEqual(2);
    expect(seen[0]).toBe(STATUS.working);
    expect(seen.slice(1, firstAfter - death).every((s) => s === STATUS.onLeave || s === STATUS.dayOff)).toBe(true);
    expect(seen.slice(firstAfter - death, -1).every((s) => s === STATUS.onLeave)).toBe(true);
    expect(seen.at(-1)).toBe(STATUS.working);
    expect([griefDays, ptoDays, w.ptoBlocksWaiting[0]]).toEqual([griefWorkdays, griefWorkdays * world.p.c.ptoBlockDays, 0]);
  });

  it('a block waiting from grief leave starts after it under the parameters then in force (docs/ODD.md §3): drawn before a change to no paid time off on a 4-day week, it still starts, sized for the 4-day week', () => {
    const world = quiet(phaseWorld([['policy.grief.leaveDays', 3]]));
    const w = world.w;
    const start = dayWhen(world, 0, true, 7);
    w.leaveDaysLeft[0] = 3;
    w.leaveKind[0] = LEAVE_KIND.grief;
    w.ptoBlocksWaiting[0] = 1;
    const changed = { ...world.p.scenario.policy, compensation: { ...world.p.scenario.policy.compensation, ptoDaysPerYear: 0 }, staffing: { ...world.p.scenario.policy.staffing, workdaysPerWeek: 4 } };
    switchParameters(world, modelParameters({ ...world.p.scenario, policy: changed }));
    expect([world.p.ptoStartProbability, world.p.workdaysPerWeek]).toEqual([0, 4]);
    let day = start;
    for (; day < start + 30; day++) {
      world.day = day;
      world.today.fill(0);
      assignRoster(world);
      if (w.leaveKind[0] === LEAVE_KIND.pto) break;
      turnOver(world);
    }
    expect(day).toBe(dayWhen(world, 0, true, start + 3));
    const k = (day + world.workweekOffset[0]) % 7;
    expect([w.leaveDaysLeft[0], w.ptoBlocksWaiting[0]]).toEqual([ptoLeaveDays(world.p.c.ptoBlockDays, 4)[k], 0]);
  });

  it('the journal gives a block waiting from grief leave the calendar days it keeps the worker away under the workweek then in force, a change to a 4-day week in between', () => {
    for (const from of [7, 8, 9, 10]) {
      const world = quiet(phaseWorld([['policy.grief.leaveDays', 3], ['coefficients.ptoBlockDays', 3]], true));
      const w = world.w;
      const start = dayWhen(world, 0, true, from);
      w.leaveDaysLeft[0] = 3;
      w.leaveKind[0] = LEAVE_KIND.grief;
      w.ptoBlocksWaiting[0] = 1;
      const changed = { ...world.p.scenario.policy, staffing: { ...world.p.scenario.policy.staffing, workdaysPerWeek: 4 } };
      switchParameters(world, modelParameters({ ...world.p.scenario, policy: changed }));
      const seen = statuses(world, 0, start, 40, () => {});
      const began = seen.findIndex((s, d) => s === STATUS.onLeave && d >= 3);
      const away = seen.slice(began).findIndex((s) => s !== STATUS.onLeave);
      const blocks = world.journal!.since(0).filter((e) => e.kind === 'leave');
      expect(blocks.map((e) => [e.day, e.days]), `grief leave from day ${start}`).toEqual([[start + began, away]]);
      expect(away).toBe(ptoLeaveDays(3, 4)[(start + began + world.workweekOffset[0]) % 7]);
    }
  });

  it('grief leave lasts leaveDays calendar days from the day after the death', () => {
    const world = quiet(phaseWorld([['policy.grief.leaveDays', 4]]));
    const start = dayWhen(world, 0, true, 7);
    const seen = statuses(world, 0, start, 8, () => {
      world.w.deathsToday[0] = 1;
    });
    expect(seen[0]).toBe(STATUS.working);
    expect(seen.slice(1, 5)).toEqual([STATUS.onLeave, STATUS.onLeave, STATUS.onLeave, STATUS.onLeave]);
    expect(seen[5]).not.toBe(STATUS.onLeave);
    expect(world.w.leaveKind[0]).toBe(LEAVE_KIND.none);
  });
});

describe('vacancies, hiring and tenure (phase 9, §7.18)', () => {
  for (const delay of [0, 1, 3, 10]) {
    it(`with a hiring delay of ${delay}, a seat misses ${Math.max(1, delay)} roster(s) after a separation; the new worker starts the day after with tenure 0, no attachment and a new id`, () => {
      const world = quiet(phaseWorld([['policy.staffing.hiringDelayDays', delay]]));
      const w = world.w;
      const separationDay = 5;
      world.day = separationDay;
      assignRoster(world);
      world.uniforms.separation[0] = 0;
      turnOver(world);
      world.uniforms.separation[0] = NEVER;
      expect(w.status[0]).toBe(STATUS.vacant);
      expect(w.vacancyDaysLeft[0]).toBe(delay);
      const nextId = world.nextWorkerId;
      let vacantRosters = 0;
      for (let day = separationDay + 1; day < separationDay + 30; day++) {
        world.day = day;
        world.today.fill(0);
        assignRoster(world);
        if (w.status[0] !== STATUS.vacant) break;
        vacantRosters++;
        turnOver(world);
        if (w.status[0] !== STATUS.vacant) {
          expect(world.today[TALLY.hires]).toBe(1);
          expect(w.status[0]).toBe(STATUS.dayOff);
        }
      }
      const expected = Math.max(1, delay);
      expect(vacantRosters).toBe(expected);
      expect(w.hiredOn[0]).toBe(separationDay + expected + 1);
      expect(w.workerId[0]).toBe(nextId);
      // The first roster after the hire sets the new worker's day, and phase 9 starts their tenure.
      expect(w.tenureDays[0]).toBe(0);
      expect(w.attachment[0]).toBe(0);
      turnOver(world);
      expect(w.tenureDays[0]).toBe(1);
    });
  }

  it('workers in post gain a day of tenure and the attachment it brings, whatever their status; a worker who leaves does not', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    const half = world.p.c.attachmentHalfDays;
    w.tenureDays.set([99, 50, 7]);
    w.status.set([STATUS.working, STATUS.dayOff, STATUS.onLeave]);
    w.leaveDaysLeft[2] = 3;
    w.attachment[1] = 0.123;
    world.uniforms.separation[1] = 0;
    turnOver(world);
    expect(w.tenureDays[0]).toBe(100);
    expect(w.attachment[0]).toBeCloseTo(100 / (100 + half), 15);
    expect(w.tenureDays[2]).toBe(8);
    expect(w.attachment[2]).toBeCloseTo(8 / (8 + half), 15);
    expect(w.status[1]).toBe(STATUS.vacant);
    expect(w.tenureDays[1]).toBe(50);
    expect(w.attachment[1]).toBe(0.123);
    expect(world.separations.tenureDays[0]).toBe(50);
  });

  it('blocks of paid time off waiting from grief leave leave with the worker: the seat keeps none, and its new worker starts at work on their first workday', () => {
    const world = quiet(phaseWorld([['policy.grief.leaveDays', 3], ['policy.staffing.hiringDelayDays', 0]]));
    const w = world.w;
    world.day = dayWhen(world, 0, true, 7);
    w.leaveDaysLeft[0] = 3;
    w.leaveKind[0] = LEAVE_KIND.grief;
    w.ptoBlocksWaiting[0] = 2;
    assignRoster(world);
    expect(w.status[0]).toBe(STATUS.onLeave);
    world.uniforms.separation[0] = 0;
    turnOver(world);
    world.uniforms.separation[0] = NEVER;
    expect([w.status[0], w.ptoBlocksWaiting[0]]).toEqual([STATUS.vacant, 0]);
    // Whatever the vacant seat holds, the hire starts with no block waiting (it is filled at the end of the next day).
    w.ptoBlocksWaiting[0] = 2;
    world.day++;
    assignRoster(world);
    turnOver(world);
    expect(w.status[0]).toBe(STATUS.dayOff);
    world.day = dayWhen(world, 0, true, world.day + 1);
    world.today.fill(0);
    assignRoster(world);
    expect([w.status[0], w.ptoBlocksWaiting[0], world.today[TALLY.ptoDays]]).toEqual([STATUS.working, 0, 0]);
  });
});

describe('team state (phase 8, §7.12, deviation 1)', () => {
  it('social support counts every teammate in post whatever their status, never the worker themself nor a vacant seat; a team of one has no peer support', () => {
    const world = quiet(phaseWorld([['population.seats', 9]]));
    const w = world.w;
    const c = world.p.c;
    const [working, onLeave, off, vacant] = teamMembers(world, 0);
    w.status[working] = STATUS.working;
    w.status[onLeave] = STATUS.onLeave;
    w.status[vacant] = STATUS.vacant;
    // Distinct wellbeing: cf depends on STS.
    w.sts[working] = 0.1;
    w.sts[onLeave] = 0.5;
    w.sts[off] = 0.9;
    w.sts[vacant] = 1;
    w.cf[vacant] = 0.99;
    deriveTeamState(world);
    const cohesion = world.cohesion[0];
    const fixed = c.supervisorSupportWeight * world.p.affirmation + c.structuredPeerWeight * world.p.structuredPeerSupport;
    const employed = [working, onLeave, off];
    for (const i of employed) {
      const others = employed.filter((j) => j !== i);
      const wellbeing = others.reduce((sum, j) => sum + (1 - w.cf[j]), 0) / others.length;
      expect(w.socialSupport[i], `seat ${i}`).toBeCloseTo(Math.min(1, c.peerSupportWeight * cohesion * wellbeing + fixed), 15);
    }
    expect(w.cf[vacant]).toBe(0.99);
    // Support comes from the others: the most distressed worker has the calmest teammates, so gets the most.
    expect(w.socialSupport[off]).toBeGreaterThan(w.socialSupport[working]);
    expect(world.teamMeanSts[0]).toBeCloseTo((0.1 + 0.5 + 0.9) / 3, 15);
    // Team 2 has one seat.
    const [alone] = teamMembers(world, 2);
    expect(teamMembers(world, 2).length).toBe(1);
    expect(w.socialSupport[alone]).toBeCloseTo(fixed, 15);
  });
});

describe('recovery and detachment by status (phases 6–7, §7.5, §7.7–7.8, §7.16, deviation 11)', () => {
  /** Copies every per-seat value of seat `from` to seat `to` (same team). */
  function clone(world: World, from: number, to: number): void {
    for (const value of Object.values(world.w)) if (ArrayBuffer.isView(value)) (value as Float64Array)[to] = (value as Float64Array)[from];
  }

  it('a sick day recovers exactly as a day off; a day on leave rests more and raises self-care by selfCareRate × leaveSelfCare', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    const c = world.p.c;
    const [off, sick, leave] = teamMembers(world, 0);
    w.burnout[off] = 0.4;
    w.sts[off] = 0.5;
    w.selfCareSkill[off] = 0.5;
    w.selfCare[off] = 0.4;
    w.pendingTrace[off] = 0.002;
    clone(world, off, sick);
    clone(world, off, leave);
    w.status[sick] = STATUS.sick;
    w.status[leave] = STATUS.onLeave;
    meetClients(world);
    updateWorkers(world);
    for (const state of ['sts', 'burnout', 'traumaticMemories', 'satisfaction', 'numbing', 'selfCare', 'lifeDemands', 'detachment', 'prolongedExposure', 'pendingTrace'] as const) {
      expect(w[state][sick], state).toBe(w[state][off]);
    }
    expect(c.leaveRest).toBeGreaterThan(w.detachment[off]);
    expect(w.burnout[leave]).toBeLessThan(w.burnout[off]);
    expect(w.selfCare[leave] - w.selfCare[off]).toBeCloseTo(c.selfCareRate * c.leaveSelfCare, 15);
  });

  it('tonight\'s detachment is skill less "can\'t clock out" and intrusions of tonight\'s memories, and less guilt about unmet demand only after a workday', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    const c = world.p.c;
    const [work, off, sick] = teamMembers(world, 0);
    w.detachmentSkill[off] = 0.7;
    w.empathicConcern[off] = 0.8;
    w.livedExperience[off] = 1;
    w.traumaticMemories[off] = 0.2;
    clone(world, off, work);
    clone(world, off, sick);
    w.status[work] = STATUS.working;
    w.status[sick] = STATUS.sick;
    world.unmetShare[0] = 0.4;
    meetClients(world);
    updateWorkers(world);
    const base = (i: number) => w.detachmentSkill[i] - w.livedExperience[i] * c.cantClockOut - c.intrusionDetachment * w.traumaticMemories[i];
    expect(base(off)).toBeGreaterThan(0);
    expect(w.detachment[off]).toBeCloseTo(base(off), 15);
    expect(w.detachment[sick]).toBeCloseTo(base(sick), 15);
    expect(w.detachment[work]).toBeCloseTo(Math.max(0, base(work) - c.guiltDetachment * 0.8 * 0.4), 15);
    expect(w.detachment[work]).toBeLessThan(w.detachment[off]);
  });
});

// Channels a hand-made mutation review found pinned only by the golden-value test: each is
// asserted here as the equations of docs/ODD.md §7 give it, on seats whose states the test sets.
describe('channels a golden value alone pinned (§7.3, §7.8, §7.9, §7.11, §7.13, §7.18)', () => {
  /** Seats 0 (working) and 1 (off today) of a quiet world, both with the same states. */
  function pair(overrides: Overrides = []): { world: World; work: number; off: number } {
    const world = quiet(phaseWorld(overrides));
    const w = world.w;
    const [work, off] = teamMembers(world, 0);
    for (const i of [work, off]) {
      w.burnout[i] = 0.4;
      w.sts[i] = 0.5;
      w.satisfaction[i] = 0.5;
      w.satisfactionBase[i] = 0.6;
      w.numbing[i] = 0.3;
      w.detachmentSkill[i] = 0.6;
      w.socialSupport[i] = 0.4;
      w.selfCare[i] = 0.4;
      w.selfCareSkill[i] = 0.5;
      w.livedExperience[i] = 0;
      w.traumaticMemories[i] = 0.1;
      w.tenureDays[i] = 400;
    }
    w.status[work] = STATUS.working;
    return { world, work, off };
  }
  const day = (world: World) => {
    meetClients(world);
    updateWorkers(world);
  };

  it('off-duty burnout recovery acts on days not worked only: burnout × (1 − offDutyRecovery · tonight\'s detachment)', () => {
    const on = pair();
    const none = pair([['coefficients.offDutyRecovery', 0]]);
    day(on.world);
    day(none.world);
    const r = on.world.p.c.offDutyRecovery;
    expect(r).toBeGreaterThan(0);
    const det = on.world.w.detachment[on.off];
    expect(det).toBeGreaterThan(0);
    expect(on.world.w.burnout[on.off]).toBeCloseTo(none.world.w.burnout[none.off] * (1 - r * det), 15);
    expect(on.world.w.burnout[on.work]).toBe(none.world.w.burnout[none.work]);
  });

  it('supervisor affirmation adds to satisfaction on a workday only (it rests everyone)', () => {
    const affirmed = pair([['policy.supervision.affirmation', 0.8]]);
    const none = pair([['policy.supervision.affirmation', 0]]);
    day(affirmed.world);
    day(none.world);
    expect(affirmed.world.w.satisfaction[affirmed.off]).toBe(none.world.w.satisfaction[none.off]);
    expect(affirmed.world.w.satisfaction[affirmed.work]).toBeGreaterThan(none.world.w.satisfaction[none.work]);
    expect(affirmed.world.w.burnout[affirmed.off]).toBeLessThan(none.world.w.burnout[none.off]);
  });

  it('shadowing lowers a new hire\'s exposure while tenure is below shadowingDays, and not from that day on', () => {
    const { world, work, off } = pair();
    const w = world.w;
    const c = world.p.c;
    expect(c.shadowingRelief).toBeGreaterThan(0);
    w.status[off] = STATUS.working;
    for (const i of [work, off]) {
      w.shadowingDays[i] = 20;
      setEvents(world, i, { contacts: 5, crises: 1 });
    }
    w.tenureDays[work] = 19;
    w.tenureDays[off] = 20;
    meetClients(world);
    expect(w.exposureToday[work]).toBeCloseTo(w.exposureToday[off] * (1 - c.shadowingRelief), 15);
  });

  it('shadowing takes shadowingRelief of the new-hire hazard: a draw between the two hazards parts a shadowed hire from an unshadowed one', () => {
    const { world, work, off } = pair();
    const w = world.w;
    const c = world.p.c;
    for (const i of [work, off]) {
      w.tenureDays[i] = 10;
      w.cf[i] = 0.3;
    }
    w.shadowingDays[work] = 20;
    w.shadowingDays[off] = 0;
    const hazard = (relief: number) => separationHazard(0.4, 0.3, 0.5, world.p.payAdequacy, newHireFactor(10, c.newHireHazard, c.newHireDays, relief), c);
    const shadowed = hazard(c.shadowingRelief);
    const unshadowed = hazard(0);
    expect(unshadowed).toBeGreaterThan(shadowed);
    world.uniforms.separation[work] = (shadowed + unshadowed) / 2;
    world.uniforms.separation[off] = (shadowed + unshadowed) / 2;
    turnOver(world);
    expect(w.status[work], 'shadowed: below the draw').not.toBe(STATUS.vacant);
    expect(w.status[off], 'unshadowed: above the draw').toBe(STATUS.vacant);
  });

  it('compassion fatigue\'s protection is the mean of self-care, detachment, satisfaction and social support', () => {
    const { world, work, off } = pair();
    const w = world.w;
    w.socialSupport[work] = 0.9;
    w.socialSupport[off] = 0.1;
    for (const i of [work, off]) {
      w.detachment[i] = 0.5;
      w.prolongedExposure[i] = 0.4;
      w.lifeDemands[i] = 0.3;
    }
    deriveTeamState(world);
    const expected = (i: number, support: number) =>
      compassionFatigue(w.sts[i], w.prolongedExposure[i], w.traumaticMemories[i], w.lifeDemands[i], w.burnout[i], (w.selfCare[i] + w.detachment[i] + w.satisfaction[i] + support) / 4, world.p.c);
    expect(w.cf[work]).toBeCloseTo(expected(work, 0.9), 15);
    expect(w.cf[off]).toBeCloseTo(expected(off, 0.1), 15);
    expect(w.cf[work]).toBeLessThan(w.cf[off]);
  });

  it('an attended supervision session relieves numbing by supervisionNumbingRelief × quality and adds supervisionSatisfaction × quality; a declined one neither', () => {
    const { world, work, off } = pair([['policy.supervision.mode', 'opt-out']]);
    const w = world.w;
    const c = world.p.c;
    const q = world.p.supervisionQuality;
    expect(q * c.supervisionNumbingRelief * c.supervisionSatisfaction).toBeGreaterThan(0);
    w.status[off] = STATUS.working;
    for (const i of [work, off]) w.nextSessionDay[i] = world.day;
    world.uniforms.support[work] = 0;
    world.uniforms.support[off] = NEVER;
    meetClients(world);
    expect(w.supportAttended[work]).toBe(1);
    expect(w.supportAttended[off]).toBe(0);
    expect(w.numbing[work]).toBeCloseTo(0.3 * (1 - c.supervisionNumbingRelief * q), 15);
    expect(w.satisfaction[work]).toBeCloseTo(Math.min(1, 0.5 + c.supervisionSatisfaction * q), 15);
    expect(w.numbing[off]).toBe(0.3);
    expect(w.satisfaction[off]).toBe(0.5);
  });
});
