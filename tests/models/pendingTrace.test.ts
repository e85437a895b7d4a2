import { describe, expect, it } from 'vitest';
import type { Coefficients } from '../../models/coefficients';
import type { DayEvents } from '../../models/events';
import { meetClients } from '../../models/schedule/clients';
import { turnOver } from '../../models/schedule/turnover';
import { updateWorkers } from '../../models/schedule/updates';
import { TALLY } from '../../models/tally';
import { STATUS } from '../../models/workforce';
import type { World } from '../../models/world';
import type { Overrides } from './helpers';
import { NEVER, phaseWorld, quiet, setEvents } from './phaseWorld';

// The pending-trace pipeline (docs/ODD.md §7.3, §7.13–7.15, §7.18; MODEL.md §4.3): a working
// worker's high-intensity exposure leaves a trace; part of it is processed the same day, the rest
// waits one day and is processed again if the worker is at work, and what is left then becomes
// traumatic memory. A worker not at work turns yesterday's trace into memory whole; a separation
// discards it. Each test runs the phase functions on one seat whose states it sets, and computes
// what the code should give from the formulas of the ODD, written out here.

const SEAT = 0;

/** High-intensity exposure and its client-death part (§7.1), and the trace they leave (§7.3). */
function expectedTrace(c: Coefficients, e: Partial<DayEvents>, attachment: number, trigger: number, shadow = 1) {
  const known = c.knownPersonMultiplier;
  const deathExposure = c.deathWeight * (1 + attachment) * ((e.deaths ?? 0) + known * (e.deathsKnown ?? 0));
  const high = c.crisisWeight * ((e.crises ?? 0) + known * (e.crisesKnown ?? 0)) + deathExposure + c.safetyWeight * (e.safety ?? 0);
  return { trace: c.traceScale * shadow * high * trigger, deathTrace: c.traceScale * shadow * deathExposure * trigger };
}

/** Share processed by independent channels: 1 − Π(1 − x_k) (§7.3). */
const share = (...channels: number[]) => 1 - channels.reduce((keep, x) => keep * (1 - x), 1);

interface Worker {
  support?: number;
  lived?: 0 | 1;
  attachment?: number;
  tenureDays?: number;
  shadowingDays?: number;
  memories?: number;
  pending?: number;
}

/** Seat SEAT at work today, with the states given (the rest as drawn). */
function atWork(world: World, o: Worker = {}): void {
  const w = world.w;
  w.status[SEAT] = STATUS.working;
  w.livedExperience[SEAT] = o.lived ?? 0;
  w.attachment[SEAT] = o.attachment ?? 0.3;
  w.tenureDays[SEAT] = o.tenureDays ?? 400;
  w.shadowingDays[SEAT] = o.shadowingDays ?? 0;
  w.socialSupport[SEAT] = o.support ?? 0;
  w.traumaticMemories[SEAT] = o.memories ?? 0;
  w.pendingTrace[SEAT] = o.pending ?? 0;
  w.helpSeeking[SEAT] = 0.5;
  w.burnout[SEAT] = 0.2;
}

interface TwoDays {
  readonly world: World;
  /** Pending trace at the end of the traumatic day. */
  readonly pending1: number;
  /** Memories at the end of the traumatic day's phases 3–5 (before the day's updates). */
  readonly memories1: number;
  /** Memory laid down by the end of the next workday's phases 3–5 (the seat starts with none). */
  readonly laidDown: number;
}

/**
 * A traumatic workday (phases 3–5), then a workday without events under the same supports
 * (cohesion and social support held), with the seat's memories starting at 0 so that what they
 * hold after the second day is what the trace laid down.
 */
function twoWorkdays(overrides: Overrides, events: Partial<DayEvents>, o: Worker & { cohesion?: number; session?: 'attend' | 'decline' } = {}): TwoDays {
  const world = quiet(phaseWorld(overrides));
  atWork(world, { memories: 0, ...o });
  if (o.cohesion !== undefined) world.cohesion[world.w.team[SEAT]] = o.cohesion;
  if (o.session) {
    world.w.nextSessionDay[SEAT] = world.day;
    world.uniforms.support[SEAT] = o.session === 'attend' ? 0 : NEVER;
  }
  setEvents(world, SEAT, events);
  meetClients(world);
  const pending1 = world.w.pendingTrace[SEAT];
  const memories1 = world.w.traumaticMemories[SEAT];
  world.day++;
  world.uniforms.support[SEAT] = NEVER;
  setEvents(world, SEAT, {});
  meetClients(world);
  return { world, pending1, memories1, laidDown: world.w.traumaticMemories[SEAT] };
}

describe('pending trace: timing (§7.3)', () => {
  it('a traumatic workday lays down no memory that day: the unprocessed part of its trace waits as the pending trace', () => {
    const world = quiet(phaseWorld());
    const c = world.p.c;
    atWork(world, { support: 0.6, memories: 0.2 });
    const events = { crises: 2, safety: 1, contacts: 12 };
    setEvents(world, SEAT, events);
    meetClients(world);
    const { trace } = expectedTrace(c, events, 0.3, 1);
    // Status quo: no debrief, no check-in, no session due today: car talk alone.
    expect(world.w.traumaticMemories[SEAT]).toBe(0.2);
    expect(world.w.pendingTrace[SEAT]).toBeCloseTo(trace * (1 - c.carTalkProcessing * 0.6), 15);
    expect(world.w.pendingTrace[SEAT]).toBeGreaterThan(0);
  });

  it('the next workday processes the leftover again by the supports present, and only the rest becomes memory, one day late', () => {
    const events = { crises: 1, crisesKnown: 1, deaths: 1 };
    const run = twoWorkdays([], events, { support: 0.5 });
    const c = run.world.p.c;
    const { trace } = expectedTrace(c, events, 0.3, 1);
    const P = c.carTalkProcessing * 0.5;
    expect(run.memories1).toBe(0);
    expect(run.pending1).toBeCloseTo(trace * (1 - P), 15);
    expect(run.laidDown).toBeCloseTo(trace * (1 - P) * (1 - P), 15);
    expect(run.world.w.pendingTrace[SEAT]).toBe(0);
  });

  it('yesterday\'s leftover and today\'s trace are processed by the same share: the leftover goes to memory, today\'s waits', () => {
    const world = quiet(phaseWorld());
    const c = world.p.c;
    atWork(world, { support: 0.8, memories: 0.1, pending: 0.004 });
    const events = { safety: 2 };
    setEvents(world, SEAT, events);
    meetClients(world);
    const keep = 1 - c.carTalkProcessing * 0.8;
    expect(world.w.traumaticMemories[SEAT]).toBeCloseTo(0.1 + 0.004 * keep, 15);
    expect(world.w.pendingTrace[SEAT]).toBeCloseTo(expectedTrace(c, events, 0.3, 1).trace * keep, 15);
  });

  for (const [name, status] of [['a day off', STATUS.dayOff], ['a sick day', STATUS.sick], ['a day on leave', STATUS.onLeave]] as const) {
    it(`${name} after a traumatic day turns the whole pending trace into memory, none of it processed`, () => {
      const world = quiet(phaseWorld());
      const c = world.p.c;
      expect(world.p.therapyAccess).toBe(0); // memories fade by memoryDecay alone
      atWork(world, { support: 0.7, memories: 0.15 });
      const events = { crises: 1, deathsKnown: 1 };
      setEvents(world, SEAT, events);
      meetClients(world);
      const pending = world.w.pendingTrace[SEAT];
      expect(pending).toBeCloseTo(expectedTrace(c, events, 0.3, 1).trace * (1 - c.carTalkProcessing * 0.7), 15);

      // The next day the worker is not at work; the supports that processed it yesterday are still there.
      world.day++;
      world.w.status[SEAT] = status;
      setEvents(world, SEAT, { crises: 3 });
      meetClients(world);
      // Phases 3–5 leave a worker not at work alone: no events, nothing processed, nothing laid down yet.
      expect(world.w.exposureToday[SEAT]).toBe(0);
      expect(world.w.pendingTrace[SEAT]).toBe(pending);
      expect(world.w.traumaticMemories[SEAT]).toBe(0.15);
      updateWorkers(world);
      // Phase 6: memories take the pending trace whole, then fade (no stress today, so nothing diverted).
      expect(world.w.stressToday[SEAT]).toBe(0);
      expect(world.w.pendingTrace[SEAT]).toBe(0);
      expect(world.w.traumaticMemories[SEAT]).toBeCloseTo((0.15 + pending) * (1 - c.memoryDecay), 15);
    });
  }

  it('the trace is traceScale × high-intensity exposure × trigger: crises, deaths weighed by attachment, known persons, safety; routine contacts leave none; shadowing lowers it', () => {
    const events = { contacts: 20, crises: 1, crisesKnown: 1, deaths: 1, deathsKnown: 1, safety: 2 };
    const run = (o: Worker, ev: Partial<DayEvents> = events) => {
      const world = quiet(phaseWorld([['policy.training.shadowingDays', 30]]));
      atWork(world, { support: 0, ...o });
      setEvents(world, SEAT, ev);
      meetClients(world);
      return { c: world.p.c, pending: world.w.pendingTrace[SEAT] };
    };
    const { c, pending } = run({ attachment: 0.4 });
    // No support and nothing else on: nothing processed, the whole trace is pending.
    expect(pending).toBeCloseTo(expectedTrace(c, events, 0.4, 1).trace, 15);
    expect(run({ attachment: 0.4, lived: 1 }).pending).toBeCloseTo(expectedTrace(c, events, 0.4, 1 + c.livedExperienceTrigger).trace, 15);
    expect(run({ attachment: 0.9 }).pending).toBeGreaterThan(pending);
    expect(run({ attachment: 0.4, tenureDays: 10, shadowingDays: 30 }).pending).toBeCloseTo(expectedTrace(c, events, 0.4, 1, 1 - c.shadowingRelief).trace, 15);
    expect(run({}, { contacts: 30, successes: 2, barriers: 2, stigma: 3 }).pending).toBe(0);
  });
});

describe('pending trace: each processing channel (§7.3, §7.13–7.15)', () => {
  const crisisDay = { crises: 2 };

  it('car talk processes carTalkProcessing × social support, on both days; none without social support', () => {
    const none = twoWorkdays([], crisisDay, { support: 0 });
    const some = twoWorkdays([], crisisDay, { support: 0.6 });
    const c = some.world.p.c;
    const { trace } = expectedTrace(c, crisisDay, 0.3, 1);
    expect(none.pending1).toBeCloseTo(trace, 15);
    expect(none.laidDown).toBeCloseTo(trace, 15);
    const P = c.carTalkProcessing * 0.6;
    expect(some.pending1).toBeCloseTo(trace * (1 - P), 15);
    expect(some.laidDown).toBeCloseTo(trace * (1 - P) * (1 - P), 15);
    expect(some.laidDown).toBeLessThan(none.laidDown);
  });

  it('ongoing team processing processes teamProcessing × cohesion; nothing in a team without cohesion or under another debrief mode', () => {
    const ongoing: Overrides = [['policy.debrief.mode', 'ongoing']];
    const on = twoWorkdays(ongoing, crisisDay, { cohesion: 0.7 });
    const c = on.world.p.c;
    const { trace } = expectedTrace(c, crisisDay, 0.3, 1);
    const P = c.teamProcessing * 0.7;
    expect(on.pending1).toBeCloseTo(trace * (1 - P), 15);
    expect(on.laidDown).toBeCloseTo(trace * (1 - P) * (1 - P), 15);
    const off = twoWorkdays([], crisisDay, { cohesion: 0.7 });
    expect(off.laidDown).toBeCloseTo(trace, 15);
    expect(on.laidDown).toBeLessThan(off.laidDown);
    expect(twoWorkdays(ongoing, crisisDay, { cohesion: 0 }).laidDown).toBe(off.laidDown);
    expect(twoWorkdays([['policy.debrief.mode', 'single-session']], crisisDay, { cohesion: 0.7 }).laidDown).toBe(off.laidDown);
  });

  it('an attended supervision session processes supervisionProcessing × quality of the trace that day; a declined one, none due, or quality 0 processes nothing', () => {
    const attended = twoWorkdays([], crisisDay, { session: 'attend' });
    const c = attended.world.p.c;
    const q = attended.world.p.supervisionQuality;
    expect(q).toBeGreaterThan(0);
    const { trace } = expectedTrace(c, crisisDay, 0.3, 1);
    expect(attended.world.w.supportAttended[SEAT]).toBe(1);
    // The session acts on its own day only (the next falls due intervalDays later).
    expect(attended.pending1).toBeCloseTo(trace * (1 - c.supervisionProcessing * q), 15);
    expect(attended.laidDown).toBeCloseTo(trace * (1 - c.supervisionProcessing * q), 15);
    const declined = twoWorkdays([], crisisDay, { session: 'decline' });
    expect(declined.world.w.supportOffered[SEAT]).toBe(1);
    expect(declined.world.w.supportAttended[SEAT]).toBe(0);
    expect(declined.laidDown).toBeCloseTo(trace, 15);
    expect(attended.laidDown).toBeLessThan(declined.laidDown);
    expect(twoWorkdays([], crisisDay).laidDown).toBe(declined.laidDown);
    const qualityZero = twoWorkdays([['policy.supervision.quality', 0]], crisisDay, { session: 'attend' });
    expect(qualityZero.world.w.supportAttended[SEAT]).toBe(1);
    expect(qualityZero.laidDown).toBe(declined.laidDown);
  });

  it('a grief check-in processes griefCheckInProcessing of the deaths\' trace, as a share of all that is pending; nothing on a day without a death', () => {
    const checkIn: Overrides = [['policy.grief.checkIn', true]];
    const deathDay = { deaths: 1, crises: 1 };
    const yesterday = 0.003;
    const on = twoWorkdays(checkIn, deathDay, { pending: yesterday });
    const c = on.world.p.c;
    const { trace, deathTrace } = expectedTrace(c, deathDay, 0.3, 1);
    const P = (c.griefCheckInProcessing * deathTrace) / (yesterday + trace);
    expect(on.world.today[TALLY.checkIns]).toBe(1);
    // Yesterday's leftover goes to memory, today's trace waits, each less the same share.
    expect(on.memories1).toBeCloseTo(yesterday * (1 - P), 15);
    expect(on.pending1).toBeCloseTo(trace * (1 - P), 15);
    // Over both, the check-in processes griefCheckInProcessing × the deaths' trace.
    expect(yesterday + trace - on.memories1 - on.pending1).toBeCloseTo(c.griefCheckInProcessing * deathTrace, 15);
    const off = twoWorkdays([], deathDay, { pending: yesterday });
    expect(off.laidDown).toBeCloseTo(yesterday + trace, 15);
    expect(on.laidDown).toBeLessThan(off.laidDown);
    // No death today: no check-in, nothing processed.
    const noDeath = twoWorkdays(checkIn, crisisDay, { pending: yesterday });
    expect(noDeath.world.today[TALLY.checkIns]).toBe(0);
    expect(noDeath.laidDown).toBe(twoWorkdays([], crisisDay, { pending: yesterday }).laidDown);
  });

  it('a single-session debrief processes nothing at its default; with singleSessionProcessing > 0 it processes that share, on days with a crisis or a death only', () => {
    const single: Overrides = [['policy.debrief.mode', 'single-session']];
    const none = twoWorkdays([], crisisDay);
    const byDefault = twoWorkdays(single, crisisDay);
    expect(byDefault.world.p.c.singleSessionProcessing).toBe(0);
    expect(byDefault.world.today[TALLY.debriefs]).toBe(1);
    expect(byDefault.laidDown).toBe(none.laidDown);
    const processing: Overrides = [...single, ['coefficients.singleSessionProcessing', 0.4]];
    const on = twoWorkdays(processing, crisisDay);
    const c = on.world.p.c;
    const { trace } = expectedTrace(c, crisisDay, 0.3, 1);
    expect(on.pending1).toBeCloseTo(trace * 0.6, 15);
    expect(on.laidDown).toBeCloseTo(trace * 0.6, 15);
    expect(on.laidDown).toBeLessThan(none.laidDown);
    // A safety incident alone calls for no debrief.
    const safetyDay = { safety: 2 };
    const safety = twoWorkdays(processing, safetyDay);
    expect(safety.world.today[TALLY.debriefs]).toBe(0);
    expect(safety.laidDown).toBe(twoWorkdays([], safetyDay).laidDown);
  });

  it('the channels combine as independent chances: 1 − Π(1 − share_k)', () => {
    const deathDay = { deaths: 1, crisesKnown: 1 };
    const all = twoWorkdays([['policy.debrief.mode', 'ongoing'], ['policy.grief.checkIn', true]], deathDay, { support: 0.4, cohesion: 0.5, session: 'attend' });
    const c = all.world.p.c;
    const q = all.world.p.supervisionQuality;
    const { trace, deathTrace } = expectedTrace(c, deathDay, 0.3, 1);
    const day1 = share(c.carTalkProcessing * 0.4, c.teamProcessing * 0.5, c.supervisionProcessing * q, (c.griefCheckInProcessing * deathTrace) / trace);
    const day2 = share(c.carTalkProcessing * 0.4, c.teamProcessing * 0.5);
    expect(all.pending1).toBeCloseTo(trace * (1 - day1), 15);
    expect(all.laidDown).toBeCloseTo(trace * (1 - day1) * (1 - day2), 15);
  });
});

describe('pending trace: separation and hiring (§7.18)', () => {
  it('a separation discards the pending trace (it does not become memory) and the new hire starts with none', () => {
    const world = quiet(phaseWorld([['policy.staffing.hiringDelayDays', 0]]));
    const w = world.w;
    atWork(world, { pending: 0.006, memories: 0.2 });
    world.uniforms.separation[SEAT] = 0;
    turnOver(world);
    expect(w.status[SEAT]).toBe(STATUS.vacant);
    expect(w.pendingTrace[SEAT]).toBe(0);
    expect(w.traumaticMemories[SEAT]).toBe(0.2);

    // The replacement arrives at the end of the next day, with its own starting memories (0.3 × trauma history) and nothing pending.
    world.day++;
    world.uniforms.separation[SEAT] = NEVER;
    const id = w.workerId[SEAT];
    turnOver(world);
    expect(w.status[SEAT]).toBe(STATUS.dayOff);
    expect(w.workerId[SEAT]).not.toBe(id);
    expect(w.pendingTrace[SEAT]).toBe(0);
    expect(w.traumaticMemories[SEAT]).toBeLessThanOrEqual(0.3);
    // Their first day off lays down nothing but fades their own memories.
    const start = w.traumaticMemories[SEAT];
    world.day++;
    meetClients(world);
    updateWorkers(world);
    expect(w.traumaticMemories[SEAT]).toBeCloseTo(start * (1 - world.p.c.memoryDecay), 15);
  });

  it('a hire starts with no pending trace whatever the vacant seat held', () => {
    const world = quiet(phaseWorld());
    const w = world.w;
    w.status[SEAT] = STATUS.vacant;
    w.vacancyDaysLeft[SEAT] = 1;
    w.pendingTrace[SEAT] = 0.01;
    turnOver(world);
    expect(w.status[SEAT]).toBe(STATUS.dayOff);
    expect(w.pendingTrace[SEAT]).toBe(0);
  });
});
