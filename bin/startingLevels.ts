import { stringify as toYaml } from 'yaml';
import { calibrationRoundsOn, LEVEL_NAMES, MEASURED_BY, SETTLED_TOLERANCE, unsettledLevels, type CalibrationOptions, type ReplicationRecords } from '../models/startingLevels';
import type { Scenario } from '../scenarios/schema';
import { WorkerFailure } from '../sim/host/nodePool';

// `cfsim starting-levels`: the population.startingLevels block a scenario should carry, and how
// far its day-0 team means stay from settled (docs/ODD.md §5, "Calibrating the starting levels").

export const CALIBRATION_DEFAULTS = { reps: 20, days: 3650, settledFrom: 1095, rounds: 3 } as const;

/** Two decimals, as the presets carry them. */
const rounded = (x: number) => Math.round(x * 100) / 100;

/** Where a calibrated scenario came from, for the block's header: its scenario file, and the --set overrides as typed. */
export interface LevelsOrigin {
  readonly file?: string;
  readonly set?: readonly string[];
}

/**
 * The YAML to paste into a scenario (stdout) and the last round's measures (stderr), each round's
 * replications run by `records` (bin/replicationRecords.ts: on worker threads). Its header
 * names the scenario file and the --set overrides, so a block pasted elsewhere is not taken for
 * the preset's own levels.
 */
export async function startingLevelsText(scenario: Scenario, options: CalibrationOptions, records: ReplicationRecords, origin: LevelsOrigin = {}): Promise<{ yaml: string; measures: string }> {
  const file = origin.file === undefined ? '' : ` (scenario file ${origin.file})`;
  // A failure names the file too, as the header does: a file's scenario carries its preset's name.
  const rounds = await calibrationRoundsOn(scenario, options, roundFailures(records, `${scenario.name}${file}`, options.rounds));
  const last = rounds[rounds.length - 1];
  const levels = Object.fromEntries(LEVEL_NAMES.map((k) => [k, rounded(last.levels[k])]));
  const window = `days ${options.settledFrom}-${options.days - 1} (${options.reps} replications, seed ${options.seed})`;
  const set = origin.set && origin.set.length > 0 ? ` with ${origin.set.map((s) => `--set ${s}`).join(' ')}` : '';
  const what = `${scenario.name}${file} under ${scenario.policy.name}${set}`;
  const header =
    options.rounds === 0
      ? `# population.startingLevels of ${what} as set; their day-0 team means against those over ${window} are on stderr.`
      : `# population.startingLevels for ${what}, calibrated in ${options.rounds} round${options.rounds === 1 ? '' : 's'} to its team means over ${window}.`;
  const yaml = `${header}\n${toYaml({ population: { startingLevels: levels } })}`;
  const lines = [`level                    start   day-0 team mean   settled team mean (series)`];
  for (const k of LEVEL_NAMES) {
    lines.push(`${k.padEnd(24)}${last.levels[k].toFixed(3).padStart(6)}${last.dayZero[k].toFixed(3).padStart(18)}${last.settled[k].toFixed(3).padStart(20)} (${MEASURED_BY[k]})`);
  }
  for (const k of unsettledLevels(last)) lines.push(`warning: ${k}: ${unsettledWhy(last.dayZero[k], last.settled[k], options.rounds)}`);
  return { yaml, measures: `${lines.join('\n')}\n` };
}

/** How far a level's day-0 team mean still is from settled, and what to do. */
function unsettledWhy(dayZero: number, settled: number, rounds: number): string {
  const gap = `its day-0 team mean ${dayZero.toFixed(3)} is ${Math.abs(dayZero - settled).toFixed(3)} from the settled ${settled.toFixed(3)} (more than ${SETTLED_TOLERANCE})`;
  return rounds === 0 ? `${gap}: calibrate it (--rounds ${CALIBRATION_DEFAULTS.rounds}).` : `${gap}: run more rounds (--rounds) or replications (--reps).`;
}

/**
 * `records` for calibrationRoundsOn's runs in order (the first measures the scenario's own levels,
 * then one per round), a failure in one naming it after the replication, seed and policy: "...,
 * in round 2 of 3 of calibrating ct-harm-reduction, measuring the starting levels round 2 set".
 */
export function roundFailures(records: ReplicationRecords, name: string, rounds: number): ReplicationRecords {
  let run = 0;
  return async (scenario, seed, reps, fold) => {
    const round = run++;
    try {
      await records(scenario, seed, reps, fold);
    } catch (error) {
      if (!(error instanceof WorkerFailure)) throw error;
      throw new WorkerFailure(`${error.message}, ${roundWords(round, rounds, name)}`);
    }
  };
}

/** Which of starting-levels' runs this is, and what it was doing. */
function roundWords(round: number, rounds: number, name: string): string {
  // --rounds 0 calibrates nothing: its one run only measures the scenario's own levels.
  if (rounds === 0) return `in the one run (--rounds 0, no calibration) of ${name}, measuring the starting levels it sets`;
  if (round === 0) return `before round 1 of ${rounds} of calibrating ${name}, measuring the starting levels it sets`;
  return `in round ${round} of ${rounds} of calibrating ${name}, measuring the starting levels round ${round} set`;
}
