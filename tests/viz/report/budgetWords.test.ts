import { describe, expect, it } from 'vitest';
import type { BudgetFit } from '../../../models/budgetFit';
import { budgetSentences, netBenefitBudgetNote, spendingByYearSentence } from '../../../viz/report/budgetWords';

// compare --budget and the years of a long horizon in words (terminal and report alike).

const arm = (policy: string, over: number, within: number, withinBudget: boolean) => ({ policy, spendingPerYear: 1000 + over, overBaselinePerYear: over, withinBudget, futuresWithin: within, futures: 40 });
const fit = (arms: BudgetFit['arms'], best?: BudgetFit['bestOnAverage']): BudgetFit => ({ perYear: 20000, counts: 'spendingOverBaseline', baseline: 'status-quo', baselineSpendingPerYear: 38323, arms, ...(best ? { bestOnAverage: best } : {}) });

describe('budgetSentences', () => {
  it('says how each arm sits against the budget, on average and in the futures, and the best within it', () => {
    const [lead, best] = budgetSentences(
      fit([arm('a', 15000, 40, true), arm('b', 19000, 38, true), arm('c', 21000, 3, false), arm('d', 60000, 0, false)], [
        { policies: ['status-quo'], from: 0, to: 9000 },
        { policies: ['b'], from: 9000, to: null },
      ]),
      40,
      'package',
    );
    expect(lead).toContain("Budget of $20,000 a year for staff support, set against the spending on each package a year beyond status-quo's");
    expect(lead).not.toMatch(/package's spending on the package|Left out/);
    expect(lead).toContain("status-quo's own $38,323 a year is taken as already funded):");
    expect(lead).toContain('a +$15,000 a year, within budget in all 40 futures ($5,000 a year to spare on average)');
    expect(lead).toContain('b +$19,000 a year, within budget on average ($1,000 a year to spare), but over it in 2 of 40 futures');
    expect(lead).toContain('c +$21,000 a year, over budget on average (by $1,000 a year), though within it in 3 of 40 futures');
    expect(lead).toContain('d +$60,000 a year, over budget in all 40 futures (by $40,000 a year on average).');
    expect(lead).not.toContain('indicative');
    expect(lead).not.toContain('discounted');
    expect(budgetSentences(fit([arm('a', 15000, 40, true)]), 40, 'package', true)[0]).toContain('added and float staff; undiscounted, averaged over the horizon;');
    expect(best).toBe('Best on average within the budget (among status-quo, a and b), by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against status-quo): status-quo below $9,000; b from $9,000.');
  });

  it('names a year over the budget of an arm within it on average, and not of an arm over it', () => {
    const [lead] = budgetSentences(fit([{ ...arm('a', 15000, 40, true), yearsOver: [3] }, { ...arm('b', 19000, 38, true), yearsOver: [2, 3] }, { ...arm('d', 60000, 0, false), yearsOver: [1, 2, 3] }, { ...arm('e', 1000, 40, true), yearsOver: [] }]), 40, 'package');
    expect(lead).toContain('a +$15,000 a year, within budget in all 40 futures ($5,000 a year to spare on average); taken alone, year 3 is over it on average;');
    expect(lead).toContain('but over it in 2 of 40 futures; taken each alone, years 2 and 3 are over it on average;');
    expect(lead).toContain('d +$60,000 a year, over budget in all 40 futures (by $40,000 a year on average);');
    expect(lead).toContain('e +$1,000 a year, within budget in all 40 futures ($19,000 a year to spare on average).');
  });

  it("repeats the comparison's caveats for the arms it names best within the budget, and only for them", () => {
    const spans = [
      { policies: ['status-quo'], from: 0, to: 12800 },
      { policies: ['b'], from: 12800, to: null },
    ];
    const caveats = { unclear: ['b', 'd'], mechanismOnly: [{ arm: 'b', reliance: 'wholly' as const }, { arm: 'd', reliance: 'partly' as const }] };
    const [, best] = budgetSentences(fit([arm('b', 19000, 38, true), arm('d', 60000, 0, false)], spans), 40, 'package', false, caveats);
    expect(best).toContain('status-quo below $12,800; b from $12,800. b\'s departures avoided are within noise of none (see above), so its place here rests on a mean the replications do not pin down');
    expect(best).toContain("b's place here rests wholly on the mindfulness programme's effect on turnover, the model's mechanism, which no trial of such programmes measured (see above): read it as the model's ranking, not as evidence.");
    // d, over the budget, is named in neither.
    expect(best).not.toContain('d\'s');
    expect(best).not.toContain('(partly)');
    // Without caveats, as before.
    expect(budgetSentences(fit([arm('b', 19000, 38, true), arm('d', 60000, 0, false)], spans), 40, 'package')[1]).toMatch(/b from \$12,800\.$/);
  });

  it('says once that every arm is within the budget, so its best is the best on average, without repeating it or its caveats', () => {
    const spans = [
      { policies: ['status-quo'], from: 0, to: 12800 },
      { policies: ['b'], from: 12800, to: null },
    ];
    const caveats = { unclear: ['b'], mechanismOnly: [{ arm: 'b', reliance: 'wholly' as const }] };
    const said = budgetSentences(fit([arm('a', 15000, 40, true), arm('b', 19000, 38, true)], spans), 40, 'package', false, caveats);
    expect(said).toHaveLength(2);
    expect(said[1]).toBe('Every package is within the budget on average, so the best on average within it is the best on average above.');
    expect(said.join(' ')).not.toContain('$12,800');
    expect(said.join(' ')).not.toContain("b's");
    // Where no "Best on average" precedes it (a report without replications.csv), said in full.
    const alone = budgetSentences(fit([arm('a', 15000, 40, true), arm('b', 19000, 38, true)], spans), 40, 'package', false, caveats, {}, false);
    expect(alone[1]).toMatch(/^Best on average within the budget \(among status-quo, a and b\), .*: status-quo below \$12,800; b from \$12,800\. b's departures avoided are within noise of none/);
  });

  it('says a last part-year over the budget is judged against the budget pro-rated to its days', () => {
    const year = (n: number, days: number) => ({ year: n, fromDay: (n - 1) * 365, days, policies: [{ policy: 'status-quo', spending: 0, netCost: 0 }] });
    const years = [year(1, 365), year(2, 365), year(3, 182)];
    const [lead] = budgetSentences(fit([{ ...arm('a', 15000, 40, true), yearsOver: [3] }, { ...arm('b', 19000, 38, true), yearsOver: [2, 3] }, { ...arm('c', 1000, 40, true), yearsOver: [2] }]), 40, 'package', false, {}, { days: 912, years });
    expect(lead).toContain('taken alone, year 3 is over it on average (its budget pro-rated: $9,973 for its 182 days);');
    expect(lead).toContain("taken each alone, years 2 and 3 are over it on average (year 3's budget pro-rated: $9,973 for its 182 days);");
    expect(lead).toContain('taken alone, year 2 is over it on average.');
    expect(lead).toContain('averaged over the horizon;');
  });

  it("says a horizon under a year's figures are the yearly rate over its days", () => {
    const [lead] = budgetSentences(fit([arm('a', 15000, 40, true)]), 40, 'package', true, {}, { days: 182 });
    expect(lead).toContain("added and float staff; undiscounted, the yearly rate over the horizon's 182 days;");
    expect(lead).not.toContain('averaged over the horizon');
    expect(budgetSentences(fit([arm('a', 15000, 40, true)]), 40, 'package', false, {}, { days: 365 })[0]).toContain('averaged over the horizon;');
  });

  it('says when no arm is within the budget, and when the futures are few', () => {
    const [lead, none] = budgetSentences(fit([arm('c', 21000, 3, false), arm('d', 60000, 0, false)], [{ policies: ['status-quo'], from: 0, to: null }]), 6, 'scenario');
    expect(lead).toContain("set against the spending on each scenario's package a year beyond status-quo's");
    expect(lead).toContain('indicative only from 6 replications');
    expect(none).toBe('No scenario is within the budget: it affords only status-quo, the baseline.');
  });

  it('names the one arm beside the baseline rather than speaking of each or every arm', () => {
    const spans = [{ policies: ['status-quo'], from: 0, to: null }];
    const [lead, none] = budgetSentences(fit([arm('d', 60000, 0, false)], spans), 40, 'package');
    expect(lead).toContain("Budget of $20,000 a year for staff support, set against the spending on d a year beyond status-quo's (whole team,");
    expect(budgetSentences(fit([arm('d', 60000, 0, false)], spans), 40, 'scenario')[0]).toContain("set against the spending on d's package a year beyond status-quo's");
    expect(lead).not.toContain('each package');
    expect(none).toBe('The budget affords only status-quo, the baseline: d is over it on average.');
    const [, every] = budgetSentences(fit([arm('a', 15000, 40, true)], [{ policies: ['a'], from: 0, to: null }]), 40, 'scenario');
    expect(every).toBe('a is within the budget on average, so the best on average within it is the best on average above.');
    const alone = budgetSentences(fit([arm('a', 15000, 40, true)], [{ policies: ['a'], from: 0, to: null }]), 40, 'package', false, {}, {}, false);
    expect(alone[1]).toMatch(/^Best on average within the budget \(among status-quo and a\), /);
  });
});

describe('budgetSentences: futures left out', () => {
  const left = (futuresLeftOut: BudgetFit['futuresLeftOut']) => budgetSentences({ ...fit([{ ...arm('a', 15000, 6, true), futures: 6 }, { ...arm('b', 19000, 6, true), futures: 6 }]), futuresLeftOut }, 40, 'package')[0];

  it("names whose spending each left-out future lacks, the baseline's as the baseline's, and why, once for futures alike", () => {
    const lead = left([
      { replication: 2, missing: [{ policy: 'status-quo', why: 'nobodyInPost' }] },
      { replication: 3, missing: [{ policy: 'a', why: 'noCost' }] },
      { replication: 5, missing: [{ policy: 'a', why: 'noCost' }] },
    ]);
    expect(lead).toContain(
      "Left out: 3 of the 9 futures, where these results lack what the spending on a package is rebuilt from: replication 2, status-quo's, the baseline's (nobody was in post all run, and what the float pool then cost was not kept); replications 3 and 5, a's (the whole team's cost came to 0, and there were no leavers, or no leavers' figures, to recover the team's size from). Every figure of this budget, status-quo's own included, is of the remaining 6 futures.",
    );
    expect(lead).not.toContain('or with no cost at all');
  });

  it('says each reason where the arms missing in one future differ in it', () => {
    const lead = left([{ replication: 0, missing: [{ policy: 'a', why: 'noCost' }, { policy: 'b', why: 'nobodyInPost' }] }]);
    expect(lead).toContain("Left out: 1 of the 7 futures, where");
    expect(lead).toContain("replication 0, a's (the whole team's cost came to 0, and there were no leavers, or no leavers' figures, to recover the team's size from) and b's (nobody was in post all run, and what the float pool then cost was not kept). Every figure of this budget, status-quo's own included, is of the remaining 6 futures.");
  });

  it('says the results are an older version\'s only where every gap is nobody in post: a whole cost of exactly 0 with no leavers can come from any version', () => {
    expect(left([{ replication: 4, missing: [{ policy: 'a', why: 'nobodyInPost' }] }])).toContain('Left out: 1 of the 7 futures, where these results, written by an older version of CFSim, lack what');
    const zero = left([{ replication: 4, missing: [{ policy: 'a', why: 'noCost' }] }]);
    expect(zero).toContain('Left out: 1 of the 7 futures, where these results lack what');
    expect(zero).not.toContain('older version');
  });

  it("names the baseline's last where an arm's spending is missing for the same reason, so that the baseline's is not read as a third arm", () => {
    const lead = left([{ replication: 6, missing: [{ policy: 'status-quo', why: 'nobodyInPost' }, { policy: 'a', why: 'nobodyInPost' }] }]);
    expect(lead).toContain("replication 6, a's and status-quo's, the baseline's (nobody was in post all run, and what the float pool then cost was not kept). Every figure");
    expect(lead).not.toContain("the baseline's and a's");
  });

  it('says which figures are still of every future: the years taken alone, and value for money in the best within the budget', () => {
    const missing = [{ replication: 1, missing: [{ policy: 'a', why: 'noCost' as const }] }];
    const years = [{ policies: ['status-quo'], from: 0, to: 9000 }, { policies: ['a'], from: 9000, to: null }];
    const [lead, best] = budgetSentences({ ...fit([{ ...arm('a', 15000, 6, true), futures: 6, yearsOver: [2] }, { ...arm('c', 21000, 1, false), futures: 6 }], years), futuresLeftOut: missing }, 40, 'package');
    expect(lead).toContain('taken alone, year 2 is over it on average');
    expect(lead).toContain("Every figure of this budget, status-quo's own included, is of the remaining 6 futures, but for the years taken alone, which are of all 7 futures.");
    expect(best).toBe('Best on average within the budget (among status-quo and a), by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against status-quo, over all 7 futures, as in Best on average above): status-quo below $9,000; a from $9,000.');
    // Without futures left out, neither is said.
    const [fullLead, fullBest] = budgetSentences(fit([{ ...arm('a', 15000, 40, true), yearsOver: [2] }, arm('c', 21000, 3, false)], years), 40, 'package');
    expect(fullLead).not.toContain('but for the years');
    expect(fullBest).not.toContain('over all');
  });
});

describe('netBenefitBudgetNote', () => {
  it('names the arms over the budget on average under the net-benefit table, and nothing where all are within it', () => {
    expect(netBenefitBudgetNote(fit([arm('a', 15000, 40, true), arm('c', 21000, 3, false), arm('d', 60000, 0, false)]), 'package')).toBe(
      'This table weighs every package, within the budget of $20,000 a year or not: c and d are over it on average (see the budget above).',
    );
    expect(netBenefitBudgetNote(fit([arm('c', 21000, 3, false), arm('d', 60000, 0, false)]), 'scenario')).toBe('This table weighs every scenario, within the budget of $20,000 a year or not: c and d are over it on average (see the budget above).');
    // One arm beside the baseline is named ("weighs every scenario, within the budget or not" read as if there were several).
    expect(netBenefitBudgetNote(fit([arm('d', 60000, 0, false)]), 'scenario')).toBe('This table weighs d against status-quo, though it is over the budget of $20,000 a year on average (see the budget above).');
    expect(netBenefitBudgetNote(fit([arm('a', 15000, 40, true)]), 'package')).toBeUndefined();
  });
});

describe('spendingByYearSentence', () => {
  it('gives each arm\'s spending and each other arm\'s net cost year by year, a part-year with its days', () => {
    const year = (n: number, days: number, base: number, other: number, net: number) => ({
      year: n,
      fromDay: (n - 1) * 365,
      days,
      policies: [
        { policy: 'status-quo', spending: base, netCost: 0 },
        { policy: 'b', spending: other, netCost: net },
      ],
    });
    expect(spendingByYearSentence([year(1, 365, 38000, 60000, 9500), year(2, 35, 3600, 5800, -200)])).toContain('Year by year (year 1, year 2 (35 days); means over the futures), spending');
    expect(spendingByYearSentence([year(1, 365, 38000, 60000, 9500), year(2, 35, 3600, 5800, -200)], true)).toBe(
      "Year by year (year 1, year 2 (35 days); means over the futures, undiscounted), spending on the package: status-quo $38,000, $3,600; b $60,000, $5,800. Net cost against status-quo (the whole team's cost beyond the funded salaries, less status-quo's): b +$9,500, −$200. Year 2's figures are for its 35 days, not a year's rate.",
    );
    // Whole years only: nothing said of a part-year.
    expect(spendingByYearSentence([year(1, 365, 38000, 60000, 9500), year(2, 365, 38000, 60000, 9000)])).not.toContain('rate');
  });
});
