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
