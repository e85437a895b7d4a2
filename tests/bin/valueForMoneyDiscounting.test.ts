import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueForMoney, type ValueForMoney } from '../../models/valueForMoney';
import { netBenefitAtValue, type NetBenefitAtValue } from '../../models/netBenefit';
import { DISCOUNTED_CSV_COLUMNS, REPLICATIONS_CSV_COLUMNS } from '../../models/resultsColumns';
import { loadResults } from '../../viz/report/load';
import { reportNetBenefit, reportValueForMoney } from '../../viz/report/valueForMoneyData';
import { cliScratch } from './cliScratch';

// Value for money discounted (costs.discountRate) under `cfsim compare`: the JSON names the rate,
// the words say it, replications.csv holds the discounted values, and the report, recomputing
// from them, agrees with summary.json. The metric tables and byHalf stay undiscounted.

const { work, cfsim, file } = cliScratch('discounting');
const COMPARE = ['compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support,stigma-reduction', '--reps', '20', '--days', '730', '--threads', '2', '--value-per-departure', '100000'];

interface Document {
  policies: { policy: string; metrics: Record<string, unknown> }[];
  differences: { policy: string; metrics: Record<string, unknown>; valueForMoney: ValueForMoney }[];
  netBenefit: NetBenefitAtValue;
}

/** Each arm's column of replications.csv, by rep. */
function column(csv: string, policy: string, name: string): number[] {
  const [head, ...rows] = csv.trim().split('\n').map((line) => line.split(','));
  const at = head.indexOf(name);
  expect(at, name).toBeGreaterThan(0);
  return rows.filter((r) => r[0] === policy).sort((a, b) => Number(a[1]) - Number(b[1])).map((r) => Number(r[at]));
}

describe('value for money discounted under cfsim compare', () => {
  const out = join(work, 'discounted');
  const plainOut = join(work, 'plain');
  const readable = cfsim(...COMPARE, '--set', 'costs.discountRate=0.035', '--out', out, '--report', join(out, 'report.html'));
  const plain = cfsim(...COMPARE, '--out', plainOut);
  const doc = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Document;
  const undiscounted = JSON.parse(readFileSync(join(plainOut, 'summary.json'), 'utf8')) as Document;

  it('names the rate in summary.json and in --json, beside valueForMoney and netBenefit; not at rate 0', () => {
    expect(readable.status, readable.stderr).toBe(0);
    expect(plain.status, plain.stderr).toBe(0);
    for (const d of doc.differences) expect(d.valueForMoney.discountRate).toBe(0.035);
    expect(doc.netBenefit.discountRate).toBe(0.035);
    for (const d of undiscounted.differences) expect(d.valueForMoney).not.toHaveProperty('discountRate');
    expect(undiscounted.netBenefit).not.toHaveProperty('discountRate');
    const json = cfsim(...COMPARE.map((x) => (x === '20' ? '4' : x)), '--set', 'costs.discountRate=0.03', '--json');
    expect(json.status, json.stderr).toBe(0);
    const printed = JSON.parse(json.stdout) as Document;
    expect(printed.differences[0].valueForMoney.discountRate).toBe(0.03);
    expect(printed.netBenefit.discountRate).toBe(0.03);
  });

  it('leaves the metric tables and the halves of the horizon undiscounted, and discounts the net cost', () => {
    expect(doc.policies).toEqual(undiscounted.policies);
    doc.differences.forEach((d, i) => {
      expect(d.metrics).toEqual(undiscounted.differences[i].metrics);
      expect(d.valueForMoney.byHalf).toEqual(undiscounted.differences[i].valueForMoney.byHalf);
    });
    // opt-out-support costs more on every day of the horizon: as an equivalent annual amount its net cost
    // keeps about its size (a steady cost is not shrunk by discounting); only when its costs and savings fall moves it.
    const optOut = (document: Document) => document.differences.find((d) => d.policy === 'opt-out-support')!.valueForMoney;
    expect(optOut(doc).netCost).toBeGreaterThan(0);
    expect(optOut(doc).netCost).not.toBe(optOut(undiscounted).netCost);
    expect(Math.abs(optOut(doc).netCost / optOut(undiscounted).netCost - 1)).toBeLessThan(0.05);
  });

  it('writes the discounted values into replications.csv (only above 0), and value for money is what they give', () => {
    const csv = readFileSync(join(out, 'replications.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe([...REPLICATIONS_CSV_COLUMNS, ...DISCOUNTED_CSV_COLUMNS].join(','));
    expect(readFileSync(join(plainOut, 'replications.csv'), 'utf8').split('\n')[0]).toBe(REPLICATIONS_CSV_COLUMNS.join(','));
    for (const d of doc.differences) {
      const again = valueForMoney(
        column(csv, 'status-quo', 'discountedLeaversPerYear'),
        column(csv, d.policy, 'discountedLeaversPerYear'),
        column(csv, 'status-quo', 'discountedTeamCostPerYear'),
        column(csv, d.policy, 'discountedTeamCostPerYear'),
        0.035,
      );
      const { byHalf: _, ...rest } = d.valueForMoney;
      expect(again).toEqual(rest);
    }
    const nb = netBenefitAtValue(
      100000,
      doc.netBenefit.arms.map((a) => ({ policy: a.policy, leavers: column(csv, a.policy, 'discountedLeaversPerYear'), cost: column(csv, a.policy, 'discountedTeamCostPerYear') })),
      0.035,
    );
    expect(nb).toEqual(doc.netBenefit);
  });

  it("gives the report summary.json's value for money and net benefit, recomputed from replications.csv", async () => {
    const data = await loadResults(out);
    const arms = reportValueForMoney(data);
    expect(arms.map((a) => a.policy)).toEqual(['opt-out-support', 'stigma-reduction']);
    arms.forEach((a, i) => expect(a.value).toEqual(doc.differences[i].valueForMoney));
    expect(reportNetBenefit(data)).toEqual(doc.netBenefit);
  });

  it('refuses to report from a discounted column edited, which would make the report disagree with summary.json', () => {
    const edited = join(work, 'edited');
    cpSync(out, edited, { recursive: true });
    const path = join(edited, 'replications.csv');
    const lines = readFileSync(path, 'utf8').split('\n');
    const cells = lines[2].split(',');
    cells[cells.length - 1] = String(Number(cells[cells.length - 1]) + 1000);
    lines[2] = cells.join(',');
    writeFileSync(path, lines.join('\n'));
    const r = cfsim('report', edited, '-o', join(work, 'edited.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('its discounted columns give');
    expect(r.stderr).toContain("so the two files are not one run's results (or one was edited)");
  });

  it("refuses to report from discounted columns whose values were moved between one arm's replications (the same means, other pairs)", () => {
    const swapped = join(work, 'swapped');
    cpSync(out, swapped, { recursive: true });
    const path = join(swapped, 'replications.csv');
    const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
    const names = head.split(',');
    const cells = rows.map((line) => line.split(','));
    const arm = cells.filter((c) => c[names.indexOf('policy')] === 'opt-out-support');
    const [first, second] = [arm[0], arm.find((c) => c[names.indexOf('discountedTeamCostPerYear')] !== arm[0][names.indexOf('discountedTeamCostPerYear')])!];
    for (const name of DISCOUNTED_CSV_COLUMNS) {
      const at = names.indexOf(name);
      [first[at], second[at]] = [second[at], first[at]];
    }
    writeFileSync(path, [head, ...cells.map((c) => c.join(','))].join('\n') + '\n');
    const r = cfsim('report', swapped, '-o', join(work, 'swapped.html'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`its discounted columns pair "opt-out-support"'s replications with "status-quo"'s otherwise than summary.json's differences[0].valueForMoney does`);
  });

  it('says in the terminal and the report that costs and departures are discounted, and at what rate', () => {
    const paragraphs = readable.stdout.split('\n').filter((line) => line.startsWith('Value for money: '));
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) expect(p).toContain('(net of what it changes in replacing leavers, absence and vacant seats; costs and departures discounted at 3.5% a year as per-year equivalents, by costs.discountRate)');
    // The discounted mean is of departures weighted by when they fall, not a count of staff who leave.
    for (const p of paragraphs) expect(p).toMatch(/by costs\.discountRate\), and (\d+\.\d+ (fewer|more)|as many) departures a year: /);
    for (const p of paragraphs) expect(p).not.toContain('staff leave');
    expect(readable.stdout).toContain('Costs and departures are discounted at 3.5% a year (costs.discountRate), as per-year equivalents.');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const sentences = paragraphs[0].replace('Value for money: ', '').replace(/ This sets the whole net cost.*$/, '');
    expect(html).toContain(`<li>${sentences.replace(/'/g, '&#39;')}</li>`);
    expect(html).toContain('costs and departures discounted at 3.5% a year as per-year equivalents, by costs.discountRate. On average:');
    // Figures 12 and 13 say so in their captions, read or exported apart from the section (each caption is also its chart's aria-label).
    for (const chart of ['chart-11', 'chart-12']) expect(new RegExp(`id="${chart}" role="img" aria-label="[^"]*Costs and departures discounted at 3\\.5% a year \\(costs\\.discountRate\\)\\.`).test(html), chart).toBe(true);
    expect(plain.stdout).not.toContain('discounted');
  });

  it('refuses scenario files that discount at different rates, naming each', () => {
    const a = file('a.yaml', 'name: a\ncosts:\n  discountRate: 0.035\n');
    const b = file('b.yaml', 'name: b\ncosts:\n  discountRate: 0.03\n');
    const r = cfsim('compare', '--scenarios', `${a},${b}`, '--reps', '2', '--days', '30');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the scenarios discount at different rates (costs.discountRate: ${a} has 0.035, ${b} has 0.03)`);
  });
});
