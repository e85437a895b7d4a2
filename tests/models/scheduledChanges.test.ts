import { describe, expect, it } from 'vitest';
import { runChunk } from '../../models/chunk';
import { SERIES, SERIES_COUNT, type SeriesName } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication, type ReplicationResult } from '../../models/replication';
import { applyScheduledChange } from '../../models/scheduledChanges';
import { stepDay } from '../../models/step';
import { firstSessionDay } from '../../models/supervision';
import { STATUS } from '../../models/workforce';
import { TALLY } from '../../models/tally';
import { createWorld, type World } from '../../models/world';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';

// Scheduled changes (scenario field `changes`, models/scheduledChanges.ts): the world switches to
// the next period's parameters at the start of the change's day. Random draws never depend on
// the parameters, so everything before the change day is the run without the change.

const DAYS = 730;
const D = 365;

type Set = Record<string, unknown>;

function scenario(overrides: [string, unknown][] = [], changes: { day: number; set: Set }[] = [], policy?: string): Scenario {
  return resolveScenario({ policy, file: changes.length > 0 ? { changes } : undefined, overrides: [['days', DAYS], ...overrides] });
}

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const rows = (record: Float64Array, from: number, to: number) => record.subarray(from * SERIES_COUNT, to * SERIES_COUNT);
const separationsBefore = (r: ReplicationResult, day: number) => {
  const log = r.world.separations;
  const keep = log.day.map((d, k) => (d < day ? k : -1)).filter((k) => k >= 0);
  return keep.map((k) => [log.day[k], log.seat[k], log.workerId[k], log.role[k], log.tenureDays[k], log.burnout[k], log.cf[k], log.satisfaction[k], log.reason[k]]);
};
/** Sum of a daily series over days [from, to). */
const total = (r: ReplicationResult, name: SeriesName, from: number, to: number) => {
  let sum = 0;
  for (let d = from; d < to; d++) sum += r.record[d * SERIES_COUNT + SERIES[name]];
  return sum;
};

/** Runs `reps` replications of two scenarios on the same keys. */
function paired(a: Scenario, b: Scenario, reps = 4): [ReplicationResult, ReplicationResult][] {
  const pa = modelParameters(a);
  const pb = modelParameters(b);
  return Array.from({ length: reps }, (_, rep) => {
    const key = { seed: 21, point: 0, replication: rep };
    return [runReplication(pa, key), runReplication(pb, key)];
  });
}

/** A world stepped to the start of `day` (days 0 .. day − 1 simulated). */
function worldAt(s: Scenario, day: number, replication = 0): World {
  const world = createWorld(modelParameters(s), { seed: 21, point: 0, replication });
  while (world.day < day) stepDay(world);
  return world;
}

describe('scheduled changes: the run up to the change day', () => {
  const optOut = { 'policy.supervision.mode': 'opt-out', 'policy.supervision.intervalDays': 14 };

  it('a change on day D leaves days 0 .. D − 1 and their separations byte-identical, and changes what follows', () => {
    for (const [without, withChange] of paired(scenario(), scenario([], [{ day: D, set: optOut }]))) {
      expect(bytes(rows(withChange.record, 0, D)).equals(bytes(rows(without.record, 0, D)))).toBe(true);
      expect(separationsBefore(withChange, D)).toEqual(separationsBefore(without, D));
      expect(separationsBefore(without, D).length).toBeGreaterThan(0);
      // Not a vacuous check: from day D on the runs differ.
      expect(bytes(rows(withChange.record, D, D + 1)).equals(bytes(rows(without.record, D, D + 1)))).toBe(false);
    }
  });

  it('holds for several changes, each up to its own day, and for a community change', () => {
    const first = [{ day: 200, set: { 'community.overdoseBurden': 2 } }];
    const both = [...first, { day: 500, set: { 'policy.staffing.hiringDelayDays': 20, 'community.demandPerSeat': 8 } }];
    const [[none, one]] = paired(scenario(), scenario([], first), 1);
    const [[, two]] = paired(scenario(), scenario([], both), 1);
    expect(bytes(rows(one.record, 0, 200)).equals(bytes(rows(none.record, 0, 200)))).toBe(true);
    expect(bytes(rows(two.record, 0, 500)).equals(bytes(rows(one.record, 0, 500)))).toBe(true);
    expect(separationsBefore(two, 500)).toEqual(separationsBefore(one, 500));
    expect(bytes(rows(two.record, 500, DAYS)).equals(bytes(rows(one.record, 500, DAYS)))).toBe(false);
  });

  it('a change to the values already in force changes nothing at all', () => {
    const same = [{ day: D, set: { 'policy.supervision.mode': 'opt-in', 'policy.supervision.intervalDays': 28, 'community.overdoseBurden': 1, 'policy.staffing.hiringDelayDays': 75 } }];
    for (const [without, withChange] of paired(scenario(), scenario([], same), 2)) {
      expect(bytes(withChange.record).equals(bytes(without.record))).toBe(true);
      expect(withChange.metrics).toEqual(without.metrics);
    }
  });

  it('a run with changes gives the same results whether replications reuse one world (worker threads) or not', () => {
    const s = scenario([['days', 400]], [{ day: 100, set: { 'policy.supervision.mode': 'none' } }, { day: 250, set: { 'policy.supervision.mode': 'opt-out', 'community.stigma': 0.8 } }]);
    const chunk = runChunk({ scenario: s, seed: 3, point: 0, firstRep: 0, reps: 3 });
    const params = modelParameters(s);
    for (let rep = 0; rep < 3; rep++) {
      const alone = runReplication(params, { seed: 3, point: 0, replication: rep });
      expect(bytes(chunk.records.subarray(rep * 400 * SERIES_COUNT, (rep + 1) * 400 * SERIES_COUNT)).equals(bytes(alone.record))).toBe(true);
    }
  });
});

describe('scheduled changes: what each mechanism does from the change day', () => {
  it('opt-out supervision from day D raises sessions attended from D on, and not before', () => {
    const runs = paired(scenario(), scenario([], [{ day: D, set: { 'policy.supervision.mode': 'opt-out' } }]));
    let before = 0;
    let after = 0;
    let baselineAfter = 0;
    for (const [optIn, optOut] of runs) {
      for (let d = 0; d < D; d++) expect(optOut.record[d * SERIES_COUNT + SERIES.supportAttended]).toBe(optIn.record[d * SERIES_COUNT + SERIES.supportAttended]);
      before += total(optOut, 'supportAttended', 0, D);
      after += total(optOut, 'supportAttended', D, DAYS);
      baselineAfter += total(optIn, 'supportAttended', D, DAYS);
    }
    expect(before).toBeGreaterThan(0);
    // Guldner 2024: 55% keep a pre-booked session, while 6% of people self-refer over seven months (under 1% of monthly offers).
    expect(after).toBeGreaterThan(3 * baselineAfter);
    // Supervision already on: sessions already booked keep their days (no burst on day D).
    for (const [optIn, optOut] of runs) expect(optOut.record[D * SERIES_COUNT + SERIES.supportOffered]).toBe(optIn.record[D * SERIES_COUNT + SERIES.supportOffered]);
  });

  it('supervision switched on from none starts on day D, staggered across the team as on day 0', () => {
    const s = scenario([['policy.supervision.mode', 'none']], [{ day: D, set: { 'policy.supervision.mode': 'opt-out', 'policy.supervision.intervalDays': 14 } }]);
    for (const [, on] of paired(scenario([['policy.supervision.mode', 'none']]), s, 2)) {
      expect(total(on, 'supportOffered', 0, D)).toBe(0);
      const headcount = on.record[D * SERIES_COUNT + SERIES.headcount];
      // Not everyone's session falls due on day D...
      expect(on.record[D * SERIES_COUNT + SERIES.supportOffered]).toBeLessThan(headcount / 3);
      // ...but within the first interval (and a week for days off and leave) nearly everyone is offered one.
      expect(total(on, 'supportOffered', D, D + 21)).toBeGreaterThan(0.8 * headcount);
      expect(total(on, 'supportAttended', D, DAYS)).toBeGreaterThan(0);
    }
  });

  it('a shorter interval brings each next session closer in proportion, keeping the stagger; a due session stays due', () => {
    const s = scenario([], [{ day: D, set: { 'policy.supervision.intervalDays': 7 } }]);
    const world = worldAt(s, D);
    const before = Array.from(world.w.nextSessionDay);
    applyScheduledChange(world);
    expect(world.p.supervisionInterval).toBe(7);
    expect(world.nextChangeDay).toBe(-1);
    for (let i = 0; i < world.w.size; i++) {
      const left = before[i] - D;
      if (world.w.status[i] === STATUS.vacant) continue;
      expect(left).toBeLessThan(28);
      expect(world.w.nextSessionDay[i]).toBe(left > 0 ? D + Math.floor((left * 7) / 28) : before[i]);
      expect(world.w.nextSessionDay[i] - D).toBeLessThan(7);
    }
    // The team is not all booked on one day.
    expect(new Set(world.w.nextSessionDay).size).toBeGreaterThan(3);
  });

  it('open vacancies are treated as if opened under the new hiring delay, never below zero', () => {
    const s = scenario([], [{ day: D, set: { 'policy.staffing.hiringDelayDays': 30 } }]);
    // Find a replication with vacancies open on day D.
    let world: World | undefined;
    for (let rep = 0; rep < 10 && !world; rep++) {
      const w = worldAt(s, D, rep);
      if (w.w.status.some((st) => st === STATUS.vacant)) world = w;
    }
    if (!world) return expect.fail('no vacancy open on day D in 10 replications');
    const before = Array.from(world.w.vacancyDaysLeft);
    applyScheduledChange(world);
    let moved = 0;
    for (let i = 0; i < world.w.size; i++) {
      if (world.w.status[i] !== STATUS.vacant) expect(world.w.vacancyDaysLeft[i]).toBe(before[i]);
      else {
        expect(world.w.vacancyDaysLeft[i]).toBe(Math.max(0, before[i] - 45));
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('a change of demand per seat recomputes each team\'s demand as day 0 would have set it', () => {
    const s = scenario([], [{ day: D, set: { 'community.demandPerSeat': 9 } }]);
    const world = worldAt(s, D);
    applyScheduledChange(world);
    const fresh = createWorld(modelParameters(scenario([['community.demandPerSeat', 9]])), { seed: 21, point: 0, replication: 0 });
    expect(Array.from(world.teamDemand)).toEqual(Array.from(fresh.teamDemand));
    expect(world.teamDemand[0]).toBeGreaterThan(0);
  });

  it('shadowing introduced on day D is for workers hired from then on, not for recent hires already in post', () => {
    const s = scenario([], [{ day: D, set: { 'policy.training.shadowingDays': 60 } }]);
    let recent = 0;
    for (const [without, withChange] of paired(scenario(), s, 6)) {
      // Nothing differs until the first worker hired after the change starts work...
      const hires = without.record.filter((_, k) => k % SERIES_COUNT === SERIES.hires);
      let first = D;
      while (first < DAYS && hires[first] === 0) first++;
      expect(first).toBeLessThan(DAYS - 1);
      expect(bytes(rows(withChange.record, 0, first + 1)).equals(bytes(rows(without.record, 0, first + 1)))).toBe(true);
      // ...even where staff hired within 60 days before D are still in post on day D.
      const world = worldAt(scenario(), D, without.key.replication);
      for (let i = 0; i < world.w.size; i++) if (world.w.status[i] !== STATUS.vacant && world.w.tenureDays[i] < 60) recent++;
      // Those hired later shadow (and so are exposed less): the runs differ afterwards.
      expect(bytes(withChange.record).equals(bytes(without.record))).toBe(false);
    }
    expect(recent).toBeGreaterThan(0);
  });

  it('a worker hired the evening before the change day starts under the new policy, as later hires do', () => {
    // Shadowing from day D on: every worker starting on D or later has it; those hired earlier keep none.
    let startedOnChangeDay = 0;
    for (let d = 50; d <= 700; d += 7) {
      const s = scenario([], [{ day: d, set: { 'policy.training.shadowingDays': 60 } }]);
      const world = worldAt(s, d + 1);
      for (let i = 0; i < world.w.size; i++) {
        if (world.w.status[i] === STATUS.vacant) continue;
        const hiredOn = world.w.hiredOn[i];
        expect(world.w.shadowingDays[i], `seat ${i} hired on day ${hiredOn}, change on day ${d}`).toBe(hiredOn >= d ? 60 : 0);
        if (hiredOn === d) startedOnChangeDay++;
      }
    }
    expect(startedOnChangeDay, 'the case the test is about happened').toBeGreaterThan(0);
  });

  it('a worker starting on the day the supervision interval changes is booked on the new cycle, and not rescaled again', () => {
    let checked = 0;
    for (let d = 50; d <= 700; d += 7) {
      const world = worldAt(scenario([], [{ day: d, set: { 'policy.supervision.intervalDays': 7 } }]), d);
      applyScheduledChange(world);
      for (let i = 0; i < world.w.size; i++) {
        if (world.w.status[i] === STATUS.vacant || world.w.hiredOn[i] !== d) continue;
        expect(world.w.nextSessionDay[i]).toBe(firstSessionDay(d, i, 7));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("a hire made the night before shadowingDays changes is charged the shadowing it joins with, the new length", () => {
    const wage = 55000 / ((365 / 7) * 5); // a day's pay at the default salary and working week
    let checked = 0;
    for (let d = 30; d <= 700 && checked < 3; d += 1) {
      const s = scenario([['costs.shadowingDayWageShare', 1]], [{ day: d, set: { 'policy.training.shadowingDays': 20 } }]);
      const world = worldAt(s, d - 1);
      stepDay(world);
      const hires = world.today[TALLY.hires];
      if (hires === 0) continue;
      // The status quo's programmes cost nothing: the programme part is the shadowing alone.
      expect(world.today[TALLY.programmeCost]).toBeCloseTo(hires * 20 * wage, 6);
      for (let i = 0; i < world.w.size; i++) if (world.w.hiredOn[i] === d) expect(world.w.shadowingDays[i]).toBe(20);
      checked++;
      d += 60;
    }
    expect(checked).toBe(3);
  });

  it('a higher overdose burden from day D raises crises and client deaths from D on, and not before', () => {
    const runs = paired(scenario(), scenario([], [{ day: D, set: { 'community.overdoseBurden': 2.5 } }]));
    let base = 0;
    let shocked = 0;
    for (const [quo, shock] of runs) {
      for (const name of ['crises', 'clientDeaths'] as const) {
        expect(total(shock, name, 0, D)).toBe(total(quo, name, 0, D));
        base += total(quo, name, D, DAYS);
        shocked += total(shock, name, D, DAYS);
      }
    }
    expect(shocked).toBeGreaterThan(1.8 * base);
  });

  it('grief leave and paid time off already running keep their length when the policy changes', () => {
    const s = scenario([], [{ day: D, set: { 'policy.grief.leaveDays': 0, 'policy.compensation.ptoDaysPerYear': 0 } }], 'opt-out-support');
    let world: World | undefined;
    for (let rep = 0; rep < 10 && !world; rep++) {
      const w = worldAt(s, D, rep);
      if (w.w.leaveDaysLeft.some((d) => d > 0)) world = w;
    }
    if (!world) return expect.fail('no leave running on day D in 10 replications');
    const left = Array.from(world.w.leaveDaysLeft);
    stepDay(world);
    for (let i = 0; i < world.w.size; i++) {
      if (left[i] > 0 && world.w.status[i] !== STATUS.vacant) {
        expect(world.w.status[i]).toBe(STATUS.onLeave);
        expect(world.w.leaveDaysLeft[i]).toBe(left[i] - 1);
      }
    }
    // No new leave starts under the new policy.
    while (world.day < DAYS) {
      const running = Array.from(world.w.leaveDaysLeft);
      stepDay(world);
      for (let i = 0; i < world.w.size; i++) if (running[i] === 0 && world.w.status[i] !== STATUS.vacant) expect(world.w.leaveDaysLeft[i]).toBe(0);
    }
  });
});
