import { describe, expect, it } from 'vitest';
import { ptoLeaveDays, ptoStartProbability } from '../../models/paidTimeOff';
import { modelParameters } from '../../models/parameters';
import { drawDailyUniforms } from '../../models/dailyUniforms';
import { assignRoster } from '../../models/schedule/roster';
import { turnOver } from '../../models/schedule/turnover';
import { TALLY } from '../../models/tally';
import { STATUS } from '../../models/workforce';
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

/** Workdays of paid time off per worker-year in post, over a long run, and about how many blocks that is. */
function ptoTakenPerWorkerYear(ptoDaysPerYear: number, workdaysPerWeek: number): { taken: number; blocks: number } {
  const scenario = resolveScenario({
    overrides: [
      ['days', SETTLING_DAYS + YEARS * 365],
      ['population.seats', SEATS],
      ['population.warmUpDays', 0],
      ['coefficients.separationBase', 0],
      ['policy.compensation.ptoDaysPerYear', ptoDaysPerYear],
      ['policy.staffing.workdaysPerWeek', workdaysPerWeek],
    ],
  });
  const params = modelParameters(scenario);
  const world = createWorld(params, { seed: 17, point: 0, replication: 0 });
  let ptoDays = 0;
  let workerDays = 0;
  for (let day = 0; day < scenario.days; day++) {
    world.today.fill(0);
    drawDailyUniforms(world.streams, world.uniforms, params.baseSeats, params.seats);
    assignRoster(world);
    turnOver(world);
    world.day++;
    if (day < SETTLING_DAYS) continue;
    ptoDays += world.today[TALLY.ptoDays];
    for (let i = 0; i < world.w.size; i++) if (world.w.status[i] !== STATUS.vacant) workerDays++;
  }
  const taken = (ptoDays * 365) / workerDays;
  return { taken, blocks: (taken * workerDays) / 365 / scenario.coefficients.ptoBlockDays };
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
});

describe('ptoStartProbability (docs/ODD.md §7.0)', () => {
  it('is 0 without paid time off, and 1 when the days granted fill every scheduled day of the year (52.14 on a 1-day week)', () => {
    expect(ptoStartProbability(0, ptoLeaveDays(5, 5), 5)).toBe(0);
    expect(ptoStartProbability(53, ptoLeaveDays(5, 1), 1)).toBe(1);
    expect(ptoStartProbability(52, ptoLeaveDays(5, 1), 1)).toBeLessThan(1);
  });

  it('on a week whose blocks cover the same workdays wherever they start, is the closed form ptoDaysPerYear / (B·S − (B − 1)·ptoDaysPerYear), S the scheduled days of a year', () => {
    const scheduled = 365 * (5 / 7);
    expect(ptoStartProbability(15, ptoLeaveDays(5, 5), 5)).toBeCloseTo(15 / (5 * scheduled - 4 * 15), 15);
  });
});

/**
 * The long-run workdays of paid time off a year of one seat in post, by the roster's own rules (models/schedule/roster.ts,
 * models/schedule/turnover.ts) followed exactly rather than drawn: the probability of each leave countdown, day by day. A
 * day with leave left is leave (a workday of it counts); otherwise a workday starts a block of `leaveDays` with
 * probability `q`, and the countdown falls by one each night. The seat's week starts `offset` days in, as isWorkday has it.
 */
function exactPtoPerYear(q: number, leaveDays: number, workdaysPerWeek: number, offset: number): number {
  let countdown = new Float64Array(leaveDays + 1);
  countdown[0] = 1;
  const settlingDays = 7 * 3000;
  const measuredDays = 7 * 3000;
  let ptoDays = 0;
  for (let day = 0; day < settlingDays + measuredDays; day++) {
    const scheduled = isWorkday(day, offset, workdaysPerWeek);
    const next = new Float64Array(leaveDays + 1);
    let onLeave = 0;
    for (let left = 1; left <= leaveDays; left++) {
      onLeave += countdown[left];
      next[left - 1] += countdown[left];
    }
    if (scheduled) {
      onLeave += countdown[0] * q;
      next[leaveDays - 1] += countdown[0] * q;
      next[0] += countdown[0] * (1 - q);
    } else next[0] += countdown[0];
    if (scheduled && day >= settlingDays) ptoDays += onLeave;
    countdown = next;
  }
  return (ptoDays * 365) / measuredDays;
}

describe('ptoStartProbability against the roster followed exactly (docs/ODD.md §7.0)', () => {
  // Blocks of 5 workdays cover 5 or 6 workdays on 2-, 4- and 6-day weeks and 4 to 6 on a 3-day one, depending on the
  // weekday they start; a block of 3 on a 5-day week covers 3 to 5; a block of 1 on a 2-day week covers 1 or 2.
  const cases: [workdaysPerWeek: number, blockDays: number][] = [[1, 5], [2, 5], [3, 5], [4, 5], [5, 5], [6, 5], [7, 5], [5, 3], [2, 1]];
  for (const [workdaysPerWeek, blockDays] of cases) {
    it(`gives the days granted to a worker in post, whatever the seat's place in the week, on a ${workdaysPerWeek}-day week with blocks of ${blockDays}`, () => {
      const leaveDays = ptoLeaveDays(blockDays, workdaysPerWeek);
      for (const granted of [5, 15, 40]) {
        const q = ptoStartProbability(granted, leaveDays, workdaysPerWeek);
        for (const offset of [0, 3]) expect(Math.abs(exactPtoPerYear(q, leaveDays, workdaysPerWeek, offset) / granted - 1)).toBeLessThan(1e-9);
      }
    });
  }

  it('before 0.38.0 (ptoDaysPerYear / (ptoBlockDays · scheduled days of a year)) gave fewer the larger the share of workdays granted, as docs/ODD.md §7.0 says (README: 12.2 of 15 on a 1-day week): 23.2 of 25 on a 5-day week, 12.2 of 15 on a 1-day week', () => {
    const before = (granted: number, workdaysPerWeek: number) => granted / (5 * ((365 * workdaysPerWeek) / 7));
    expect(exactPtoPerYear(before(25, 5), ptoLeaveDays(5, 5), 5, 0).toFixed(1)).toBe('23.2');
    expect(exactPtoPerYear(before(15, 1), ptoLeaveDays(5, 1), 1, 0).toFixed(1)).toBe('12.2');
  });
});
