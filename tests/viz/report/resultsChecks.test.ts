import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestIssues, summaryIssues } from '../../../viz/report/resultsDocuments';

const work = mkdtempSync(join(tmpdir(), 'cfsim-report-checks-'));
const whole = join(work, 'whole');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cfsim = (...args: string[]) => spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  const r = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '3', '--days', '60', '--threads', '1', '--out', whole);
  expect(r.status, r.stderr).toBe(0);
});

let copies = 0;
/** A copy of the whole results folder, with `edit` applied to it. */
function damaged(edit: (dir: string) => void): string {
  const dir = join(work, `copy-${copies++}`);
  cpSync(whole, dir, { recursive: true });
  edit(dir);
  return dir;
}
const editJson = (dir: string, file: string, edit: (doc: Record<string, unknown>) => void) => {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(doc);
  writeFileSync(join(dir, file), JSON.stringify(doc));
};
const cut = (dir: string, file: string, keep: (text: string) => string) => writeFileSync(join(dir, file), keep(readFileSync(join(dir, file), 'utf8')));

describe('report on a damaged results folder', () => {
  it('reports a whole folder', () => {
    const r = cfsim('report', whole, '-o', join(work, 'whole.html'));
    expect(r.status, r.stderr).toBe(0);
  });

  it.each([
    ['a manifest without scenarios', (d: string) => editJson(d, 'manifest.json', (m) => delete m.scenarios), 'manifest.json: scenarios is missing; expected a non-empty list of the resolved scenarios'],
    ['a manifest whose days is text', (d: string) => editJson(d, 'manifest.json', (m) => (m.days = '60')), 'manifest.json: days is "60"; expected a whole number from 1'],
    ['a summary without a key metric', (d: string) => editJson(d, 'summary.json', (s) => delete (s.policies as { metrics: Record<string, unknown> }[])[1].metrics.careQuality), 'summary.json: policies[1].metrics.careQuality is missing; expected { mean, p05, p95 }'],
    ['a time series cut mid-line', (d: string) => cut(d, 'timeseries.csv', (t) => t.slice(0, 100_000)), 'timeseries.csv: it ends in the middle of a line, so the file was cut short or damaged'],
    ['a time series cut at a line break', (d: string) => cut(d, 'timeseries.csv', (t) => t.slice(0, t.lastIndexOf('\n', t.length * 0.75) + 1)), 'timeseries.csv: it has 31 of the 60 days (manifest.json: days) of "opt-out-support"'],
    ['a time series without its last day\'s last series', (d: string) => cut(d, 'timeseries.csv', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2) + 1)), 'timeseries.csv: it has 59 of the 60 days (manifest.json: days) of "opt-out-support" absenceCost'],
    ['a worker row without its last columns', (d: string) => cut(d, 'workers.csv', (t) => `${t.slice(0, t.lastIndexOf(',', t.length - 2))}\n`), 'workers.csv: line'],
    ['an empty time series', (d: string) => writeFileSync(join(d, 'timeseries.csv'), ''), 'timeseries.csv: it is empty'],
    ['a time series value that is not a number', (d: string) => cut(d, 'timeseries.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1abc')), 'timeseries.csv: line 2 has mean "abc", not a number'],
    ['a worker of a role the model does not have', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1policeman')), 'workers.csv: line 2 has role "policeman", not a role of this model'],
    ['a worker whose lived experience is neither true nor false', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1maybe')), 'workers.csv: line 2 has livedExperience "maybe", not true or false'],
    ['a manifest that lists one of the two packages summarised', (d: string) => editJson(d, 'manifest.json', (m) => (m.scenarios = (m.scenarios as unknown[]).slice(0, 1))), 'summary.json: it summarises ["status-quo","opt-out-support"], where manifest.json ran ["status-quo"], so they are not one run\'s results'],
    ['a summary whose paired differences were emptied', (d: string) => editJson(d, 'summary.json', (s) => (s.differences = [])), 'summary.json: it has 0 paired differences for 2 packages'],
    ['a separations file cut mid-line', (d: string) => cut(d, 'separations.csv', (t) => t.slice(0, t.length - 3)), 'separations.csv: it ends in the middle of a line, so the file was cut short or damaged'],
  ])('refuses %s with exit 2, naming the file and what is wrong', (_, edit, message) => {
    const dir = damaged(edit);
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`cfsim: invalid results folder:\n  - ${dir}/`);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('unexpected failure');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('a results folder without separations.csv', () => {
  it('is refused with exit 2, naming the missing file', () => {
    const dir = damaged((d) => rmSync(join(d, 'separations.csv')));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('is not a CFSim results folder: missing separations.csv');
  });
});

describe('manifest and summary checks', () => {
  const manifest = () => JSON.parse(readFileSync(join(whole, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const summary = () => JSON.parse(readFileSync(join(whole, 'summary.json'), 'utf8')) as Record<string, unknown>;

  it('find nothing wrong with what cfsim writes', () => {
    expect(manifestIssues(manifest(), 'manifest.json')).toEqual([]);
    expect(summaryIssues(summary(), 'summary.json')).toEqual([]);
  });

  it('name every problem at once, with the field, the value and what is allowed', () => {
    const m = { ...manifest(), status: 'done', completedReps: 9, scenarios: [{ policy: {} }] };
    expect(manifestIssues(m, 'm.json').map((i) => `${i.path}: ${i.message}`)).toEqual([
      'm.json: completedReps is 9; expected a whole number from 0 to reps',
      'm.json: status is "done"; expected one of running, complete, interrupted, failed',
      "m.json: scenarios[0].policy.name is missing; expected the package's (or scenario's) label (text)",
    ]);
    expect(summaryIssues({ scenario: 'x', policies: [] }, 's.json').map((i) => i.message)).toEqual(["policies is []; expected a non-empty list of each package's outcomes ({ policy, metrics })"]);
    expect(manifestIssues([], 'm.json')[0].message).toContain('is not a manifest');
  });
});
