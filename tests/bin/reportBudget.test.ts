import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetFit } from '../../models/budgetFit';
import { budgetFitOfReplications, everyFutureSpending, replicationSpending } from '../../viz/report/budgetData';
import { escapeHtml } from '../../viz/report/escape';
import { loadResults } from '../../viz/report/load';
import { cliScratch } from './cliScratch';

// `cfsim report DIR --budget B`: a finished comparison judged against another budget from its
// replications.csv, in the words and figures `cfsim compare --budget B` gives for the same runs.

const { work, cfsim, file } = cliScratch('report-budget');
// Over a year (400 days), so that the years a package is over the budget are judged too.
const COMPARE = ['compare', 'ct-harm-reduction', '--policies', 'status-quo,individual-resilience,opt-out-support', '--reps', '4', '--days', '400', '--threads', '2', '--value-per-departure', '30000'];
const RAN_WITH = 60000;

const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { budget?: BudgetFit };
/** The lines of compare's readable output that the report says too: the budget's, and the net-benefit table's note on it. */
const budgetLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('Budget of') || line.startsWith('This table weighs'));

/** Each arm's spending in every future, NaN where it cannot be rebuilt. */
const everyFutureSpendingOrNaN = (data: Awaited<ReturnType<typeof loadResults>>) => replicationSpending(data)!;
/** The mean of `values` without replication `skip` (-1: of all). */
const meanOfOthers = (values: ArrayLike<number>, skip: number) => {
  const kept = Array.from(values).filter((_, r) => r !== skip);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
};

describe('cfsim report --budget', () => {
  /** A comparison whose replication 6 has nobody in post all run (see below), run once for the tests of results made to look old. */
  const oldFresh = () => {
    const fresh = join(work, 'old-fresh');
    if (existsSync(join(fresh, 'replications.csv'))) return fresh;
    const team = ['population.seats=1', 'policy.staffing.hiringDelayDays=3650', 'community.overdoseBurden=3', 'population.warmUpDays=1500', 'policy.staffing.floatPool=0.5'];
    const compared = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '8', '--days', '60', '--seed', '2', '--threads', '1', ...team.flatMap((s) => ['--set', s]), '--out', fresh, '--replace');
    expect(compared.status, compared.stderr).toBe(0);
    return fresh;
  };
  /**
   * A copy of oldFresh's comparison, in folder `name`, made to look written by an older version: arm
   * `arm`'s scenario in the manifest lacks its coefficients, so its float pool's cost in replication
   * 6, with nobody in post all run, cannot be rebuilt.
   */
  const oldLooking = (name: string, arm: number) => {
    const old = join(work, name);
    cpSync(oldFresh(), old, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(old, 'manifest.json'), 'utf8')) as { scenarios: Record<string, unknown>[] };
    delete manifest.scenarios[arm].coefficients;
    writeFileSync(join(old, 'manifest.json'), JSON.stringify(manifest));
    return old;
  };

  const ran = join(work, 'ran-at-60000');
  const first = cfsim(...COMPARE, '--budget', String(RAN_WITH), '--out', ran);

  it.each([
    ['between the futures of individual-resilience', (fit: BudgetFit) => Math.round(fit.arms[0].overBaselinePerYear)],
    ['0, no new money', () => 0],
    ['above every package', (fit: BudgetFit) => Math.round(fit.arms[1].overBaselinePerYear) + 1000],
  ])('judges the folder at a budget %s as compare --budget does, in words and figures', async (_, budgetOf) => {
    expect(first.status, first.stderr).toBe(0);
    const budget = budgetOf(summaryOf(ran).budget!);
    const direct = join(work, `ran-at-${budget}`);
    const compared = cfsim(...COMPARE, '--budget', String(budget), '--out', direct, '--replace');
    expect(compared.status, compared.stderr).toBe(0);
    const summaryBefore = readFileSync(join(ran, 'summary.json'), 'utf8');
    const page = join(work, `report-at-${budget}.html`);
    const r = cfsim('report', ran, '--budget', String(budget), '-o', page);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    // The words: compare's budget line (and its note under the net-benefit table), as the report of compare's own folder says them.
    const lines = budgetLines(compared.stdout);
    expect(lines).toHaveLength(budget > summaryOf(direct).budget!.arms[1].overBaselinePerYear ? 1 : 2);
    for (const line of lines) expect(html).toContain(`<p>${escapeHtml(line)}</p>`);
    expect(html).not.toContain(`Budget of $${RAN_WITH.toLocaleString('en-US')} a year`);
    expect(html).toContain(`<p class="note">This budget was chosen when the report was drawn (cfsim report --budget ${budget}), from the same replications; the comparison was run with a budget of $60,000 a year.</p>`);
    // The figures: those compare wrote to summary.json, rebuilt from the first folder's replications.csv.
    const expected = summaryOf(direct).budget!;
    const rebuilt = budgetFitOfReplications(await loadResults(ran), budget)!;
    // To the last binary place, so that no figure rounds apart (a mean on a half dollar once read $1 apart).
    expect(rebuilt).toEqual(expected);
    // The results stay as they were.
    expect(readFileSync(join(ran, 'summary.json'), 'utf8')).toBe(summaryBefore);
  });

  it("counts a future with nobody in post all run at the float pool's salary that future drew, as compare --budget does", async () => {
    // A one-seat team whose worker leaves in the warm-up and is never replaced: with seed 2, replication 6 has nobody in post all run.
    const empty = join(work, 'drawn-float-salary');
    const args = ['compare', '--policies', 'status-quo,opt-out-support', '--reps', '8', '--days', '60', '--seed', '2', '--threads', '1'];
    const team = ['population.seats=1', 'policy.staffing.hiringDelayDays=3650', 'community.overdoseBurden=3', 'population.warmUpDays=1500', 'policy.staffing.floatPool=0.5'];
    const drawn = 'uncertainty={"costs.salary":{"min":45000,"max":65000}}';
    const compared = cfsim(...args, ...[...team, drawn].flatMap((s) => ['--set', s]), '--budget', '5000', '--out', empty);
    expect(compared.status, compared.stderr).toBe(0);
    const rows = readFileSync(join(empty, 'replications.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    const perWorkerYear = rows[0].indexOf('costPerWorkerYear');
    expect(rows.filter((row) => row[perWorkerYear] === 'NaN').map((row) => row[1]), 'the fixture: nobody in post all run in replication 6').toEqual(['6', '6']);
    const expected = summaryOf(empty).budget!;
    expect(expected.arms[0].futures).toBe(8);
    const rebuilt = budgetFitOfReplications(await loadResults(empty), 5000)!;
    expect(rebuilt).toEqual(expected);
    const page = join(work, 'drawn-float-salary.html');
    expect(cfsim('report', empty, '--budget', '5000', '-o', page).status).toBe(0);
    for (const line of budgetLines(compared.stdout)) expect(readFileSync(page, 'utf8')).toContain(`<p>${escapeHtml(line)}</p>`);
  });

  it('says how many futures it leaves out, and why, where results made to look old cannot rebuild their spending', async () => {
    // Replication 6 has nobody in post all run (as above); without the arm's coefficients in the manifest, as in
    // results of an older version, its float pool's cost cannot be rebuilt, so that future is left out.
    const fresh = oldFresh();
    const old = oldLooking('old-looking', 1);
    const fit = budgetFitOfReplications(await loadResults(old), 5000)!;
    expect(fit.arms[0]).toMatchObject({ futures: 7 });
    expect(fit.futuresLeftOut).toEqual([{ replication: 6, missing: [{ policy: 'opt-out-support', why: 'nobodyInPost' }] }]);
    expect(budgetFitOfReplications(await loadResults(fresh), 5000)!.futuresLeftOut).toBeUndefined();
    // Figures set beside every future's (the table's parts, the departures avoided) take the replications' spending only where it has every future.
    expect(everyFutureSpending(await loadResults(old))).toBeUndefined();
    expect(everyFutureSpending(await loadResults(fresh))).toHaveLength(2);
    const page = join(work, 'old-looking.html');
    const r = cfsim('report', old, '--budget', '5000', '-o', page);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('in all 7 futures');
    expect(html).toContain(
      escapeHtml("Left out: 1 of the 8 futures, where these results, written by an older version of CFSim, lack what the spending on a package is rebuilt from: replication 6, opt-out-support's (nobody was in post all run, and what the float pool then cost was not kept). Every figure of this budget, status-quo's own included, is of the remaining 7 futures."),
    );
    // The baseline's own figure is of the same 7 futures as the arm's, not of all 8.
    const spending = everyFutureSpendingOrNaN(await loadResults(old));
    expect(fit.baselineSpendingPerYear).toBeCloseTo(meanOfOthers(spending[0], 6), 6);
    expect(fit.baselineSpendingPerYear).not.toBeCloseTo(meanOfOthers(spending[0], -1), 0);
    // The budget table's spending on the package stays of every future, as its parts are (the daily series'), not of the 7.
    const spendingRow = (page: string) => /<tr><td><strong>Spending on the package<\/strong><\/td>(.*?)<\/tr>/.exec(readFileSync(page, 'utf8'))![1];
    const freshPage = join(work, 'old-fresh.html');
    expect(cfsim('report', fresh, '--budget', '5000', '-o', freshPage).status).toBe(0);
    expect(spendingRow(page)).toBe(spendingRow(freshPage));
  });

  it('says the spending per departure avoided is over every future, as the departures avoided are, where the budget leaves one out', () => {
    // One arm's future made one whose spending cannot be rebuilt: a whole cost of 0 and no leavers (summary.json's means to match).
    // Replication 1: with the others the arm still avoids departures clearly enough for a cost per departure, which the note needs.
    const edited = join(work, 'no-cost-future');
    cpSync(ran, edited, { recursive: true });
    const columns = ['teamCostPerYear', 'costPerWorkerYear', 'leaversPerYear', 'turnoverPerYear'];
    const csv = readFileSync(join(edited, 'replications.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    const at = columns.map((c) => csv[0].indexOf(c));
    for (const row of csv) if (row[0] === 'opt-out-support' && row[1] === '1') for (const j of at) row[j] = '0';
    writeFileSync(join(edited, 'replications.csv'), `${csv.map((row) => row.join(',')).join('\n')}\n`);
    const summary = JSON.parse(readFileSync(join(edited, 'summary.json'), 'utf8')) as { policies: { policy: string; metrics: Record<string, { mean: number }> }[] };
    const arm = summary.policies.find((p) => p.policy === 'opt-out-support')!;
    const rows = csv.filter((row) => row[0] === 'opt-out-support');
    columns.forEach((c, k) => (arm.metrics[c].mean = rows.reduce((sum, row) => sum + Number(row[at[k]]), 0) / rows.length));
    writeFileSync(join(edited, 'summary.json'), JSON.stringify(summary));
    const page = join(work, 'no-cost-future.html');
    const r = cfsim('report', edited, '--budget', '5000', '-o', page);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Left out: 1 of the 4 futures');
    const notes = html.match(/In its spending on the package alone .*?the net cost above also counts/g) ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toContain(escapeHtml(", both over all 4 futures, where a budget's spending figures leave out the one whose spending the replications' figures cannot rebuild"));
  });

  it("names the baseline's future as the baseline's, and leaves it out of the baseline's own figure too, where the baseline's spending cannot be rebuilt", async () => {
    const fresh = oldFresh();
    const old = oldLooking('old-looking-baseline', 0);
    const fit = budgetFitOfReplications(await loadResults(old), 5000)!;
    expect(fit.futuresLeftOut).toEqual([{ replication: 6, missing: [{ policy: 'status-quo', why: 'nobodyInPost' }] }]);
    const spending = everyFutureSpendingOrNaN(await loadResults(fresh));
    // Every figure over the 7 futures the arm and the baseline share: the baseline's own, the arm's, and the change.
    expect(fit.baselineSpendingPerYear).toBeCloseTo(meanOfOthers(spending[0], 6), 6);
    expect(fit.arms[0].spendingPerYear).toBeCloseTo(meanOfOthers(spending[1], 6), 6);
    expect(fit.arms[0].futures).toBe(7);
    const page = join(work, 'old-looking-baseline.html');
    const r = cfsim('report', old, '--budget', '5000', '-o', page);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain(
      escapeHtml("lack what the spending on a package is rebuilt from: replication 6, status-quo's, the baseline's (nobody was in post all run, and what the float pool then cost was not kept). Every figure of this budget, status-quo's own included, is of the remaining 7 futures."),
    );
  });

  it('refuses --budget where no future is left in which every arm\'s spending can be rebuilt, rather than judge none ("within budget in all 0 futures")', async () => {
    // The baseline made to have nobody in post in every future (its cost per worker-year NaN, as replication 6's), in results made to look old.
    const old = oldLooking('old-looking-none', 0);
    const csv = readFileSync(join(old, 'replications.csv'), 'utf8').trim().split('\n');
    const column = csv[0].split(',').indexOf('costPerWorkerYear');
    const rows = csv.map((line, i) => (i > 0 && line.startsWith('status-quo,') ? line.split(',').map((x, j) => (j === column ? 'NaN' : x)).join(',') : line));
    writeFileSync(join(old, 'replications.csv'), `${rows.join('\n')}\n`);
    const summary = JSON.parse(readFileSync(join(old, 'summary.json'), 'utf8')) as { policies: { metrics: Record<string, { mean: number | null }> }[] };
    summary.policies[0].metrics.costPerWorkerYear.mean = null;
    writeFileSync(join(old, 'summary.json'), JSON.stringify(summary));
    expect(budgetFitOfReplications(await loadResults(old), 5000)).toBeUndefined();
    const r = cfsim('report', old, '--budget', '5000', '-o', join(work, 'old-looking-none.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `--budget: ${old} holds no future, of its 8, in which the spending on the package of every arm can be rebuilt (results written by an older version of CFSim: in each, some arm had nobody in post all run, or a whole-team cost of 0, and what gives its spending then was not kept): run the comparison again with this version (manifest.json holds its command), with --budget B`,
    );
    expect(cfsim('report', old, '-o', join(work, 'old-looking-none.html')).status).toBe(0);
  });

  it.each([4, 20])("gives the table's spending on the package as the budget paragraph does, to the dollar (seed %i)", (seed) => {
    // From the daily series' means, the table once read $36,547 (seed 4) and +$62,722 (seed 20) beside the budget's $36,548 and +$62,723.
    const dir = join(work, `table-seed-${seed}`);
    const compared = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30', '--threads', '1', '--seed', String(seed), '--budget', '1000', '--out', dir);
    expect(compared.status, compared.stderr).toBe(0);
    const page = join(work, `table-seed-${seed}.html`);
    const r = cfsim('report', dir, '--budget', '1000', '-o', page);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    const row = /<tr><td><strong>Spending on the package<\/strong><\/td>(.*?)<\/tr>/.exec(html)![1].replace(/<[^>]+>/g, ' ');
    const [base, , change] = row.match(/[+−]?\$[\d,]+/g)!;
    const budget = budgetLines(compared.stdout)[0];
    expect(budget).toContain(`status-quo's own ${base} a year is taken as already funded`);
    expect(budget).toContain(`opt-out-support ${change} a year`);
    expect(html).toContain(`<p>${escapeHtml(budget)}</p>`);
  });

  it('judges at the budget the comparison was run with without the flag, or with it at that budget, saying nothing of a choice', () => {
    expect(first.status, first.stderr).toBe(0);
    for (const extra of [[], ['--budget', String(RAN_WITH)]]) {
      const page = join(work, `report-${extra.length}.html`);
      const r = cfsim('report', ran, ...extra, '-o', page);
      expect(r.status, r.stderr).toBe(0);
      const html = readFileSync(page, 'utf8');
      for (const line of budgetLines(first.stdout)) expect(html).toContain(`<p>${escapeHtml(line)}</p>`);
      expect(html).not.toContain('This budget was chosen');
      expect(html).not.toContain('<tr><td>Then</td>');
    }
  });

  it('judges a comparison run without a budget, saying it was run without one', () => {
    const plain = join(work, 'no-budget');
    const r = cfsim(...COMPARE, '--out', plain);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryOf(plain).budget).toBeUndefined();
    const page = join(work, 'no-budget.html');
    expect(cfsim('report', plain, '--budget', '25000', '-o', page).status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Budget of $25,000 a year for staff support');
    expect(html).toContain('(cfsim report --budget 25000), from the same replications; the comparison was run without one.');
    // Reproduce this report gives, after the comparison's command, the one that redraws it at this budget (and value), into the file -o named.
    expect(html).toContain(`<tr><td>Then</td><td style="text-align:left"><code>cfsim report ${escapeHtml(plain)} --budget 25000 -o ${escapeHtml(page)}</code> (redraws this report at its budget from the same replications; the command above alone gives the comparison's own)</td></tr>`);
    const valued = join(work, 'no-budget-valued.html');
    expect(cfsim('report', plain, '--budget', '25000', '--value-per-departure', '50000', '-o', valued).status).toBe(0);
    expect(readFileSync(valued, 'utf8')).toContain(`<code>cfsim report ${escapeHtml(plain)} --value-per-departure 50000 --budget 25000 -o ${escapeHtml(valued)}</code> (redraws this report at its value per departure and budget from`);
  });

  it.each([
    ['-5000', ''],
    ['60,000', ' (without thousands separators)'],
    ['$60000', ' (without the currency sign)'],
    ['60k', ' (in full: 60000, not 60k)'],
    ['2e9', ''],
  ])('refuses --budget %s as compare does, naming the flag, the value and what is allowed', (value, hint) => {
    const r = cfsim('report', ran, '--budget', value);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--budget: "${value}" is not allowed; expected a number from 0 to 1,000,000,000${hint}, e.g. --budget 60000`);
  });

  it('refuses a folder without replications.csv, and a run of one arm, saying what is missing and what to do', () => {
    expect(first.status, first.stderr).toBe(0);
    const bare = join(work, 'no-replications');
    cpSync(ran, bare, { recursive: true });
    rmSync(join(bare, 'replications.csv'));
    const r = cfsim('report', bare, '--budget', '25000');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `--budget: ${bare} has no replications.csv (results written before CFSim 0.5.0, or the file was removed), whose spending on the package by replication the budget is judged from: run the comparison again with this version (manifest.json holds its command), with --budget B`,
    );
    // Without the flag, the budget summary.json holds.
    expect(cfsim('report', bare).status).toBe(0);
    expect(readFileSync(join(bare, 'report.html'), 'utf8')).toContain('Budget of $60,000 a year for staff support');
    const single = join(work, 'single');
    expect(cfsim('run', 'ct-harm-reduction', '--reps', '2', '--days', '30', '--out', single).status).toBe(0);
    const one = cfsim('report', single, '--budget', '25000');
    expect(one.status).toBe(2);
    expect(one.stderr).toContain(`--budget: ${single} holds a run of one arm, with no baseline whose spending the budget is set beyond: it needs the results of cfsim compare`);
  });

  it('refuses a sweep folder, as --value-per-departure does', () => {
    const plan = file('plan.yaml', 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: grid\nlevels: 2\nreps: 1\nset: { days: 30 }\nmetrics: [proqolSTS]\n');
    const swept = join(work, 'swept');
    const s = cfsim('sweep', plan, '--out', swept, '--threads', '1');
    expect(s.status, s.stderr).toBe(0);
    const r = cfsim('report', swept, '--budget', '25000', '-o', join(work, 'swept.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--budget: applies only to the results folder of a comparison (cfsim compare --out); ${swept} is a sweep folder: drop --budget`);
    expect(existsSync(join(work, 'swept.html'))).toBe(false);
    // With --value-per-departure, both in one message; one typed 50k is named once, to be dropped, after a refused --bootstrap value.
    const both = cfsim('report', swept, '--budget', '25000', '--value-per-departure', '50k', '--bootstrap', '5', '-o', join(work, 'swept.html'));
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--bootstrap: "5" is not allowed[^\n]*\n\s+- --value-per-departure: applies only to the results folder of a comparison[^\n]*drop --value-per-departure[^\n]*\n\s+- --budget: applies only/);
    expect(both.stderr).not.toContain('"50k" is not allowed');
  });

  it('with --format svg, which no budget changes, says the budget is judged in the HTML report', () => {
    expect(first.status, first.stderr).toBe(0);
    const r = cfsim('report', ran, '--budget', '25000', '--format', 'svg', '-o', join(work, 'figures'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('cfsim: --budget 25000 changes no figure: the budget is judged in the words of the HTML report (drop --format svg to write it)');
    // Without --budget, no such note.
    expect(cfsim('report', ran, '--format', 'svg', '-o', join(work, 'figures')).stderr).not.toContain('changes no figure');
  });

  it('is refused by run, which names compare and report', () => {
    const r = cfsim('run', '--budget', '60000', '--reps', '1', '--days', '10');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option --budget (a flag of cfsim compare, which weighs arms against each other, and of cfsim report, which judges a comparison's results folder again: cfsim report DIR --budget B);");
  });
});
