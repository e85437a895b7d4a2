import { describe, expect, it } from 'vitest';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { createSimulation } from '../../models/simulation';
import { startWorld } from '../../models/warmUp';
import { STATUS } from '../../models/workforce';
import { createWorld, type World } from '../../models/world';
import { resolveScenario } from '../../scenarios/resolve';
import type { Scenario } from '../../scenarios/schema';
import { warmUpPolicy, warmUpSummary } from '../../scenarios/warmUp';

// The warm-up (population.warmUpDays, models/warmUp.ts): the team works the days before day 0
// under the scenario's practice (the status quo unless it sets one), unrecorded, and day 0 starts
// under the run's own parameters.

type Overrides = [string, unknown][];
const scenario = (overrides: Overrides, policy?: string, file?: unknown): Scenario => resolveScenario({ policy, file, overrides });
const key = (replication = 0) => ({ seed: 5, point: 0, replication });

/** Each worker's latent state, seat by seat, for seats [0, seats). */
function states(world: World, seats: number): number[][] {
  const w = world.w;
  const fields = [w.sts, w.burnout, w.satisfaction, w.cf, w.traumaticMemories, w.numbing, w.prolongedExposure, w.detachment, w.socialSupport, w.selfCare, w.lifeDemands];
  return Array.from({ length: seats }, (_, i) => [w.status[i] === STATUS.vacant ? -1 : w.workerId[i], w.tenureDays[i], ...fields.map((f) => f[i])]);
}

describe('the warm-up', () => {
  it('under the status quo, is the first days of a longer run: the run records that run from the warm-up on, counted from day 0', () => {
    // 100 days: not a whole number of weeks, so each seat's place in the week must carry over.
    const W = 100;
    const D = 200;
    const long = runReplication(modelParameters(scenario([['days', W + D], ['population.warmUpDays', 0]])), key());
    const warm = runReplication(modelParameters(scenario([['days', D], ['population.warmUpDays', W]])), key());
    const separationsBefore = long.record[(W - 1) * SERIES_COUNT + SERIES.cumulativeSeparations];
    expect(separationsBefore).toBeGreaterThan(0);
    for (let d = 0; d < D; d++) {
      for (let s = 0; s < SERIES_COUNT; s++) {
        const expected = long.record[(W + d) * SERIES_COUNT + s] - (s === SERIES.cumulativeSeparations ? separationsBefore : 0);
        expect(warm.record[d * SERIES_COUNT + s], `day ${d}, series ${s}`).toBe(expected);
      }
    }
    const log = long.world.separations;
    const after = log.day.flatMap((day, k) => (day >= W ? [[day - W, log.workerId[k], log.tenureDays[k], log.burnout[k], log.reason[k]]] : []));
    const warmLog = warm.world.separations;
    expect(warmLog.day.map((day, k) => [day, warmLog.workerId[k], warmLog.tenureDays[k], warmLog.burnout[k], warmLog.reason[k]])).toEqual(after);
    expect(after.length).toBeGreaterThan(0);
  });

  it('starts every package from the same team: the funded seats are identical on day 0, and the seats a package adds are new hires', () => {
    const W = 180;
    const worlds = ['status-quo', 'multi-level', 'opt-out-support'].map((policy) => startWorld(modelParameters(scenario([['population.warmUpDays', W]], policy)), key(3)));
    const funded = worlds[0].params.baseSeats;
    expect(states(worlds[1], funded)).toEqual(states(worlds[0], funded));
    expect(states(worlds[2], funded)).toEqual(states(worlds[0], funded));
    // The warm-up changed the team: some seats were refilled, and tenures grew.
    const drawn = createWorld(modelParameters(scenario([['population.warmUpDays', W]])), key(3));
    expect(states(worlds[0], funded)).not.toEqual(states(drawn, funded));
    const ml = worlds[1];
    expect(ml.w.size).toBeGreaterThan(funded);
    for (let i = funded; i < ml.w.size; i++) {
      expect(ml.w.status[i]).not.toBe(STATUS.vacant);
      expect(ml.w.tenureDays[i]).toBe(0);
      expect(ml.w.hiredOn[i]).toBe(0);
      expect(ml.w.shadowingDays[i]).toBe(20); // the package's onboarding
    }
    // Without a warm-up the added seats are staff in post on day 0, as before.
    const noWarmUp = createWorld(modelParameters(scenario([], 'multi-level')), key(3));
    expect(noWarmUp.w.tenureDays[funded]).toBeGreaterThan(0);
  });

  it('counts the seats a package adds among day 0\'s hires, and charges their shadowing as any hire\'s', () => {
    // Shadowing priced at a full day's pay: day 0's programme cost is the per-head programmes plus its hires' shadowing.
    const run = (extraSeatShare: number) =>
      runReplication(modelParameters(scenario([['days', 5], ['population.warmUpDays', 120], ['costs.shadowingDayWageShare', 1], ['policy.staffing.extraSeatShare', extraSeatShare]], 'multi-level')), key(2));
    const withAdded = run(0.15);
    const without = run(0);
    const added = withAdded.world.w.size - withAdded.world.params.baseSeats;
    expect(added).toBeGreaterThan(0);
    const hires = (r: typeof withAdded, day: number) => r.record[day * SERIES_COUNT + SERIES.hires];
    // The funded seats' vacancies end on the same days with or without the added seats.
    expect(hires(withAdded, 0)).toBe(hires(without, 0) + added);
    const p = withAdded.world.params;
    const k = p.scenario.costs;
    const shadowingCost = (k.salary / ((365 / 7) * p.workdaysPerWeek)) * p.shadowingDays * k.shadowingDayWageShare;
    expect(p.shadowingDays).toBeGreaterThan(0);
    expect(shadowingCost).toBeGreaterThan(0);
    expect(withAdded.record[SERIES.programmeCost]).toBeCloseTo(withAdded.record[SERIES.headcount] * p.dailyProgrammeCost + hires(withAdded, 0) * shadowingCost, 6);
    expect(withAdded.record[SERIES.programmeCost] - without.record[SERIES.programmeCost]).toBeGreaterThan(added * shadowingCost);
    // They are hired once: later days count only refills.
    for (let d = 1; d < 5; d++) expect(hires(withAdded, d)).toBeLessThan(added);
    const journal = createSimulation(scenario([['days', 5], ['population.warmUpDays', 120]], 'multi-level'), {}, { journal: true }).run.world.journal;
    expect(journal?.since(0).filter((e) => e.kind === 'hire' && e.day === 0).length).toBe(added);
  });

  it('leaves nothing of itself in the outputs: no separations, journal entries or session counts before day 0', () => {
    const sim = createSimulation(scenario([['days', 30], ['population.warmUpDays', 365], ['policy.supervision.mode', 'opt-out'], ['policy.supervision.intervalDays', 7]]), {}, { journal: true });
    const world = sim.run.world;
    expect(world.day).toBe(0);
    expect(world.separations.length).toBe(0);
    expect(world.journal?.count).toBe(0);
    expect(Math.max(...world.w.supportOffered)).toBe(0);
    expect(Math.max(...world.w.clientDeaths)).toBe(0);
    // Some workers were hired during the warm-up: their hire day is before day 0.
    expect(Math.max(...world.w.hiredOn)).toBeLessThan(0);
    expect(Array.from(world.w.hiredOn).some((d) => d > -365)).toBe(true);
    sim.step(30);
    expect(world.separations.length, 'the fixture: some leave in the first 30 days').toBeGreaterThan(0);
    expect(Math.min(...world.separations.day)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...world.w.supportOffered)).toBeGreaterThan(0);
    expect(world.journal?.since(0).every((e) => e.day >= 0 && e.day < 31)).toBe(true);
  });

  it('removes the widening of the spread between workers in the first months (docs/ODD.md §5)', () => {
    // Without a warm-up, day-0 STS is drawn with a fixed spread narrower than the settled one.
    const spreadAt = (warmUpDays: number, from: number, to: number) => {
      const params = modelParameters(scenario([['days', 365], ['population.warmUpDays', warmUpDays]]));
      let sum = 0;
      for (let rep = 0; rep < 10; rep++) {
        const { record } = runReplication(params, key(rep));
        for (let d = from; d < to; d++) sum += record[d * SERIES_COUNT + SERIES.stsSd];
      }
      return sum / (10 * (to - from));
    };
    const drawnStart = spreadAt(0, 0, 14);
    const drawnSettled = spreadAt(0, 300, 365);
    expect(drawnSettled - drawnStart).toBeGreaterThan(0.02);
    const warmStart = spreadAt(180, 0, 14);
    const warmSettled = spreadAt(180, 300, 365);
    expect(Math.abs(warmSettled - warmStart)).toBeLessThan(0.01);
  });

  it('with 0 days is no warm-up at all', () => {
    const params = modelParameters(scenario([['population.warmUpDays', 0]]));
    expect(params.warmUp).toBeNull();
    expect(states(startWorld(params, key()), params.seats)).toEqual(states(createWorld(params, key()), params.seats));
  });
});

describe('the warm-up policy', () => {
  it('is the status-quo package, whatever the scenario sets in policy: every lever that differs starts on day 0', () => {
    expect(warmUpPolicy(scenario([]))).toEqual(scenario([]).policy);
    const W = 180;
    const plain = startWorld(modelParameters(scenario([['population.warmUpDays', W]])), key(2));
    // A lever set on top of a package (--set, a scenario file, the app's sliders) is not in the warm-up either.
    const changed = modelParameters(scenario([['population.warmUpDays', W], ['policy.supervision.mode', 'opt-out'], ['policy.compensation.ptoDaysPerYear', 25]], 'opt-out-support'));
    expect(changed.warmUp?.scenario.policy).toEqual(scenario([]).policy);
    const world = startWorld(changed, key(2));
    expect(states(world, world.params.baseSeats)).toEqual(states(plain, plain.params.baseSeats));
    expect(world.p).toBe(changed);
  });

  // An organization's standing conditions: longer leave, a four-day week, weekly pre-booked
  // supervision, and a float pool (which covers missing staff: the seats a package adds, vacant
  // during the warm-up, must not count as missing).
  const practice: Overrides = [
    ['practice.compensation.ptoDaysPerYear', 25],
    ['practice.staffing.workdaysPerWeek', 4],
    ['practice.supervision.mode', 'opt-out'],
    ['practice.supervision.intervalDays', 7],
    ['practice.staffing.floatPool', 0.1],
  ];

  it('is the scenario\'s practice where it sets one, and the run is then the later days of a run under it from the start', () => {
    const W = 100;
    const D = 150;
    const params = modelParameters(scenario([...practice, ['days', D], ['population.warmUpDays', W]]));
    expect(params.warmUp?.scenario.policy).toMatchObject({ supervision: { mode: 'opt-out', intervalDays: 7 }, compensation: { ptoDaysPerYear: 25 }, staffing: { workdaysPerWeek: 4 } });
    const long = runReplication(modelParameters(scenario([...practice, ['days', W + D], ['population.warmUpDays', 0]])), key());
    const warm = runReplication(params, key());
    const separationsBefore = long.record[(W - 1) * SERIES_COUNT + SERIES.cumulativeSeparations];
    for (let d = 0; d < D; d++) {
      for (let s = 0; s < SERIES_COUNT; s++) {
        const expected = long.record[(W + d) * SERIES_COUNT + s] - (s === SERIES.cumulativeSeparations ? separationsBefore : 0);
        expect(warm.record[d * SERIES_COUNT + s], `day ${d}, series ${s}`).toBe(expected);
      }
    }
  });

  it('under a practice, still starts every package from the same team, and a different team from the status quo\'s', () => {
    const W = 180;
    const worlds = ['status-quo', 'multi-level', 'opt-out-support'].map((policy) => startWorld(modelParameters(scenario([...practice, ['population.warmUpDays', W]], policy)), key(3)));
    const funded = worlds[0].params.baseSeats;
    expect(worlds[1].w.size).toBeGreaterThan(funded); // multi-level adds seats
    expect(states(worlds[1], funded)).toEqual(states(worlds[0], funded));
    expect(states(worlds[2], funded)).toEqual(states(worlds[0], funded));
    const statusQuo = startWorld(modelParameters(scenario([['population.warmUpDays', W]])), key(3));
    expect(states(worlds[0], funded)).not.toEqual(states(statusQuo, funded));
  });

  it('lets a standing condition start day 0 settled, where set in policy it shows a transient over the first months', () => {
    // Forty days of leave a year lower burnout. As practice the team has lived with them all along;
    // set in policy they start on day 0 and burnout falls over the first months.
    const burnout = (overrides: Overrides, from: number, to: number) => {
      const params = modelParameters(scenario([...overrides, ['days', 365]]));
      let sum = 0;
      for (let rep = 0; rep < 8; rep++) {
        const { record } = runReplication(params, key(rep));
        for (let d = from; d < to; d++) sum += record[d * SERIES_COUNT + SERIES.burnout];
      }
      return sum / (8 * (to - from));
    };
    const asPractice: Overrides = [['practice.compensation.ptoDaysPerYear', 40]];
    const asPolicy: Overrides = [['policy.compensation.ptoDaysPerYear', 40]];
    const practiceStart = burnout(asPractice, 0, 30);
    const policyStart = burnout(asPolicy, 0, 30);
    expect(policyStart - practiceStart).toBeGreaterThan(0.01);
    expect(Math.abs(burnout(asPractice, 300, 365) - practiceStart)).toBeLessThan(0.006);
    expect(policyStart - burnout(asPolicy, 300, 365)).toBeGreaterThan(0.01);
  });

  it('is named in the summary, and there is none without a warm-up', () => {
    expect(warmUpSummary(scenario([['population.warmUpDays', 0]]))).toBeUndefined();
    expect(warmUpSummary(scenario([]))).toBe('day 0 follows 365 warm-up days under the status-quo package, not recorded');
    expect(warmUpSummary(scenario([['population.warmUpDays', 1]], 'multi-level'))).toBe('day 0 follows 1 warm-up day under the status-quo package, not recorded');
    expect(warmUpSummary(scenario([['practice.grief.checkIn', true]], 'multi-level'))).toBe("day 0 follows 365 warm-up days under the scenario's current practice, not recorded");
  });
});
