import { describe, expect, it } from 'vitest';
import { SERIES, SERIES_COUNT } from '../../models/observables';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { createWorld } from '../../models/world';
import { POPULATION_IDS } from '../../scenarios/presets/populations';
import { resolveScenario } from '../../scenarios/resolve';

// Day-0 staff start at population.startingLevels (docs/ODD.md §5). Each preset's levels are
// calibrated to where it settles under the status quo, so its first year shows no warm-up.

const REPS = 8;
/** Largest allowed change of a team mean between days 0-30 and days 335-365 (latent 0-1). */
const DRIFT_TOLERANCE = 0.035;

/** Team mean of a daily series over days from..to, across REPS replications. */
function windowMeans(population: string, series: readonly ('sts' | 'burnout')[], windows: readonly (readonly [number, number])[]): number[][] {
  const params = modelParameters(resolveScenario({ population, overrides: [['days', 366]] }));
  const sums = series.map(() => windows.map(() => 0));
  for (let rep = 0; rep < REPS; rep++) {
    const { record } = runReplication(params, { seed: 1, point: 0, replication: rep });
    series.forEach((name, i) =>
      windows.forEach(([from, to], k) => {
        for (let d = from; d <= to; d++) sums[i][k] += record[d * SERIES_COUNT + SERIES[name]] / (REPS * (to - from + 1));
      }),
    );
  }
  return sums;
}

describe('starting levels', () => {
  it.each(POPULATION_IDS)('%s under the status quo: team STS and burnout in days 335-365 are within 0.035 of days 0-30', (population) => {
    const [sts, burnout] = windowMeans(population, ['sts', 'burnout'], [[0, 30], [335, 365]]);
    expect(Math.abs(sts[1] - sts[0])).toBeLessThan(DRIFT_TOLERANCE);
    expect(Math.abs(burnout[1] - burnout[0])).toBeLessThan(DRIFT_TOLERANCE);
  });

  it('day-0 staff start at the scenario\'s levels', () => {
    const key = { seed: 2, point: 0, replication: 0 };
    const levels = (sts: number, memories: number, numbing: number) =>
      createWorld(
        modelParameters(
          resolveScenario({
            overrides: [
              ['population.seats', 400],
              ['population.startingLevels.sts', sts],
              ['population.startingLevels.burnout', 0.6],
              ['population.startingLevels.prolongedExposure', 0.4],
              ['population.startingLevels.traumaticMemoriesRatio', memories],
              ['population.startingLevels.numbingRatio', numbing],
            ],
          }),
        ),
        key,
      ).w;
    const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
    const low = levels(0.2, 0.5, 0.3);
    const high = levels(0.7, 1, 0.9);
    expect(mean(low.sts)).toBeCloseTo(0.2, 1);
    expect(mean(high.sts)).toBeCloseTo(0.7, 1);
    expect(mean(high.burnout)).toBeCloseTo(0.6, 1);
    expect(Array.from(high.prolongedExposure).every((x) => x === 0.4)).toBe(true);
    // Same draws, so each worker's memories double with the ratio, and numbing is the ratio times propensity.
    high.traumaticMemories.forEach((m, i) => expect(m).toBeCloseTo(2 * low.traumaticMemories[i], 12));
    high.numbing.forEach((n, i) => expect(n).toBeCloseTo(Math.min(1, 0.9 * high.numbingPropensity[i]), 12));
  });

  it('rejects a level outside 0-1, naming the field, the value and the range', () => {
    expect(() => resolveScenario({ overrides: [['population.startingLevels.sts', 1.5]] })).toThrow(/population\.startingLevels\.sts[\s\S]*1\.5[\s\S]*1/);
    expect(() => resolveScenario({ overrides: [['population.startingLevels.burnout', -0.1]] })).toThrow(/population\.startingLevels\.burnout[\s\S]*-0\.1/);
  });

  it('a level of 0 or near it starts a fresh team, not one split between the ends', () => {
    const team = (sts: number, burnout: number) =>
      createWorld(modelParameters(resolveScenario({ overrides: [['population.seats', 400], ['population.startingLevels.sts', sts], ['population.startingLevels.burnout', burnout]] })), { seed: 3, point: 0, replication: 0 }).w;
    const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
    const fresh = team(0, 0.03);
    expect(mean(fresh.sts)).toBeLessThan(0.01);
    expect(Math.max(...fresh.sts)).toBeLessThan(0.05);
    expect(mean(fresh.burnout)).toBeGreaterThan(0.02);
    expect(mean(fresh.burnout)).toBeLessThan(0.06);
    expect(Math.min(...team(1, 0.97).sts)).toBeGreaterThan(0.95);
  });
});
