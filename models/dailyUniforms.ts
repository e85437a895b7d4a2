import { EVENT_DRAWS } from './events';
import type { Streams } from './world';

/**
 * Every uniform the daily schedule consumes, drawn at the start of the day. Each daily stream
 * is consumed a fixed number of times per seat in seat order (docs/ODD.md, "Stochasticity"), so
 * drawing the day's uniforms up front yields exactly the values the phases would have drawn
 * one by one. Drawing them in one loop lets the CPU overlap the independent generators, which
 * otherwise wait on each other (an Alea step is a chain of dependent floating-point operations).
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

/** Draws today's uniforms of every daily stream into `out`. */
export function drawDailyUniforms(streams: Streams, out: DailyUniforms): void {
  const roster = streams.roster;
  const absence = streams.absence;
  const events = streams.events;
  const support = streams.support;
  const life = streams.life;
  const separation = streams.separation;
  const r = out.roster;
  const a = out.absence;
  const e = out.events;
  const s = out.support;
  const l = out.life;
  const x = out.separation;
  for (let i = 0; i < out.seats; i++) {
    r[i] = roster();
    a[i] = absence();
    s[i] = support();
    l[i] = life();
    x[i] = separation();
    const base = i * EVENT_DRAWS;
    for (let k = 0; k < EVENT_DRAWS; k++) e[base + k] = events();
  }
}
