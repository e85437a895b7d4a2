import { COST_PARTS, PACKAGE_SPENDING_SERIES } from '../../models/costParts';
import type { SeriesName } from '../../models/observables';
import type { TeamTotals } from './reportData';
import { roundedParts, wholeAsPrinted } from './roundedParts';

// The whole team's cost beyond the funded seats' salaries, per year, in the three groups a budget
// holder reads it in: what a package spends, what replacing leavers and paid absence cost (whose
// change under a package is mostly what the model derives, not a line anyone pays), and the salary
// vacant seats leave unpaid.

export interface BudgetGroup {
  readonly label: string;
  /** What a change in the group means, for the note under the table. */
  readonly reading: string;
  readonly series: readonly SeriesName[];
}

export const BUDGET_GROUPS: readonly BudgetGroup[] = [
  { label: 'Spending on the package', reading:
      "what a package buys (the baseline's too, such as its supervision sessions): pay and benefits, programmes and training, support sessions, added and float staff; pay and benefits, and programmes (new hires' shadowing days aside, paid for each hire), are paid for each worker in post, so a package that keeps more seats filled spends more on them even where it sets them as the baseline does",
    series: PACKAGE_SPENDING_SERIES },
  {
    label: 'Turnover and absence',
    reading:
      "what replacing leavers and paid absence cost (sick days, and the grief leave and paid time off a package may grant): a package's change here mixes what the model derives from fewer or more leavers and sick days, a saving no budget line pays out, with the leave it grants; the leavers' part rests mostly on the assumed coefficients.separationCf",
    series: ['turnoverCost', 'absenceCost'],
  },
  { label: 'Vacant seats', reading: 'the funded salary that is not paid while seats stand empty (a saving that shrinks when fewer seats are vacant)', series: ['vacancyCost'] },
];

/** One row of the budget: a group's subtotal, one of its parts, or the total. */
export interface BudgetRow {
  readonly label: string;
  readonly kind: 'group' | 'part' | 'total';
  /** Per year, whole team, mean over replications: one per team, in the teams' order. */
  readonly values: readonly number[];
  /** Each team's change from the first, where it is not values[k] − values[0] (the spending's paired mean from the replications). */
  readonly changes?: readonly number[];
}

/**
 * Each team's spending on its package a year and its change from the first team's, from the
 * replications as the budget paragraph counts them (budgetData.ts), in the teams' order: so that the
 * table's "Spending on the package" row and the budget paragraph beside it agree to the dollar.
 */
export interface ReplicationSpendingRow {
  readonly values: readonly number[];
  readonly changes: readonly number[];
}

/**
 * The budget's rows (each group, then its parts; the total last), or undefined when a team lacks the
 * cost's parts (results written before they were kept). `spending`: the first group's figures from
 * the replications, where the results have them (its parts stay the daily series' means).
 */
export function teamBudgetRows(teams: readonly TeamTotals[], spending?: ReplicationSpendingRow): BudgetRow[] | undefined {
  if (!teams.every((t) => t.costParts !== undefined)) return undefined;
  const part = (series: SeriesName) => teams.map((t) => t.costParts![series]);
  const label = (series: SeriesName) => COST_PARTS.find((p) => p.series === series)!.label;
  const rows: BudgetRow[] = [];
  for (const group of BUDGET_GROUPS) {
    const parts = group.series.map(part);
    if (group === BUDGET_GROUPS[0] && spending) rows.push({ label: group.label, kind: 'group', values: spending.values, changes: spending.changes });
    else rows.push({ label: group.label, kind: 'group', values: teams.map((_, k) => parts.reduce((sum, values) => sum + values[k], 0)) });
    if (group.series.length > 1) group.series.forEach((series, j) => rows.push({ label: label(series), kind: 'part', values: parts[j] }));
  }
  rows.push({ label: 'Total beyond the funded salaries', kind: 'total', values: teams.map((t) => t.costPerYear) });
  return rows;
}

/**
 * `rows` as the table prints them, in whole units. The groups add up to the total as printed, in
 * every team's column (roundedParts over the groups: each group's share of the total, the units
 * left over to the largest remainders), but for a group whose figures come from the replications
 * (`changes` given: the spending on the package), which stays as given (printed rounded alone) so
 * that it agrees with the budget paragraph to the dollar; the other groups share the rest of the total. Each
 * group's parts then add up to the group's figure as printed, the same way, so that a part's change
 * from the first team is the change of the parts printed. Rounded each alone, groups could read $1
 * off the total, and the parts of the daily series $1 off the group beside them. The total is left
 * as it is.
 */
export function printedBudgetRows(rows: readonly BudgetRow[]): BudgetRow[] {
  const out = [...rows];
  const total = rows.findIndex((r) => r.kind === 'total');
  const groups = rows.flatMap((r, g) => (r.kind === 'group' ? [g] : []));
  if (total >= 0) {
    const shared = groups.filter((g) => rows[g].changes === undefined);
    const kept = groups.filter((g) => rows[g].changes !== undefined);
    rows[total].values.forEach((sum, k) => {
      const rest = sum - kept.reduce((a, g) => a + wholeAsPrinted(rows[g].values[k]), 0);
      const printed = roundedParts(shared.map((g) => rows[g].values[k]), rest);
      shared.forEach((g, i) => (out[g] = { ...out[g], values: out[g].values.map((v, j) => (j === k ? printed[i] : v)) }));
    });
  }
  for (const g of groups) {
    let end = g + 1;
    while (end < rows.length && rows[end].kind === 'part') end++;
    if (end === g + 1) continue;
    const parts = rows.slice(g + 1, end);
    const columns = out[g].values.map((printed, k) => roundedParts(parts.map((p) => p.values[k]), printed));
    parts.forEach((part, j) => (out[g + 1 + j] = { ...part, values: columns.map((column) => column[j]) }));
  }
  return out;
}

/**
 * A row's change from the first team in each column as a reader checks it: the difference of the
 * figures printed (whole units, wholeAsPrinted), so that the groups' changes add up to the total's
 * as the figures above them do. Each change rounded alone (a difference of means, or the spending's
 * paired mean) could read $1 off the total's change.
 */
export function printedChanges(row: BudgetRow): number[] {
  return row.values.map((v) => wholeAsPrinted(v) - wholeAsPrinted(row.values[0]));
}

/**
 * The columns (after the first) where a row's paired change from the replications (`changes`, the
 * budget paragraph's figure, rounded alone) reads otherwise than its printed change: each with that
 * paired change. None for a row without `changes`.
 */
export function changesApart(row: BudgetRow): { column: number; paired: number }[] {
  const printed = printedChanges(row);
  return (row.changes ?? []).flatMap((paired, column) => (column > 0 && wholeAsPrinted(paired) !== printed[column] ? [{ column, paired }] : []));
}
