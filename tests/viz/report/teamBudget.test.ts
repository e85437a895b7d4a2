import { describe, expect, it } from 'vitest';
import { COST_PARTS } from '../../../models/costParts';
import { BUDGET_GROUPS, changesApart, printedBudgetRows, printedChanges, teamBudgetRows } from '../../../viz/report/teamBudget';

const parts = (values: number[]) => Object.fromEntries(COST_PARTS.map((p, k) => [p.series, values[k]]));
// pay, programmes, sessions, staffing, turnover, absence, vacancy
const baseline = { policy: 'status-quo', staffInPost: 36, costPerYear: 100 + 0 + 5 + 0 + 140 + 56 - 85, costParts: parts([100, 0, 5, 0, 140, 56, -85]) };
const packaged = { policy: 'multi-level', staffInPost: 42, costPerYear: 500 + 150 + 1 + 450 + 97 + 34 - 55, costParts: parts([500, 150, 1, 450, 97, 34, -55]) };

describe("the whole team's yearly cost in a budget holder's groups", () => {
  it('groups every cost part once: spending on the package, turnover and absence, vacant seats', () => {
    expect(BUDGET_GROUPS.flatMap((g) => g.series).sort()).toEqual(COST_PARTS.map((p) => p.series).sort());
  });

  it('says spending per worker in post moves with the seats a package keeps filled, though it leaves pay alone', () => {
    // Pre-booked supervision showed pay and benefits +$830 against the status quo: more staff in post, each drawing benefits.
    expect(BUDGET_GROUPS[0].reading).toContain("pay and benefits, and programmes (new hires' shadowing days aside, paid for each hire), are paid for each worker in post, so a package that keeps more seats filled spends more on them even where it sets them as the baseline does");
  });

  it("gives each group's subtotal, then its parts, and the total, which the groups add up to", () => {
    const rows = teamBudgetRows([baseline, packaged])!;
    expect(rows.map((r) => [r.kind, r.label])).toEqual([
      ['group', 'Spending on the package'],
      ['part', 'Pay and benefits'],
      ['part', 'Programmes and training'],
      ['part', 'Support sessions'],
      ['part', 'Added and float staff'],
      ['group', 'Turnover and absence'],
      ['part', 'Replacing leavers'],
      ['part', 'Paid absence'],
      ['group', 'Vacant seats'],
      ['total', 'Total beyond the funded salaries'],
    ]);
    expect(rows[0].values).toEqual([105, 1101]);
    expect(rows[5].values).toEqual([196, 131]);
    expect(rows[8].values).toEqual([-85, -55]);
    const groups = rows.filter((r) => r.kind === 'group');
    expect(rows[9].values).toEqual([0, 1].map((k) => groups.reduce((sum, g) => sum + g.values[k], 0)));
  });

  it("takes the spending on the package and its change from the replications where given, and the parts from the daily series", () => {
    const rows = teamBudgetRows([baseline, packaged], { values: [105.5, 1100.5], changes: [0, 995.25] })!;
    expect(rows[0]).toEqual({ label: 'Spending on the package', kind: 'group', values: [105.5, 1100.5], changes: [0, 995.25] });
    expect(rows[1].values).toEqual([100, 500]);
    expect(rows[5].changes).toBeUndefined();
    expect(teamBudgetRows([baseline, packaged])![0].changes).toBeUndefined();
  });

  it("prints each group's parts in whole dollars adding up to the group's figure beside them, in every column", () => {
    // Rounded each alone: $100 + $6 beside the replications' $105 (99.6 + 5.5 + 0.3); $98 + $34 beside $131 (97.5 + 33.5).
    const fractional = { ...baseline, costPerYear: 99.6 + 5.5 + 0.3 + 97.5 + 33.5 - 85, costParts: parts([99.6, 0, 5.5, 0.3, 97.5, 33.5, -85]) };
    const rows = printedBudgetRows(teamBudgetRows([fractional, packaged], { values: [105.4, 1100.6], changes: [0, 995.2] })!);
    const group = (g: number, k: number) => rows[g].values[k];
    const partsOf = (from: number, to: number, k: number) => rows.slice(from, to).map((r) => r.values[k]);
    expect(partsOf(1, 5, 0)).toEqual([100, 0, 5, 0]);
    expect(partsOf(6, 8, 0)).toEqual([98, 33]);
    for (const k of [0, 1]) {
      expect(partsOf(1, 5, k).reduce((a, b) => a + b)).toBe(Math.round(group(0, k)));
      expect(partsOf(6, 8, k).reduce((a, b) => a + b)).toBe(Math.round(group(5, k)));
    }
    // Groups, their changes and the total stay as given.
    expect(rows[0]).toEqual({ label: 'Spending on the package', kind: 'group', values: [105.4, 1100.6], changes: [0, 995.2] });
    expect(rows[9].values).toEqual([fractional.costPerYear, packaged.costPerYear]);
  });

  it('prints the groups adding up to the total as printed, in every column, the spending from the replications kept as it is', () => {
    // Rounded each alone: $100 + $50 − $30 beside a total of $121 (100.4 + 50.4 − 30.3 = 120.5).
    const team = { policy: 'status-quo', staffInPost: 36, costPerYear: 120.5, costParts: parts([100.4, 0, 0, 0, 50.4, 0, -30.3]) };
    const groupsOf = (rows: ReturnType<typeof printedBudgetRows>, k: number) => rows.filter((r) => r.kind === 'group').map((r) => Math.round(r.values[k]));
    const alone = printedBudgetRows(teamBudgetRows([team])!);
    expect(groupsOf(alone, 0)).toEqual([101, 50, -30]);
    expect(alone.at(-1)!.values).toEqual([120.5]);
    // The parts follow their group as printed.
    expect(alone[1].values).toEqual([101]);
    // The spending from the replications stays as given (the budget paragraph's figure); the other groups share the rest of the total.
    const withSpending = printedBudgetRows(teamBudgetRows([team, team], { values: [100.4, 100.4], changes: [0, 0] })!);
    for (const k of [0, 1]) {
      expect(groupsOf(withSpending, k)).toEqual([100, 51, -30]);
      expect(groupsOf(withSpending, k).reduce((a, b) => a + b)).toBe(Math.round(120.5));
    }
    expect(withSpending[0].values).toEqual([100.4, 100.4]);
  });

  it('has no rows for results written before the cost had parts', () => {
    expect(teamBudgetRows([baseline, { policy: 'old', staffInPost: 36, costPerYear: 200 }])).toBeUndefined();
  });

  it("prints each change as the difference of the figures printed, so that the groups' changes add up to the total's", () => {
    // The replications' spending 105.4 and 1100.6 print $105 and $1,101; their paired mean 995.2 alone printed $995, $1 off the total's change.
    const fractional = { ...baseline, costPerYear: 99.6 + 5.5 + 0.3 + 97.5 + 33.5 - 85, costParts: parts([99.6, 0, 5.5, 0.3, 97.5, 33.5, -85]) };
    const rows = printedBudgetRows(teamBudgetRows([fractional, packaged], { values: [105.4, 1100.6], changes: [0, 995.2] })!);
    expect(printedChanges(rows[0])).toEqual([0, 996]);
    const groups = rows.filter((r) => r.kind === 'group');
    const total = rows.find((r) => r.kind === 'total')!;
    expect(groups.reduce((sum, g) => sum + printedChanges(g)[1], 0)).toBe(printedChanges(total)[1]);
    // The paired mean reads otherwise than the printed change: the report says so under the table.
    expect(changesApart(rows[0])).toEqual([{ column: 1, paired: 995.2 }]);
    expect(changesApart(rows[5])).toEqual([]);
    expect(changesApart({ ...rows[0], changes: [0, 995.6] })).toEqual([]);
  });

  it("prints the total's change from the totals as printed, not from the unrounded means", () => {
    // $120.50 and $130.40 print $121 and $130: a change of $9, where 9.9 alone prints $10.
    expect(printedChanges({ label: 'Total', kind: 'total', values: [120.5, 130.4] })).toEqual([0, 9]);
  });
});
