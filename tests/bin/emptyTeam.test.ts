import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEAM_STATE_SERIES, UNMEASURED_SERIES, type SeriesName } from '../../models/observables';
import { tempFolder } from '../tempFolder';

// A one-seat team whose worker leaves and whose seat stays vacant for 300 days: with seed 2 the
// status quo's seat is empty through the last 90 days of a 540-day run in replication 0.

const work = tempFolder('cfsim-empty-team-');
const cfsim = (...args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });
const EMPTY_SEAT = ['--set', 'population.seats=1', '--set', 'policy.staffing.hiringDelayDays=300', '--set', 'community.overdoseBurden=3', '--days', '540', '--seed', '2', '--threads', '1'];
const rows = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => line.split(','));

describe('a team with nobody in post in the last 90 days of a replication', () => {
  it('compare: scores that replication as having no value (NaN, left out of the summaries and pairs), and says so under both tables', () => {
    const out = join(work, 'compare');
    const r = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', ...EMPTY_SEAT, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const [header, ...data] = rows(join(out, 'replications.csv'));
    const bo = header.indexOf('proqolBO');
    const statusQuo = data.filter((row) => row[0] === 'status-quo');
    expect(statusQuo.map((row) => row[bo] === 'NaN'), 'the fixture: replication 0 has nobody in post at the end, replication 1 has').toEqual([true, false]);
    // Values are never 0 for nobody: the other replication's score stands alone.
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.policies[0].metrics.proqolBO.mean).toBe(Number(statusQuo[1][bo]));
    expect(summary.policies[0].metrics.proqolBO.mean).toBeGreaterThanOrEqual(10);
    const d = summary.differences[0].metrics.proqolBO;
    expect(d.positive + d.zero + d.negative).toBe(1);
    expect(r.stdout).toContain('Some figures had nothing to measure in some replications, so they are over the others');
    expect(r.stdout).toMatch(/under status-quo, ProQOL compassion satisfaction, ProQOL burnout, .*Traumatic memories \(0-1\): 1 of 2\)/);
    expect(r.stdout).toContain('Some differences pair fewer than the 2 replications: only those in which both packages had a value (ProQOL compassion satisfaction: 1;');
    // The report reads the empty cells as no value, and checks the means against summary.json's.
    const report = cfsim('report', out);
    expect(report.status, report.stderr).toBe(0);
  });

  it('run: gives a team-state series no value (NaN) on the days nobody was in post in any replication, and the table shows – for no value at all', () => {
    const out = join(work, 'run');
    const r = cfsim('run', '--reps', '1', ...EMPTY_SEAT, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nProQOL burnout +–\n/);
    const [header, ...data] = rows(join(out, 'timeseries.csv'));
    expect(header).toEqual(['policy', 'day', 'metric', 'mean', 'p05', 'p50', 'p95']);
    const empty = data.filter((row) => row[3] === 'NaN');
    expect(empty.length, 'the fixture has days nobody was in post').toBeGreaterThan(90 * TEAM_STATE_SERIES.size - 1);
    // Only team-state series and care quality (no contacts to average), with all four statistics empty; headcount is 0 on those days.
    expect(new Set(empty.map((row) => row[2]))).toEqual(new Set(UNMEASURED_SERIES));
    expect(empty.every((row) => row.slice(3).every((c) => c === 'NaN'))).toBe(true);
    const headcount = new Map(data.filter((row) => row[2] === 'headcount').map((row) => [row[1], Number(row[3])]));
    const contacts = new Map(data.filter((row) => row[2] === 'contacts').map((row) => [row[1], Number(row[3])]));
    expect(empty.filter((row) => row[2] !== 'careQuality').every((row) => headcount.get(row[1]) === 0)).toBe(true);
    expect(empty.filter((row) => row[2] === 'careQuality').every((row) => contacts.get(row[1]) === 0)).toBe(true);
    expect(data.filter((row) => row[3] === 'NaN' && !UNMEASURED_SERIES.has(row[2] as SeriesName))).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.policies[0].metrics.proqolBO).toEqual({ mean: null, sd: null, p05: null, p95: null });
    const report = cfsim('report', out);
    expect(report.status, report.stderr).toBe(0);
  });
});
