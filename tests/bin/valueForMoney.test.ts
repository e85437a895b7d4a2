import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueForMoney, type ValueForMoney } from '../../models/valueForMoney';
import { REPORT_CHART_IDS } from '../../viz/specs';
import { cliScratch } from './cliScratch';

// Value for money under `cfsim compare`: the paragraph, `differences[].valueForMoney` in the JSON
// document, the report's section and Figure 12, and how the price of a leaver moves it.

const { work, cfsim } = cliScratch('value-for-money');
const COMPARE = ['compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '20', '--days', '365', '--threads', '2'];

interface Document {
  policies: { policy: string; metrics: Record<string, { mean: number }> }[];
  differences: { policy: string; metrics: Record<string, { mean: number }>; valueForMoney: ValueForMoney }[];
}

function compareJson(...extra: string[]): Document {
  const r = cfsim(...COMPARE, '--json', ...extra);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Document;
}

/** Each arm's column of replications.csv, by rep. */
function column(csv: string, policy: string, metric: string): number[] {
  const [head, ...rows] = csv.trim().split('\n').map((line) => line.split(','));
  const at = head.indexOf(metric);
  return rows.filter((r) => r[0] === policy).sort((a, b) => Number(a[1]) - Number(b[1])).map((r) => Number(r[at]));
}

describe('value for money under cfsim compare', () => {
  const out = join(work, 'results');
  const readable = cfsim(...COMPARE, '--out', out, '--report', join(out, 'report.html'));
  const doc = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Document;
  const v = doc.differences[0].valueForMoney;

  it('sets the mean difference in whole-team cost against the mean difference in leavers, as the differences give them', () => {
    expect(readable.status, readable.stderr).toBe(0);
    const d = doc.differences[0].metrics;
    expect(v.futures).toBe(20);
    expect(v.departuresAvoided).toBeCloseTo(-d.leaversPerYear.mean, 9);
    expect(v.netCost).toBeCloseTo(d.teamCostPerYear.mean, 6);
    // Opt-out support keeps people: fewer leave, at a cost.
    expect(v.departuresAvoided).toBeGreaterThan(0);
    expect(v.netCost).toBeGreaterThan(0);
    expect(v.costPerDepartureAvoided).toBeCloseTo(v.netCost / v.departuresAvoided, 6);
    const futures = Object.values(v.byOutcome).reduce((a, b) => a + b, 0);
    expect(futures).toBe(20);
  });

  it('is what the replications give: recomputed from replications.csv it is the same', () => {
    const csv = readFileSync(join(out, 'replications.csv'), 'utf8');
    const again = valueForMoney(
      column(csv, 'status-quo', 'leaversPerYear'),
      column(csv, 'opt-out-support', 'leaversPerYear'),
      column(csv, 'status-quo', 'teamCostPerYear'),
      column(csv, 'opt-out-support', 'teamCostPerYear'),
    );
    expect(again).toEqual(v);
    // The leavers per year are counts over the horizon: whole leavers in a 365-day run.
    for (const x of column(csv, 'status-quo', 'leaversPerYear')) expect(Number.isInteger(x)).toBe(true);
  });

  it('prints the paragraph under the comparison with the document\'s numbers', () => {
    const money = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
    const short = (x: number) => `$${Number(x.toPrecision(3)).toLocaleString('en-US')}`;
    const paragraph = readable.stdout.split('\n').find((line) => line.startsWith('Value for money: '));
    expect(paragraph).toBeDefined();
    expect(paragraph).toContain(`opt-out-support costs the whole team ${money(v.netCost)} a year more than status-quo`);
    expect(paragraph).toContain(`${v.departuresAvoided.toFixed(1)} fewer staff leave a year: ${short(v.costPerDepartureAvoided!)} per departure avoided`);
    const half = v.worthFrom.find((w) => w.share === 0.5)!.from!;
    expect(paragraph).toContain(`in half of them from ${short(half)}`);
    expect(paragraph).toContain('not valued in it.');
  });

  it('gives the report the same paragraph and Figure 12, the acceptability curve', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h3>Value for money: departures avoided for the net cost</h3>');
    const paragraph = readable.stdout.split('\n').find((line) => line.startsWith('Value for money: '))!;
    const sentences = paragraph.replace('Value for money: ', '').replace(/ This sets the whole net cost.*$/, '');
    expect(html).toContain(`<li><strong>opt-out-support</strong>: ${sentences}</li>`);
    expect(REPORT_CHART_IDS[11]).toBe('12-worth-its-cost');
    const specs = JSON.parse(html.match(/<script type="application\/json" id="cfsim-specs">([\s\S]*?)<\/script>/)![1].replace(/\\u003c/g, '<')) as ({ data?: { values: { policy: string; share: number }[] } } | null)[];
    const curve = specs[11]!.data!.values;
    expect(curve.every((p) => p.policy === 'opt-out-support')).toBe(true);
    expect(curve[curve.length - 1].share).toBe(v.acceptability[v.acceptability.length - 1].share);
  });

  it('finds identical arms worth nothing: no departures avoided at no cost', () => {
    const same = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,mandatory-debrief', '--set', 'coefficients.singleSessionHarm=0', '--set', 'costs.singleSessionDebrief=0', '--reps', '20', '--days', '365', '--threads', '2');
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toContain(
      'Value for money: mandatory-debrief costs the whole team what status-quo does (net of what it changes in replacing leavers, absence and vacant seats), and as many staff leave a year: it avoids no departures on average, so there is no cost per departure avoided. Of the 20 futures: no fewer leavers at no higher cost in 20. If avoiding a departure is worth a value V to you beyond its replacement cost (which the net cost already counts), mandatory-debrief is worth its net cost in none of the futures, whatever V.',
    );
  });

  it('moves with the price of a leaver as the theory says: a dearer leaver makes each departure avoided save more, and changes no departure', () => {
    const base = compareJson();
    const dear = compareJson('--set', 'costs.replacementCostFraction=1');
    const [a, b] = [base.differences[0].valueForMoney, dear.differences[0].valueForMoney];
    expect(b.departuresAvoided).toBe(a.departuresAvoided);
    // Each leaver now costs 1 instead of 0.33 of the $55,000 salary: the net cost falls by that much per departure avoided.
    expect(b.netCost).toBeCloseTo(a.netCost - a.departuresAvoided * (1 - 0.33) * 55000, 4);
    expect(b.costPerDepartureAvoided!).toBeCloseTo(a.costPerDepartureAvoided! - (1 - 0.33) * 55000, 4);
    // So it is worth its cost in at least as many futures at every value.
    expect(b.worthFrom[1].from!).toBeLessThan(a.worthFrom[1].from!);
  });
});
