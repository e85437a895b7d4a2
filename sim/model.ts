import type { StreamKey } from './random/stream';

/**
 * What the engine needs from a model (as in Agents.jl: a factory from parameters and a stream
 * key, and a stepping rule). The model owns its streams; drivers never draw random numbers.
 */
export interface SimulationModel<Params, World> {
  /** Builds day 0 of one run. */
  create(params: Params, key: StreamKey): World;
  /** Advances the world by one day. */
  step(world: World): void;
  /** Days simulated so far. */
  day(world: World): number;
  /** The run's horizon in days. */
  horizon(params: Params): number;
}

/** Declared data collection: called after every simulated day. */
export interface Observer<World> {
  observe(world: World, day: number): void;
}
