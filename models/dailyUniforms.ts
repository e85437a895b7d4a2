import { EVENT_DRAWS } from './events';
import type { DailyStreamName, Streams } from './world';

/**
 * Every uniform the daily schedule consumes, drawn at the start of the day. Each daily stream
 * is consumed a fixed number of times per seat in seat order (docs/ODD.md, "Stochasticity"), so
 * drawing the day's uniforms up front yields exactly the values the phases would have drawn
 * one by one. Each stream fills its array in one call (`BulkStream.fill`), which keeps the
 * generator's state in registers.
 */
export class DailyUniforms {
  readonly roster: Float64Array;
  readonly absence: Float64Array;
  /** EVENT_DRAWS per seat: seat i's draws start at i * EVENT_DRAWS. */
  readonly events: Float64Array;
  readonly support: Float64Array;
  readonly life: Float64Array;
  readonly separation: Float64Array;

  constructor(readonly seats: number) {
    this.roster = new Float64Array(seats);
    this.absence = new Float64Array(seats);
    this.events = new Float64Array(seats * EVENT_DRAWS);
    this.support = new Float64Array(seats);
    this.life = new Float64Array(seats);
    this.separation = new Float64Array(seats);
  }
}

/**
 * Draws today's uniforms of every daily stream into `out`, for the first `seats` seats (all of
 * them but during a warm-up, when the seats a package adds are not there yet and draw nothing, so
 * that every package's warm-up draws alike).
 */
export function drawDailyUniforms(streams: Pick<Streams, DailyStreamName>, out: DailyUniforms, seats: number = out.seats): void {
  streams.roster.fill(out.roster, 0, seats);
  streams.absence.fill(out.absence, 0, seats);
  streams.events.fill(out.events, 0, seats * EVENT_DRAWS);
  streams.support.fill(out.support, 0, seats);
  streams.life.fill(out.life, 0, seats);
  streams.separation.fill(out.separation, 0, seats);
}
