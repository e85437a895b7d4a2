import { formatValue } from '../report/metricFormat';
import type { Frame } from './engine';
import { WIDEST_COST_FIGURE, WIDEST_SAVING_FIGURE, WIDEST_SEPARATIONS } from './widestCost';

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
  /** Once a lever has changed during the run: the latest change's day, and the cost per year of the days since (NaN for none yet). */
  readonly sinceChange?: { readonly day: number; readonly perYear: number };
}

/** What the cost counts, for the line's tooltip and the glossary (the CLI's definition, models/metrics.ts teamCostPerYear). */
export const COST_MEANING =
  "Cost beyond the funded seats' salaries at full staffing, as the CLI's Cost per year, whole team counts it: support programmes and sessions, added and float staff, pay raises, replacing leavers and paid absence, less the salary of vacant seats. Not the team's total cost. A yearly rate over the days run so far, not what has been spent this year; US dollars at the built-in prices.";

/**
 * What the figures since a change count: the same rate over the days since the latest change, where the rate so far reads
 * diluted by the days before it. `day` is the change's day, as the line gives it ("400"), or "N" in the glossary.
 */
export const sinceMeaning = (day: number | 'N') =>
  `The same yearly rate over the days since the latest lever change during the run (made on day ${day}, in force from the next day) up to the day shown, so the days before the change do not dilute it; over a few days it swings with each day's costs, such as replacing a leaver. In compare mode, both teams over the same days.`;

/** What the figures since a change count, in general words (the glossary's: "made on day N"). */
export const SINCE_MEANING = sinceMeaning('N');

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

/** A count grouped in thousands as the money is ("1,200"; until 0.41.0 "1200" beside "$1,200"). */
const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** "3 fewer separations", "1 more separation", "1,200 more separations", "as many separations" (b against a). */
function separationDifference(a: number, b: number): string {
  const d = b - a;
  if (d === 0) return 'as many separations';
  return `${count(Math.abs(d))} ${d < 0 ? 'fewer' : 'more'} separation${Math.abs(d) === 1 ? '' : 's'}`;
}

// Half away from zero, as the money format rounds (Math.round takes −2.5 to −2).
const rounded = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/** "B costs $76,000 a year more", "B costs the same as A" (the difference of the rounded figures, so the sentence adds up as read). */
function costDifference(a: TeamCost, b: TeamCost, perYear: (t: TeamCost) => number): string {
  const d = rounded(perYear(b)) - rounded(perYear(a));
  return d === 0 ? `${b.letter} costs the same as ${a.letter}` : `${b.letter} costs ${money(Math.abs(d))} a year ${d > 0 ? 'more' : 'less'}`;
}

/** What the figures since a change are when no day has run since it: the change is on the day shown. */
const NONE_SINCE = 'none yet (no day run since the change)';

/**
 * The figures since the latest change during the run: "since day 400: $61,020 a year"; in compare mode "since day 400:
 * A $61,020, B $58,000 a year; B costs $3,020 a year less". The same day for every team (the latest of any team's).
 */
function sinceWords(teams: readonly TeamCost[], day: number): string {
  const since = (t: TeamCost) => t.sinceChange?.perYear ?? NaN;
  if (teams.some((t) => !Number.isFinite(since(t)))) return `since day ${day}: ${NONE_SINCE}`;
  if (teams.length === 1) return `since day ${day}: ${money(since(teams[0]))} a year`;
  const [a, b] = teams;
  return `since day ${day}: ${teams.map((t) => `${t.letter} ${money(since(t))}`).join(', ')} a year; ${costDifference(a, b, since)}`;
}

const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * The cost line: "Cost a year, at the rate so far: $412,000"; in compare mode "Cost a year, at the rate so far:
 * A $412,000, B $488,000. B costs $76,000 a year more; 3 fewer separations so far.". Before day 1, "Cost: none yet (no
 * day run)". Once a lever has changed during the run, the figures since the latest change follow ("…: $412,000; since
 * day 400: $461,020 a year"; in compare mode a sentence of their own, "Since day 400: …").
 */
export function costLine(teams: readonly TeamCost[]): string {
  if (teams.length === 0 || teams.some((t) => !Number.isFinite(t.perYear))) return 'Cost: none yet (no day run)';
  const changed = teams[0].sinceChange?.day;
  if (teams.length === 1) return `${LEAD} ${teamCostText(teams[0])}${changed === undefined ? '' : `; ${sinceWords(teams, changed)}`}`;
  const [a, b] = teams;
  const line = `${LEAD} ${teams.map(teamCostText).join(', ')}. ${costDifference(a, b, (t) => t.perYear)}; ${separationDifference(a.separations, b.separations)} so far.`;
  return changed === undefined ? line : `${line} ${capitalized(sinceWords(teams, changed))}.`;
}

/**
 * Each team's figures for the cost line: its letter in compare mode ("A" of "A: Status quo"), its cost so far a year,
 * its separations since day 0 (the leavers the frame counts: its rows are only the days run since the last frame), and
 * once a lever has changed during the run, its cost a year since the latest change.
 */
export function teamCosts(f: Frame): TeamCost[] {
  return f.teams.map((team) => {
    const since = team.cost.sinceChange;
    return {
      letter: f.teams.length > 1 ? team.label.slice(0, team.label.indexOf(':')) : '',
      perYear: team.cost.perYear,
      separations: team.leavers.count,
      ...(since === undefined ? {} : { sinceChange: { day: since.day, perYear: since.perYear } }),
    };
  });
}

/**
 * The longest wordings the cost line can take in a run of `teams` teams whose figures since a lever change during it
 * name day `changeDay` at widest (undefined: no change; costLine.ts holds the run's last day): what its room is held for from day 0, so nothing under it moves as the figures come and
 * grow. A figure is at widest the most a day can cost or the most it can save, as a rate a year (widestCost.ts); in compare
 * mode one team's is the one and the other's the other, so B against A is their sum, either way round, the figures so
 * far and since the change each way; the difference in separations is at its widest too (widestCost.ts WIDEST_SEPARATIONS).
 */
export function longestCostLines(teams: number, changeDay: number | undefined): string[] {
  const ways: readonly (readonly number[])[] = teams === 1 ? [[WIDEST_COST_FIGURE], [WIDEST_SAVING_FIGURE]] : [[WIDEST_COST_FIGURE, WIDEST_SAVING_FIGURE], [WIDEST_SAVING_FIGURE, WIDEST_COST_FIGURE]];
  const costs = (perYear: readonly number[], since: readonly number[] | undefined): TeamCost[] =>
    (teams === 1 ? [''] : ['A', 'B']).map((letter, i) => ({
      letter,
      perYear: perYear[i],
      separations: i === 0 ? WIDEST_SEPARATIONS : 0,
      ...(since === undefined || changeDay === undefined ? {} : { sinceChange: { day: changeDay, perYear: since[i] } }),
    }));
  const none = ways[0].map(() => NaN);
  return ways.flatMap((soFar) => (changeDay === undefined ? [costLine(costs(soFar, undefined))] : [costLine(costs(soFar, undefined)), ...ways.map((since) => costLine(costs(soFar, since))), costLine(costs(soFar, none))]));
}
