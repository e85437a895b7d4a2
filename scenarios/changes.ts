import { fixedReason, withValueAt } from '../sim/params/fields';
import type { InputIssue } from '../sim/params/issues';
import { changesField, type Scenario, type ScheduledChange } from './schema';

// Scheduled changes (scenario field `changes`): from the start of a change's day, the policy and
// community fields it sets hold their new values. The schema checks each entry on its own; the
// rules that involve the rest of the scenario are here.

/** Why a field cannot be set by a scheduled change (it is fixed on day 0 or for the whole run), or undefined if it can. */
export function fixedDuringRun(path: string): string | undefined {
  return fixedReason(changesField.items.properties.set, path);
}

/** What sets a run's horizon, as a change day's problem names it (run, compare, show). */
export const HORIZON_SOURCE = "the scenario's days or by --days";

/**
 * Why a change's last day is days − 1, as a change day's problem ends: " (days − 1: the run has
 * `horizon` days, set by `horizonSource`, ...)". A sweep naming several points' problems gives it once.
 */
export function changeDayWhy(horizon: number, horizonSource: string): string {
  return ` (days − 1: the run has ${horizon} days, set by ${horizonSource}, numbered from 0, and a change takes effect at the start of one of them)`;
}

/**
 * Problems of the changes' days that involve other fields: each day within the `horizon` (none
 * when the horizon is itself bad, so undefined: it is reported on its own), and days strictly
 * increasing. `days[k]` is entry k's day, undefined for an entry without a valid day (reported on
 * its own, and skipped here): a file whose entries have other problems still has its days checked,
 * and every problem is listed at once.
 */
export function changeDayIssues(horizon: number | undefined, days: readonly (number | undefined)[], horizonSource: string = HORIZON_SOURCE): InputIssue[] {
  const issues: InputIssue[] = [];
  const last = horizon === undefined ? Infinity : horizon - 1;
  let previous = -1; // the entry before, with a valid day
  days.forEach((day, k) => {
    if (day === undefined) return;
    const path = `changes[${k}].day`;
    const before = previous;
    previous = k;
    if (day > last) {
      issues.push({
        path,
        value: day,
        message:
          last >= 1
            ? `${day} is out of range; expected a day from 1 to ${last}${changeDayWhy(horizon as number, horizonSource)}`
            : `${day} is out of range: a run of ${horizon} day has no day after day 0 for a change to take effect`,
      });
    } else if (before >= 0 && day <= (days[before] as number)) {
      issues.push({ path, value: day, message: `${day} is not after changes[${before}].day (${days[before]}); days strictly increase across entries (merge changes on one day into one entry)` });
    }
  });
  return issues;
}

/** The scenario in force from one day on. */
export interface ScenarioPeriod {
  /** The first day of the period. */
  readonly day: number;
  readonly scenario: Scenario;
}

/**
 * The scenario in force from each change's day on, in day order (empty without changes): each
 * change applied on top of the scenario as it stood after the earlier ones. Each period's
 * scenario keeps the whole list of changes, so it still describes the run it belongs to.
 */
export function scenarioPeriods(scenario: Scenario): ScenarioPeriod[] {
  const periods: ScenarioPeriod[] = [];
  let current = scenario;
  for (const change of scenario.changes) {
    for (const [path, value] of Object.entries(change.set)) current = withValueAt(current, path.split('.'), value);
    periods.push({ day: change.day, scenario: current });
  }
  return periods;
}

/** A short name for a field path in labels: its group and field without the top level, and a `mode` left out ("supervision"). */
function shortName(path: string): string {
  const parts = path.split('.').slice(1);
  if (parts.length > 1 && parts[parts.length - 1] === 'mode') parts.pop();
  return parts.join(' ');
}

/** What a change sets, in a few words: "supervision opt-out, supervision intervalDays 14". */
export function changeSummary(change: ScheduledChange): string {
  return Object.entries(change.set)
    .map(([path, value]) => `${shortName(path)} ${String(value)}`)
    .join(', ');
}

/** A change as a chart label or a line of text: "day 365: supervision opt-out". */
export function changeLabel(change: ScheduledChange): string {
  return `day ${change.day}: ${changeSummary(change)}`;
}
