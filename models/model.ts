import type { SimulationModel } from '../sim/model';
import type { StreamKey } from '../sim/random/stream';
import { modelParameters, type ModelParameters } from './parameters';
import { stepDay } from './step';
import type { World } from './world';
import { startWorld } from './warmUp';
import type { Scenario } from '../scenarios/schema';

/** The compassion-fatigue model as the engine sees it. */
export const compassionFatigueModel: SimulationModel<ModelParameters, World> = {
  create: (params: ModelParameters, key: StreamKey) => startWorld(params, key),
  step: stepDay,
  day: (world: World) => world.day,
  horizon: (params: ModelParameters) => params.days,
};

export { modelParameters };
export type { ModelParameters, World, Scenario };
