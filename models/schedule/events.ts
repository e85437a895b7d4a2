import { drawEvents, EVENT_DRAWS } from '../events';
import { STATUS } from '../workforce';
import type { World } from '../world';

/**
 * Step 3, first half: each working seat's client contacts and event counts today, from the
 * day's events uniforms (MODEL.md §4.1). A phase of its own, apart from what the events do to
 * the worker (meetClients), so that the samplers are compiled inline here: inside the larger
 * phase the optimizer runs out of inlining budget and boxes every number passed to them.
 */
export function drawClientEvents(world: World): void {
  const p = world.p;
  const w = world.w;
  const n = w.size;
  const uniforms = world.uniforms.events;
  const counts = world.eventCounts;
  const rates = p.eventRates;
  for (let i = 0; i < n; i++) {
    if (w.status[i] !== STATUS.working) continue;
    const role = w.role[i];
    const load = world.loadPerShare[w.team[i]] * p.caseloadShare[role];
    drawEvents(uniforms, i * EVENT_DRAWS, load, rates, role, w.livesInCommunity[i], counts, world.contactTables, world.contactSlot[i]);
  }
}
