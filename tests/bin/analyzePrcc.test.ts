import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisTables } from '../../bin/analyze';
import type { SweepAnalysis } from '../../scenarios/sweepAnalysis';
import { cliScratch } from './cliScratch';

// `cfsim analyze` on a Latin hypercube sweep: each metric's partial rank correlation with each
// parameter, in analysis.json and as a table ranked by strength.

const { work, cfsim, file } = cliScratch('analyze-prcc');

const plan = file(
  'plan.yaml',
  `name: prcc
base: { population: ct-harm-reduction }
set: { days: 240 }
parameters:
  coefficients.stsGain: { min: 0.03, max: 0.12 }
  costs.supervisionSession: { min: 50, max: 500 }
  policy.supervision.mode: { values: [opt-in, opt-out] }
  policy: { values: [status-quo, opt-out-support, stigma-reduction] }
design: lhs
points: 30
reps: 1
seed: 4
metrics: [proqolSTS, sessionCostPerWorkerYear]
`,
);

describe('partial rank correlations of a Latin hypercube sweep', () => {
  const out = join(work, 'out');
  // Swept before the tests, not while they are collected (a run the tests filtered out by -t need not make).
  let sweep: ReturnType<typeof cfsim>;
  let text: ReturnType<typeof cfsim>;
  let analysis: SweepAnalysis;
  beforeAll(() => {
    sweep = cfsim('sweep', plan, '--out', out, '--threads', '2');
    text = cfsim('analyze', out);
    analysis = JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8')) as SweepAnalysis;
  });
  const row = (metric: string, parameter: string) => analysis.prcc![metric].find((r) => r.parameter === parameter)!;

  it('finds the mechanisms: STS rises with the STS gain and falls under opt-out supervision; a session price does not move it', () => {
    expect(sweep.status, sweep.stderr).toBe(0);
    expect(text.status, text.stderr).toBe(0);
    const gain = row('proqolSTS', 'coefficients.stsGain');
    expect(gain.prcc!).toBeGreaterThan(0.8);
    expect(gain.low!).toBeGreaterThan(0);
    // Pre-booked supervision relieves STS (MODEL.md: supervision); the two choices are ranked in the plan's order.
    const mode = row('proqolSTS', 'policy.supervision.mode');
    expect(mode.towards).toBe('opt-out');
    expect(mode.high!).toBeLessThan(0);
    // A price changes what sessions cost, not anyone's stress: its interval holds 0.
    const price = row('proqolSTS', 'costs.supervisionSession');
    expect(price.low!).toBeLessThan(0);
    expect(price.high!).toBeGreaterThan(0);
    // ...and it is what the session cost rises with.
    expect(row('sessionCostPerWorkerYear', 'costs.supervisionSession').low!).toBeGreaterThan(0);
    // A list of three choices (packages) has no order: no PRCC.
    expect(row('proqolSTS', 'policy')).toEqual({ parameter: 'policy', prcc: null, low: null, high: null });
  });

  it('prints each metric\'s parameters strongest first, with intervals and which way the metric goes', () => {
    const lines = text.stdout.split('\n');
    const start = lines.indexOf('proqolSTS: partial rank correlations (PRCC, 95% intervals), strongest first');
    expect(start).toBeGreaterThan(0);
    const table = lines.slice(start + 2, start + 6);
    expect(table[0]).toMatch(/^coefficients\.stsGain +0\.\d+ \(0\.\d+ to 0\.\d+\)  rises$/);
    expect(table.find((l) => l.startsWith('policy.supervision.mode (to opt-out)'))).toMatch(/falls$/);
    expect(table[3]).toMatch(/^policy +–$/);
    const strengths = table.slice(0, 3).map((l) => Math.abs(Number(/(−?[\d.]+) \(/.exec(l)![1].replace('−', '-'))));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(text.stdout).toContain('PRCC (Marino et al. 2008): how consistently a metric rises (towards +1) or falls (towards −1) with a parameter across the 30 points');
  });

  it('is not given for a grid design (Sobol and Morris designs have their own indices)', () => {
    const grid = file('grid.yaml', readFileSync(plan, 'utf8').replace('design: lhs\npoints: 30', 'design: grid\nlevels: 2').replace(/  policy: .*\n/, ''));
    const folder = join(work, 'grid');
    expect(cfsim('sweep', grid, '--out', folder).status).toBe(0);
    const r = cfsim('analyze', folder, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).prcc).toBeUndefined();
    expect(r.stdout).not.toContain('PRCC');
  });
});

describe('partial rank correlations of lists of two values, and of few points', () => {
  it('ranks a list of two numbers or of true and false in its order, the way its "(to ...)" names', () => {
    const listed = file(
      'listed.yaml',
      `name: listed\nbase: { population: ct-harm-reduction }\nset: { days: 240 }\nparameters:\n  coefficients.stsGain: { min: 0.03, max: 0.12 }\n  community.overdoseBurden: { values: [2, 0.5] }\n  policy.training.traumaInformed: { values: [true, false] }\ndesign: lhs\npoints: 30\nreps: 1\nseed: 1\nmetrics: [proqolSTS]\n`,
    );
    const folder = join(work, 'listed');
    expect(cfsim('sweep', listed, '--out', folder).status).toBe(0);
    const r = cfsim('analyze', folder, '--json');
    expect(r.status, r.stderr).toBe(0);
    const rows = (JSON.parse(r.stdout) as SweepAnalysis).prcc!.proqolSTS;
    // Clients' overdoses raise STS (MODEL.md): from 2 to 0.5 it falls.
    const burden = rows.find((x) => x.parameter === 'community.overdoseBurden')!;
    expect(burden.towards).toBe(0.5);
    expect(burden.high!).toBeLessThan(0);
    expect(rows.find((x) => x.parameter === 'policy.training.traumaInformed')!.towards).toBe(false);
  });

  it('prints the PRCCs analysis.json has where a list without an order leaves enough points for the parameters ranked', () => {
    const few = file(
      'few.yaml',
      `name: few\nbase: { population: ct-harm-reduction }\nset: { days: 60 }\nparameters:\n  coefficients.stsGain: { min: 0.03, max: 0.12 }\n  community.stigma: { min: 0.1, max: 0.9 }\n  policy: { values: [status-quo, opt-out-support, multi-level] }\ndesign: lhs\npoints: 5\nreps: 1\nseed: 1\nmetrics: [proqolSTS]\n`,
    );
    const folder = join(work, 'few');
    expect(cfsim('sweep', few, '--out', folder).status).toBe(0);
    const text = cfsim('analyze', folder);
    expect(text.status, text.stderr).toBe(0);
    const analysis = JSON.parse(readFileSync(join(folder, 'analysis.json'), 'utf8')) as SweepAnalysis;
    // 5 points and 2 parameters ranked: 5 > 2 + 2.
    expect(analysis.prcc!.proqolSTS.filter((x) => x.prcc !== null)).toHaveLength(2);
    expect(text.stdout).not.toContain('No partial rank correlations');
    expect(text.stdout).toContain('proqolSTS: partial rank correlations (PRCC, 95% intervals), strongest first');
  });
});

describe("a point's mean and its standard error", () => {
  it('gives, beside the 90% range of the replications, the standard error of each point\'s mean, from its runs in runs.csv', () => {
    const small = file('se.yaml', `name: se\nbase: { population: ct-harm-reduction }\nset: { days: 120 }\nparameters:\n  community.stigma: { min: 0.1, max: 0.9 }\ndesign: lhs\npoints: 3\nreps: 4\nmetrics: [proqolSTS]\n`);
    const folder = join(work, 'se');
    expect(cfsim('sweep', small, '--out', folder).status).toBe(0);
    const r = cfsim('analyze', folder, '--json');
    expect(r.status, r.stderr).toBe(0);
    const points = JSON.parse(r.stdout).points as Record<string, number>[];
    const [head, ...rows] = readFileSync(join(folder, 'runs.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    for (const p of points) {
      const runs = rows.filter((row) => Number(row[head.indexOf('point')]) === p.point).map((row) => Number(row[head.indexOf('proqolSTS')]));
      expect(runs).toHaveLength(4);
      const mean = runs.reduce((a, b) => a + b, 0) / 4;
      const sd = Math.sqrt(runs.reduce((a, b) => a + (b - mean) ** 2, 0) / 3);
      expect(p['proqolSTS.mean']).toBeCloseTo(mean, 9);
      expect(p['proqolSTS.se']).toBeCloseTo(sd / 2, 9);
      // Narrower than the replications' range: it is the mean's precision, not their spread.
      expect(p['proqolSTS.se']).toBeLessThan(p['proqolSTS.p95'] - p['proqolSTS.p05']);
    }
  });
});

describe('the PRCC table\'s numbers', () => {
  const analysis = (rows: NonNullable<SweepAnalysis['prcc']>[string]): SweepAnalysis => ({
    plan: 'p',
    design: 'lhs',
    status: 'complete',
    runs: 30,
    completedRuns: 30,
    planRuns: 30,
    failures: 0,
    points: Array.from({ length: 30 }, (_, point) => ({ point, days: 240, runs: 1, 'sessionCostPerWorkerYear.mean': 100 + point })),
    prcc: { sessionCostPerWorkerYear: rows },
  });

  it('gives a metric that follows one parameter\'s order exactly as exact, not as an interval from 1 to 1, and says what that means', () => {
    const text = analysisTables(analysis([
      { parameter: 'costs.supervisionSession', prcc: 1, low: 1, high: 1 },
      { parameter: 'community.stigma', prcc: null, low: null, high: null },
    ]));
    expect(text).toMatch(/\ncosts\.supervisionSession +1 \(exact\)  rises\n/);
    expect(text).not.toContain('1 to 1');
    expect(text).toContain("exact: the metric follows that parameter's order at every point");
    const falling = analysisTables(analysis([{ parameter: 'costs.salary', prcc: -1, low: -1, high: -1 }]));
    expect(falling).toMatch(/costs\.salary +−1 \(exact\)  falls/);
  });

  it('says over how many points a metric that some points had nothing to measure is ranked', () => {
    const a = analysis([{ parameter: 'coefficients.stsGain', prcc: 0.4, low: 0.1, high: 0.68 }]);
    const points = a.points!.map((p, i) => ({ ...p, 'sessionCostPerWorkerYear.mean': i < 4 ? NaN : 100 + i }));
    expect(analysisTables({ ...a, points })).toContain('across the 30 points (fewer for a metric some points had nothing to measure: sessionCostPerWorkerYear over 26), the other');
    expect(analysisTables(a)).toContain('across the 30 points, the other');
  });

  it('gives an interval end that rounds to 0.000 to its first significant digit, so that "rises" never stands beside a 0', () => {
    const text = analysisTables(analysis([
      { parameter: 'coefficients.stsGain', prcc: 0.4, low: 0.00037, high: 0.68 },
      { parameter: 'community.stigma', prcc: -0.4, low: -0.7, high: -0.0002 },
    ]));
    expect(text).toMatch(/coefficients\.stsGain +0\.400 \(0\.0004 to 0\.680\)  rises/);
    expect(text).toMatch(/community\.stigma +−0\.400 \(−0\.700 to −0\.0002\)  falls/);
    expect(text).not.toContain('exact:');
  });
});
