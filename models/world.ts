import { PoissonTables } from '../sim/random/poissonTables';
import type { BulkStream } from '../sim/random/bulkStream';
import { createBulkStream, createStream, type StreamKey, type Uniform } from '../sim/random/stream';
import { DailyUniforms } from './dailyUniforms';
import { emptyDayEvents, EVENT_DRAWS, type DayEvents } from './events';
import { hire } from './hiring';
import type { ModelParameters } from './parameters';
import { ROLES } from './roles';
import { TALLY_SIZE } from './tally';
import { SeparationLog } from './separationLog';
import { EventJournal } from './journal';
import { Workforce } from './workforce';
import { log } from '../sim/math/portableMath';
import { workweekOffsets } from './absence';
import { roleSeatCounts } from './roleSeats';


/** The named random streams of one run (MODEL.md §3 order); see docs/ODD.md "Stochasticity". */
export const STREAM_NAMES = ['seats', 'init', 'extraSeats', 'roster', 'absence', 'events', 'support', 'life', 'separation', 'hiring'] as const;
export type StreamName = (typeof STREAM_NAMES)[number];
/** The streams every seat draws from every day, in bulk at the start of the day (`drawDailyUniforms`). */
export const DAILY_STREAM_NAMES = ['roster', 'absence', 'events', 'support', 'life', 'separation'] as const;
export type DailyStreamName = (typeof DAILY_STREAM_NAMES)[number];
const isDailyStream = (name: StreamName): name is DailyStreamName => (DAILY_STREAM_NAMES as readonly string[]).includes(name);
/** One bulk stream per daily stream name. */
export type DailyStreams = { readonly [N in DailyStreamName]: BulkStream };
/**
 * The streams of one run: the daily streams serve the funded seats, and `added` holds the same
 * daily streams for the seats a package adds (seeded `added-roster`, …), so that the funded seats
 * draw the same numbers every day whether a package adds seats or not.
 */
export type Streams = { readonly [N in Exclude<StreamName, DailyStreamName>]: Uniform } & DailyStreams & { readonly added: DailyStreams };

/** The whole state of one run: parameters, workforce, teams, streams and today's tallies. */
export interface World {
  /** The run's parameters: those of day 0, with the schedule of changes (`params.schedule`). */
  readonly params: ModelParameters;
  /** Today's parameters: `params` until the first scheduled change, then each change's in turn (models/scheduledChanges.ts). */
  p: ModelParameters;
  /** Index in `params.schedule` of the next change to apply. */
  nextChange: number;
  /** The day of the next change to apply; −1 when none is left. */
  nextChangeDay: number;
  readonly w: Workforce;
  readonly streams: Streams;
  /** The next day to simulate (0-based); days simulated so far. */
  day: number;
  nextWorkerId: number;
  /** Workers hired before today's step began, counted in today's hires (the seats a package adds, filled on day 0 after a warm-up). */
  hiresBeforeToday: number;
  readonly today: Float64Array;
  readonly separations: SeparationLog;
  /** Notable events per worker, when asked for (the classroom app); undefined in batch runs. */
  readonly journal?: EventJournal;
  // Per team
  readonly teamSeats: Int32Array;
  readonly teamDemand: Float64Array;
  readonly cohesion: Float64Array;
  readonly teamMeanSts: Float64Array;
  readonly presentShares: Float64Array;
  readonly missingShares: Float64Array;
  readonly floatShares: Float64Array;
  readonly loadPerShare: Float64Array;
  readonly unmetShare: Float64Array;
  readonly wellSum: Float64Array;
  readonly stsSum: Float64Array;
  readonly employedCount: Int32Array;
  // Reused scratch records (no allocation in the daily loop)
  /** Today's uniforms of every daily stream, drawn at the start of the day. */
  readonly uniforms: DailyUniforms;
  /** Contacts tables, one slot per caseload share (`contactSlot` gives a seat's slot). */
  readonly contactTables: PoissonTables;
  readonly contactSlot: Int32Array;
  /** Each seat's place in the week (models/absence.ts, workweekOffsets). */
  readonly workweekOffset: Uint8Array;
  /** Today's event counts, EVENT_DRAWS per seat (drawEvents order); written for working seats only. */
  readonly eventCounts: Int32Array;
  readonly events: DayEvents;
}

export function createStreams(key: StreamKey): Streams {
  const out: Record<string, Uniform | BulkStream | DailyStreams> = {};
  for (const name of STREAM_NAMES) out[name] = isDailyStream(name) ? createBulkStream(key, name) : createStream(key, name);
  out.added = Object.fromEntries(DAILY_STREAM_NAMES.map((name) => [name, createBulkStream(key, `added-${name}`)])) as DailyStreams;
  return out as Streams;
}

/** Seats per role by largest remainder, then shuffled so each team gets a mix. */
function assignRoles(weights: Float64Array, count: number, u: Uniform, out: Uint8Array, offset: number): void {
  let seat = offset;
  roleSeatCounts(weights, count).forEach((n, role) => {
    for (let k = 0; k < n; k++) out[seat++] = role;
  });
  // Fisher–Yates with the seat stream.
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    const t = out[offset + i];
    out[offset + i] = out[offset + j];
    out[offset + j] = t;
  }
}

type Numbers = Float64Array | Int32Array;

export interface WorldOptions {
  /** Keep an event journal (the classroom app). */
  readonly journal?: boolean;
  /**
   * A finished world of the same shape (sameShape: the same scenario, or one whose replications
   * draw other coefficients and prices) whose arrays the new world takes over, zeroed, so
   * that a batch of replications allocates them once (which keeps a long run's memory flat).
   * The earlier world must not be used afterwards.
   */
  readonly reuse?: World;
}

/** Whether worlds of `a` and `b` have arrays of the same sizes: seats, teams and distinct caseload shares. */
function sameShape(a: ModelParameters, b: ModelParameters): boolean {
  return a === b || (a.seats === b.seats && a.baseSeats === b.baseSeats && a.teamCount === b.teamCount && new Set(a.caseloadShare).size === new Set(b.caseloadShare).size);
}

export function createWorld(p: ModelParameters, key: StreamKey, options: WorldOptions = {}): World {
  const streams = createStreams(key);
  const old = options.reuse;
  if (old && !sameShape(old.params, p)) throw new Error('createWorld: a world can only reuse the arrays of a world of the same seats, teams and caseload shares');
  const teams = p.teamCount;
  const zeroed = <T extends Numbers>(previous: T | undefined, make: () => T): T => (previous ? (previous.fill(0) as T) : make());
  const perTeam = (previous?: Float64Array) => zeroed(previous, () => new Float64Array(teams));
  const w = old ? old.w.clear() : new Workforce(p.seats);
  const teamSize = p.scenario.population.teamSize;
  const teamSeats = zeroed(old?.teamSeats, () => new Int32Array(teams));
  assignRoles(p.roleWeights, p.baseSeats, streams.seats, w.role, 0);
  for (let i = 0; i < p.baseSeats; i++) {
    w.team[i] = Math.floor(i / teamSize);
  }
  // Added seats (a staffing lever) come after the base seats, from their own stream, so the base
  // team is identical with or without them; they are spread across teams.
  if (p.extraSeats > 0) assignRoles(p.roleWeights, p.extraSeats, streams.extraSeats, w.role, p.baseSeats);
  for (let i = p.baseSeats; i < p.seats; i++) w.team[i] = (i - p.baseSeats) % teams;
  for (let i = 0; i < p.seats; i++) teamSeats[w.team[i]]++;

  const teamDemand = perTeam(old?.teamDemand);
  setTeamDemand(p, w, teamDemand);

  const meanTenure = p.scenario.population.initialTenureMeanDays;
  // With a warm-up (models/warmUp.ts), the starting team was hired under the practice.
  const hiredUnder = p.warmUp ?? p;
  let nextWorkerId = 0;
  for (let i = 0; i < p.seats; i++) {
    const stream = i < p.baseSeats ? streams.init : streams.extraSeats;
    // Exponential tenure, at least one day so that everyone on day 0 counts as in post.
    const tenure = 1 + Math.floor(-meanTenure * log(1 - stream()));
    hire(w, i, hiredUnder, stream, 0, nextWorkerId++, tenure);
  }

  // Every team starts at the settled cohesion of a team without cohesion activities.
  const cohesion = perTeam(old?.cohesion).fill(p.c.cohesionBase);
  // Seats of one team and one caseload share draw contacts at the same rate each day, and the
  // funded seats are visited team by team, so one table per caseload share serves each team in
  // turn (a package's added seats come after them, one team after another, and rebuild the table
  // at almost every seat: the same counts, a little more work). A table per team and share gave
  // the same counts but spread ~2.5 MB of tables over a 10,000-seat world, which fell out of the
  // cache between days; a few tables stay in it.
  const shares = [...new Set(p.caseloadShare)];
  const contactSlot = old?.contactSlot ?? new Int32Array(p.seats);
  for (let i = 0; i < p.seats; i++) contactSlot[i] = shares.indexOf(p.caseloadShare[w.role[i]]);
  const workweekOffset = old?.workweekOffset ?? new Uint8Array(p.seats);
  workweekOffsets(w.team, p.baseSeats, teams, workweekOffset);
  const world: World = {
    params: p,
    p,
    nextChange: 0,
    nextChangeDay: p.schedule.length > 0 ? p.schedule[0].day : -1,
    w,
    streams,
    day: 0,
    nextWorkerId,
    hiresBeforeToday: 0,
    today: zeroed(old?.today, () => new Float64Array(TALLY_SIZE)),
    separations: new SeparationLog(),
    journal: options.journal ? new EventJournal() : undefined,
    teamSeats,
    teamDemand,
    cohesion,
    teamMeanSts: perTeam(old?.teamMeanSts),
    presentShares: perTeam(old?.presentShares),
    missingShares: perTeam(old?.missingShares),
    floatShares: perTeam(old?.floatShares),
    loadPerShare: perTeam(old?.loadPerShare),
    unmetShare: perTeam(old?.unmetShare),
    wellSum: perTeam(old?.wellSum),
    stsSum: perTeam(old?.stsSum),
    employedCount: zeroed(old?.employedCount, () => new Int32Array(teams)),
    // Overwritten before they are read (uniforms and event counts each day; a contacts table
    // depends on its rate only), so they are reused as they are.
    uniforms: old?.uniforms ?? new DailyUniforms(p.seats),
    contactTables: old?.contactTables ?? new PoissonTables(shares.length),
    contactSlot,
    workweekOffset,
    eventCounts: old?.eventCounts ?? new Int32Array(p.seats * EVENT_DRAWS),
    events: emptyDayEvents(),
  };
  // Team means for day 0's contagion and support come from the initial states.
  for (let i = 0; i < p.seats; i++) {
    world.stsSum[w.team[i]] += w.sts[i];
    world.employedCount[w.team[i]]++;
  }
  for (let t = 0; t < teams; t++) world.teamMeanSts[t] = world.employedCount[t] > 0 ? world.stsSum[t] / world.employedCount[t] : 0;
  return world;
}

/**
 * Each team's demand (contacts per day): what its funded seats are meant to carry, in
 * full-caseload equivalents. Set on day 0, and again when a scheduled change moves the demand.
 */
export function setTeamDemand(p: ModelParameters, w: Workforce, teamDemand: Float64Array): void {
  teamDemand.fill(0);
  for (let i = 0; i < p.baseSeats; i++) teamDemand[w.team[i]] += p.demandPerSeatDay * p.caseloadShare[w.role[i]];
}

export function roleName(index: number): string {
  return ROLES[index];
}
