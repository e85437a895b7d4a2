import { poissonFromUniform } from '../sim/random/samplers';

// MODEL.md §4.1: a worker's day of client contacts, thinned into event counts. Each count is its
// own Poisson draw from one uniform, so the events stream advances by EVENT_DRAWS per seat and
// day whatever happens: two policies on the same seed see the same community events.

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

// The contacts rate is the same for every full-caseload worker of a team on a day, and seats of
// a team are adjacent, so e^-load is usually the one just computed.
let cachedLoad = -1;
let cachedExp = 1;

/** Contacts ~ Poisson(load) by inversion (as poissonFromUniform), reusing e^-load when it can. */
function contactsFromUniform(u: number, load: number): number {
  if (load <= 0) return 0;
  if (load !== cachedLoad) {
    cachedLoad = load;
    cachedExp = Math.exp(-load);
  }
  let p = cachedExp;
  let cdf = p;
  let k = 0;
  while (u > cdf && k < 10_000) {
    k++;
    p *= load / k;
    cdf += p;
    if (p === 0) break;
  }
  return k;
}

/** Draws today's counts for `load` contacts from EVENT_DRAWS uniforms of `u`. */
export function drawEvents(u: () => number, load: number, rates: EventRates, out: DayEvents): void {
  const crisis = load * rates.crisis;
  const death = load * rates.death;
  out.contacts = load > 300 ? poissonFromUniform(u(), load) : contactsFromUniform(u(), load);
  out.crisesKnown = poissonFromUniform(u(), crisis * rates.known);
  out.crises = poissonFromUniform(u(), crisis * (1 - rates.known));
  out.deathsKnown = poissonFromUniform(u(), death * rates.known);
  out.deaths = poissonFromUniform(u(), death * (1 - rates.known));
  out.successes = poissonFromUniform(u(), load * rates.success);
  out.barriers = poissonFromUniform(u(), load * rates.barrier);
  out.stigma = poissonFromUniform(u(), load * rates.stigma);
  out.safety = poissonFromUniform(u(), load * rates.safety);
}

/** Consumes the draws of a seat that has no contacts today, keeping the stream aligned. */
export function skipEvents(u: () => number): void {
  for (let k = 0; k < EVENT_DRAWS; k++) u();
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
