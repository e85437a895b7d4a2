import { describe, expect, it } from 'vitest';
import { proqolScore } from '../../models/proqol';
import { ROLES } from '../../models/roles';
import { createSimulation } from '../../models/simulation';
import { SEPARATION_REASONS } from '../../models/separationAttribution';
import { configFromUrl, scenariosOf } from '../../viz/app/config';
import { AppEngine, type Frame } from '../../viz/app/engine';
import { entryDay, storyOf } from '../../viz/app/story';
import { shownDayOf } from '../../viz/app/timeAxis';

// The classroom app's engine (what its Web Worker runs), in Node: who left a vacant seat, and why.

// A short-staffed team with separations of three main drivers in its first 500 days (the first on day 36),
// without a warm-up, so that every vacancy is opened during the run (the warm-up's are tested below).
const QUERY = '?population=ct-harm-reduction&seed=10';
const config = configFromUrl(QUERY).config;
const withWarmUp = scenariosOf(config).main;
const scenario = { ...withWarmUp, population: { ...withWarmUp.population, warmUpDays: 0 } };

describe('app engine: separations in the journal and departed workers', () => {
  it('the journal records each separation with the reason the separation log gives', () => {
    const sim = createSimulation(scenario, { seed: config.seed }, { journal: true });
    sim.step(500);
    const world = sim.run.world;
    const log = world.separations;
    const fromLog = Array.from({ length: log.length }, (_, k) => ({ day: log.day[k], seat: log.seat[k], worker: log.workerId[k], reason: SEPARATION_REASONS[log.reason[k]] }));
    expect(world.journal!.count, 'the ring still holds every entry').toBeLessThan(world.journal!.capacity);
    const fromJournal = world.journal!.since(0).filter((e) => e.kind === 'separation').map(({ day, seat, worker, reason }) => ({ day, seat, worker, reason }));
    expect(fromJournal).toEqual(fromLog);
    expect(new Set(fromJournal.map((e) => e.reason)), 'three main drivers occur').toEqual(new Set(['burnout', 'compassion-fatigue', 'new-hire']));
    expect(world.journal!.since(0).filter((e) => e.kind !== 'separation').every((e) => e.reason === undefined)).toBe(true);
  });

  it('a frame gives each vacant seat\'s leaver: who, their last day, why, the ProQOL scores they left with, and the day the next hire starts', () => {
    const engine = new AppEngine();
    engine.reset([{ label: 'T', scenario }], config.seed, 0);
    const sim = createSimulation(scenario, { seed: config.seed }, { journal: true });
    const frames: Frame[] = [];
    for (let d = 0; d < 400; d++) {
      frames.push(engine.step(1));
      sim.step(1);
      const team = frames[d].teams[0];
      expect(team.seats, 'the engine runs the same team as a plain run').toEqual(sim.snapshot().seats);
      const vacant = team.seats.filter((s) => s.status === 'vacant').map((s) => s.seat);
      expect(team.departures.map((x) => x.seat), `day ${frames[d].day}: a departure for each vacant seat`).toEqual(vacant);
      if (d === 106) {
        // The day after the first compassion-fatigue separation: the log says who, when and with what burnout.
        const log = sim.run.world.separations;
        const k = log.day.indexOf(106);
        const seat = log.seat[k];
        const w = sim.run.world.w;
        expect(team.departures.find((x) => x.seat === seat)).toEqual({
          seat,
          worker: log.workerId[k],
          role: ROLES[log.role[k]],
          day: 106,
          reason: 'compassion-fatigue',
          shares: Object.fromEntries(SEPARATION_REASONS.map((r, j) => [r, log.shares[k * SEPARATION_REASONS.length + j]])),
          tenureDays: log.tenureDays[k],
          proqolSTS: proqolScore(w.sts[seat], w.biasSTS[seat]),
          proqolBO: proqolScore(log.burnout[k], w.biasBO[seat]),
          proqolCS: proqolScore(log.satisfaction[k], w.biasCS[seat]),
          hireDue: 106 + 1 + 75,
        });
      }
    }
    // Every departure's hire day is the day the journal records the seat's next hire (all those before day 400).
    const hires = sim.run.world.journal!.since(0).filter((e) => e.kind === 'hire');
    const due = new Map(frames.flatMap((f) => f.teams[0].departures.map((x) => [`${x.seat}:${x.worker}`, x.hireDue] as const)));
    expect(due.size).toBeGreaterThanOrEqual(8);
    let checked = 0;
    for (const [key, day] of due) {
      if (day >= 400) continue;
      const seat = Number(key.split(':')[0]);
      expect(hires.some((h) => h.seat === seat && h.day === day), `seat ${seat} hires on day ${day}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('with no hiring delay, a vacant seat\'s next hire is due the day after (and starts then)', () => {
    const noDelay = scenariosOf(configFromUrl(`${QUERY}&policy.staffing.hiringDelayDays=0`).config).main; // with its warm-up
    const engine = new AppEngine();
    engine.reset([{ label: 'T', scenario: noDelay }], config.seed, 0);
    let seen = 0;
    for (let d = 0; d < 400; d++) {
      const frame = engine.step(1);
      for (const left of frame.teams[0].departures) {
        expect(left.hireDue).toBe(frame.day + 1);
        const next = engine.step(1);
        expect(next.teams[0].seats[left.seat].status, `seat ${left.seat} on day ${next.day}`).not.toBe('vacant');
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('a frame counts every leaver since day 0 and gives the latest five, newest first, seats filled since included; a fast-forward gives the same', () => {
    const engine = new AppEngine();
    expect(engine.reset([{ label: 'T', scenario }], config.seed, 0).teams[0].leavers).toEqual({ count: 0, recent: [] });
    const sim = createSimulation(scenario, { seed: config.seed }, { journal: true });
    let filledSince = 0;
    for (let d = 0; d < 500; d++) {
      const team = engine.step(1).teams[0];
      sim.step(1);
      const log = sim.run.world.separations;
      const fromLog = Array.from({ length: log.length }, (_, k) => ({ seat: log.seat[k], worker: log.workerId[k], day: log.day[k], reason: SEPARATION_REASONS[log.reason[k]] }));
      expect(team.leavers.count, `day ${d + 1}`).toBe(log.length);
      expect(team.leavers.recent.map(({ seat, worker, day, reason }) => ({ seat, worker, day, reason })), `day ${d + 1}: the log's last five, newest first`).toEqual(fromLog.slice(-5).reverse());
      filledSince = team.leavers.recent.filter((x) => !team.departures.some((y) => y.worker === x.worker)).length;
    }
    expect(filledSince, 'some listed leavers\' seats have been filled since').toBeGreaterThan(0);
    const last = engine.step(0).teams[0].leavers;
    expect(new AppEngine().reset([{ label: 'T', scenario }], config.seed, 500).teams[0].leavers).toEqual(last);
  });

  it("a long step of a large team tells every story of its days, as short steps do: the journal's ring is read each day (since 0.41.0: play's step of a second's days, 200, lost the oldest of a team of 480 seats supervised daily, 43,595 entries against 16,384)", () => {
    const large = scenariosOf(configFromUrl('?team=80&policy.staffing.extraSeatShare=5&policy.supervision.mode=opt-out&policy.supervision.intervalDays=1').config).main;
    const stories = (steps: number[]) => {
      const engine = new AppEngine();
      engine.reset([{ label: 'T', scenario: large }], 1, 0);
      return steps.flatMap((days) => engine.step(days).teams[0].stories);
    };
    const long = stories([200]);
    expect(long.length, 'more entries than the ring holds').toBeGreaterThan(16_384);
    expect(long).toEqual(stories(Array.from({ length: 10 }, () => 20)));
  });

  it('with the warm-up, a seat vacant since before day 0 has no departure, and each seat vacated during the run has one', () => {
    const seed = 5; // three seats vacant on day 0
    const main = scenariosOf(configFromUrl(`?population=ct-harm-reduction&seed=${seed}`).config).main;
    expect(main.population.warmUpDays).toBe(365);
    const engine = new AppEngine();
    const start = engine.reset([{ label: 'T', scenario: main }], seed, 0).teams[0];
    const vacantAtStart = start.seats.filter((x) => x.status === 'vacant').map((x) => x.seat);
    expect(vacantAtStart.length).toBeGreaterThan(0);
    expect(start.departures).toEqual([]);
    let vacatedInRun = 0;
    for (let d = 0; d < 300; d++) {
      const team = engine.step(1).teams[0];
      for (const x of team.seats.filter((y) => y.status === 'vacant')) {
        const left = team.departures.find((y) => y.seat === x.seat);
        if (left === undefined) {
          expect(vacantAtStart, `seat ${x.seat} on day ${d + 1}: vacant without a departure only if vacant since day 0`).toContain(x.seat);
        } else {
          expect(left.day).toBeGreaterThanOrEqual(0);
          vacatedInRun++;
        }
      }
    }
    expect(vacatedInRun).toBeGreaterThan(0);
  });

  it('after a fast-forward the frame carries the stories of a worker who left a seat still vacant, however long ago', () => {
    // Seat 10's worker left on day 106, numbered from 0 (compassion fatigue): the app's "Day 107", as the status line counts; the seat is vacant until day 182.
    const frame = new AppEngine().reset([{ label: 'T', scenario }], config.seed, 180);
    const team = frame.teams[0];
    const left = team.departures.find((x) => x.day === 106)!;
    expect(left).toMatchObject({ seat: 10, reason: 'compassion-fatigue', hireDue: 182 });
    const theirs = team.stories.filter((s) => s.worker === left.worker);
    expect(theirs.at(-1)?.text).toBe('Day 107: left the job (compassion fatigue weighed most).');
    expect(theirs.length).toBeGreaterThan(1);
    // Those in post have only the last 60 days' stories.
    const inPost = new Set(team.seats.filter((s) => s.status !== 'vacant').map((s) => s.worker));
    expect(team.stories.filter((s) => inPost.has(s.worker) && s.day < 120)).toEqual([]);
    expect(team.stories.some((s) => inPost.has(s.worker))).toBe(true);
  });
});

describe('app engine: the stories speak the population\'s work', () => {
  /** Every story of a 12-seat team's first 150 days (stepped, so none is left out), and its rows. */
  const storiesOf = (query: string) => {
    const config = configFromUrl(query).config;
    const engine = new AppEngine();
    const first = engine.reset([{ label: 'T', scenario: scenariosOf(config).main, population: config.population }], config.seed, 0);
    const frames = [first, ...Array.from({ length: 15 }, () => engine.step(10))];
    return { texts: frames.flatMap((f) => f.teams[0].stories.map((s) => s.text)), rows: frames.flatMap((f) => f.teams[0].rows) };
  };

  it('first responders attend calls and scenes, not outreach clients; outreach teams keep their clients', () => {
    const responders = storiesOf('?population=canada-first-responders');
    const outreachWords = /client|outreach|treatment, housing/i;
    expect(responders.texts.filter((t) => outreachWords.test(t))).toEqual([]);
    // Deaths, known people's overdoses, safety incidents and good outcomes all occur, in calls' words.
    for (const words of [/died/, /overdose of someone they know/, /at a scene/, /someone they had attended is doing better/]) expect(responders.texts.some((t) => words.test(t)), String(words)).toBe(true);
    expect(responders.texts.some((t) => /on a call|attended/.test(t))).toBe(true);
    const outreach = storiesOf('?population=ma-outreach');
    expect(outreach.texts.some((t) => /client/.test(t))).toBe(true);
    expect(outreach.texts.some((t) => /safety incident on outreach/.test(t))).toBe(true);
  });

  it('the words change no number: the same rows with or without the population named', () => {
    const config = configFromUrl('?population=canada-first-responders').config;
    const run = (population?: typeof config.population) => new AppEngine().reset([{ label: 'T', scenario: scenariosOf(config).main, population }], config.seed, 200).teams[0].rows;
    expect(run(config.population)).toEqual(run(undefined));
  });
});

describe('the days the app gives events are the status line\'s (found by an educator: a chart\'s last point said "Day 13" under "Day 14 of 3650")', () => {
  it('a leaver\'s day, and each separation\'s and hire\'s event, is the first day shown (the days run, as the status line counts) on which the team view shows it: the seat vacant, the new worker in it', () => {
    const sim = createSimulation(scenario, { seed: config.seed }, { journal: true });
    sim.step(300);
    const entries = sim.run.world.journal!.since(0).filter((e) => e.kind === 'separation' || e.kind === 'hire');
    expect(entries.filter((e) => e.kind === 'separation').length).toBeGreaterThan(2);
    expect(entries.filter((e) => e.kind === 'hire').length).toBeGreaterThan(2);
    const frameOn = (day: number): Frame => new AppEngine().reset([{ label: 'T', scenario }], config.seed, day);
    for (const e of entries.slice(0, 6)) {
      const shown = entryDay(e);
      const story = storyOf(e);
      expect(story, `${e.kind} of worker ${e.worker}`).toMatch(new RegExp(`^Day ${shown}: `));
      const before = frameOn(shown - 1).teams[0];
      const on = frameOn(shown).teams[0];
      if (e.kind === 'separation') {
        expect(before.seats[e.seat].worker, `${story} (the day before, still in post)`).toBe(e.worker);
        expect(on.seats[e.seat].status, story).toBe('vacant');
        const left = on.departures.find((d) => d.seat === e.seat)!;
        expect(shownDayOf(left.day), `${story}: the leaver's card's day`).toBe(shown);
        expect(on.leavers.recent[0].worker).toBe(e.worker);
      } else {
        expect(before.seats[e.seat].status, `${story} (the day before, vacant)`).toBe('vacant');
        expect(before.departures.find((d) => d.seat === e.seat)?.hireDue, `${story}: the day the card says the new hire joins`).toBe(shown);
        expect(on.seats[e.seat].worker, story).toBe(e.worker);
      }
    }
  });
});
