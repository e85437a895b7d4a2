import type { Observer, SimulationModel } from './model';
import type { StreamKey } from './random/stream';

/**
 * One run, stepped incrementally (the browser app advances it day by day) or to the end.
 * Observers see every day in order, whichever way the run is driven.
 */
export class Run<Params, World> {
  readonly world: World;
  readonly horizon: number;

  constructor(
    readonly model: SimulationModel<Params, World>,
    readonly params: Params,
    readonly key: StreamKey,
    readonly observers: readonly Observer<World>[] = [],
  ) {
    this.world = model.create(params, key);
    this.horizon = model.horizon(params);
  }

  /** Days simulated so far. */
  get day(): number {
    return this.model.day(this.world);
  }

  get done(): boolean {
    return this.day >= this.horizon;
  }

  /** Advances up to `days` days (never past the horizon); returns the days actually simulated. */
  step(days = 1): number {
    let stepped = 0;
    while (stepped < days && !this.done) {
      const day = this.day;
      this.model.step(this.world);
      for (const o of this.observers) o.observe(this.world, day);
      stepped++;
    }
    return stepped;
  }

  /** Runs to the horizon. */
  finish(): this {
    this.step(this.horizon - this.day);
    return this;
  }
}

/** Creates a run (the incremental API). */
export function createRun<Params, World>(
  model: SimulationModel<Params, World>,
  params: Params,
  key: StreamKey,
  observers: readonly Observer<World>[] = [],
): Run<Params, World> {
  return new Run(model, params, key, observers);
}
