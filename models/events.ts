import type { PoissonTables } from '../sim/random/poissonTables';
import type { ModelParameters } from './parameters';
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

/** Reads the counts drawEvents stored at `at` into `out`. */
export function loadDayEvents(counts: Int32Array, at: number, out: DayEvents): DayEvents {
  out.contacts = counts[at];
  out.crisesKnown = counts[at + 1];
  out.crises = counts[at + 2];
  out.deathsKnown = counts[at + 3];
  out.deaths = counts[at + 4];
  out.successes = counts[at + 5];
  out.barriers = counts[at + 6];
  out.stigma = counts[at + 7];
  out.safety = counts[at + 8];
  return out;
}

/** The events counted after contacts, in draw order. */
export const INCIDENTS = ['crisesKnown', 'crises', 'deathsKnown', 'deaths', 'successes', 'barriers', 'stigma', 'safety'] as const;
const INCIDENT_COUNT = INCIDENTS.length;

/**
 * Per-contact rates of the INCIDENTS: `perContact` per role (ROLES order, INCIDENT_COUNT each),
 * and `share`, the part of each that involves someone the worker knows or not, by whether the
 * worker lives in the community (0: outsider, 1: resident; 1 for events without that split).
 */
export interface EventRateTable {
  readonly perContact: Float64Array;
  readonly share: Float64Array;
}

export function eventRateTable(
  perRole: Pick<ModelParameters, 'crisisRate' | 'deathRate' | 'successRate' | 'barrierRate' | 'stigmaRate' | 'safetyRate' | 'knownResident' | 'knownOutsider'>,
): EventRateTable {
  const roles = perRole.crisisRate.length;
  const perContact = new Float64Array(roles * INCIDENT_COUNT);
  for (let r = 0; r < roles; r++) {
    perContact.set(
      [perRole.crisisRate[r], perRole.crisisRate[r], perRole.deathRate[r], perRole.deathRate[r], perRole.successRate[r], perRole.barrierRate[r], perRole.stigmaRate[r], perRole.safetyRate[r]],
      r * INCIDENT_COUNT,
    );
  }
  const split = (known: number) => [known, 1 - known, known, 1 - known, 1, 1, 1, 1];
  return { perContact, share: Float64Array.from([...split(perRole.knownOutsider), ...split(perRole.knownResident)]) };
}

/**
 * Draws a working seat's counts for today into `counts` at `at` (contacts, then the INCIDENTS),
 * from the EVENT_DRAWS uniforms of `u` at the same offset. Contacts ~ Poisson(load), from
 * `contacts` (slot `slot`: the inversion, tabulated once per rate); each incident ~
 * Poisson(load × per-contact rate × share).
 */
export function drawEvents(
  u: Float64Array,
  at: number,
  load: number,
  rates: EventRateTable,
  role: number,
  livesInCommunity: number,
  counts: Int32Array,
  contacts: PoissonTables,
  slot: number,
): void {
  // Counts fit an Int32Array: the schema caps the caseload (and so the load) far below 2³¹.
  contacts.setRate(slot, load);
  counts[at] = contacts.count(slot, u, at);
  const perContact = rates.perContact;
  const share = rates.share;
  const r = role * INCIDENT_COUNT;
  const s = livesInCommunity * INCIDENT_COUNT;
  for (let k = 0; k < INCIDENT_COUNT; k++) counts[at + 1 + k] = poissonFromUniform(u[at + 1 + k], load * perContact[r + k] * share[s + k]);
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
