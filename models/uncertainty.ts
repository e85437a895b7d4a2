import { fieldAt, withValueAt, type DrawRange, type NumberField } from '../sim/params/fields';
import { createStream, type StreamKey } from '../sim/random/stream';
import { triangularFromUniform } from '../sim/random/samplers';
import { scenarioField, type Scenario } from '../scenarios/schema';
import { modelParameters, type ModelParameters } from './parameters';

// Parameter uncertainty (scenario.uncertainty): each listed coefficient or price is drawn anew in
// every replication, from a stream of its own keyed like every other (seed, point, replication,
// "uncertainty/PATH"), so a replication draws the same values under every package of a comparison
// and in any thread, and adding or removing one uncertain field leaves the others' draws as they were.

/** The stream an uncertain field's value is drawn from. */
export const uncertaintyStream = (path: string) => `uncertainty/${path}`;

/**
 * The value a uniform `u` in [0, 1) gives from a range: uniform from min to max, or triangular
 * peaking at the mode; whole numbers for a whole-number field (each equally likely from min to max
 * when uniform, the triangular value rounded otherwise).
 */
export function valueInRange(range: DrawRange, integer: boolean, u: number): number {
  const { min, max, mode } = range;
  if (mode === undefined) return integer ? Math.min(max, min + Math.floor(u * (max - min + 1))) : min + u * (max - min);
  const x = triangularFromUniform(u, min, mode, max);
  return integer ? Math.round(x) : x;
}

/** The values replication `key` draws for the scenario's uncertain fields, by path, in the scenario's order. */
export function drawnValues(scenario: Scenario, key: StreamKey): [string, number][] {
  return Object.entries(scenario.uncertainty).map(([path, range]) => {
    const field = fieldAt(scenarioField, path.split('.')) as NumberField;
    return [path, valueInRange(range, field.integer === true, createStream(key, uncertaintyStream(path))())];
  });
}

/** The scenario replication `key` runs: its uncertain fields set to the values it draws. */
export function drawnScenario(scenario: Scenario, key: StreamKey): Scenario {
  return drawnValues(scenario, key).reduce((s, [path, value]) => withValueAt(s, path.split('.'), value), scenario);
}

/** The parameters replication `key` runs with: `p` itself when its scenario has no uncertain fields. */
export function replicationParameters(p: ModelParameters, key: StreamKey): ModelParameters {
  return Object.keys(p.scenario.uncertainty).length === 0 ? p : modelParameters(drawnScenario(p.scenario, key));
}

/** Each uncertain field's values in replications 0 .. reps − 1 of a run with `seed` (stream point 0, as runs and comparisons use). */
export function drawsByField(scenario: Scenario, seed: number, reps: number): Map<string, Float64Array> {
  const draws = new Map(Object.keys(scenario.uncertainty).map((path) => [path, new Float64Array(reps)]));
  for (let r = 0; r < reps; r++) for (const [path, value] of drawnValues(scenario, { seed, point: 0, replication: r })) draws.get(path)![r] = value;
  return draws;
}

/**
 * drawsByField of `first`, keeping only the fields every one of `others` draws too (the first's
 * values: an arm drawing a field over another range takes the same place in it).
 */
export function drawsAlsoIn(first: Scenario, others: readonly Scenario[], seed: number, reps: number): Map<string, Float64Array> {
  const draws = drawsByField(first, seed, reps);
  for (const path of draws.keys()) if (!others.every((s) => Object.hasOwn(s.uncertainty, path))) draws.delete(path);
  return draws;
}
