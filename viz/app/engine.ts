import type { JournalKind } from '../../models/journal';
import { SERIES } from '../../models/observables';
import { createSimulation, type Simulation } from '../../models/simulation';
import type { SeatSnapshot } from '../../models/snapshot';
import type { Scenario } from '../../scenarios/schema';
import { storyOf } from './story';

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

export interface TeamFrame {
  readonly label: string;
  readonly policy: string;
  readonly seats: readonly SeatSnapshot[];
  /** Rows for the days simulated since the last frame (one per day, every day). */
  readonly rows: readonly SeriesRow[];
  readonly stories: readonly Story[];
}

export interface Frame {
  /** Days simulated so far. */
  readonly day: number;
  readonly horizon: number;
  readonly teams: readonly TeamFrame[];
}

export interface EngineTeam {
  readonly label: string;
  readonly scenario: Scenario;
}

export class AppEngine {
  private teams: { label: string; sim: Simulation; seen: number; journalSeen: number }[] = [];

  /** Starts fresh runs (same seed for every team: the same community events) and fast-forwards to `day`. */
  reset(teams: readonly EngineTeam[], seed: number, day: number): Frame {
    this.teams = teams.map((t) => ({ label: t.label, sim: createSimulation(t.scenario, { seed }, { journal: true }), seen: 0, journalSeen: 0 }));
    for (const t of this.teams) t.sim.step(day);
    return this.frame(true);
  }

  /** Advances every team by up to `days` days. */
  step(days: number): Frame {
    for (const t of this.teams) t.sim.step(days);
    return this.frame(false);
  }

  private frame(fromStart: boolean): Frame {
    const teams = this.teams.map((t) => {
      const day = t.sim.run.day;
      const rows: SeriesRow[] = [];
      for (let d = fromStart ? 0 : t.seen; d < day; d++) {
        const v = (s: number) => t.sim.recorder.value(d, s);
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
      const journal = t.sim.run.world.journal;
      const entries = journal ? journal.since(t.journalSeen) : [];
      t.journalSeen = journal?.count ?? 0;
      // Only the last few weeks' stories travel to the page after a fast-forward.
      const recent = fromStart ? entries.filter((e) => e.day >= day - 60) : entries;
      const snapshot = t.sim.snapshot();
      return {
        label: t.label,
        policy: t.sim.run.params.scenario.policy.name,
        seats: snapshot.seats,
        rows,
        stories: recent.map((e) => ({ kind: e.kind, day: e.day, seat: e.seat, worker: e.worker, text: storyOf(e) })),
      };
    });
    return { day: this.teams[0]?.sim.run.day ?? 0, horizon: this.teams[0]?.sim.run.horizon ?? 0, teams };
  }
}
