import { describe, expect, it } from 'vitest';
import { SERIES } from '../../../models/observables';
import { createSimulation } from '../../../models/simulation';
import { configFromUrl, MAX_TEAM, scenariosOf } from '../../../viz/app/config';
import { costLine, longestCostLines, type TeamCost } from '../../../viz/app/costWords';
import { LARGEST_TEAM_SEATS, MOST_SEPARATIONS, WIDEST_COST_FIGURE, WIDEST_COST_RATE, WIDEST_SAVING_FIGURE, WIDEST_SAVING_RATE } from '../../../viz/app/widestCost';

// The widest figure the cost line can show (widestCost.ts), and the room the line holds for it (costWords.ts
// longestCostLines). Until 0.40.0 the room was held for 7-digit figures, where a rate over the day after a change with
// two leavers in a team of 80 doubled reads 8 ($17,906,500 on day 796 of seed 1; tests/viz/appCostWidest.test.ts).

/** The most costly settings the app's boxes allow, on its largest team (the environment at its most events: sessions, absences). */
const COSTLY =
  `?team=${MAX_TEAM}&community.overdoseBurden=5&community.fatality=1&community.stigma=1&community.tightKnit=1&community.systemBarriers=1&policy.staffing.extraSeatShare=5&policy.staffing.floatPool=1&policy.compensation.payRaise=1&policy.supervision.mode=opt-out` +
  '&policy.supervision.intervalDays=1&policy.supervision.quality=1&policy.supervision.affirmation=1&policy.debrief.mode=single-session&policy.grief.leaveDays=30' +
  '&policy.grief.checkIn=true&policy.compensation.therapyAccess=1&policy.compensation.benefits=1&policy.compensation.ptoDaysPerYear=60&policy.training.shadowingDays=365' +
  '&policy.training.traumaInformed=true&policy.training.boundarySetting=true&policy.training.deEscalation=true&policy.training.systemNavigation=true' +
  '&policy.resilience.mindfulness=true&policy.peerSupport.cohesionActivities=true&policy.peerSupport.structuredPeerSupport=true' +
  '&policy.peerSupport.livedExperienceSupport=true&policy.stigmaReduction.education=true&policy.stigmaReduction.socialContact=true&policy.afterHours.phoneOff=true';

describe('the widest cost figure', () => {
  it('is a day on which every seat of the largest team leaves, read as a rate a year, at the built-in prices', () => {
    expect(LARGEST_TEAM_SEATS).toBe(480);
    expect(WIDEST_COST_RATE).toBeCloseTo(365 * 480 * 0.33 * 55_000, 0);
    expect(WIDEST_COST_FIGURE).toBe(8_888_888_888);
  });

  it('saves at most, as a rate a year, the salaries of every funded seat of the largest team, vacant: fewer digits than the widest cost', () => {
    expect(WIDEST_SAVING_RATE).toBeCloseTo(MAX_TEAM * 55_000, 0);
    expect(WIDEST_SAVING_FIGURE).toBe(-8_888_888);
  });

  it("leaves room for a day's other parts at the most costly settings, beside every seat's replacement", () => {
    const { config, problems } = configFromUrl(COSTLY);
    expect(problems).toEqual([]);
    const sim = createSimulation(scenariosOf(config).main, { seed: 1 });
    sim.step(120);
    const other = Math.max(...Array.from({ length: 120 }, (_, d) => sim.recorder.value(d, SERIES.cost) - sim.recorder.value(d, SERIES.turnoverCost)));
    expect(other).toBeGreaterThan(0);
    // B against A, one team at the widest cost and the other at the widest saving, fits the held digits too.
    expect(365 * other + WIDEST_COST_RATE + WIDEST_SAVING_RATE).toBeLessThan(WIDEST_COST_FIGURE);
  });

  it('counts at most a separation every other day in each seat of the largest team over the run', () => {
    expect(MOST_SEPARATIONS).toBe(480 * 1825);
  });

  it('has its wordings held no shorter than the line with the widest figures and the most separations, one team or two, with a change or without (since 0.41.0: held for 88 separations, where long runs show 3 digits)', () => {
    const widest = (letter: string, perYear: number, since?: number): TeamCost => ({ letter, perYear, separations: letter === 'A' ? MOST_SEPARATIONS : 0, ...(since === undefined ? {} : { sinceChange: { day: 3650, perYear: since } }) });
    const w = WIDEST_COST_RATE;
    for (const [teams, changeDay] of [
      [1, undefined],
      [1, 3650],
      [2, undefined],
      [2, 3650],
    ] as const) {
      const held = Math.max(...longestCostLines(teams, changeDay).map((text) => text.length));
      const since = changeDay === undefined ? undefined : w;
      const v = -WIDEST_SAVING_RATE;
      const shown = teams === 1 ? costLine([widest('', w, since)]) : costLine([widest('A', v, since === undefined ? undefined : v), widest('B', w, since)]);
      expect(held, shown).toBeGreaterThanOrEqual(shown.length);
    }
  });

  it('holds the difference in separations grouped in thousands, as the line shows it (since 0.41.0: held as "888888")', () => {
    for (const changeDay of [undefined, 3650]) expect(longestCostLines(2, changeDay).every((text) => text.includes('; 888,888 fewer separations so far.'))).toBe(true);
  });

  it('has its wordings held for no figure wider than the model allows: a saving no wider than the widest saving, B against A no wider than the widest cost and saving added (since 0.40.0: a saving as wide as the widest cost, and their difference a digit wider, a line more than any wording takes at 1024 px)', () => {
    const digits = (x: number) => String(Math.ceil(x)).length;
    for (const teams of [1, 2]) {
      for (const changeDay of [undefined, 3650]) {
        for (const text of longestCostLines(teams, changeDay)) {
          const saving = [...text.matchAll(/[−-]\$([\d,]+)/g)].map((m) => m[1].replaceAll(',', '').length);
          const figures = [...text.matchAll(/\$([\d,]+)/g)].map((m) => m[1].replaceAll(',', '').length);
          expect(Math.max(0, ...saving), text).toBeLessThanOrEqual(digits(WIDEST_SAVING_RATE));
          expect(Math.max(...figures), text).toBeLessThanOrEqual(digits(WIDEST_COST_RATE + WIDEST_SAVING_RATE));
        }
      }
    }
  });
});
