import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// Parameter uncertainty on the command line: what the header says, pairing across arms, and
// results that do not depend on the thread count.

const { work, cfsim, file } = cliScratch('uncertainty');
const RANGES = 'uncertainty:\n  coefficients.separationCf: { min: 0.7, max: 1.6 }\n  costs.supervisionSession: { min: 60, mode: 100, max: 200 }\n';

describe('parameter uncertainty', () => {
  it('compare: the header names what each replication draws, and the summary is the same from 1 and 2 threads', () => {
    const team = file('team.yaml', RANGES);
    const args = ['compare', team, '--policies', 'status-quo,opt-out-support', '--reps', '4', '--days', '60'];
    const readable = cfsim(...args, '--threads', '1');
    expect(readable.status, readable.stderr).toBe(0);
    expect(readable.stdout).toContain(
      "\nParameter uncertainty: each replication draws coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15; its own value 1.5) and costs.supervisionSession from 60 to 200 (triangular, peak 100, mean 120; its own value 90), the same values under every package; the 90% ranges and the differences carry this uncertainty as well as the futures' chance. The means of the ranges",
    );
    // From 4 replications nothing is said of how the differences move with the draws.
    expect(readable.stdout).not.toContain('moves with the drawn values');
    const one = cfsim(...args, '--threads', '1', '--json');
    const two = cfsim(...args, '--threads', '2', '--json');
    expect(one.status, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // The draws change the results: the same run without them differs.
    const plain = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '4', '--days', '60', '--threads', '1', '--json');
    const cost = (out: string) => JSON.parse(out).differences[0].metrics.costPerWorkerYear.mean;
    expect(cost(one.stdout)).not.toBe(cost(plain.stdout));
    // The document says what each package's replications drew; without uncertainty it has no such key.
    const ranges = { 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 60, mode: 100, max: 200 } };
    expect(JSON.parse(one.stdout).policies.map((p: { uncertainty?: unknown }) => p.uncertainty)).toEqual([ranges, ranges]);
    expect(JSON.parse(plain.stdout).policies.some((p: object) => 'uncertainty' in p)).toBe(false);
  });

  it('pairs the arms: two scenario files that differ only in name draw the same values, so every difference is zero; the report names the draws', () => {
    const a = file('a.yaml', `name: a\n${RANGES}`);
    const b = file('b.yaml', `name: b\n${RANGES}`);
    const out = join(work, 'pair');
    const r = cfsim('compare', '--scenarios', `${a},${b}`, '--reps', '3', '--days', '60', '--threads', '2', '--json', '--out', out, '--report', join(out, 'report.html'));
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const [name, d] of Object.entries(doc.differences[0].metrics as Record<string, { mean: number | null; p05: number | null; p95: number | null }>)) {
      if (d.mean === null) continue;
      expect([d.mean, d.p05, d.p95], name).toEqual([0, 0, 0]);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.scenarios[0].uncertainty).toEqual({ 'coefficients.separationCf': { min: 0.7, max: 1.6 }, 'costs.supervisionSession': { min: 60, mode: 100, max: 200 } });
    // uncertainty.csv: each arm's draws in each replication, the same values in both arms.
    const [header, ...rows] = readFileSync(join(out, 'uncertainty.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
    expect(header).toEqual(['policy', 'rep', 'field', 'value']);
    expect(rows.map((r) => r.slice(0, 3).join(','))).toEqual(
      [0, 1, 2].flatMap((rep) => ['a', 'b'].flatMap((arm) => [`${arm},${rep},coefficients.separationCf`, `${arm},${rep},costs.supervisionSession`])),
    );
    for (const r of rows) {
      const [lo, hi] = r[2] === 'coefficients.separationCf' ? [0.7, 1.6] : [60, 200];
      expect(Number(r[3])).toBeGreaterThanOrEqual(lo);
      expect(Number(r[3])).toBeLessThanOrEqual(hi);
      expect(rows.find((o) => o[0] !== r[0] && o[1] === r[1] && o[2] === r[2])![3]).toBe(r[3]);
    }
    expect(new Set(rows.filter((r) => r[2] === 'coefficients.separationCf').map((r) => r[3])).size).toBe(3);
    const plain = join(work, 'plain');
    expect(cfsim('run', '--reps', '2', '--days', '30', '--out', plain).status).toBe(0);
    expect(existsSync(join(plain, 'uncertainty.csv'))).toBe(false);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<dt>Parameter uncertainty</dt><dd>each replication draws coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15; its own value 1.5) and costs.supervisionSession');
  });

  it('compare: from 10 replications, says how each key difference moves with each drawn value', () => {
    const team = file('sensitive.yaml', 'uncertainty:\n  coefficients.separationCf: { min: 0, max: 3 }\n');
    const out = join(work, 'sensitive');
    const r = cfsim('compare', team, '--policies', 'status-quo,opt-out-support', '--reps', '12', '--days', '120', '--threads', '2', '--out', out, '--report', join(out, 'report.html'));
    expect(r.status, r.stderr).toBe(0);
    // The turnover cell, from the results files: the paired differences of the 6 replications with the lowest and the 6 with the highest draws.
    const csv = (name: string) => readFileSync(join(out, name), 'utf8').trim().split('\n').map((line) => line.split(','));
    const [head, ...rows12] = csv('replications.csv');
    const turnover = (policy: string, rep: number) => Number(rows12.find((row) => row[0] === policy && row[1] === String(rep))![head.indexOf('turnoverPerYear')]);
    const drawn = csv('uncertainty.csv').slice(1).filter((row) => row[0] === 'status-quo').map((row) => ({ rep: Number(row[1]), value: Number(row[3]) })).sort((a, b) => a.value - b.value);
    const halfMean = (half: typeof drawn) => (half.reduce((sum, d) => sum + turnover('opt-out-support', d.rep) - turnover('status-quo', d.rep), 0) / half.length) * 100;
    const pp = (x: number) => `${Math.abs(x).toFixed(1) === '0.0' ? '' : x > 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} pp`;
    const turnoverLine = r.stdout.slice(r.stdout.indexOf('How opt-out-support vs status-quo moves')).split('\n').find((line) => line.startsWith('Turnover per year'))!;
    expect(turnoverLine).toContain(`  ${pp(halfMean(drawn.slice(0, 6)))} below, ${pp(halfMean(drawn.slice(6)))} above; ρ `);
    // The report shows the same, from the results folder.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h3>How the differences move with the drawn values</h3>');
    expect(html).toContain(`<td>Turnover per year</td><td>${turnoverLine.replace(/^Turnover per year +/, '')}</td>`);
    const block = r.stdout.slice(r.stdout.indexOf('How opt-out-support vs status-quo moves with the drawn values'));
    expect(block).toMatch(/^How opt-out-support vs status-quo moves with the drawn values: the mean paired difference in the replications that drew below and above each field's median draw/);
    const rows = block.split('\n');
    expect(rows[2]).toMatch(/^Outcome +coefficients\.separationCf \(median [\d.]+\)$/);
    for (const [k, label] of ['Turnover per year', 'Cost per year, whole team', 'ProQOL secondary traumatic stress', 'ProQOL burnout'].entries()) {
      expect(rows[4 + k]).toMatch(new RegExp(`^${label} +[−+]?[$\\d.,]+( pp)? below, [−+]?[$\\d.,]+( pp)? above; ρ (−?\\d\\.\\d\\d( \\(within noise\\))?|–)$`));
    }
  });

  it('a bad range is refused before anything runs, naming the field, the value and what is allowed', () => {
    const bad = file('bad.yaml', 'uncertainty:\n  policy.compensation.payRaise: { min: 0, max: 0.3 }\n');
    const r = cfsim('run', bad, '--reps', '2', '--days', '30');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('uncertainty.policy.compensation.payRaise: cannot be drawn per replication');
    expect(r.stderr).toContain('allowed: number fields of coefficients.* and costs.*');
  });
});
