import type { StreamKey } from '../sim/random/stream';
import { hire } from './hiring';
import { JOURNAL } from './journal';
import type { ModelParameters } from './parameters';
import { switchParameters } from './scheduledChanges';
import { stepDay } from './step';
import { STATUS } from './workforce';
import { replicationParameters } from './uncertainty';
import { createWorld, type World, type WorldOptions } from './world';

// The warm-up (population.warmUpDays; docs/ODD.md §5, step 6): before day 0 the team works
// under the scenario's practice (scenarios/warmUp.ts: the status quo unless it sets one), drawing from the run's own streams, and nothing
// of it is recorded. Day 0 then starts under the run's parameters as a scheduled change would
// (models/scheduledChanges.ts), with the days renumbered so that the run still counts from 0.

/** Longer than any warm-up: a vacancy with this countdown is not filled during it. */
const NEVER = 0x3fffffff;

/**
 * Day 0 of one run: the drawn starting team, after the warm-up when the scenario has one, under
 * the values the replication draws for the scenario's uncertain fields (models/uncertainty.ts).
 */
export function startWorld(p: ModelParameters, key: StreamKey, options: WorldOptions = {}): World {
  // The drawn values hold before day 0 too: the warm-up is the drawn parameters' own (a coefficient
  // is the world's, so the team has lived with the value it runs with; docs/ODD.md §4).
  const drawn = replicationParameters(p, key);
  const world = createWorld(drawn, key, options);
  if (drawn.warmUp) warmUp(world, drawn.warmUp, drawn.warmUpDays);
  return world;
}

/** Simulates `days` days under `practice` (the scenario's practice: the status quo unless it sets one), then puts the world at day 0 under its own parameters. */
function warmUp(world: World, practice: ModelParameters, days: number): void {
  const run = world.p;
  const w = world.w;
  // Seats the run adds beyond the practice's are not there yet: vacant, never filled, in no
  // team's size, drawing no random numbers and not on the roster (stepDay and assignRoster go
  // over world.p.seats), so the warm-up is the same under every package, a practice's float pool
  // included.
  const firstAdded = practice.seats;
  for (let i = firstAdded; i < w.size; i++) {
    w.status[i] = STATUS.vacant;
    w.vacancyDaysLeft[i] = NEVER;
  }
  world.nextWorkerId = firstAdded; // the numbers the added seats' drawn workers had, who never work
  countTeamSeats(world, firstAdded);
  averageTeamSts(world);
  world.p = practice;
  world.nextChangeDay = -1;
  for (let d = 0; d < days; d++) stepDay(world);
  countTeamSeats(world, w.size);

  // Renumber: the day after the warm-up is day 0. Each seat keeps its place in the week.
  for (let i = 0; i < w.size; i++) {
    w.hiredOn[i] -= days;
    w.nextSessionDay[i] -= days;
    world.workweekOffset[i] = (world.workweekOffset[i] + days) % 7;
  }
  world.day = 0;
  switchParameters(world, run);
  world.nextChange = 0;
  world.nextChangeDay = run.schedule.length > 0 ? run.schedule[0].day : -1;
  // Outputs count from day 0: the warm-up's separations, journal entries and per-worker session
  // and death counts are not the run's.
  world.separations.clear();
  world.journal?.clear();
  w.supportOffered.fill(0);
  w.supportAttended.fill(0);
  w.clientDeaths.fill(0);
  // The package's added seats are filled on day 0 by new hires, from the added seats' own stream,
  // and counted with day 0's hires (so their shadowing is charged, as any hire's is).
  for (let i = firstAdded; i < w.size; i++) {
    hire(w, i, run, world.streams.extraSeats, 0, world.nextWorkerId++, 0);
    world.journal?.record(0, i, w.workerId[i], JOURNAL.hire);
  }
  world.hiresBeforeToday = w.size - firstAdded;
}

/** Sets each team's size (world.teamSeats) to its seats among the first `seats`. */
function countTeamSeats(world: World, seats: number): void {
  world.teamSeats.fill(0);
  for (let i = 0; i < seats; i++) world.teamSeats[world.w.team[i]]++;
}

/** Each team's mean STS over its workers in post, as day 0's contagion reads it. */
function averageTeamSts(world: World): void {
  const w = world.w;
  world.stsSum.fill(0);
  world.employedCount.fill(0);
  for (let i = 0; i < w.size; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    world.stsSum[w.team[i]] += w.sts[i];
    world.employedCount[w.team[i]]++;
  }
  for (let t = 0; t < world.teamMeanSts.length; t++) world.teamMeanSts[t] = world.employedCount[t] > 0 ? world.stsSum[t] / world.employedCount[t] : 0;
}
