import type { Observer } from '../sim/model';
import { GROUP_COUNT } from './groups';
import { observeDay, SERIES_COUNT } from './observables';
import type { World } from './world';

/**
 * Records the daily team series of one run into a days × SERIES_COUNT array (row-major), and the
 * worker-days in post of each role and lived-experience group (GROUPS order).
 */
export class DailyRecorder implements Observer<World> {
  readonly record: Float64Array;
  readonly groupWorkerDays = new Float64Array(GROUP_COUNT);
  private cumulativeSeparations = 0;

  /** Writes into `record` when given (a reused buffer), else into a new array. */
  constructor(
    readonly days: number,
    record?: Float64Array,
  ) {
    if (record && record.length !== days * SERIES_COUNT) throw new Error(`a daily record of ${days} days needs ${days * SERIES_COUNT} cells, not ${record.length}`);
    this.record = record ?? new Float64Array(days * SERIES_COUNT);
    this.record.fill(0);
  }

  observe(world: World, day: number): void {
    this.cumulativeSeparations = world.separations.length;
    observeDay(world, this.record, day * SERIES_COUNT, this.cumulativeSeparations, this.groupWorkerDays);
  }

  /** The value of one series on one day. */
  value(day: number, series: number): number {
    return this.record[day * SERIES_COUNT + series];
  }
}
