import { chargeCosts } from './costs';
import { drawDailyUniforms } from './dailyUniforms';
import { applyScheduledChange } from './scheduledChanges';
import { meetClients } from './schedule/clients';
import { shareDemand } from './schedule/demand';
import { drawClientEvents } from './schedule/events';
import { deriveTeamState } from './schedule/derived';
import { assignRoster } from './schedule/roster';
import { turnOver } from './schedule/turnover';
import { updateWorkers } from './schedule/updates';
import { TALLY } from './tally';
import type { World } from './world';

/**
 * Advances the world by one day, in the order of MODEL.md §3 (step 10, observation, is the
 * observers' job). Each phase is its own function over the whole team, which keeps the small
 * mechanism functions inlinable in the hot loops. Every seat consumes a fixed number of draws
 * from each stream every day (vacant or not), which keeps common random numbers aligned
 * between policies, and makes the draws independent of scheduled changes.
 */
export function stepDay(world: World): void {
  // A scheduled change takes effect at the start of its day, before the roster: one comparison a day.
  if (world.day === world.nextChangeDay) applyScheduledChange(world);
  world.today.fill(0);
  world.today[TALLY.hires] = world.hiresBeforeToday;
  // The seats a package adds, filled on day 0 after a warm-up under day 0's parameters.
  world.today[TALLY.shadowingDaysHired] = world.hiresBeforeToday * world.p.shadowingDays;
  if (world.hiresBeforeToday > 0) world.today[TALLY.shadowingSalaryDaysHired] = addedHiresSalaryFactors(world) * world.p.shadowingDays;
  world.hiresBeforeToday = 0;
  drawDailyUniforms(world.streams, world.uniforms, world.p.baseSeats, world.p.seats);
  assignRoster(world); // 1
  shareDemand(world); // 2
  drawClientEvents(world); // 3
  meetClients(world); // 3–5
  updateWorkers(world); // 6–7
  deriveTeamState(world); // 8
  turnOver(world); // 9
  chargeCosts(world);
  world.day++;
}

/** The salary factors (costs.roleSalaryFactor) of the hires counted before today: the seats a package adds, the last of the team's seats. */
function addedHiresSalaryFactors(world: World): number {
  const { w, p } = world;
  let sum = 0;
  for (let i = w.size - world.hiresBeforeToday; i < w.size; i++) sum += p.salaryFactor[w.role[i]];
  return sum;
}
