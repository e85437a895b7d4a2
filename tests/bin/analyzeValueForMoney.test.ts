import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';
import { planDiscountRate, valueForMoneyRefusal } from '../../bin/sweepValueForMoney';
import { resolveStoredPlan } from '../../scenarios/plan';
import { pointValueForMoney } from '../../scenarios/pointValueForMoney';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';

// `cfsim analyze DIR --value-per-departure V`: each grid point's departures avoided, net cost and
// net benefit against the baseline point, paired by replication, and the point best on average.

const mean = (x: readonly number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const sd = (x: readonly number[]) => Math.sqrt(x.reduce((a, b) => a + (b - mean(x)) ** 2, 0) / (x.length - 1));

describe('pointValueForMoney', () => {
  it("pairs each point with the baseline's replications, leaving out one either lacks or has no value in", () => {
    // Point 0 (baseline): replications 0-3; point 1 lacks replication 2 and has no cost in 3; point 2 has all.
    const leavers = [[4, 6, 5, 3], [3, 4, 2], [3, 5, 6, 4]];
    const cost = [[100, 200, 150, 120], [1100, 1300, NaN], [120, 150, 200, 100]];
    const reps = [[0, 1, 2, 3], [0, 1, 3], [3, 2, 1, 0]];
    const v = pointValueForMoney(1000, leavers, cost, reps, 0);
    const one = v.points.find((p) => p.point === 1)!;
    expect(one.pairs).toBe(2);
    // Replications 0 and 1: avoided 1 and 2, net cost 1000 and 1100, net benefit 0 and 900.
    expect(one.departuresAvoided.mean).toBeCloseTo(1.5, 12);
    expect(one.netCost.mean).toBeCloseTo(1050, 12);
    expect(one.netBenefit.mean).toBeCloseTo(450, 12);
    expect([one.netBenefit.p05, one.netBenefit.p95]).toEqual([0, 900]);
    expect(one.netBenefit.se).toBeCloseTo(sd([0, 900]) / Math.sqrt(2), 9);
    // Point 2 ran replication r as point 0 did (listed in another order): nothing differs.
    const two = v.points.find((p) => p.point === 2)!;
    expect(two).toMatchObject({ pairs: 4, departuresAvoided: { mean: 0, zero: 4 }, netCost: { mean: 0, zero: 4 }, netBenefit: { mean: 0, zero: 4 } });
    // Best over the replications every point has both values in (0 and 1): point 1, ahead of points 0 and 2 (the same in every one).
    expect(v.best).toMatchObject({ points: [1], over: [0, 2], futures: 2, indicative: true });
    expect(v.best!.lead!.mean).toBeCloseTo(450, 9);
  });

  it('measures from the point --vs names, and has no best where no replication is at every point', () => {
    const v = pointValueForMoney(100, [[2], [1]], [[10], [30]], [[0], [1]], 1);
    expect(v.vs).toBe(1);
    expect(v.points).toEqual([expect.objectContaining({ point: 0, pairs: 0 })]);
    expect(v.best).toBeNull();
  });
});

describe('planDiscountRate', () => {
  it("reads the plan's costs.discountRate from the scenario file it builds on, 0 without one", () => {
    const onFile = resolveStoredPlan({ base: { file: 'team.yaml', scenario: { costs: { discountRate: 0.035 } } }, parameters: { 'community.stigma': { values: [0.1, 0.5] } }, design: 'grid' });
    expect(planDiscountRate(onFile)).toBe(0.035);
    expect(planDiscountRate(resolveStoredPlan({ parameters: { 'community.stigma': { values: [0.1, 0.5] } }, design: 'grid' }))).toBe(0);
  });
});

describe('valueForMoneyRefusal', () => {
  it("refuses a grid varying days, whose points differ from the baseline point in their horizon, as compare refuses arms of different lengths", () => {
    const plan = (days: unknown) => resolveStoredPlan({ parameters: { days, 'policy.supervision.intervalDays': { values: [28, 7] } }, design: 'grid', randomNumbers: 'common', metrics: ['leaversPerYear', 'teamCostPerYear'] });
    const refusal = valueForMoneyRefusal(plan({ values: [120, 365] }), 'study', 50000);
    expect(refusal).toMatchObject({ path: '--value-per-departure', value: 50000 });
    expect(refusal!.message).toContain("as compare values a package against the first, which runs every arm for the same days; study's plan varies days (120 and 365), so a point can differ from the baseline point in its horizon as well as its settings");
    expect(refusal!.message).toContain('Sweep one horizon at a time (set: { days: N }, with days taken out of parameters) into a new folder, and run cfsim analyze DIR --value-per-departure 50000 on it');
    expect(valueForMoneyRefusal(plan({ min: 120, max: 365 }), 'study', 50000)!.message).toContain('varies days (120 to 365)');
    // One horizon for every point, set or not: valued.
    const fixed = resolveStoredPlan({ parameters: { 'policy.supervision.intervalDays': { values: [28, 7] } }, design: 'grid', randomNumbers: 'common', set: { days: 120 }, metrics: ['leaversPerYear', 'teamCostPerYear'] });
    expect(valueForMoneyRefusal(fixed, 'study', 50000)).toBeUndefined();
  });
});

describe('cfsim analyze --value-per-departure', () => {
  const { work, cfsim, ok, swept: sweptWith } = cliScratch('sweep-value');
  const swept = (name: string, text: string) => sweptWith(name, text, '--threads', '2');
  const grid = (metrics: string, more = '') =>
    `parameters:\n  policy.supervision.intervalDays: { values: [28, 7] }\n  policy: { values: [status-quo, opt-out-support] }\ndesign: grid\nreps: 4\nset: { days: 120 }\nmetrics: [${metrics}]\n${more}`;

  it("gives each point's departures avoided, net cost and net benefit against point 0 as runs.csv's replications give them, and the point best on average", () => {
    const dir = swept('grid', grid('proqolSTS, leaversPerYear, teamCostPerYear'));
    const V = 50000;
    const r = ok('analyze', dir, '--value-per-departure', String(V), '--json');
    const analysis = JSON.parse(r.stdout) as SweepAnalysis;
    const v = analysis.valueForMoney!;
    expect(v).toMatchObject({ valuePerDeparture: V, vs: 0, per: 'year', departuresMetric: 'leaversPerYear', costMetric: 'teamCostPerYear' });
    expect(v.planDiscountRate).toBeUndefined();
    // analysis.json records it too.
    expect((JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).valueForMoney).toEqual(v);
    // Recomputed from runs.csv: run, point, rep, ..., then the metrics.
    const [header, ...rows] = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const at = (metric: string, point: number, rep: number) => Number(rows.find((row) => Number(row[1]) === point && Number(row[2]) === rep)![header.indexOf(metric)]);
    const reps = [0, 1, 2, 3];
    const benefitMeans = [0];
    expect(v.points.map((p) => p.point)).toEqual([1, 2, 3]);
    for (const p of v.points) {
      const avoided = reps.map((rep) => at('leaversPerYear', 0, rep) - at('leaversPerYear', p.point, rep));
      const netCost = reps.map((rep) => at('teamCostPerYear', p.point, rep) - at('teamCostPerYear', 0, rep));
      const benefit = reps.map((rep, i) => V * avoided[i] - netCost[i]);
      expect(p.pairs).toBe(4);
      expect(p.departuresAvoided.mean).toBeCloseTo(mean(avoided), 9);
      expect(p.netCost.mean).toBeCloseTo(mean(netCost), 4);
      expect(p.netBenefit.mean).toBeCloseTo(mean(benefit), 4);
      // From fewer than 20 pairs the 90% range is the smallest to the largest.
      expect(p.netBenefit.p05).toBeCloseTo(Math.min(...benefit), 4);
      expect(p.netBenefit.p95).toBeCloseTo(Math.max(...benefit), 4);
      expect(p.netCost.p05).toBeCloseTo(Math.min(...netCost), 4);
      expect(p.netBenefit.se!).toBeCloseTo(sd(benefit) / 2, 4);
      benefitMeans.push(mean(benefit));
    }
    // Opt-out support's sessions cost more than the departures they avoid here are worth at $50,000.
    expect(v.points.find((p) => p.point === 1)!.netCost.mean).toBeGreaterThan(0);
    const top = benefitMeans.indexOf(Math.max(...benefitMeans));
    expect(v.best!.points).toEqual([top]);
    expect(v.best).toMatchObject({ futures: 4, indicative: true });

    const text = ok('analyze', dir, '--value-per-departure', String(V));
    const out = text.stdout;
    // Under the paired differences, with what the figures are.
    expect(out.indexOf('Value for money at $50,000 per departure avoided, against point 0 (policy.supervision.intervalDays 28, policy status-quo)')).toBeGreaterThan(out.indexOf('teamCostPerYear: difference from point 0'));
    expect(out).toContain('a year for the whole team');
    expect(out).toContain('The figures are undiscounted');
    expect(out).toContain('net benefit a year at $50,000 per departure avoided, from point 0\npoint\tpolicy.supervision.intervalDays\tpolicy\tpairs\tnet benefit\tp05\tp95\tse\tverdict\n');
    expect(out).toMatch(/net cost a year, from point 0 \(whose teamCostPerYear is [\d.]+\)\n[^\n]+\n1\t28\topt-out-support\t4\t[\d.]+\t[\d.]+\t[\d.]+\t[\d.]+\tindicative: costs more\n/);
    expect(out).toMatch(/Best on average at \$50,000 per departure avoided, over the 4 replications every point has: point \d \([^)]*\)/);
    expect(out).toContain('From 4 replications this is indicative only (at least 20 are needed before such counts can be relied on): raise reps.');
    // Without the flag the block is gone, from the text and from analysis.json.
    const plain = cfsim('analyze', dir);
    expect(plain.stdout).not.toContain('Value for money');
    expect((JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as SweepAnalysis).valueForMoney).toBeUndefined();

    // From the point --vs names: point 1's figures against point 0 change sign.
    const fromOne = JSON.parse(cfsim('analyze', dir, '--value-per-departure', String(V), '--vs', '1', '--json').stdout) as SweepAnalysis;
    const back = fromOne.valueForMoney!.points.find((p) => p.point === 0)!;
    const there = v.points.find((p) => p.point === 1)!;
    expect(fromOne.valueForMoney!.vs).toBe(1);
    expect(back.netBenefit.mean).toBeCloseTo(-there.netBenefit.mean, 4);
    expect(back.departuresAvoided.mean).toBeCloseTo(-there.departuresAvoided.mean, 9);
    // The same best point, whichever point the figures are measured from.
    expect(fromOne.valueForMoney!.best!.points).toEqual(v.best!.points);
    // The flag is parsed as compare parses it, with its hint.
    const k = cfsim('analyze', dir, '--value-per-departure', '50k');
    expect(k.status).toBe(2);
    expect(k.stderr).toContain('--value-per-departure: "50k" is not allowed; expected a number from 0 to 1,000,000,000 (in full: 50000, not 50k), e.g. --value-per-departure 50000');
  });

  it("says its figures are undiscounted, naming the rate of the scenario file the plan builds on", () => {
    writeFileSync(join(work, 'team.yaml'), 'costs: { discountRate: 0.035 }\n');
    const dir = swept('discounted', 'base: team.yaml\nparameters:\n  policy.supervision.intervalDays: { values: [28, 7] }\ndesign: grid\nreps: 2\nset: { days: 30 }\nmetrics: [leaversPerYear, teamCostPerYear]\n');
    const r = ok('analyze', dir, '--value-per-departure', '100000');
    expect(r.stdout).toContain("The figures are undiscounted: runs.csv records leaversPerYear and teamCostPerYear as they are, so the plan's costs.discountRate (3.5% a year), which compare would apply, is not applied here.");
    const json = JSON.parse(cfsim('analyze', dir, '--value-per-departure', '100000', '--json').stdout) as SweepAnalysis;
    expect(json.valueForMoney).toMatchObject({ per: 'year', planDiscountRate: 0.035 });
  });

  it('says on stderr that there is none where the folder has no paired differences (a shard without the baseline point)', () => {
    const dir = sweptWith('shard-1', 'parameters:\n  policy.supervision.intervalDays: { values: [28, 7] }\ndesign: grid\nreps: 1\nset: { days: 30 }\nmetrics: [leaversPerYear, teamCostPerYear]\n', '--shard', '1/2', '--threads', '1');
    const r = ok('analyze', dir, '--value-per-departure', '50000');
    expect(r.stdout).toContain('No paired differences between points: point 0, which they would be measured from, has no successful run in this folder');
    expect(r.stdout).not.toContain('Value for money');
    expect(r.stderr).toContain('cfsim: warning: no value for money at --value-per-departure 50000: it is measured as the paired differences are, from point 0, which has no successful run in this folder (--vs POINT measures them from a point that has one)');
  });

  it("says why no point is judged best where no replication is at every point, and what to do, by the folder's kind", () => {
    // Shard 1/2 of 2 points × 3 reps holds point 0's replication 1 and point 1's 0 and 2: paired differences, but none pair.
    const dir = sweptWith('apart-1', 'parameters:\n  policy.supervision.intervalDays: { values: [28, 7] }\ndesign: grid\nreps: 3\nset: { days: 30 }\nmetrics: [leaversPerYear, teamCostPerYear]\n', '--shard', '1/2', '--threads', '1');
    const r = ok('analyze', dir, '--value-per-departure', '50000');
    expect(r.stdout).toContain("1\t7\t0\t–\t–\t–\t–\tno replication pairs with point 0's");
    expect(r.stdout).toContain(
      "Best on average: not judged, as no replication has a successful run with both leaversPerYear and teamCostPerYear at every point; this folder holds only shard 1/2 of the plan's runs: merge the shards and analyze the merged folder to judge it.",
    );
    expect(r.stdout).not.toContain('complete the sweep');
  });

  it("is refused, naming the metrics to add, where the plan did not keep departures and whole-team cost", () => {
    const dir = swept('no-cost', grid('proqolSTS, turnoverPerYear, leaversPerYear').replace('reps: 4', 'reps: 1').replace('days: 120', 'days: 30'));
    const r = cfsim('analyze', dir, '--value-per-departure', '50000');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `--value-per-departure: needs each replication's departures and whole-team cost a year (the metrics leaversPerYear and teamCostPerYear), and ${dir}'s plan does not keep teamCostPerYear (its metrics: proqolSTS, turnoverPerYear, leaversPerYear; turnoverPerYear is a rate per head, not the whole team's): add teamCostPerYear to metrics in the plan (metrics: [proqolSTS, turnoverPerYear, leaversPerYear, teamCostPerYear]) and run it again into a new folder`,
    );
    // A --vs the grid has no such point for is named too, first, not only once the metrics are fixed; a point it has is not.
    const both = cfsim('analyze', dir, '--vs', '9', '--value-per-departure', '50000');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain(`  - --vs: there is no point 9: the plan has 4 points, 0 to 3\n  - --value-per-departure: needs each replication's departures and whole-team cost a year`);
    expect(cfsim('analyze', dir, '--vs', '1', '--value-per-departure', '50000').stderr).not.toContain('--vs:');
  });

  it('names a flag the command line refuses together with what the folder refuses, in one message', () => {
    const dir = swept('flag-and-folder', grid('proqolSTS, leaversPerYear, teamCostPerYear').replace('reps: 4', 'reps: 1').replace('days: 120', 'days: 30'));
    const r = cfsim('analyze', dir, '--value-per-departure', '50k', '--vs', '9');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cfsim: invalid command line:\n  - --value-per-departure: "50k" is not allowed; expected a number from 0 to 1,000,000,000 (in full: 50000, not 50k), e.g. --value-per-departure 50000\n  - --vs: there is no point 9: the plan has 4 points, 0 to 3\n`);
    // A folder that is not a sweep is named beside the flag too.
    const none = cfsim('analyze', join(dir, 'nowhere'), '--bootstrap', '5');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/  - --bootstrap: "5" is not allowed[^\n]*\n  - DIR: /);
    // A --bootstrap value refused for a grid, whose analysis draws no resamples: said with the value's refusal, so that a
    // fixed value is not then met by "has no effect"; beside what else the folder refuses.
    const bootstrap = cfsim('analyze', dir, '--bootstrap', '5', '--vs', '9');
    expect(bootstrap.status).toBe(2);
    expect(bootstrap.stderr).toContain(
      `  - --bootstrap: "5" is not allowed (--bootstrap takes 0 or a whole number from 100 to 1000000, the resamples behind Sobol and Morris intervals), and ${dir} holds a grid sweep, whose analysis draws no resamples, so no value has any effect here: drop --bootstrap\n  - --vs: there is no point 9`,
    );
    // A value allowed elsewhere is taken, with a warning that it has no effect.
    const allowed = cfsim('analyze', dir, '--bootstrap', '500');
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(allowed.stderr).toContain('--bootstrap 500 has no effect on a grid sweep');
    // The flag alone, where the folder refuses nothing.
    const alone = cfsim('analyze', dir, '--value-per-departure', '50k', '--vs', '1');
    expect(alone.stderr).toContain('--value-per-departure: "50k"');
    expect(alone.stderr).not.toContain('--vs:');
    expect(alone.status).toBe(2);
  });

  it("points a comparison's folder to cfsim report --value-per-departure, which weighs its replications at another value", () => {
    const dir = join(work, 'comparison');
    const made = ok('compare', 'ma-outreach', '--policies', 'status-quo,opt-out-support', '--days', '30', '--reps', '2', '--out', dir);
    const r = cfsim('analyze', dir, '--value-per-departure', '50000');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${dir} holds the results of a run (manifest.json), not a sweep; to weigh a comparison's replications at another value per departure avoided: cfsim report ${dir} --value-per-departure 50000`);
    // Without the flag, no such pointer (only to cfsim report, which reports the comparison: analyzeRunFolder.test.ts).
    expect(cfsim('analyze', dir).stderr).not.toContain('--value-per-departure');
    // A value that is itself refused: both in one message, the value's refusal and the pointer (with V in place of the value).
    const bad = cfsim('analyze', dir, '--value-per-departure', '50k');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      `cfsim: invalid command line:\n  - --value-per-departure: "50k" is not allowed; expected a number from 0 to 1,000,000,000 (in full: 50000, not 50k), e.g. --value-per-departure 50000\n  - DIR: ${dir} holds the results of a run (manifest.json), not a sweep; to weigh a comparison's replications at another value per departure avoided: cfsim report ${dir} --value-per-departure V, with V in full, e.g. 50000`,
    );
  });

  it('does not point a run of one arm to cfsim report, which refuses it too, but says it needs a comparison', () => {
    const dir = join(work, 'one-arm');
    ok('run', 'ma-outreach', '--days', '30', '--reps', '2', '--out', dir);
    const r = cfsim('analyze', dir, '--value-per-departure', '50000');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${dir} holds the results of a run (manifest.json), not a sweep; it is a run of one arm, which has no baseline to weigh against at a value per departure avoided: that needs the results of cfsim compare`);
    expect(r.stderr).not.toContain('cfsim report');
    // As report would say: it refuses the value for such a folder.
    expect(cfsim('report', dir, '--value-per-departure', '50000').stderr).toContain('holds a run of one arm, with no baseline to weigh it against: it needs the results of cfsim compare');
  });

  it('is refused for a design without a paired baseline point, saying why and what to do', () => {
    const lhs = swept('lhs', 'parameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: lhs\npoints: 3\nreps: 1\nset: { days: 30 }\nmetrics: [leaversPerYear, teamCostPerYear]\n');
    const r = cfsim('analyze', lhs, '--value-per-departure', '50000');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--value-per-departure: values each grid point against a baseline point (--vs, point 0 by default) replication by replication, as compare values a package against the first; ${lhs} holds an lhs design, which has no baseline point`);
    expect(r.stderr).toContain('Sweep the options as a grid (design: grid, randomNumbers: common) into a new folder');
    // Refused --vs too: both refusals are named, one after the other, not --vs's alone.
    const both = cfsim('analyze', lhs, '--vs', '1', '--value-per-departure', '50000');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain(`  - --vs: chooses the point a grid's paired differences are measured from; ${lhs} holds an lhs design, which has none: drop --vs\n  - --value-per-departure: values each grid point against a baseline point`);
    const independent = swept('independent', 'parameters:\n  community.stigma: { values: [0.1, 0.9] }\ndesign: grid\nreps: 1\nrandomNumbers: independent\nset: { days: 30 }\nmetrics: [leaversPerYear, teamCostPerYear]\n');
    const i = cfsim('analyze', independent, '--value-per-departure', '50000');
    expect(i.status).toBe(2);
    expect(i.stderr).toContain(`${independent} holds a grid with randomNumbers: independent, whose replication r of each point meets other events than the baseline point's, so the points do not pair and there is no paired baseline. Run the plan again with randomNumbers: common (the default) into a new folder`);
  });
});
