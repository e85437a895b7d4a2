import type { Scenario } from '../scenarios/schema';
import { SERIES, SERIES_COUNT, type SeriesName } from './observables';
import { modelParameters } from './parameters';
import { runReplication } from './replication';

// Calibrates population.startingLevels to where a scenario settles (docs/ODD.md §5): day-0 staff
// should start at the team means of a long run, so that its first year has no warm-up.

export type StartingLevels = Scenario['population']['startingLevels'];

/** The daily team series each starting level is measured by. */
export const MEASURED_BY: { readonly [K in keyof StartingLevels]: SeriesName } = {
  sts: 'sts',
  burnout: 'burnout',
  prolongedExposure: 'prolongedExposure',
  traumaticMemoriesRatio: 'traumaticMemories',
  numbingRatio: 'numbing',
};
export const LEVEL_NAMES = Object.keys(MEASURED_BY) as (keyof StartingLevels)[];
/** Levels that multiply a worker's trait: scaled by settled / day 0 rather than shifted. */
const RATIOS: ReadonlySet<keyof StartingLevels> = new Set(['traumaticMemoriesRatio', 'numbingRatio']);
const MAX_RATIO = 10;

export interface CalibrationOptions {
  readonly seed: number;
  readonly reps: number;
  /** Horizon of each round's runs. */
  readonly days: number;
  /** First day of the window the settled means are taken over (to the horizon). */
  readonly settledFrom: number;
  readonly rounds: number;
}

/** One round: the levels it ran with and the team means they gave on day 0 and once settled. */
export interface CalibrationRound {
  readonly levels: StartingLevels;
  readonly dayZero: { readonly [K in keyof StartingLevels]: number };
  readonly settled: { readonly [K in keyof StartingLevels]: number };
}

/**
 * Runs replications 0 to reps − 1 of a scenario, handing each one's daily record (days ×
 * SERIES_COUNT) to `fold` in replication order, however many run at once: the means are then the
 * same sums in the same order, to the bit, on one thread or many (bin/replicationRecords.ts).
 */
export type ReplicationRecords = (scenario: Scenario, seed: number, reps: number, fold: (record: Float64Array) => void) => Promise<void>;

/** Team means of each measured series on day 0 and over the settled window, across replications, from their records in replication order. */
class MeasuredMeans {
  readonly dayZero = Object.fromEntries(LEVEL_NAMES.map((k) => [k, 0])) as Record<keyof StartingLevels, number>;
  readonly settled = { ...this.dayZero };

  constructor(private readonly options: CalibrationOptions) {}

  readonly add = (record: Float64Array): void => {
    const { reps, days, settledFrom } = this.options;
    const span = days - settledFrom;
    for (const k of LEVEL_NAMES) {
      const column = SERIES[MEASURED_BY[k]];
      this.dayZero[k] += record[column] / reps;
      for (let d = settledFrom; d < days; d++) this.settled[k] += record[d * SERIES_COUNT + column] / (reps * span);
    }
  };
}

/** Where each level may go: its range in the schema (ratios from 0 to MAX_RATIO). */
function clampLevel(k: keyof StartingLevels, x: number): number {
  return Math.min(RATIOS.has(k) ? MAX_RATIO : 1, Math.max(0, x));
}

/**
 * The next round's levels: each moved so that its day-0 team mean meets the settled one. A ratio
 * is scaled by settled / day 0; one at 0 (no day-0 memories or numbing at all), which no scaling
 * can move, restarts from 1 (each worker's own trait) when the team settles above its day-0 mean.
 */
function nextLevels(round: CalibrationRound): StartingLevels {
  const next = { ...round.levels };
  for (const k of LEVEL_NAMES) {
    const level = round.levels[k];
    let moved: number;
    if (!RATIOS.has(k)) moved = level + round.settled[k] - round.dayZero[k];
    else if (level === 0) moved = round.settled[k] > round.dayZero[k] ? 1 : 0;
    else moved = round.dayZero[k] > 0 ? (level * round.settled[k]) / round.dayZero[k] : level;
    next[k] = clampLevel(k, moved);
  }
  return next;
}

/** How far a day-0 team mean may stay from the settled one for a level to count as calibrated (latent 0-1). */
export const SETTLED_TOLERANCE = 0.02;

/** The levels whose day-0 team mean is still more than SETTLED_TOLERANCE from settled in `round`. */
export function unsettledLevels(round: CalibrationRound): (keyof StartingLevels)[] {
  return LEVEL_NAMES.filter((k) => Math.abs(round.dayZero[k] - round.settled[k]) > SETTLED_TOLERANCE);
}

/**
 * Starting levels at which `scenario` starts settled (its day-0 policy held: scheduled changes are
 * left out), found as a fixed point: run, move each level by its settled team mean minus its day-0
 * team mean (ratios by their quotient), repeat. Returns every round; the last round's levels are
 * the calibrated ones, and its measures show how far they still are from settled.
 */
export function calibrationRounds(scenario: Scenario, options: CalibrationOptions): CalibrationRound[] {
  checkOptions(options);
  const rounds: CalibrationRound[] = [];
  let levels = scenario.population.startingLevels;
  for (let r = 0; r <= options.rounds; r++) {
    const params = modelParameters(roundScenario(scenario, levels, options));
    const means = new MeasuredMeans(options);
    for (let rep = 0; rep < options.reps; rep++) means.add(runReplication(params, { seed: options.seed, point: 0, replication: rep }).record);
    rounds.push({ levels, dayZero: means.dayZero, settled: means.settled });
    levels = nextLevels(rounds[r]);
  }
  return rounds;
}

/** calibrationRounds with each round's replications run by `records` (on worker threads, say): the same rounds, to the bit. */
export async function calibrationRoundsOn(scenario: Scenario, options: CalibrationOptions, records: ReplicationRecords): Promise<CalibrationRound[]> {
  checkOptions(options);
  const rounds: CalibrationRound[] = [];
  let levels = scenario.population.startingLevels;
  for (let r = 0; r <= options.rounds; r++) {
    const means = new MeasuredMeans(options);
    await records(roundScenario(scenario, levels, options), options.seed, options.reps, means.add);
    rounds.push({ levels, dayZero: means.dayZero, settled: means.settled });
    levels = nextLevels(rounds[r]);
  }
  return rounds;
}

function checkOptions(options: CalibrationOptions): void {
  if (!(options.settledFrom >= 0 && options.settledFrom < options.days)) throw new RangeError(`settledFrom must be a day from 0 to days - 1 (${options.days - 1}); got ${options.settledFrom}`);
  if (!(options.reps >= 1)) throw new RangeError(`reps must be at least 1; got ${options.reps}`);
}

/** A round's run: the scenario at `levels`, over the calibration's horizon, its day-0 policy held. */
function roundScenario(scenario: Scenario, levels: StartingLevels, options: CalibrationOptions): Scenario {
  // Without a warm-up: the levels are where the drawn starting team begins (a warm-up starts from them too).
  return { ...scenario, days: options.days, changes: [], population: { ...scenario.population, startingLevels: levels, warmUpDays: 0 } };
}
