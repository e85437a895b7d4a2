import type { PoissonTables } from '../sim/random/poissonTables';
import { poissonFromUniform } from '../sim/random/samplers';

// MODEL.md §4.1: a worker's day of client contacts, thinned into event counts. Each count is its
// own Poisson draw from one uniform, so the events stream advances by EVENT_DRAWS per seat and
// day whatever happens (seats not working draw too): two policies on the same seed see the same
// community events.

export const EVENT_DRAWS = 9;

/** Today's events for one worker, written into a reusable scratch record (no allocation). */
export interface DayEvents {
  contacts: number;
  crises: number;
  crisesKnown: number;
  deaths: number;
  deathsKnown: number;
  successes: number;
  barriers: number;
  stigma: number;
  safety: number;
}

export function emptyDayEvents(): DayEvents {
  return { contacts: 0, crises: 0, crisesKnown: 0, deaths: 0, deathsKnown: 0, successes: 0, barriers: 0, stigma: 0, safety: 0 };
}

/** Per-contact rates for this worker (role and community already folded in). */
export interface EventRates {
  crisis: number;
  death: number;
  success: number;
  barrier: number;
  stigma: number;
  safety: number;
  /** Probability a crisis or death involves someone the worker knows. */
  known: number;
}

/**
 * Draws today's counts for `load` contacts from the EVENT_DRAWS uniforms of `u` starting at `at`.
 * Contacts come from `contacts` (slot `slot`): the same inversion, tabulated once per rate.
 */
export function drawEvents(u: Float64Array, at: number, load: number, rates: EventRates, out: DayEvents, contacts: PoissonTables, slot: number): void {
  const crisis = load * rates.crisis;
  const death = load * rates.death;
  out.contacts = contacts.count(slot, u[at], load);
  out.crisesKnown = poissonFromUniform(u[at + 1], crisis * rates.known);
  out.crises = poissonFromUniform(u[at + 2], crisis * (1 - rates.known));
  out.deathsKnown = poissonFromUniform(u[at + 3], death * rates.known);
  out.deaths = poissonFromUniform(u[at + 4], death * (1 - rates.known));
  out.successes = poissonFromUniform(u[at + 5], load * rates.success);
  out.barriers = poissonFromUniform(u[at + 6], load * rates.barrier);
  out.stigma = poissonFromUniform(u[at + 7], load * rates.stigma);
  out.safety = poissonFromUniform(u[at + 8], load * rates.safety);
}

export interface ExposureWeights {
  routineWeight: number;
  crisisWeight: number;
  deathWeight: number;
  knownPersonMultiplier: number;
  safetyWeight: number;
}

/** Exposure from client deaths, which weigh more with attachment and when the person was known. */
export function deathExposure(e: DayEvents, attachment: number, w: ExposureWeights): number {
  return w.deathWeight * (1 + attachment) * (e.deaths + w.knownPersonMultiplier * e.deathsKnown);
}

/** Exposure from high-intensity events (crises, deaths, known persons, safety incidents). */
export function highIntensityExposure(e: DayEvents, attachment: number, w: ExposureWeights): number {
  return w.crisisWeight * (e.crises + w.knownPersonMultiplier * e.crisesKnown) + deathExposure(e, attachment, w) + w.safetyWeight * e.safety;
}

/** Total exposure to suffering today: routine contacts plus high-intensity events. */
export function exposure(e: DayEvents, attachment: number, w: ExposureWeights): number {
  return w.routineWeight * e.contacts + highIntensityExposure(e, attachment, w);
}

/** Attachment to long-term clients grows with tenure (scales grief). */
export function attachment(tenureDays: number, halfDays: number): number {
  return tenureDays / (tenureDays + halfDays);
}
