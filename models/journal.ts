// An optional record of what happened to whom (for the classroom app's worker cards): notable
// events only, in a fixed-size ring, so it costs nothing in batch runs (where it is off) and
// little in the app. Recording never draws random numbers, so it cannot change results.

import { SEPARATION_REASONS, type SeparationReason } from './separationAttribution';

export const JOURNAL_KINDS = ['client-death', 'crisis-known', 'safety-incident', 'supervision', 'sick', 'leave', 'grief-leave', 'separation', 'hire', 'success'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];
export const JOURNAL = Object.fromEntries(JOURNAL_KINDS.map((k, i) => [k, i])) as { readonly [K in JournalKind]: number };

/** How the day was processed (bit flags on an entry). */
export const PROCESSED = {
  carTalk: 1,
  teamProcessing: 2,
  supervision: 4,
  griefCheckIn: 8,
  singleSessionDebrief: 16,
  knownPerson: 32,
  longTermClient: 64,
} as const;

export interface JournalEntry {
  readonly day: number;
  readonly seat: number;
  readonly worker: number;
  readonly kind: JournalKind;
  readonly flags: number;
  /** A separation's main driver (`mainReason` of `separationShares`); only on separation entries. */
  readonly reason?: SeparationReason;
  /** Calendar days a block of paid time off is to keep the worker away (its workdays and the days off after the last); only on leave entries. */
  readonly days?: number;
  /** Workdays of a block of paid time off (since 0.41.0); only on leave entries. */
  readonly workdays?: number;
}

export class EventJournal {
  private readonly day: Int32Array;
  private readonly seat: Int32Array;
  private readonly worker: Int32Array;
  private readonly kind: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly reason: Uint8Array;
  private readonly days: Int16Array;
  private readonly workdays: Uint8Array;
  /** Entries recorded since the run began (the ring keeps the last `capacity`). */
  count = 0;

  constructor(readonly capacity = 16384) {
    this.day = new Int32Array(capacity);
    this.seat = new Int32Array(capacity);
    this.worker = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.reason = new Uint8Array(capacity);
    this.days = new Int16Array(capacity);
    this.workdays = new Uint8Array(capacity);
  }

  /**
   * `reason` is a separation's index in SEPARATION_REASONS, `days` and `workdays` a block of paid time off's calendar
   * days and workdays (other entries leave them 0).
   */
  record(day: number, seat: number, worker: number, kind: number, flags = 0, reason = 0, days = 0, workdays = 0): void {
    const k = this.count % this.capacity;
    this.day[k] = day;
    this.seat[k] = seat;
    this.worker[k] = worker;
    this.kind[k] = kind;
    this.flags[k] = flags;
    this.reason[k] = reason;
    this.days[k] = days;
    this.workdays[k] = workdays;
    this.count++;
  }

  /** Forgets every entry (the warm-up's are not the run's). */
  clear(): void {
    this.count = 0;
  }

  /** Entries with index ≥ `from` that are still in the ring, oldest first. */
  since(from: number): JournalEntry[] {
    const out: JournalEntry[] = [];
    for (let n = Math.max(from, this.count - this.capacity); n < this.count; n++) {
      const k = n % this.capacity;
      const kind = JOURNAL_KINDS[this.kind[k]];
      const entry = { day: this.day[k], seat: this.seat[k], worker: this.worker[k], kind, flags: this.flags[k] };
      out.push(kind === 'separation' ? { ...entry, reason: SEPARATION_REASONS[this.reason[k]] } : kind === 'leave' ? { ...entry, days: this.days[k], workdays: this.workdays[k] } : entry);
    }
    return out;
  }
}
