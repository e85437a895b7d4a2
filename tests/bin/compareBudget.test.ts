import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetFit } from '../../models/budgetFit';
import type { SpendingYear } from '../../models/spendingByYear';
import { cliScratch } from './cliScratch';

// `cfsim compare --budget B`: which packages' spending beyond the baseline's fits a yearly budget,
// in the readable output, the JSON document, summary.json and the report; and the years of a
// horizon longer than one.

const { work, cfsim } = cliScratch('compare-budget');
const COMPARE = ['compare', 'ct-harm-reduction', '--policies', 'status-quo,individual-resilience,opt-out-support', '--reps', '4', '--days', '400', '--threads', '2'];

interface Document {
  budget?: BudgetFit;
  spendingByYear?: SpendingYear[];
}

function compareJson(...extra: string[]): Document {
  const r = cfsim(...COMPARE, '--json', ...extra);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Document;
}

describe('compare --budget: the flag', () => {
  it.each([
    ['-5000', ''],
    ['60,000', ' (without thousands separators)'],
    ['$60000', ' (without the currency sign)'],
    ['lots', ''],
    ['2e9', ''],
  ])('refuses --budget %s, naming the flag, the value and what is allowed', (value, hint) => {
    const r = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '10', '--budget', value);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--budget: "${value}" is not allowed; expected a number from 0 to 1,000,000,000${hint}, e.g. --budget 60000`);
  });

  it('takes 0, no new money: the packages that spend no more than the baseline fit', () => {
    const r = cfsim('compare', '--policies', 'opt-out-support,status-quo', '--reps', '2', '--days', '10', '--budget', '0', '--json');
    expect(r.status, r.stderr).toBe(0);
    const arm = JSON.parse(r.stdout).budget.arms.find((a: { policy: string }) => a.policy === 'status-quo');
    expect(arm.overBaselinePerYear).toBeLessThan(0);
    expect(arm.withinBudget).toBe(true);
  });

  it('is a flag of compare, which run refuses saying so', () => {
    const r = cfsim('run', '--budget', '60000', '--reps', '1', '--days', '10');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --budget (a flag of cfsim compare');
  });
});

describe('compare --budget: within and over the budget', () => {
  // Without a budget: each arm's spending over the baseline's, to set budgets between them.
  const plain = compareJson();
  const out = join(work, 'results');

  it('adds no budget block without the flag, and the years of a horizon over a year', () => {
    expect(plain.budget).toBeUndefined();
    expect(plain.spendingByYear!.map((y) => [y.year, y.days])).toEqual([
      [1, 365],
      [2, 35],
    ]);
    expect(plain.spendingByYear![0].policies.map((p) => p.policy)).toEqual(['status-quo', 'individual-resilience', 'opt-out-support']);
    expect(plain.spendingByYear![0].policies[0].netCost).toBe(0);
  });

  it('classifies each package, names the best on average among those within it, and says so', () => {
    const over = (doc: Document) => doc.budget!.arms.map((a) => a.overBaselinePerYear);
    const probe = compareJson('--budget', '1');
    const [resilience, supervision] = over(probe);
    // individual-resilience adds a programme; opt-out-support far more in sessions and training.
    expect(resilience).toBeGreaterThan(0);
    expect(supervision).toBeGreaterThan(resilience * 2);
    const budget = Math.round((resilience + supervision) / 2);
    const readable = cfsim(...COMPARE, '--budget', String(budget), '--value-per-departure', '30000', '--out', out, '--report', join(out, 'report.html'));
    expect(readable.status, readable.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Document;
    expect(Object.keys(doc.budget!)).toEqual(['perYear', 'counts', 'baseline', 'baselineSpendingPerYear', 'arms', 'bestOnAverage']);
    expect(doc.budget).toMatchObject({ perYear: budget, counts: 'spendingOverBaseline', baseline: 'status-quo' });
    expect(doc.budget!.arms.map((a) => [a.policy, a.withinBudget, a.futuresWithin, a.futures])).toEqual([
      ['individual-resilience', true, 4, 4],
      ['opt-out-support', false, 0, 4],
    ]);
    expect(Object.keys(doc.budget!.arms[0])).toEqual(['policy', 'spendingPerYear', 'overBaselinePerYear', 'withinBudget', 'futuresWithin', 'futures', 'yearsOver']);
    expect(doc.budget!.bestOnAverage!.flatMap((s) => s.policies)).not.toContain('opt-out-support');
    // The years are timeseries.csv's daily means summed over each year's days (the last, 35 days).
    const daily = new Map<string, number>();
    for (const line of readFileSync(join(out, 'timeseries.csv'), 'utf8').trim().split('\n').slice(1)) {
      const [policy, day, metric, mean] = line.split(',');
      const part = ['payCost', 'programmeCost', 'sessionCost', 'staffingCost'].includes(metric) ? 'spending' : metric === 'cost' ? 'cost' : undefined;
      if (part) daily.set(`${policy} ${day} ${part}`, (daily.get(`${policy} ${day} ${part}`) ?? 0) + Number(mean));
    }
    const summed = (policy: string, part: string, from: number, days: number) => Array.from({ length: days }, (_, k) => daily.get(`${policy} ${from + k} ${part}`)!).reduce((a, b) => a + b, 0);
    for (const y of doc.spendingByYear!) {
      for (const p of y.policies) {
        expect(p.spending).toBeCloseTo(summed(p.policy, 'spending', y.fromDay, y.days), 3);
        expect(p.netCost).toBeCloseTo(summed(p.policy, 'cost', y.fromDay, y.days) - summed('status-quo', 'cost', y.fromDay, y.days), 3);
      }
    }
    // summary.json is the --json document.
    expect(compareJson('--budget', String(budget), '--value-per-departure', '30000')).toEqual(doc);
    const money = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
    expect(readable.stdout).toContain(`Budget of ${money(budget)} a year for staff support, set against the spending on each package a year beyond status-quo's`);
    expect(readable.stdout).toContain(`individual-resilience +${money(resilience)} a year, within budget in all 4 futures`);
    expect(readable.stdout).toContain(`opt-out-support +${money(supervision)} a year, over budget in all 4 futures`);
    expect(readable.stdout).toContain('Best on average within the budget (among status-quo and individual-resilience)');
    // individual-resilience differs from status-quo by the mindfulness programme alone: named best
    // within the budget, it carries the comparison's caveat there too.
    const bestWithin = readable.stdout.split('\n').find((line) => line.startsWith('Budget of'))!.split('Best on average within the budget')[1];
    const named = doc.budget!.bestOnAverage!.some((s) => s.policies.includes('individual-resilience'));
    expect(bestWithin.includes("individual-resilience's place here rests wholly on the mindfulness programme's effect on turnover")).toBe(named);
    expect(readable.stdout).toContain('Year by year (year 1, year 2 (35 days); means over the futures), spending on the package: status-quo $');
    // The net-benefit table weighs every package, and says which are over the budget.
    const note = `This table weighs every package, within the budget of ${money(budget)} a year or not: opt-out-support is over it on average (see the budget above).`;
    expect(readable.stdout.split('This table weighs')[0]).toContain('net benefit a year (90% interval of the mean)');
    expect(readable.stdout).toContain(note);
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain(note);
    expect(report).toContain(`Budget of ${money(budget)} a year for staff support`);
    expect(report).toContain('Best on average within the budget (among status-quo and individual-resilience)');
  });

  it('says an arm fits in some futures and not others where the budget falls among them', () => {
    const probe = compareJson('--budget', '1');
    const arm = probe.budget!.arms[0];
    expect(arm.futuresWithin).toBe(0);
    // Between the arm's lowest and highest spending over the baseline: within in some futures only.
    const base = plainSpendingOver();
    const budget = (Math.min(...base) + Math.max(...base)) / 2;
    expect(Math.min(...base)).toBeLessThan(Math.max(...base));
    const doc = compareJson('--budget', String(budget));
    const fit = doc.budget!.arms[0];
    expect(fit.futuresWithin).toBeGreaterThan(0);
    expect(fit.futuresWithin).toBeLessThan(4);
    // The figures are replications.csv's: the futures within it counted, and the mean over them.
    expect(fit.futuresWithin).toBe(base.filter((x) => x <= budget).length);
    expect(fit.overBaselinePerYear).toBeCloseTo(base.reduce((sum, x) => sum + x, 0) / base.length, 3);
    const readable = cfsim(...COMPARE, '--budget', String(budget));
    expect(readable.stdout).toMatch(fit.withinBudget ? /individual-resilience \+\$[\d,]+ a year, within budget on average \(\$[\d,]+ a year to spare\), but over it in \d of 4 futures/ : /individual-resilience \+\$[\d,]+ a year, over budget on average \(by \$[\d,]+ a year\), though within it in \d of 4 futures/);
  });
});

/** individual-resilience's spending over status-quo's in each future, from replications.csv's cost parts (per worker-year, times the mean headcount). */
function plainSpendingOver(): number[] {
  const out = join(work, 'per-future');
  const r = cfsim(...COMPARE, '--out', out, '--replace');
  expect(r.status, r.stderr).toBe(0);
  const [head, ...rows] = readFileSync(join(out, 'replications.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
  const col = (row: string[], name: string) => Number(row[head.indexOf(name)]);
  const spending = (row: string[]) =>
    ['payCostPerWorkerYear', 'programmeCostPerWorkerYear', 'sessionCostPerWorkerYear', 'staffingCostPerWorkerYear'].reduce((sum, m) => sum + col(row, m), 0) * (col(row, 'teamCostPerYear') / col(row, 'costPerWorkerYear'));
  const of = (policy: string) => rows.filter((row) => row[0] === policy).sort((a, b) => col(a, 'rep') - col(b, 'rep')).map(spending);
  const arm = of('individual-resilience');
  const base = of('status-quo');
  return arm.map((x, r) => x - base[r]);
}

describe('compare --budget: the spending line and the budget line agree', () => {
  // Seeds 4 and 20 are runs where the spending line, summed from the daily means, once read a dollar
  // apart from the budget line beside it ($36,547 against $36,548; +$62,722 against +$62,723).
  it.each([4, 20, 7])('gives the same spending and the same change in both lines (seed %i)', (seed) => {
    const r = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30', '--threads', '1', '--seed', String(seed), '--budget', '1000');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const spending = lines.find((l) => l.startsWith('Spending on the package'))!;
    const budget = lines.find((l) => l.startsWith('Budget of'))!;
    const [, base, change] = /status-quo (\$[\d,]+), opt-out-support \$[\d,]+ \(([+−]\$[\d,]+)\)/.exec(spending)!;
    expect(budget).toContain(`status-quo's own ${base} a year is taken as already funded`);
    expect(budget).toContain(`opt-out-support ${change} a year`);
  });
});
