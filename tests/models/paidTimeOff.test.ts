import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { ptoLeaveDays, ptoStartProbability } from '../../models/paidTimeOff';
import { modelParameters } from '../../models/parameters';
import { drawDailyUniforms } from '../../models/dailyUniforms';
import { assignRoster } from '../../models/schedule/roster';
import { turnOver } from '../../models/schedule/turnover';
import { TALLY } from '../../models/tally';
import { LEAVE_KIND, STATUS } from '../../models/workforce';
import { createWorld } from '../../models/world';
import { resolveScenario } from '../../scenarios/resolve';
import { isWorkday } from '../../models/absence';

// A planner who grants policy.compensation.ptoDaysPerYear expects a worker in post to take that
// many workdays of paid time off a year (docs/ODD.md §7.0). Nobody leaves (separationBase 0), so
// every seat stays filled, and the first year is left out: the team starts with nobody on leave.
// Only the phases that start and end leave run each day (the roster, phase 1, on the day's drawn
// uniforms, and the countdowns of phase 9), in stepDay's order: the whole model would take a
// minute for the worker-years a tight tolerance needs. Without a grief protocol (the status quo)
// phases 2 to 8 touch no leave.

const SEATS = 1000;
const YEARS = 16;
const SETTLING_DAYS = 365;

/** Grief leave in the run: `leaveDays` after each working day on which the worker meets a death, which happens with `deathChance`. */
interface Grief {
  leaveDays: number;
  deathChance: number;
}

/**
 * Workdays of paid time off per worker-year in post, over a long run, and about how many blocks that is; with `grief`,
 * the calendar days of grief leave taken from day 0 and those its starts granted (each its leaveDays, less what is left
 * at the end). Deaths are drawn here, on working seats, in place of phases 2 to 8.
 */
function ptoTakenPerWorkerYear(ptoDaysPerYear: number, workdaysPerWeek: number, grief?: Grief): { taken: number; blocks: number; griefDays: number; griefGranted: number } {
  const scenario = resolveScenario({
    overrides: [
      ['days', SETTLING_DAYS + YEARS * 365],
      ['population.seats', SEATS],
      ['population.warmUpDays', 0],
      ['coefficients.separationBase', 0],
      ['policy.compensation.ptoDaysPerYear', ptoDaysPerYear],
      ['policy.staffing.workdaysPerWeek', workdaysPerWeek],
      ['policy.grief.leaveDays', grief?.leaveDays ?? 0],
    ],
  });
  const params = modelParameters(scenario);
  const world = createWorld(params, { seed: 17, point: 0, replication: 0 });
  const w = world.w;
  const deaths = seedrandom('pto-grief-deaths');
  let ptoDays = 0;
  let workerDays = 0;
  let griefDays = 0;
  let griefGranted = 0;
  for (let day = 0; day < scenario.days; day++) {
    world.today.fill(0);
    drawDailyUniforms(world.streams, world.uniforms, params.baseSeats, params.seats);
    assignRoster(world);
    for (let i = 0; i < w.size; i++) {
      if (w.status[i] === STATUS.onLeave && w.leaveKind[i] === LEAVE_KIND.grief) griefDays++;
      w.deathsToday[i] = grief && w.status[i] === STATUS.working && deaths() < grief.deathChance ? 1 : 0;
    }
    turnOver(world);
    for (let i = 0; i < w.size; i++) if (w.leaveKind[i] === LEAVE_KIND.grief && w.leaveDaysLeft[i] === params.griefLeaveDays && w.deathsToday[i] > 0) griefGranted += params.griefLeaveDays;
    world.day++;
    if (day < SETTLING_DAYS) continue;
    ptoDays += world.today[TALLY.ptoDays];
    for (let i = 0; i < w.size; i++) if (w.status[i] !== STATUS.vacant) workerDays++;
  }
  for (let i = 0; i < w.size; i++) if (w.leaveKind[i] === LEAVE_KIND.grief) griefGranted -= w.leaveDaysLeft[i];
  const taken = (ptoDays * 365) / workerDays;
  return { taken, blocks: (taken * workerDays) / 365 / scenario.coefficients.ptoBlockDays, griefDays, griefGranted };
}

describe('paid time off taken (docs/ODD.md §7.0)', () => {
  for (const workdaysPerWeek of [5, 4]) {
    for (const ptoDaysPerYear of [5, 15, 25]) {
      it(`a worker in post takes ${ptoDaysPerYear} workdays a year of the ${ptoDaysPerYear} granted, on a ${workdaysPerWeek}-day week`, () => {
        const { taken, blocks } = ptoTakenPerWorkerYear(ptoDaysPerYear, workdaysPerWeek);
        // Blocks start about as a Poisson process, so the count's relative standard error is about 1/√blocks: 3 of them.
        expect(Math.abs(taken / ptoDaysPerYear - 1)).toBeLessThan(3 / Math.sqrt(blocks));
      });
    }
  }

  it('a worker in post under a grief protocol takes the days granted too (a block drawn during grief leave starts after it), and every grief leave in full', () => {
    // About 7 deaths a year, each 5 days of grief leave: a sixth of scheduled days. Before 0.39.0 no block started on
    // them and about 13.9 of 15 days were taken.
    const { taken, blocks, griefDays, griefGranted } = ptoTakenPerWorkerYear(15, 5, { leaveDays: 5, deathChance: 0.03 });
    expect(Math.abs(taken / 15 - 1)).toBeLessThan(3 / Math.sqrt(blocks));
    expect(griefGranted).toBeGreaterThan(SEATS * YEARS * 20);
    expect(griefDays).toBe(griefGranted);
  });
});

describe('ptoStartProbability (docs/ODD.md §7.0)', () => {
  it('is 0 without paid time off, and 1 when the days granted fill every scheduled day of the year (52.14 on a 1-day week)', () => {
    expect(ptoStartProbability(0, 5, 5)).toBe(0);
    expect(ptoStartProbability(53, 5, 1)).toBe(1);
    expect(ptoStartProbability(52, 5, 1)).toBeLessThan(1);
  });

  it('is the closed form ptoDaysPerYear / (B·S − (B − 1)·ptoDaysPerYear), S the scheduled days of a year, on every workweek', () => {
    for (const workdaysPerWeek of [1, 4, 5]) {
      const scheduled = 365 * (workdaysPerWeek / 7);
      expect(ptoStartProbability(15, 5, workdaysPerWeek)).toBeCloseTo(15 / (5 * scheduled - 4 * 15), 15);
    }
  });
});

/**
 * The long-run workdays of paid time off a year of one seat in post, by the roster's own rules (models/schedule/roster.ts,
 * models/schedule/turnover.ts) followed exactly rather than drawn: the probability of each leave countdown, day by day. A
 * day with leave left is leave (a workday of it counts); otherwise a workday starts a block with probability `q`, of
 * `leaveDays[k]` calendar days when the day is at position k of the week, and the countdown falls by one each night. The
 * seat's week starts `offset` days in, as isWorkday has it.
 */
function exactPtoPerYear(q: number, leaveDays: Int32Array, workdaysPerWeek: number, offset: number): number {
  const longest = Math.max(...leaveDays);
  let countdown = new Float64Array(longest + 1);
  countdown[0] = 1;
  const settlingDays = 7 * 3000;
  const measuredDays = 7 * 3000;
  let ptoDays = 0;
  for (let day = 0; day < settlingDays + measuredDays; day++) {
    const scheduled = isWorkday(day, offset, workdaysPerWeek);
    const next = new Float64Array(longest + 1);
    let onLeave = 0;
    for (let left = 1; left <= longest; left++) {
      onLeave += countdown[left];
      next[left - 1] += countdown[left];
    }
    if (scheduled) {
      onLeave += countdown[0] * q;
      next[leaveDays[(day + offset) % 7] - 1] += countdown[0] * q;
      next[0] += countdown[0] * (1 - q);
    } else next[0] += countdown[0];
    if (scheduled && day >= settlingDays) ptoDays += onLeave;
    countdown = next;
  }
  return (ptoDays * 365) / measuredDays;
}

describe('ptoLeaveDays (docs/ODD.md §7.0)', () => {
  it('sizes a block by the weekday it starts on so that it covers exactly ptoBlockDays workdays, and ends on the eve of a workday, on every workweek', () => {
    for (let workdaysPerWeek = 1; workdaysPerWeek <= 7; workdaysPerWeek++) {
      for (let blockDays = 1; blockDays <= 30; blockDays++) {
        const leaveDays = ptoLeaveDays(blockDays, workdaysPerWeek);
        for (let k = 0; k < workdaysPerWeek; k++) {
          let covered = 0;
          for (let d = 0; d < leaveDays[k]; d++) if (isWorkday(k + d, 0, workdaysPerWeek)) covered++;
          expect([covered, isWorkday(k + leaveDays[k], 0, workdaysPerWeek)], `${blockDays} on a ${workdaysPerWeek}-day week from position ${k}`).toEqual([blockDays, true]);
        }
      }
    }
  });

  it('is a week with its weekend wherever a 5-day block starts on a 5-day week, as before 0.39.0', () => {
    expect([...ptoLeaveDays(5, 5)]).toEqual([7, 7, 7, 7, 7, 0, 0]);
  });
});

describe('ptoStartProbability against the roster followed exactly (docs/ODD.md §7.0)', () => {
  const cases: [workdaysPerWeek: number, blockDays: number][] = [[1, 5], [2, 5], [3, 5], [4, 5], [5, 5], [6, 5], [7, 5], [5, 3], [2, 1], [3, 4], [4, 2.5]];
  for (const [workdaysPerWeek, blockDays] of cases) {
    it(`gives the days granted to a worker in post, whatever the seat's place in the week, on a ${workdaysPerWeek}-day week with blocks of ${blockDays}`, () => {
      const leaveDays = ptoLeaveDays(blockDays, workdaysPerWeek);
      for (const granted of [5, 15, 40]) {
        const q = ptoStartProbability(granted, blockDays, workdaysPerWeek);
        for (const offset of [0, 3]) expect(Math.abs(exactPtoPerYear(q, leaveDays, workdaysPerWeek, offset) / granted - 1)).toBeLessThan(1e-9);
      }
    });
  }

  it('before 0.38.0 (ptoDaysPerYear / (ptoBlockDays · scheduled days of a year)) gave fewer the larger the share of workdays granted, as docs/ODD.md §7.0 says (README: 12.2 of 15 on a 1-day week): 23.2 of 25 on a 5-day week, 12.2 of 15 on a 1-day week', () => {
    const before = (granted: number, workdaysPerWeek: number) => granted / (5 * ((365 * workdaysPerWeek) / 7));
    const constantBlock = (workdaysPerWeek: number) => new Int32Array(7).fill(Math.ceil(35 / workdaysPerWeek));
    expect(exactPtoPerYear(before(25, 5), constantBlock(5), 5, 0).toFixed(1)).toBe('23.2');
    expect(exactPtoPerYear(before(15, 1), constantBlock(1), 1, 0).toFixed(1)).toBe('12.2');
  });
});
