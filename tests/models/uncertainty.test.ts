import { describe, expect, it } from 'vitest';
import { ChunkRunner, runChunk } from '../../models/chunk';
import { modelParameters } from '../../models/parameters';
import { runReplication } from '../../models/replication';
import { drawnScenario, drawnValues, replicationParameters, valueInRange } from '../../models/uncertainty';
import { startWorld } from '../../models/warmUp';
import { resolveScenario } from '../../scenarios/resolve';
import { createStream } from '../../sim/random/stream';

const key = (replication: number) => ({ seed: 7, point: 0, replication });
const uncertain = (uncertainty: Record<string, unknown>, policy = 'status-quo', overrides: [string, unknown][] = []) =>
  resolveScenario({ policy, file: { uncertainty }, overrides });
/** Evenly spaced uniforms (k + 0.5) / n, whose mapped values average to the distribution's mean. */
const grid = (n: number) => Array.from({ length: n }, (_, k) => (k + 0.5) / n);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a value from a range (one uniform each)', () => {
  it('uniform: from min up to max, mean halfway', () => {
    expect(valueInRange({ min: 0.7, max: 1.6 }, false, 0)).toBe(0.7);
    expect(valueInRange({ min: 0.7, max: 1.6 }, false, 0.999999)).toBeLessThan(1.6);
    expect(mean(grid(1000).map((u) => valueInRange({ min: 0.7, max: 1.6 }, false, u)))).toBeCloseTo(1.15, 9);
  });

  it('triangular: from min to max, peaking at the mode, mean (min + mode + max) / 3', () => {
    const range = { min: 60, mode: 100, max: 200 };
    expect(valueInRange(range, false, 0)).toBe(60);
    // The mode splits the mass at (mode − min) / (max − min).
    expect(valueInRange(range, false, 40 / 140)).toBeCloseTo(100, 9);
    expect(valueInRange(range, false, 1 - 1e-12)).toBeCloseTo(200, 3);
    expect(mean(grid(20000).map((u) => valueInRange(range, false, u)))).toBeCloseTo(120, 2);
    // Below the mode the density rises: more values in the upper half of [60, 100] than the lower.
    const values = grid(20000).map((u) => valueInRange(range, false, u));
    expect(values.filter((v) => v >= 80 && v < 100).length).toBeGreaterThan(2 * values.filter((v) => v >= 60 && v < 80).length);
  });

  it('whole-number fields draw each whole number from min to max equally often (uniform)', () => {
    const counts = new Map<number, number>();
    for (const u of grid(600)) counts.set(valueInRange({ min: 3, max: 8 }, true, u), (counts.get(valueInRange({ min: 3, max: 8 }, true, u)) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8]);
    for (const n of counts.values()) expect(n).toBe(100);
    expect(Number.isInteger(valueInRange({ min: 3, mode: 4, max: 8 }, true, 0.37))).toBe(true);
  });
});

describe('what a replication draws', () => {
  const ranges = { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 60, mode: 100, max: 200 } };

  it("draws each field from its own stream keyed by seed, point and replication (uncertainty/PATH), the package's no part of it", () => {
    const values = drawnValues(uncertain(ranges), key(3));
    expect(values.map(([path]) => path)).toEqual(Object.keys(ranges));
    expect(values[0][1]).toBe(valueInRange(ranges['coefficients.separationCf'], false, createStream(key(3), 'uncertainty/coefficients.separationCf')()));
    expect(values[1][1]).toBe(valueInRange(ranges['costs.supervisionSession'], false, createStream(key(3), 'uncertainty/costs.supervisionSession')()));
    // The same under another package, or with another field also uncertain.
    expect(drawnValues(uncertain(ranges, 'multi-level'), key(3))).toEqual(values);
    expect(drawnValues(uncertain({ 'coefficients.separationCf': ranges['coefficients.separationCf'] }), key(3))[0]).toEqual(values[0]);
    // Another replication draws other values.
    expect(drawnValues(uncertain(ranges), key(4))[0][1]).not.toBe(values[0][1]);
  });

  it("runs a replication with the drawn values in place of the fields' own, and changes nothing without uncertainty", () => {
    const plain = modelParameters(resolveScenario());
    expect(replicationParameters(plain, key(0))).toBe(plain);
    const p = modelParameters(uncertain(ranges));
    const drawn = replicationParameters(p, key(2));
    const [[, cf], [, price]] = drawnValues(p.scenario, key(2));
    expect(drawn.c.separationCf).toBe(cf);
    expect(drawn.scenario.costs.supervisionSession).toBe(price);
    expect(drawnScenario(p.scenario, key(2)).coefficients.separationCf).toBe(cf);
    // The world of the replication runs under them.
    expect(startWorld(p, key(2)).params.c.separationCf).toBe(cf);
  });

  it('warms the team up under the drawn values too: a replication that draws a value runs as one given that value outright, warm-up and all', () => {
    // A range too narrow to hold more than one number draws exactly it (a researcher's sweep row
    // could not be reproduced by --set of its recorded draw while the warm-up ran under the field's own value).
    const value = 0.8710739524336532;
    const base: [string, unknown][] = [['days', 60], ['population.teamSize', 12]];
    const drawn = modelParameters(uncertain({ 'coefficients.separationCf': { min: value, max: value + 1e-16 } }, 'status-quo', base));
    expect(drawnValues(drawn.scenario, key(0))[0][1]).toBe(value);
    const given = modelParameters(resolveScenario({ overrides: [...base, ['coefficients.separationCf', value]] }));
    expect(given.warmUpDays).toBeGreaterThan(0);
    expect(given.c.separationCf).not.toBe(modelParameters(resolveScenario({ overrides: base })).c.separationCf);
    expect(Array.from(runReplication(drawn, key(0)).record)).toEqual(Array.from(runReplication(given, key(0)).record));
  });

  it('gives the same results in a chunk reusing its world from replication to replication as one replication at a time', () => {
    const scenario = uncertain(ranges, 'status-quo', [['days', 60]]);
    const chunk = runChunk({ scenario, seed: 7, point: 0, firstRep: 0, reps: 3 });
    const runner = new ChunkRunner();
    const kept = runner.run({ scenario, seed: 7, point: 0, firstRep: 0, reps: 3 });
    const params = modelParameters(scenario);
    for (let r = 0; r < 3; r++) {
      const alone = runReplication(params, key(r)).record;
      expect(Array.from(chunk.records.subarray(r * alone.length, (r + 1) * alone.length))).toEqual(Array.from(alone));
      expect(Array.from(kept.records.subarray(r * alone.length, (r + 1) * alone.length))).toEqual(Array.from(alone));
    }
  });
});

describe('parameter uncertainty moves the outcomes the way the drawn field does', () => {
  it("a heavier compassion-fatigue weight in the separation hazard, drawn higher, gives more turnover; drawing it widens turnover's spread across replications", () => {
    const reps = 16;
    const base: [string, unknown][] = [['days', 365], ['population.seats', 60]];
    const fixed = modelParameters(resolveScenario({ overrides: base }));
    const drawnCf = modelParameters(uncertain({ 'coefficients.separationCf': { min: 0, max: 4 } }, 'status-quo', base));
    const turnover = (p: typeof fixed) => Array.from({ length: reps }, (_, r) => runReplication(p, key(r)).metrics.turnoverPerYear);
    const withCf = turnover(drawnCf);
    const cfs = Array.from({ length: reps }, (_, r) => drawnValues(drawnCf.scenario, key(r))[0][1]);
    // Correlation of the drawn weight with the replication's turnover.
    const mc = mean(cfs);
    const mt = mean(withCf);
    const cov = mean(cfs.map((c, k) => (c - mc) * (withCf[k] - mt)));
    const sd = (xs: number[], m: number) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(cov / (sd(cfs, mc) * sd(withCf, mt))).toBeGreaterThan(0.5);
    const without = turnover(fixed);
    expect(sd(withCf, mt)).toBeGreaterThan(1.5 * sd(without, mean(without)));
  });
});
