import { EVENT_DRAWS } from './events';
import type { DailyStreamName, DailyStreams, Streams } from './world';

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
 * Draws today's uniforms of every daily stream into `out` for seats [0, seats): the funded seats
 * [0, funded) from the daily streams, the seats a package adds from their own (`streams.added`),
 * so that a funded seat's draws do not depend on how many seats a package adds. `seats` is every
 * seat but during a warm-up, when the seats a package adds are not there yet and draw nothing.
 */
export function drawDailyUniforms(streams: Pick<Streams, DailyStreamName | 'added'>, out: DailyUniforms, funded: number = out.seats, seats: number = out.seats): void {
  drawSeats(streams, out, 0, funded);
  if (seats > funded) drawSeats(streams.added, out, funded, seats - funded);
}

/** Fills seats [from, from + count) of every daily array from `streams`. */
function drawSeats(streams: DailyStreams, out: DailyUniforms, from: number, count: number): void {
  streams.roster.fill(out.roster, from, count);
  streams.absence.fill(out.absence, from, count);
  streams.events.fill(out.events, from * EVENT_DRAWS, count * EVENT_DRAWS);
  streams.support.fill(out.support, from, count);
  streams.life.fill(out.life, from, count);
  streams.separation.fill(out.separation, from, count);
}
