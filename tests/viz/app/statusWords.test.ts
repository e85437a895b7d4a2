import { describe, expect, it } from 'vitest';
import type { SeatSnapshot } from '../../../models/snapshot';
import { createSimulation } from '../../../models/simulation';
import { configFromUrl, scenariosOf } from '../../../viz/app/config';
import { entryDay, storyOf } from '../../../viz/app/story';
import { JOINED_TODAY, joinedToday, newHireNoted, statusWords } from '../../../viz/app/statusWords';

const seat = (status: SeatSnapshot['status'], tenureDays: number, newHire = false) => ({ status, tenureDays, newHire });

describe('a seat\'s status in words', () => {
  it('says a worker in post for 0 days joined the team today, not that they have a day off', () => {
    expect(statusWords(seat('day-off', 0, true))).toBe('joined the team today (first day tomorrow)');
    expect(statusWords(seat('working', 0, true)), 'a seat a package adds, filled on day 0').toBe(JOINED_TODAY);
  });

  it('says the model\'s status in words for everyone else', () => {
    expect(statusWords(seat('day-off', 1, true))).toBe('day off');
    expect(statusWords(seat('day-off', 900))).toBe('day off');
    expect(statusWords(seat('on-leave', 40))).toBe('on leave');
    expect(statusWords(seat('working', 12, true))).toBe('working');
    expect(statusWords(seat('sick', 3))).toBe('sick');
    expect(statusWords(seat('vacant', 0)), 'a vacant seat has no tenure, and no one joined').toBe('vacant');
  });

  it('notes a new hire only after the day they joined, which says so already', () => {
    expect(newHireNoted(seat('day-off', 0, true))).toBe(false);
    expect(newHireNoted(seat('working', 1, true))).toBe(true);
    expect(newHireNoted(seat('working', 400, false))).toBe(false);
  });
});

describe('the frame a hire joins in, in the model', () => {
  /** Every frame of a run, day by day, with the hires its journal tells of. */
  function framesOf(query: string, days: number) {
    const { config } = configFromUrl(query);
    const sim = createSimulation(scenariosOf(config).main, { seed: config.seed }, { journal: true });
    const frames = [sim.snapshot()];
    for (let d = 0; d < days; d++) {
      sim.step(1);
      frames.push(sim.snapshot());
    }
    const hires = sim.run.world.journal!.since(0).filter((e) => e.kind === 'hire');
    return { frames, hires };
  }

  it('is the one frame its worker is in post for 0 days, the day their journal entry says they joined; nobody else ever is', () => {
    // A short-staffed team that loses workers early (the browser tests' "a worker who leaves").
    const { frames, hires } = framesOf('?population=ct-harm-reduction&seed=8', 400);
    expect(hires.length, 'hires to check').toBeGreaterThan(2);
    const joined = frames.flatMap((f) => f.seats.filter(joinedToday).map((s) => `day ${f.day}: worker ${s.worker} in seat ${s.seat} (${s.status})`));
    expect(joined).toEqual(hires.map((e) => `day ${entryDay(e)}: worker ${e.worker} in seat ${e.seat} (day-off)`));
    for (const e of hires) expect(storyOf(e)).toBe(`Day ${entryDay(e)}: joined the team.`);
    // The staff in post on day 0 and those back from leave or sick days are never taken for hires.
    expect(frames[0].seats.filter((s) => s.status !== 'vacant' && s.tenureDays < 1)).toEqual([]);
    expect(frames.some((f) => f.seats.some((s) => s.status === 'on-leave')), 'workers on leave in the run').toBe(true);
  });

  it('after a warm-up, the seats a package adds are day 0\'s hires: in post for 0 days on day 0, as their journal entries say', () => {
    const { frames, hires } = framesOf('?policy.staffing.extraSeatShare=0.25&team=8', 2);
    const day0 = hires.filter((e) => entryDay(e) === 0);
    expect(day0.length, 'seats added on day 0').toBe(2);
    expect(frames[0].seats.filter(joinedToday).map((s) => s.worker)).toEqual(day0.map((e) => e.worker));
    expect(frames[1].seats.filter(joinedToday).map((s) => s.worker), 'a day later, in post for one day').not.toContain(day0[0].worker);
  });
});
