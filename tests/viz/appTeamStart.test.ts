import { describe, expect, it } from 'vitest';
import { hire, NEW_HIRE_START } from '../../models/hiring';
import { SERIES } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { createSimulation } from '../../models/simulation';
import { Workforce } from '../../models/workforce';
import { createWorld } from '../../models/world';
import type { Uniform } from '../../sim/random/stream';
import { configFromUrl, scenariosOf } from '../../viz/app/config';

// The app's "Team starts": a fresh team (a programme just launched) starts every day-0 worker as
// a replacement hire does, and its strain builds over the first year; a settled one holds steady.

const scenarioOf = (query: string) => scenariosOf(configFromUrl(query).config).main;
const REPS = 6;
const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0) / xs.length;

/** A fixed sequence of uniforms in (0, 1), the same each time it is made. */
const uniforms = (): Uniform => {
  let k = 0;
  return () => (++k * 0.6180339887498949) % 1;
};

describe('a fresh team', () => {
  it('a day-0 worker of a fresh team starts in the same states as a replacement hire of a settled one, from the same draws', () => {
    const fresh = modelParameters(scenarioOf('?start=fresh'));
    const settled = modelParameters(scenarioOf(''));
    const a = new Workforce(1);
    const b = new Workforce(1);
    hire(a, 0, fresh, uniforms(), 0, 0, 1); // in post on day 0 (tenure at least one day)
    hire(b, 0, settled, uniforms(), 200, 0, 0); // a replacement hired on day 200
    for (const state of ['sts', 'burnout', 'traumaticMemories', 'prolongedExposure', 'numbing', 'selfCare'] as const) expect(a[state][0], state).toBe(b[state][0]);
    // The settled team's day-0 staff start elsewhere (its startingLevels), so the check above can fail.
    const c = new Workforce(1);
    hire(c, 0, settled, uniforms(), 0, 0, 1);
    expect(c.sts[0]).toBeGreaterThan(a.sts[0] + 0.1);
  });

  it('on day 0 a fresh team is at the new-hire levels, every worker one day in post; a settled team at its population\'s levels, with years of tenure', () => {
    const day0 = (query: string) => Array.from({ length: REPS }, (_, rep) => createWorld(modelParameters(scenarioOf(query)), { seed: 1, point: 0, replication: rep }).w);
    const fresh = day0('?start=fresh');
    const all = (pick: (w: Workforce) => ArrayLike<number>) => fresh.flatMap((w) => Array.from(pick(w)));
    expect(mean(all((w) => w.sts))).toBeCloseTo(NEW_HIRE_START.sts, 1);
    expect(mean(all((w) => w.burnout))).toBeCloseTo(NEW_HIRE_START.burnout, 1);
    expect(new Set(all((w) => w.prolongedExposure))).toEqual(new Set([0]));
    expect(new Set(all((w) => w.tenureDays)), 'a programme just launched: everyone hired together').toEqual(new Set([1]));
    const settled = day0('');
    const population = scenarioOf('').population;
    expect(mean(settled.flatMap((w) => Array.from(w.sts)))).toBeCloseTo(population.startingLevels.sts, 1);
    expect(mean(settled.flatMap((w) => Array.from(w.tenureDays)))).toBeGreaterThan(300);
  });

  it('under the status quo a fresh team\'s STS rises over the first year while a settled one\'s stays flat (12 seats, 6 replications)', () => {
    /** Team mean latent STS over days 0-30 and 335-365, across the replications. */
    const firstAndLastMonth = (query: string) => {
      const sums = [0, 0];
      for (let rep = 0; rep < REPS; rep++) {
        const sim = createSimulation(scenarioOf(query), { seed: 1, replication: rep });
        sim.step(366);
        for (let d = 0; d <= 30; d++) {
          sums[0] += sim.recorder.value(d, SERIES.sts) / (31 * REPS);
          sums[1] += sim.recorder.value(335 + d, SERIES.sts) / (31 * REPS);
        }
      }
      return sums;
    };
    const [freshFirst, freshLast] = firstAndLastMonth('?start=fresh');
    const [settledFirst, settledLast] = firstAndLastMonth('');
    expect(freshFirst, 'starts well below the settled team').toBeLessThan(settledFirst - 0.1);
    expect(freshLast - freshFirst, 'the strain builds').toBeGreaterThan(0.1);
    expect(Math.abs(settledLast - settledFirst), 'no warm-up').toBeLessThan(0.035);
  });
});
