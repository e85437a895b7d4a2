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

/** Team means of each measured series on day 0 and over the settled window, across replications. */
function measuredMeans(scenario: Scenario, options: CalibrationOptions): Pick<CalibrationRound, 'dayZero' | 'settled'> {
  const params = modelParameters(scenario);
  const dayZero = Object.fromEntries(LEVEL_NAMES.map((k) => [k, 0])) as Record<keyof StartingLevels, number>;
  const settled = { ...dayZero };
  const span = options.days - options.settledFrom;
  for (let rep = 0; rep < options.reps; rep++) {
    const { record } = runReplication(params, { seed: options.seed, point: 0, replication: rep });
    for (const k of LEVEL_NAMES) {
      const column = SERIES[MEASURED_BY[k]];
      dayZero[k] += record[column] / options.reps;
      for (let d = options.settledFrom; d < options.days; d++) settled[k] += record[d * SERIES_COUNT + column] / (options.reps * span);
    }
  }
  return { dayZero, settled };
}

/** The next round's levels: each moved so that its day-0 team mean meets the settled one. */
function nextLevels(round: CalibrationRound): StartingLevels {
  const next = { ...round.levels };
  for (const k of LEVEL_NAMES) {
    const moved = RATIOS.has(k) ? (round.dayZero[k] > 0 ? (round.levels[k] * round.settled[k]) / round.dayZero[k] : round.levels[k]) : round.levels[k] + round.settled[k] - round.dayZero[k];
    next[k] = Math.min(RATIOS.has(k) ? MAX_RATIO : 1, Math.max(0, moved));
  }
  return next;
}

/**
 * Starting levels at which `scenario` starts settled (its day-0 policy held: scheduled changes are
 * left out), found as a fixed point: run, move each level by its settled team mean minus its day-0
 * team mean (ratios by their quotient), repeat. Returns every round; the last round's levels are
 * the calibrated ones, and its measures show how far they still are from settled.
 */
export function calibrationRounds(scenario: Scenario, options: CalibrationOptions): CalibrationRound[] {
  const rounds: CalibrationRound[] = [];
  let levels = scenario.population.startingLevels;
  for (let r = 0; r <= options.rounds; r++) {
    const run = { ...scenario, days: options.days, changes: [], population: { ...scenario.population, startingLevels: levels } };
    const round = { levels, ...measuredMeans(run, options) };
    rounds.push(round);
    levels = nextLevels(round);
  }
  return rounds;
}
