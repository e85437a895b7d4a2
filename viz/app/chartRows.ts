import type { SeriesRow } from './engine';

// Each chart's own rows, made from the engine's rows (one per team and day) as they arrive. The
// charts used to fold the measures into long format and take care quality's 7-day mean inside
// Vega; both transforms redo every row held on each insert (Vega's fold and window re-emit all
// their tuples), so late in a run each streamed update cost in proportion to the years shown.
// Made here, a new day's rows are all a chart update touches.

/** The ProQOL measures in the order the legend gives them (the fields of a SeriesRow). */
export const MEASURES = ['sts', 'burnout', 'satisfaction'] as const;
export type Measure = (typeof MEASURES)[number];

/** The staff chart's series (the fields of a SeriesRow). */
export const STAFF_SERIES_FIELDS = ['headcount', 'separations'] as const;
export type StaffSeries = (typeof STAFF_SERIES_FIELDS)[number];

/** A ProQOL score of a team on a day: NaN on a day nobody is in post (the chart leaves a gap). */
export interface StateRow {
  readonly team: string;
  readonly day: number;
  readonly measure: Measure;
  readonly score: number;
}

export interface StaffRow {
  readonly team: string;
  readonly day: number;
  readonly measure: StaffSeries;
  readonly workers: number;
}

/** A team's care quality on a day: the mean of its last seven days' values (fewer at the start), undefined if none has one. */
export interface CareRow {
  readonly team: string;
  readonly day: number;
  readonly care: number | undefined;
}

/** Each chart's rows, in the page's chart order (ProQOL, staff, care). */
export interface ChartRows {
  readonly states: StateRow[];
  readonly staff: StaffRow[];
  readonly care: CareRow[];
}

/** What a chart update does: rows to insert, and rows to remove (a last day held until the next step day comes). */
export interface ChartUpdate {
  readonly insert: ChartRows;
  readonly remove: ChartRows;
}

/** Days in care quality's rolling mean: the day and the six before it. */
export const CARE_MEAN_DAYS = 7;

/** A value a mean counts: Vega's aggregates skip null, undefined and NaN alike. */
const counts = (v: number | undefined): v is number => v !== undefined && v !== null && !Number.isNaN(v);

const noRows = (): ChartRows => ({ states: [], staff: [], care: [] });

export interface ChartFeedOptions {
  /**
   * Every how many days the lines have a point (default 1, every day). A longer step thins a
   * run of years: the page draws every fifth day once the axis reads years, where a day is well
   * under a pixel, and every update redraws each line whole.
   */
  readonly step?: number;
  /** Days (rows' `day`, from 0) that keep their points whatever the step: those of lever changes' rules (each stands on the day shown when its change was made, `shownDayOf`). */
  readonly keepDays?: Iterable<number>;
}

/**
 * Turns the engine's rows into each chart's rows. Rows must come in day order within each team
 * (as frames bring them). Between calls it keeps each team's last days for the care mean, and,
 * with a step over 1, the points of each team's latest day, so a line always reaches the last day
 * run: they are removed when the next rows come (unless that day is a step day or kept).
 */
export class ChartFeed {
  private readonly step: number;
  private readonly keepDays: ReadonlySet<number>;
  private readonly recentCare = new Map<string, number[]>();
  private readonly lastDayOf = new Map<string, ChartRows>();

  constructor({ step = 1, keepDays = [] }: ChartFeedOptions = {}) {
    this.step = step;
    this.keepDays = new Set(keepDays);
  }

  /** The charts' rows of `rows` (the first rows of a drawing: nothing to remove). */
  rowsOf(rows: readonly SeriesRow[]): ChartRows {
    return this.update(rows).insert;
  }

  /** The update that brings the charts the engine's new `rows`. */
  update(rows: readonly SeriesRow[]): ChartUpdate {
    const insert = noRows();
    const remove = noRows();
    const lastOf = new Map(rows.map((r) => [r.team, r]));
    for (const r of rows) {
      const care = this.careMean(r.team, r.careQuality);
      const last = this.lastDayOf.get(r.team);
      if (last) {
        append(remove, last);
        this.lastDayOf.delete(r.team);
      }
      if (this.drawn(r.day)) append(insert, rowsOfDay(r, care));
      else if (r === lastOf.get(r.team)) {
        const held = rowsOfDay(r, care);
        append(insert, held);
        this.lastDayOf.set(r.team, held);
      }
    }
    return { insert, remove };
  }

  /**
   * Swaps the rows this feed holds back (each team's last day, removed when the next rows come)
   * for the rows the charts hold in their place (`rowChanges`' `kept`: Vega removes a row by the
   * object it holds).
   */
  adopt(kept: (rows: ChartRows) => ChartRows): void {
    for (const [team, rows] of this.lastDayOf) this.lastDayOf.set(team, kept(rows));
  }

  private drawn(day: number): boolean {
    return day % this.step === 0 || this.keepDays.has(day);
  }

  private careMean(team: string, careQuality: number): number | undefined {
    const recent = this.recentCare.get(team) ?? [];
    recent.push(careQuality);
    if (recent.length > CARE_MEAN_DAYS) recent.shift();
    this.recentCare.set(team, recent);
    const valid = recent.filter(counts);
    return valid.length === 0 ? undefined : valid.reduce((a, b) => a + b, 0) / valid.length;
  }
}

/** A team's day in each chart's rows. */
function rowsOfDay(r: SeriesRow, care: number | undefined): ChartRows {
  return {
    states: MEASURES.map((measure) => ({ team: r.team, day: r.day, measure, score: r[measure] })),
    staff: STAFF_SERIES_FIELDS.map((measure) => ({ team: r.team, day: r.day, measure, workers: r[measure] })),
    care: [{ team: r.team, day: r.day, care }],
  };
}

function append(to: ChartRows, rows: ChartRows): void {
  to.states.push(...rows.states);
  to.staff.push(...rows.staff);
  to.care.push(...rows.care);
}

/** A chart row's identity: its team, day and series (care quality has one series). */
const rowKey = (r: StateRow | StaffRow | CareRow) => `${r.team}\u0000${r.day}\u0000${'measure' in r ? r.measure : ''}`;

/** A value a chart holds set anew: Vega's changeset `modify(row, field, value)`. */
export interface RowModification<T> {
  readonly row: T;
  readonly field: string;
  readonly value: unknown;
}

/** What turns a chart's rows into others: rows to insert and remove, and values to set anew in rows it keeps. */
export interface RowChanges<T> {
  readonly insert: T[];
  readonly remove: T[];
  readonly modify: RowModification<T>[];
  /** For each of the new rows, the row the chart holds for it afterwards: the row held already for a team, day and series it had, else the new row. */
  readonly kept: Map<T, T>;
}

/**
 * The changes that make a chart holding `held` show `next` (a run drawn anew, as a rerun brings
 * it): a row of a team, day and series the chart holds already is kept, its values set anew where
 * they differ (NaN is NaN); only rows of other days or series are inserted or removed. A lever
 * change reruns both teams from day 0, but the untouched team's rows, and with a change from
 * today every day before it, come back the same: those cost the chart nothing.
 */
export function rowChanges<T extends StateRow | StaffRow | CareRow>(held: readonly T[], next: readonly T[]): RowChanges<T> {
  const byKey = new Map<string, T>();
  for (const r of held) byKey.set(rowKey(r), r);
  const changes: RowChanges<T> = { insert: [], remove: [], modify: [], kept: new Map() };
  for (const r of next) {
    const key = rowKey(r);
    const old = byKey.get(key);
    if (old === undefined) {
      changes.insert.push(r);
      changes.kept.set(r, r);
      continue;
    }
    byKey.delete(key);
    changes.kept.set(r, old);
    // The identity (team, day, series) is the same: what differs is a value.
    for (const [field, value] of Object.entries(r)) if (!Object.is((old as unknown as Record<string, unknown>)[field], value)) changes.modify.push({ row: old, field, value });
  }
  changes.remove.push(...byKey.values());
  return changes;
}
