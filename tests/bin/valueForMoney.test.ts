import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueForMoney, type ValueForMoney } from '../../models/valueForMoney';
import { netBenefitAtValue, type NetBenefitAtValue } from '../../models/netBenefit';
import { netBenefitReading } from '../../viz/report/netBenefitWords';
import { REPORT_CHART_IDS } from '../../viz/specs';
import { roundedParts } from '../../viz/report/roundedParts';
import { cliScratch } from './cliScratch';
import { decimalText } from '../../viz/report/metricFormat';

// Value for money under `cfsim compare`: the paragraph, `differences[].valueForMoney` in the JSON
// document, the report's section and Figure 12, and how the price of a leaver moves it.

const { work, cfsim, file } = cliScratch('value-for-money');
const COMPARE = ['compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '20', '--days', '365', '--threads', '2'];

interface Document {
  policies: { policy: string; metrics: Record<string, { mean: number }> }[];
  differences: { policy: string; metrics: Record<string, { mean: number }>; valueForMoney: ValueForMoney }[];
  bestOnAverage: { policies: string[]; from: number; to: number | null }[];
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

  it('says nothing of the halves of the horizon where an arm schedules changes: its costs need not start on day 0', () => {
    // Supervision brought in on day 365: its costs and its effect both start then, so more departures avoided in the
    // second year do not mean a lower cost per departure over a longer horizon.
    const never = file('never.yaml', 'name: never\nbase: { population: ct-harm-reduction }\n');
    const year2 = file('year2.yaml', 'name: year2\nbase: { population: ct-harm-reduction }\nchanges:\n  - { day: 365, set: { policy.supervision.mode: opt-out, policy.supervision.intervalDays: 14 } }\n');
    const args = ['compare', '--scenarios', `${never},${year2}`, '--reps', '20', '--days', '730', '--threads', '2'];
    const json = cfsim(...args, '--json');
    expect(json.status, json.stderr).toBe(0);
    const v = (JSON.parse(json.stdout) as Document).differences[0].valueForMoney;
    expect(v.reading).toBe('fewer-leavers-at-a-cost');
    expect(v.byHalf).toBeUndefined();
    expect(cfsim(...args).stdout).not.toContain('departures avoided build up');
    // Without scheduled changes (this file's comparison of packages from day 0) the halves are given.
    expect(doc.differences[0].valueForMoney.byHalf).toBeDefined();
  });

  it('gives the spending over the whole run of a run that is not a year, from the yearly figures', () => {
    const r = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '730', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Spending on the package'))!;
    const amounts = [...line.matchAll(/\$([\d,]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));
    expect(line).toMatch(/\(\+\$[\d,]+\)\. Over the whole run \(730 days, 2\.0 years\): \$[\d,]+ and \$[\d,]+ \(\+\$[\d,]+\)\. status-quo's spending is what its own levers already cost \(pay and benefits \$[\d,]+[^)]*\), not new money: the change is what opt-out-support adds to it \(pay and benefits included: they are paid for each worker in post, so they rise with the seats opt-out-support keeps filled\)\. This is the cash a budget pays;/);
    const [base, arm, , baseWhole, armWhole] = amounts;
    expect(Math.abs(baseWhole - 2 * base)).toBeLessThanOrEqual(1);
    expect(Math.abs(armWhole - 2 * arm)).toBeLessThanOrEqual(1);
  });

  it("says a package that sets pay or benefits itself moves the spending on them by those too, not by the seats it keeps filled alone", () => {
    // multi-level raises pay 10% and benefits 0.4 to 0.8: its pay and benefits rose $9,100 a worker-year, which read as the seats it kept filled.
    const r = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Spending on the package'))!;
    expect(line).toContain("the change is what multi-level adds to it (pay and benefits included: they are paid for each worker in post, so they rise with multi-level's own pay and benefits and with the seats it keeps filled).");
  });

  it('says beside "better and cheaper", in the terminal and the report, the cash the package spends on itself, as the spending line gives it', () => {
    const folder = join(work, 'cheaper');
    const r = cfsim('compare', '--policies', 'status-quo,individual-resilience', '--reps', '20', '--threads', '2', '--out', folder, '--report', folder);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) as Document;
    // On the default team over its three years, the programme's modelled savings outweigh its price.
    expect(doc.differences[0].valueForMoney.reading).toBe('fewer-leavers-and-no-cost');
    const change = /\(\+(\$[\d,]+)\)\./.exec(r.stdout.split('\n').find((l) => l.startsWith('Spending on the package'))!)![1];
    const clause = `better and cheaper, in the net cost, though its spending on the package, the cash a budget pays, is ${change} a year more.`;
    expect(r.stdout.split('\n').find((l) => l.startsWith('Value for money: '))).toContain(clause);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(clause);
  });

  it('says once, under the first comparison, what the baseline\'s spending is made of, and calls it money the team already spends only where the baseline runs the status quo', () => {
    const r = cfsim('compare', 'ct-harm-reduction', '--policies', 'multi-level,status-quo,opt-out-support', '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('Spending on the package'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ multi-level's spending is what its levers cost \(pay and benefits \$[\d,]+, [^)]*added and float staff \$[\d,]+\); the change is what status-quo saves on it\. This is the cash/);
    expect(r.stdout).not.toContain('not new money');
    expect(lines[1]).not.toContain("multi-level's spending is");
  });

  it('gives each arm\'s spending on its package a year, whole team, as the daily cost series of the package\'s four parts add up, apart from the net cost', () => {
    expect(readable.status, readable.stderr).toBe(0);
    const rows = readFileSync(join(out, 'timeseries.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const spending = (policy: string, parts = new Set(['payCost', 'programmeCost', 'sessionCost', 'staffingCost'])) => {
      const days = new Set(rows.filter((r) => r[0] === policy).map((r) => r[1])).size;
      return (rows.filter((r) => r[0] === policy && parts.has(r[2])).reduce((sum, r) => sum + Number(r[3]), 0) * 365) / days;
    };
    const dollars = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
    const [base, support] = [spending('status-quo'), spending('opt-out-support')];
    expect(support).toBeGreaterThan(base);
    const days = Number(COMPARE[COMPARE.indexOf('--days') + 1]);
    const years = days / 365;
    // Over the whole run too: a planner's budget covers the horizon.
    const whole = days === 365 ? '' : ` Over the whole run (${days} days, ${years.toFixed(1)} years): ${dollars(base * years)} and ${dollars(support * years)} (+${dollars((support - base) * years)}).`;
    // The baseline's parts are rounded to add up to its spending printed beside them (roundedParts), not each alone.
    const [pay, sessions] = roundedParts([spending('status-quo', new Set(['payCost'])), spending('status-quo', new Set(['sessionCost']))], base);
    expect(readable.stdout).toContain(
      `Spending on the package, whole team a year (pay and benefits, programmes and training, support sessions, added and float staff): status-quo ${dollars(base)}, opt-out-support ${dollars(support)} (+${dollars(support - base)}).${whole} status-quo's spending is what its own levers already cost (pay and benefits ${dollars(pay)}, support sessions ${dollars(sessions)}), not new money: the change is what opt-out-support adds to it (pay and benefits included: they are paid for each worker in post, so they rise with the seats opt-out-support keeps filled). This is the cash a budget pays;`,
    );
    // The status quo buys no programmes and adds no staff: those parts go unnamed.
    expect(spending('status-quo', new Set(['programmeCost', 'staffingCost']))).toBe(0);
    expect(readable.stdout).not.toContain('Over the whole run');
    // Value for money divides it by the departures avoided, in the terminal and the report.
    const each = dollars(Number(((support - base) / v.departuresAvoided).toPrecision(3)));
    const note = `In its spending on the package alone (+${dollars(support - base)} a year more`.replace('+', '');
    expect(readable.stdout).toContain(`${note}, the cash a budget pays), opt-out-support pays ${each} for each departure avoided (the spending a year over the departures avoided a year);`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(`opt-out-support pays ${each} for each departure avoided (the spending a year over the departures avoided a year);`);
  });

  it.each([5, 4, 6])("gives the baseline's parts adding up to its spending beside them, to the dollar (seed %i)", (seed) => {
    // Seed 5: rounded each alone from the daily means, the parts read $38,712 + $110 beside $38,821.
    const r = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support', '--reps', '3', '--days', '100', '--threads', '1', '--seed', String(seed));
    expect(r.status, r.stderr).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Spending on the package'))!;
    const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));
    const total = dollars(/status-quo (\$[\d,]+),/.exec(line)![1]);
    const parts = /what its own levers already cost \(([^)]*)\)/.exec(line)![1].match(/\$[\d,]+/g)!.map(dollars);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('sets the mean difference in whole-team cost against the mean difference in leavers, as the differences give them', () => {
    expect(readable.status, readable.stderr).toBe(0);
    const d = doc.differences[0].metrics;
    expect(v.futures).toBe(20);
    expect(v.indicative).toBe(false);
    expect(v.departuresAvoided).toBeCloseTo(-d.leaversPerYear.mean, 9);
    expect(v.netCost).toBeCloseTo(d.teamCostPerYear.mean, 6);
    // Opt-out support keeps people: fewer leave, at a cost.
    expect(v.departuresAvoided).toBeGreaterThan(0);
    expect(v.netCost).toBeGreaterThan(0);
    expect(v.reading).toBe('fewer-leavers-at-a-cost');
    expect(v.costPerDepartureAvoided).toBeCloseTo(v.netCost / v.departuresAvoided, 6);
    const { low, high } = v.costPerDepartureAvoidedInterval!;
    expect(low).toBeLessThan(v.costPerDepartureAvoided!);
    expect(high).toBeGreaterThan(v.costPerDepartureAvoided!);
    const futures = Object.values(v.byOutcome).flatMap((split): number[] => Object.values(split)).reduce((a, b) => a + b, 0);
    expect(futures).toBe(20);
    // With one package against the baseline: the baseline is best on average until the package's cost per departure avoided.
    expect(doc.bestOnAverage).toEqual([
      { policies: ['status-quo'], from: 0, to: v.costPerDepartureAvoided },
      { policies: ['opt-out-support'], from: v.costPerDepartureAvoided, to: null },
    ]);
  });

  it('is what the replications give: recomputed from replications.csv it is the same', () => {
    const csv = readFileSync(join(out, 'replications.csv'), 'utf8');
    const again = valueForMoney(
      column(csv, 'status-quo', 'leaversPerYear'),
      column(csv, 'opt-out-support', 'leaversPerYear'),
      column(csv, 'status-quo', 'teamCostPerYear'),
      column(csv, 'opt-out-support', 'teamCostPerYear'),
    );
    const { byHalf, ...fromMetrics } = v;
    expect(again).toEqual(fromMetrics);
    // The leavers per year are counts over the horizon: whole leavers in a 365-day run.
    for (const x of column(csv, 'status-quo', 'leaversPerYear')) expect(Number.isInteger(x)).toBe(true);
    // The halves of the horizon (days 0-181 and 182-364), from separations.csv's days.
    const [head, ...rows] = readFileSync(join(out, 'separations.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    const leavers = (policy: string, first: boolean) => rows.filter((r) => r[head.indexOf('policy')] === policy && Number(r[head.indexOf('day')]) < 182 === first).length / v.futures;
    expect(byHalf!.firstHalfDays).toBe(182);
    expect(byHalf!.firstHalf).toBeCloseTo(((leavers('status-quo', true) - leavers('opt-out-support', true)) * 365) / 182, 9);
    expect(byHalf!.secondHalf).toBeCloseTo(((leavers('status-quo', false) - leavers('opt-out-support', false)) * 365) / 183, 9);
  });

  it('prints the paragraph under the comparison with the document\'s numbers', () => {
    const money = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;
    const short = (x: number) => `$${Number(x.toPrecision(3)).toLocaleString('en-US')}`;
    const paragraph = readable.stdout.split('\n').find((line) => line.startsWith('Value for money: '));
    expect(paragraph).toBeDefined();
    expect(paragraph).toContain(`opt-out-support costs the whole team ${money(v.netCost)} a year more than status-quo`);
    const { low, high } = v.costPerDepartureAvoidedInterval!;
    // The words round a mean of replications from 12 significant figures (1.15 summed to 1.1499999999999999 reads 1.2).
    expect(paragraph).toContain(`${decimalText(Number(v.departuresAvoided.toPrecision(12)), 1)} fewer staff leave a year: ${short(v.costPerDepartureAvoided!)} per departure avoided on average (the mean net cost over the mean departures avoided; 90% interval ${short(low)} to ${short(high)})`);
    const half = v.worth.find((w) => w.share === 0.5)!.values;
    expect(half).toHaveLength(1);
    expect(paragraph).toContain(`in at least half from ${short(half[0].from)}`);
    expect(paragraph).toContain('not valued in it.');
    expect(readable.stdout).toContain(`\nBest on average, by the value V of a departure avoided (the highest mean net benefit, V × departures avoided − net cost, both against status-quo): status-quo below ${short(v.costPerDepartureAvoided!)}; opt-out-support from ${short(v.costPerDepartureAvoided!)}.\n`);
  });

  it('gives the report the same paragraph and Figure 12, the acceptability curve', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h3>Value for money: departures avoided for the net cost</h3>');
    const paragraph = readable.stdout.split('\n').find((line) => line.startsWith('Value for money: '))!;
    const sentences = paragraph.replace('Value for money: ', '').replace(/ This sets the whole net cost.*$/, '');
    expect(html).toContain(`<li>${sentences.replace(/'/g, '&#39;')}</li>`);
    expect(html).toContain('<p>Best on average, by the value V of a departure avoided');
    expect(REPORT_CHART_IDS[11]).toBe('worth-its-cost');
    const specs = JSON.parse(html.match(/<script type="application\/json" id="cfsim-specs">([\s\S]*?)<\/script>/)![1].replace(/\\u003c/g, '<')) as ({ data?: { values: { policy: string; share: number }[] } } | null)[];
    const curve = specs[11]!.data!.values;
    expect(curve.every((p) => p.policy === 'opt-out-support')).toBe(true);
    expect(curve[curve.length - 1].share).toBe(v.acceptability[v.acceptability.length - 1].share);
    // Figure 13: both arms, the baseline best below the package's break-even values, the package above them, on Figure 12's axis.
    expect(REPORT_CHART_IDS[12]).toBe('best-in-futures');
    const best = specs[12]!.data!.values;
    expect(new Set(best.map((p) => p.policy))).toEqual(new Set(['status-quo', 'opt-out-support']));
    const share = (policy: string, at: 'first' | 'last') => {
      const rows = best.filter((p) => p.policy === policy);
      return rows[at === 'first' ? 0 : rows.length - 1].share;
    };
    expect(share('status-quo', 'first')).toBe(1 - v.acceptability[0].share);
    expect(share('opt-out-support', 'last')).toBe(curve[curve.length - 1].share);
    expect(Math.max(...best.map((p) => (p as unknown as { value: number }).value))).toBe(Math.max(...curve.map((p) => (p as unknown as { value: number }).value)));
  });

  it('says, in the terminal and the report, when an arm leaves clearly more client demand unmet, which it does not weigh; not for one that leaves less', () => {
    const current = join(work, 'cap10.yaml');
    const capped = join(work, 'cap6.yaml');
    writeFileSync(current, 'name: cap10\nbase: { population: ct-harm-reduction }\n');
    writeFileSync(capped, 'name: cap6\nbase: { population: ct-harm-reduction }\npolicy: { staffing: { caseloadCap: 6 } }\n');
    const folder = join(work, 'caseload-cap');
    const r = cfsim('compare', '--scenarios', `${current},${capped}`, '--reps', '20', '--days', '365', '--threads', '2', '--out', folder, '--report', folder);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) as Document;
    const share = (k: number) => `${(summary.policies[k].metrics.unmetDemandShare.mean * 100).toFixed(1)}%`;
    const note = `cap6 also leaves more of the clients' demand unmet than cap10 (${share(1)} of it against ${share(0)}, clearly), which these figures do not weigh: clients not seen cost nothing in them.`;
    expect(summary.differences[0].metrics.unmetDemandShare.mean).toBeGreaterThan(0.05);
    // Fewer leavers by turning clients away: the reckoning alone would call it better and no dearer.
    expect(summary.differences[0].metrics.leaversPerYear.mean).toBeLessThan(0);
    const paragraph = r.stdout.split('\n').find((line) => line.startsWith('Value for money: '))!;
    expect(paragraph).toContain(` ${note} This sets the whole net cost against departures alone`);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(note.replace(/'/g, '&#39;'));
    // The other way round the arm leaves less unmet: no note.
    const reversed = cfsim('compare', '--scenarios', `${capped},${current}`, '--reps', '20', '--days', '365', '--threads', '2');
    expect(reversed.status, reversed.stderr).toBe(0);
    expect(reversed.stdout).toContain('Value for money: ');
    expect(reversed.stdout).not.toContain("demand unmet than");
  });

  it('says under "Best on average", in the terminal and the report, which arms named there owe their place to the mindfulness programme\'s untested turnover channel', () => {
    const folder = join(work, 'mindfulness');
    const r = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,individual-resilience,stigma-reduction', '--reps', '20', '--days', '365', '--threads', '2', '--out', folder, '--report', folder);
    expect(r.status, r.stderr).toBe(0);
    const best = r.stdout.split('\n').find((line) => line.startsWith('Best on average'))!;
    expect(best).toMatch(/: individual-resilience below \$[\d,]+; stigma-reduction from \$[\d,]+\. Never best on average: status-quo\./);
    const caveat = " The places here of individual-resilience (wholly) and stigma-reduction (partly) rest on the mindfulness programme's effect on turnover, the model's mechanism, which no trial of such programmes measured (see above): read them as the model's ranking, not as evidence.";
    expect(best.endsWith(caveat)).toBe(true);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(`${best.replace(/'/g, '&#39;')}</p>`);
  });

  it('finds nothing to weigh between identical arms', () => {
    const same = cfsim('compare', 'ct-harm-reduction', '--policies', 'status-quo,mandatory-debrief', '--set', 'coefficients.singleSessionHarm=0', '--set', 'costs.singleSessionDebrief=0', '--reps', '20', '--days', '365', '--threads', '2');
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toContain(
      'Value for money: mandatory-debrief and status-quo have the same leavers and the same cost in every future: nothing to weigh. The difference in cost between mandatory-debrief and status-quo leaves out what policy.debrief.mode (none against single-session) costs: its price, costs.singleSessionDebrief, is 0 (as the scenario file or --set gives it); --set costs.singleSessionDebrief=VALUE prices it. This sets the whole net cost',
    );
    // The header says the same of a price --set gave, not that it is the default.
    expect(same.stdout).toContain('its price, costs.singleSessionDebrief, is 0 (as the scenario file or --set gives it); --set costs.singleSessionDebrief=VALUE prices it.');
    // Nothing changes because the debriefs do what the trials found, which is said, not left to be read as a finding.
    expect(same.stdout).toContain(
      "\nmandatory-debrief's single-session debriefs (after a crisis or a client's death) process none of the day's traumatic material (coefficients.singleSessionProcessing 0: trials of single-session debriefing found no benefit over natural recovery): what they change above is those settings' doing",
    );
  });

  it('with a dearer baseline, says what the cheaper package saves per extra departure, and the values below which it comes out ahead', () => {
    const reversed = cfsim('compare', 'ct-harm-reduction', '--policies', 'multi-level,status-quo', '--reps', '20', '--days', '365', '--threads', '2', '--json');
    expect(reversed.status, reversed.stderr).toBe(0);
    const r = (JSON.parse(reversed.stdout) as Document).differences[0].valueForMoney;
    expect(r.reading).toBe('more-leavers-and-saves');
    expect(r.byOutcome.moreLeavers.costsLess).toBeGreaterThan(15);
    // Worth it in every future at a value of 0, in none at a very high one.
    expect(r.acceptability[0]).toEqual({ from: 0, share: 1 });
    expect(r.acceptability[r.acceptability.length - 1].share).toBeLessThan(0.05);
    expect(r.worth[2].values).toEqual([{ from: 0, to: expect.any(Number) }]);
    const text = cfsim('compare', 'ct-harm-reduction', '--policies', 'multi-level,status-quo', '--reps', '20', '--days', '365', '--threads', '2').stdout;
    const short = (x: number) => `$${Number(x.toPrecision(3)).toLocaleString('en-US')}`;
    expect(text).toContain(`more staff leave a year: on average it saves ${short(r.costPerDepartureAvoided!)} per extra departure`);
    expect(text).toContain(`in at least 95% below ${short(r.worth[2].values[0].to!)}`);
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
    expect(b.worth[1].values[0].from).toBeLessThan(a.worth[1].values[0].from);
  });
});

describe('cfsim compare --value-per-departure', () => {
  const THREE = ['compare', 'ct-harm-reduction', '--policies', 'status-quo,opt-out-support,stigma-reduction', '--reps', '20', '--days', '365', '--threads', '2'];
  const out = join(work, 'at-value');
  const readable = cfsim(...THREE, '--value-per-departure', '150000', '--out', out, '--report', join(out, 'report.html'));
  const doc = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Document & { netBenefit: NetBenefitAtValue };
  const nb = doc.netBenefit;

  it("gives each arm's mean net benefit at V from the same futures as value for money: V × departures avoided − net cost", () => {
    expect(readable.status, readable.stderr).toBe(0);
    expect(nb).toMatchObject({ valuePerDeparture: 150000, futures: 20, indicative: false });
    expect(nb.arms.map((a) => a.policy)).toEqual(['status-quo', 'opt-out-support', 'stigma-reduction']);
    doc.differences.forEach((d, i) => {
      const v = d.valueForMoney;
      expect(nb.arms[i + 1].mean).toBeCloseTo(150000 * v.departuresAvoided - v.netCost, 4);
    });
    // Every future has a best arm (or several tied), so the counts of best (or tied) futures add up to at least all of them.
    expect(nb.arms.reduce((s, a) => s + a.best, 0)).toBeGreaterThanOrEqual(1);
  });

  it('is what the replications give: recomputed from replications.csv it is the same', () => {
    const csv = readFileSync(join(out, 'replications.csv'), 'utf8');
    const again = netBenefitAtValue(
      150000,
      nb.arms.map((a) => ({ policy: a.policy, leavers: column(csv, a.policy, 'leaversPerYear'), cost: column(csv, a.policy, 'teamCostPerYear') })),
    );
    expect(again).toEqual(nb);
  });

  it('prints the table and its reading after the comparisons, and the report shows the same', () => {
    const text = readable.stdout;
    const at = text.indexOf('At $150,000 per departure avoided');
    expect(at).toBeGreaterThan(text.indexOf('Best on average'));
    const table = text.slice(at).split('\n');
    expect(table[2]).toMatch(/^package +departures avoided a year +net cost a year +net benefit a year \(90% interval of the mean\) +ahead of the baseline in +best \(or tied\) in$/);
    expect(table[4]).toMatch(/^status-quo +0\.00 +\$0 +\$0 \(the baseline\) +– +\d+ of 20 futures$/);
    const row = table[5].split(/ {2,}/);
    const optOut = nb.arms.find((a) => a.policy === 'opt-out-support')!;
    expect(row[0]).toBe('opt-out-support');
    expect(row[1]).toMatch(/^([+−]\d+\.\d\d|0\.00)$/);
    expect(Math.abs(Number(row[1].replace('−', '-')) - optOut.departuresAvoided)).toBeLessThanOrEqual(0.005);
    expect(row[2]).toMatch(/^([+−]\$[\d,]+00|\$0)$/);
    expect(Math.abs(Number(row[2].replace(/[$,+]/g, '').replace('−', '-')) - optOut.netCost)).toBeLessThanOrEqual(50);
    expect(row.slice(3)).toEqual([expect.stringMatching(/^[+−]\$[\d,]+00 \([+−]\$[\d,]+00 to [+−]\$[\d,]+00\)$/), expect.stringMatching(/^\d+ of 20 futures$/), expect.stringMatching(/^\d+ of 20 futures$/)]);
    const reading = table.find((line) => line.startsWith('Highest on average: '))!;
    const top = [...nb.arms].sort((a, b) => b.mean - a.mean)[0].policy;
    expect(reading.startsWith(`Highest on average: ${top}, `)).toBe(true);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<th>package</th><th>departures avoided a year</th><th>net cost a year</th><th>net benefit a year (90% interval of the mean)</th>');
    expect(html).toContain('<th>best (or tied) in</th>');
    expect(html).toContain(`<p>${reading.replace(/'/g, '&#39;')}</p>`);
  });

  it('cfsim report --value-per-departure redraws the table at another value from replications.csv, leaving the results as they were', () => {
    const summaryBefore = readFileSync(join(out, 'summary.json'), 'utf8');
    const page = join(work, 'at-50000.html');
    const r = cfsim('report', out, '--value-per-departure', '50000', '-o', page);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h4>At $50,000 per departure avoided</h4>\n<p class="note">This value was chosen when the report was drawn (cfsim report --value-per-departure 50000), from the same replications; the comparison was run with $150,000.</p>');
    expect(html).not.toContain('At $150,000 per departure avoided');
    const csv = readFileSync(join(out, 'replications.csv'), 'utf8');
    const at50 = netBenefitAtValue(50000, nb.arms.map((a) => ({ policy: a.policy, leavers: column(csv, a.policy, 'leaversPerYear'), cost: column(csv, a.policy, 'teamCostPerYear') })))!;
    expect(html).toContain(`<p>${netBenefitReading(at50, 'package').replace(/'/g, '&#39;')}</p>`);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(summaryBefore);
    // Figures 12 and 13 mark it with a dotted rule, or say that it lies beyond their axis.
    expect(html).toContain('Dotted: the value of the net-benefit table ($50,000).');
    const far = join(work, 'at-a-billion.html');
    expect(cfsim('report', out, '--value-per-departure', '1000000000', '-o', far).status).toBe(0);
    expect(readFileSync(far, 'utf8')).toContain('The net-benefit table&#39;s value ($1,000,000,000) lies beyond the axis.');
    // Without the flag, the value the comparison was run with.
    const again = join(work, 'at-run-value.html');
    expect(cfsim('report', out, '-o', again).status).toBe(0);
    expect(readFileSync(again, 'utf8')).toContain('<h4>At $150,000 per departure avoided</h4>');
  });

  it("reports results of 0.11.0 without replications.csv, whose summary.json table has no parts, with dashes for them", () => {
    const old = join(work, 'at-value-0.11.0');
    cpSync(out, old, { recursive: true });
    rmSync(join(old, 'replications.csv'));
    rmSync(join(old, 'report.html'));
    const summary = JSON.parse(readFileSync(join(old, 'summary.json'), 'utf8')) as { netBenefit: { arms: Record<string, unknown>[] } };
    for (const arm of summary.netBenefit.arms) {
      delete arm.departuresAvoided;
      delete arm.netCost;
    }
    writeFileSync(join(old, 'summary.json'), JSON.stringify(summary));
    const r = cfsim('report', old);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(old, 'report.html'), 'utf8');
    expect(html).toContain('<tr><td>opt-out-support</td><td>–</td><td>–</td><td>');
  });

  it('cfsim report --value-per-departure refuses the results of one arm, and a bad value, with what is wrong', () => {
    const single = join(work, 'single');
    expect(cfsim('run', 'ct-harm-reduction', '--reps', '2', '--days', '30', '--out', single).status).toBe(0);
    const r = cfsim('report', single, '--value-per-departure', '50000');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--value-per-departure: ${single} holds a run of one arm, with no baseline to weigh it against: it needs the results of cfsim compare`);
    // Without replications.csv: the table the comparison wrote, at its value; another value is refused.
    const bare = join(work, 'no-replications');
    cpSync(out, bare, { recursive: true });
    rmSync(join(bare, 'replications.csv'));
    rmSync(join(bare, 'report.html'));
    const other = cfsim('report', bare, '--value-per-departure', '50000');
    expect(other.status).toBe(2);
    expect(other.stderr).toContain(`--value-per-departure: ${bare} has no replications.csv, whose leavers and costs by replication the table is recomputed from`);
    expect(cfsim('report', bare).status).toBe(0);
    expect(readFileSync(join(bare, 'report.html'), 'utf8')).toContain('<h4>At $150,000 per departure avoided</h4>');
    const bad = cfsim('report', out, '--value-per-departure', 'fifty');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--value-per-departure: "fifty" is not allowed; expected a number from 0 to 1,000,000,000, e.g. --value-per-departure 50000');
  });

  it('is left out without the flag', () => {
    expect(compareJson()).not.toHaveProperty('netBenefit');
  });

  it('refuses a value that is not a number from 0 to a billion, naming the flag, and is a flag of compare only', () => {
    for (const bad of ['1,000', '-5', 'lots', '2e9']) {
      const r = cfsim(...THREE, '--value-per-departure', bad);
      expect(r.status, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--value-per-departure: "${bad}" is not allowed; expected a number from 0 to 1,000,000,000`);
    }
    expect(cfsim(...THREE, '--value-per-departure', '1,000').stderr).toContain('(without thousands separators)');
    expect(cfsim(...THREE, '--value-per-departure', '$5000').stderr).toContain('(without the currency sign)');
    expect(cfsim(...THREE, '--value-per-departure', '50k').stderr).toContain('(in full: 50000, not 50k)');
    expect(cfsim(...THREE, '--value-per-departure', '').stderr).toContain('--value-per-departure: has no value; expected a number from 0 to 1,000,000,000');
    const run = cfsim('run', 'ct-harm-reduction', '--value-per-departure', '5');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option --value-per-departure (a flag of cfsim compare, which weighs arms against each other, and of cfsim report, which judges a comparison's results folder again: cfsim report DIR --value-per-departure V);");
    expect(run.stderr).not.toContain('valuePerDeparture');
  });
});
