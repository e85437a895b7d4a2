import { formatValue } from '../report/metricFormat';
import type { Frame } from './engine';

// What the run has cost so far, as the app's cost line says it: the engine's tallies (engine.ts, TeamFrame.cost)
// in the CLI's money format ("$412,000"), a yearly rate over the days run, as `teamCostPerYear` reads.

/** A team's cost figure as the cost line shows it. */
export interface TeamCost {
  /** The team's letter in compare mode ("A"), or "" for one team. */
  readonly letter: string;
  /** Cost beyond the funded seats' salaries per year of the days run (NaN before day 1). */
  readonly perYear: number;
  /** Separations since day 0. */
  readonly separations: number;
}

/** What the cost counts, for the line's tooltip and the glossary (the CLI's definition, models/metrics.ts teamCostPerYear). */
export const COST_MEANING =
  "Cost beyond the funded seats' salaries at full staffing, as the CLI's Cost per year, whole team counts it: support programmes and sessions, added and float staff, pay raises, replacing leavers and paid absence, less the salary of vacant seats. Not the team's total cost. A yearly rate over the days run so far, not what has been spent this year; US dollars at the built-in prices.";

const money = (x: number) => formatValue('teamCostPerYear', x);

/** "$412,000" (one team), "A $412,000" (compare mode). */
function teamCostText(t: TeamCost): string {
  return t.letter === '' ? money(t.perYear) : `${t.letter} ${money(t.perYear)}`;
}

/**
 * What the figures are: a yearly rate over the days run, not what has been spent this year ("$46,767 a year so far"
 * on day 30 read as spent by then, when $3,844 had been).
 */
const LEAD = 'Cost a year, at the rate so far:';

/** "3 fewer separations", "1 more separation", "as many separations" (b against a). */
function separationDifference(a: number, b: number): string {
  const d = b - a;
  if (d === 0) return 'as many separations';
  return `${Math.abs(d)} ${d < 0 ? 'fewer' : 'more'} separation${Math.abs(d) === 1 ? '' : 's'}`;
}

/**
 * The cost line: "Cost a year, at the rate so far: $412,000"; in compare mode "Cost a year, at the rate so far:
 * A $412,000, B $488,000. B costs $76,000 a year more; 3 fewer separations so far." (the difference of the rounded figures, so the sentence
 * adds up as read). Before day 1, "Cost: none yet (no day run)".
 */
export function costLine(teams: readonly TeamCost[]): string {
  if (teams.length === 0 || teams.some((t) => !Number.isFinite(t.perYear))) return 'Cost: none yet (no day run)';
  if (teams.length === 1) return `${LEAD} ${teamCostText(teams[0])}`;
  const [a, b] = teams;
  // Half away from zero, as the money format rounds (Math.round takes −2.5 to −2).
  const rounded = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
  const d = rounded(b.perYear) - rounded(a.perYear);
  const cost = d === 0 ? `${b.letter} costs the same as ${a.letter}` : `${b.letter} costs ${money(Math.abs(d))} a year ${d > 0 ? 'more' : 'less'}`;
  return `${LEAD} ${teams.map(teamCostText).join(', ')}. ${cost}; ${separationDifference(a.separations, b.separations)} so far.`;
}

/**
 * Each team's figures for the cost line: its letter in compare mode ("A" of "A: Status quo"), its cost so far a year,
 * and its separations since day 0 (the leavers the frame counts: its rows are only the days run since the last frame).
 */
export function teamCosts(f: Frame): TeamCost[] {
  return f.teams.map((team) => ({
    letter: f.teams.length > 1 ? team.label.slice(0, team.label.indexOf(':')) : '',
    perYear: team.cost.perYear,
    separations: team.leavers.count,
  }));
}
