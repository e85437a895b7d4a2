import { EVENT_DRAWS, type DayEvents } from '../../models/events';
import { modelParameters } from '../../models/parameters';
import { STATUS } from '../../models/workforce';
import { createWorld, type World } from '../../models/world';
import { resolveScenario } from '../../scenarios/resolve';
import type { Overrides } from './helpers';

// Small worlds for phase-level tests: one day's phase functions (models/schedule/*) are run by
// hand on seat states the test sets, with the day's uniforms and event counts written directly,
// so each branch of a phase is reached on purpose and its outcome can be computed in the test.

/** Just below 1: a uniform that makes no random event happen (no sick day, PTO, separation, attendance, shock). */
export const NEVER = 1 - 1e-12;

/** A world of `population.seats` seats (default 8, teams of 4) from the defaults with overrides, day 0; with `journal`, keeping an event journal. */
export function phaseWorld(overrides: Overrides = [], journal = false): World {
  const scenario = resolveScenario({ overrides: [['days', 60], ['population.seats', 8], ['population.teamSize', 4], ...overrides] });
  return createWorld(modelParameters(scenario), { seed: 5, point: 0, replication: 0 }, { journal });
}

/**
 * Puts every employed seat on a quiet footing: no random event today (every daily uniform at
 * NEVER), no events, nothing pending, no supervision due, no leave. Seats keep their drawn traits.
 */
export function quiet(world: World): World {
  const w = world.w;
  const u = world.uniforms;
  for (const a of [u.roster, u.absence, u.events, u.support, u.life, u.separation]) a.fill(NEVER);
  world.eventCounts.fill(0);
  for (let i = 0; i < w.size; i++) {
    if (w.status[i] === STATUS.vacant) continue;
    w.status[i] = STATUS.dayOff;
    w.pendingTrace[i] = 0;
    w.nextSessionDay[i] = world.day + 10_000;
    w.leaveDaysLeft[i] = 0;
    w.leaveKind[i] = 0;
    w.ptoBlocksWaiting[i] = 0;
    w.deathsToday[i] = 0;
    w.stressToday[i] = 0;
  }
  return world;
}

/** Writes today's event counts of a seat where drawClientEvents would have (contacts, then the incidents in draw order). */
export function setEvents(world: World, seat: number, events: Partial<DayEvents>): void {
  const e = { contacts: 0, crisesKnown: 0, crises: 0, deathsKnown: 0, deaths: 0, successes: 0, barriers: 0, stigma: 0, safety: 0, ...events };
  const order = [e.contacts, e.crisesKnown, e.crises, e.deathsKnown, e.deaths, e.successes, e.barriers, e.stigma, e.safety];
  world.eventCounts.set(order, seat * EVENT_DRAWS);
}

/** The seats of team t. */
export function teamMembers(world: World, t: number): number[] {
  return Array.from({ length: world.w.size }, (_, i) => i).filter((i) => world.w.team[i] === t);
}
