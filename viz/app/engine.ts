import type { JournalEntry, JournalKind } from '../../models/journal';
import { SERIES } from '../../models/observables';
import { proqolScore } from '../../models/proqol';
import { ROLES, type Role } from '../../models/roles';
import { createSimulation, type Simulation } from '../../models/simulation';
import type { SeatSnapshot } from '../../models/snapshot';
import { SEPARATION_REASONS, type SeparationReason } from '../../models/separationAttribution';
import { STATUS } from '../../models/workforce';
import type { World } from '../../models/world';
import type { Observer } from '../../sim/model';
import type { Scenario } from '../../scenarios/schema';
import type { PopulationId } from '../../scenarios/presets/populations';
import { STORY_WORDS, storyOf, type StoryWords } from './story';

// What the classroom app's Web Worker runs: one or two simulations (compare mode) stepped
// together on the same seed, answering each call with a compact frame for the page.

export interface SeriesRow {
  readonly team: string;
  readonly day: number;
  readonly sts: number;
  readonly burnout: number;
  readonly satisfaction: number;
  readonly headcount: number;
  readonly separations: number;
  readonly careQuality: number;
}

export interface Story {
  readonly kind: JournalKind;
  readonly day: number;
  readonly seat: number;
  readonly worker: number;
  readonly text: string;
}

/** The worker who left a seat that is still vacant: who, when, why, and how they were doing. */
export interface Departure {
  readonly seat: number;
  readonly worker: number;
  readonly role: Role;
  /** Their last day, numbered from 0 as `separations.csv`'s `day` (the page shows it as `shownDayOf`): they left at its end. */
  readonly day: number;
  /** The main driver: the largest of `shares`. */
  readonly reason: SeparationReason;
  /** Their separation hazard's shares by reason (`separationShares`, summing to 1). */
  readonly shares: Readonly<Record<SeparationReason, number>>;
  readonly tenureDays: number;
  /** Their ProQOL scores on their last day. */
  readonly proqolSTS: number;
  readonly proqolBO: number;
  readonly proqolCS: number;
  /**
   * The day a new hire is due to join, as the hiring countdown stands (a later change of the
   * hiring delay moves it): the journal's day of the hire, the day they start. Hired the evening
   * before, they are in the seat on the status line's day of that number (not `shownDayOf`).
   */
  readonly hireDue: number;
}

/** A worker who left during the run, whether or not their seat has been filled since. */
export type Leaver = Omit<Departure, 'hireDue'>;

/** How many of the latest leavers a frame carries (the team view lists them). */
export const RECENT_LEAVERS = 5;

/**
 * Notes each separation on its day, with the scores the worker left with (read then: a hire
 * overwrites the seat). Reads the world only, so the run is the same with it or without it.
 */
class DepartureWatch implements Observer<World> {
  private seen = 0;
  /** The last worker to leave each seat. */
  readonly bySeat = new Map<number, Leaver>();
  /** The latest leavers, oldest first (at most RECENT_LEAVERS). */
  readonly latest: Leaver[] = [];
  /** Workers who have left since day 0. */
  count = 0;

  observe(world: World): void {
    const log = world.separations;
    const w = world.w;
    for (; this.seen < log.length; this.seen++) {
      const k = this.seen;
      const i = log.seat[k];
      const left: Leaver = {
        seat: i,
        worker: log.workerId[k],
        role: ROLES[log.role[k]],
        day: log.day[k],
        reason: SEPARATION_REASONS[log.reason[k]],
        shares: Object.fromEntries(SEPARATION_REASONS.map((r, j) => [r, log.shares[k * SEPARATION_REASONS.length + j]])) as Record<SeparationReason, number>,
        tenureDays: log.tenureDays[k],
        proqolSTS: proqolScore(w.sts[i], w.biasSTS[i]),
        proqolBO: proqolScore(w.burnout[i], w.biasBO[i]),
        proqolCS: proqolScore(w.satisfaction[i], w.biasCS[i]),
      };
      this.bySeat.set(i, left);
      this.latest.push(left);
      if (this.latest.length > RECENT_LEAVERS) this.latest.shift();
      this.count++;
    }
  }
}

export interface TeamFrame {
  readonly label: string;
  readonly policy: string;
  readonly seats: readonly SeatSnapshot[];
  /** For each vacant seat whose worker left during the run: that worker's departure. */
  readonly departures: readonly Departure[];
  /** Workers who have left since day 0, and the latest RECENT_LEAVERS of them, newest first (filled seats' leavers too). */
  readonly leavers: { readonly count: number; readonly recent: readonly Leaver[] };
  /** Rows for the days simulated since the last frame (one per day, every day). */
  readonly rows: readonly SeriesRow[];
  readonly stories: readonly Story[];
  /**
   * What the run has cost so far beyond the funded seats' salaries at full staffing (the engine's daily `cost`
   * series, summed in day order as the metrics sum it), and that a year: `teamCostPerYear` of the days run. Once a lever
   * has changed during the run (the frame's latest change day up to its day), the same since that change.
   */
  readonly cost: DaysCost & { readonly sinceChange?: DaysCost & { readonly day: number } };
}

/** The cost of a run of days, and that a year: `teamCostPerYear` of those days (NaN for none). */
export interface DaysCost {
  readonly soFar: number;
  readonly perYear: number;
}

export interface Frame {
  /** Days simulated so far. */
  readonly day: number;
  readonly horizon: number;
  readonly teams: readonly TeamFrame[];
  /** The days on which a lever changes during the run (any team's scheduled changes, each from the start of its day), in order. */
  readonly changeDays: readonly number[];
}

export interface EngineTeam {
  readonly label: string;
  readonly scenario: Scenario;
  /** The population preset the scenario was built from: its stories are told in its words (outreach's if not given). */
  readonly population?: PopulationId;
}

/** A cost of `days` days a year, as `teamCostPerYear` divides it (NaN for no day). */
const perYear = (soFar: number, days: number) => (days > 0 ? soFar / (days / 365) : NaN);

/** The cost of days `from` to `to` − 1, summed in day order as the metrics sum it, and that a year. */
function costOfDays(sim: Simulation, from: number, to: number): DaysCost {
  let soFar = 0;
  for (let d = from; d < to; d++) soFar += sim.recorder.value(d, SERIES.cost);
  return { soFar, perYear: perYear(soFar, to - from) };
}

export class AppEngine {
  private teams: { label: string; sim: Simulation; departures: DepartureWatch; seen: number; journalSeen: number; entries: JournalEntry[]; costSoFar: number; words?: StoryWords }[] = [];
  private changeDays: number[] = [];

  /** Starts fresh runs (same seed for every team: the same community events) and fast-forwards to `day`. */
  reset(teams: readonly EngineTeam[], seed: number, day: number): Frame {
    this.teams = teams.map((t) => {
      const departures = new DepartureWatch();
      const words = t.population && STORY_WORDS[t.population];
      return { label: t.label, sim: createSimulation(t.scenario, { seed }, { journal: true, observers: [departures] }), departures, seen: 0, journalSeen: 0, entries: [], costSoFar: 0, words };
    });
    this.changeDays = [...new Set(teams.flatMap((t) => t.scenario.changes.map((c) => c.day)))].sort((a, b) => a - b);
    for (const t of this.teams) t.sim.step(day);
    return this.frame(true);
  }

  /**
   * Advances every team by up to `days` days. The journal's entries are read each day: a ring, it keeps fewer than a
   * long step of a large team makes (since 0.41.0 play steps a second's days at once, 200 at 200 days a second, and a
   * team of 480 seats supervised daily journals 43,595 entries in 200 days against the ring's 16,384: the oldest were
   * lost, and with them the workers' stories of most of the step).
   */
  step(days: number): Frame {
    for (let d = 0; d < days; d++) {
      for (const t of this.teams) {
        t.sim.step(1);
        const journal = t.sim.run.world.journal;
        if (journal && journal.count > t.journalSeen) t.entries.push(...journal.since(t.journalSeen));
        t.journalSeen = journal?.count ?? 0;
      }
    }
    return this.frame(false);
  }

  private frame(fromStart: boolean): Frame {
    const now = this.teams[0]?.sim.run.day ?? 0;
    const changed = this.changeDays.filter((d) => d <= now).at(-1);
    const teams = this.teams.map((t) => {
      const day = t.sim.run.day;
      const rows: SeriesRow[] = [];
      if (fromStart) t.costSoFar = 0;
      for (let d = fromStart ? 0 : t.seen; d < day; d++) {
        const v = (s: number) => t.sim.recorder.value(d, s);
        t.costSoFar += v(SERIES.cost);
        rows.push({
          team: t.label,
          day: d,
          sts: v(SERIES.proqolSTS),
          burnout: v(SERIES.proqolBO),
          satisfaction: v(SERIES.proqolCS),
          headcount: v(SERIES.headcount),
          separations: v(SERIES.cumulativeSeparations),
          careQuality: v(SERIES.careQuality),
        });
      }
      t.seen = day;
      const w = t.sim.run.world.w;
      const departures: Departure[] = [];
      for (const [seat, left] of t.departures.bySeat) {
        // A countdown at 0 (no hiring delay) still hires at the end of the next day simulated.
        if (w.status[seat] === STATUS.vacant) departures.push({ ...left, hireDue: day + Math.max(w.vacancyDaysLeft[seat], 1) });
      }
      departures.sort((a, b) => a.seat - b.seat);
      const departed = new Set(departures.map((d) => d.worker));
      const journal = t.sim.run.world.journal;
      const entries = [...t.entries.splice(0), ...(journal ? journal.since(t.journalSeen) : [])];
      t.journalSeen = journal?.count ?? 0;
      // Only the last few weeks' stories travel to the page after a fast-forward, and the last
      // stories of those who left seats still vacant (their cards tell how they left).
      const recent = fromStart ? entries.filter((e) => e.day >= day - 60 || departed.has(e.worker)) : entries;
      const snapshot = t.sim.snapshot();
      return {
        label: t.label,
        policy: t.sim.run.params.scenario.policy.name,
        seats: snapshot.seats,
        departures,
        leavers: { count: t.departures.count, recent: [...t.departures.latest].reverse() },
        rows,
        stories: recent.map((e) => ({ kind: e.kind, day: e.day, seat: e.seat, worker: e.worker, text: storyOf(e, t.words) })),
        cost: { soFar: t.costSoFar, perYear: perYear(t.costSoFar, day), ...(changed === undefined ? {} : { sinceChange: { day: changed, ...costOfDays(t.sim, changed, day) } }) },
      };
    });
    return { day: now, horizon: this.teams[0]?.sim.run.horizon ?? 0, teams, changeDays: this.changeDays };
  }
}
