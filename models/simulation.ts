import type { Observer } from '../sim/model';
import { createRun, type Run } from '../sim/run';
import type { StreamKey } from '../sim/random/stream';
import type { Scenario } from '../scenarios/schema';
import { compassionFatigueModel } from './model';
import { modelParameters, type ModelParameters } from './parameters';
import { DailyRecorder } from './recorder';
import { teamSnapshot, type TeamSnapshot } from './snapshot';
import type { World } from './world';
import { startWorld } from './warmUp';

/** One run of a scenario, stepped day by day (the browser app) or to its end. */
export interface Simulation {
  readonly run: Run<ModelParameters, World>;
  readonly recorder: DailyRecorder;
  /** Advances up to `days` days; returns the days simulated. */
  step(days?: number): number;
  /** The team as it is now. */
  snapshot(): TeamSnapshot;
}

export function createSimulation(
  scenario: Scenario,
  key: Partial<StreamKey> = {},
  options: { observers?: readonly Observer<World>[]; journal?: boolean } = {},
): Simulation {
  const params = modelParameters(scenario);
  const recorder = new DailyRecorder(params.days);
  // The journal (who went through what) is for people watching a run; it never changes results.
  const model = options.journal ? { ...compassionFatigueModel, create: (p: ModelParameters, k: StreamKey) => startWorld(p, k, { journal: true }) } : compassionFatigueModel;
  const run = createRun(model, params, { seed: key.seed ?? 1, point: key.point ?? 0, replication: key.replication ?? 0 }, [recorder, ...(options.observers ?? [])]);
  return {
    run,
    recorder,
    step: (days = 1) => run.step(days),
    snapshot: () => teamSnapshot(run.world),
  };
}
