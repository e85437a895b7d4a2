import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
    ['a time series without its last day\'s last series', (d: string) => cut(d, 'timeseries.csv', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2) + 1)), 'timeseries.csv: it has 59 of the 60 days (manifest.json: days) of "opt-out-support" vacancyCost'],
    ['a worker row without its last columns', (d: string) => cut(d, 'workers.csv', (t) => `${t.slice(0, t.lastIndexOf(',', t.length - 2))}\n`), 'workers.csv: line'],
    ['an empty time series', (d: string) => writeFileSync(join(d, 'timeseries.csv'), ''), 'timeseries.csv: it is empty'],
    ['a time series value that is not a number', (d: string) => cut(d, 'timeseries.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1abc')), 'timeseries.csv: line 2 has mean "abc", not a number'],
    ['a worker of a role the model does not have', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1policeman')), 'workers.csv: line 2 has role "policeman", not a role of this model'],
    ['a worker whose lived experience is neither true nor false', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1maybe')), 'workers.csv: line 2 has livedExperience "maybe", not true or false'],
    ['a manifest that lists one of the two packages summarised', (d: string) => editJson(d, 'manifest.json', (m) => (m.scenarios = (m.scenarios as unknown[]).slice(0, 1))), 'summary.json: it summarises ["status-quo","opt-out-support"], where manifest.json ran ["status-quo"], so they are not one run\'s results'],
    ['a summary whose paired differences were emptied', (d: string) => editJson(d, 'summary.json', (s) => (s.differences = [])), 'summary.json: it has 0 paired differences for 2 packages'],
    // summary.json against manifest.json and against itself
    ['a summary whose first paired difference has policy and vs swapped (its findings reversed)', (d: string) => editJson(d, 'summary.json', (s) => {
      const [first] = s.differences as { policy: string; vs: string }[];
      [first.policy, first.vs] = [first.vs, first.policy];
    }), 'summary.json: its differences[0].policy is "status-quo"; expected "opt-out-support" (differences[0] is "opt-out-support" against the baseline "status-quo", in the order of policies)'],
    ['a summary whose paired difference is against an unknown baseline', (d: string) => editJson(d, 'summary.json', (s) => ((s.differences as { vs: string }[])[0].vs = 'bogus')), 'summary.json: its differences[0].vs is "bogus"; expected "status-quo"'],
    ['a summary of more replications than the manifest finished', (d: string) => editJson(d, 'summary.json', (s) => (s.reps = 5)), "summary.json: its reps is 5, where manifest.json's completedReps is 3, so they are not one run's results"],
    ['a summary of another seed', (d: string) => editJson(d, 'summary.json', (s) => (s.seed = 9)), "summary.json: its seed is 9, where manifest.json's seed is 1"],
    ['a summary of another horizon', (d: string) => editJson(d, 'summary.json', (s) => (s.days = 99)), "summary.json: its days is 99, where manifest.json's days is 60"],
    ['a summary written by another version than the manifest', (d: string) => editJson(d, 'summary.json', (s) => (s.cfsim = '0.3.0')), 'summary.json: its cfsim is "0.3.0", where manifest.json\'s cfsim is "'],
    ['a summary of an interrupted run beside a complete manifest', (d: string) => editJson(d, 'summary.json', (s) => Object.assign(s, { status: 'interrupted', requestedReps: 3 })), 'summary.json: its status is "interrupted", where manifest.json\'s status is "complete"'],
    ['a summary without its version', (d: string) => editJson(d, 'summary.json', (s) => delete s.cfsim), 'summary.json: cfsim is missing; expected the CFSim version that wrote it (text)'],
    ['a summary whose 90% range runs backwards', (d: string) => editJson(d, 'summary.json', (s) => ((s.policies as { metrics: Record<string, { p05: number }> }[])[1].metrics.turnoverPerYear.p05 = 99)), 'summary.json: policies[1].metrics.turnoverPerYear has p05 99 above p95'],
    ['a paired difference whose 90% range runs backwards', (d: string) => editJson(d, 'summary.json', (s) => ((s.differences as { metrics: Record<string, { p95: number }> }[])[0].metrics.proqolSTS.p95 = -99)), 'summary.json: differences[0].metrics.proqolSTS has p05'],
    // the parts of summary.json the report reads where given (since 0.43.0: each failed as a TypeError)
    ['a summary whose turnover by group is not a list', (d: string) => editJson(d, 'summary.json', (s) => ((s.policies as Record<string, unknown>[])[0].groups = {})), 'summary.json: policies[0].groups is {}; expected a list of the turnover of each role'],
    ['a paired difference of a group without its turnover', (d: string) => editJson(d, 'summary.json', (s) => delete (s.differences as { groups: Record<string, unknown>[] }[])[0].groups[0].turnoverPerYear), 'summary.json: differences[0].groups[0].turnoverPerYear is missing; expected { mean, p05, p95 }'],
    ['a summary whose whole-team cost is null', (d: string) => editJson(d, 'summary.json', (s) => ((s.policies as { metrics: Record<string, unknown> }[])[1].metrics.teamCostPerYear = null)), 'summary.json: policies[1].metrics.teamCostPerYear is null (a field with no value); expected { mean, p05, p95 }'],
    ['a summary whose budget is not an answer', (d: string) => editJson(d, 'summary.json', (s) => (s.budget = 'x')), 'summary.json: budget is "x"; expected the budget\'s answer'],
    ['a summary whose budget\'s best on average starts at text', (d: string) => editJson(d, 'summary.json', (s) => (s.budget = { perYear: 1000, counts: 'spendingOverBaseline', baseline: 'status-quo', baselineSpendingPerYear: 0, arms: [{ policy: 'opt-out-support', spendingPerYear: 1, overBaselinePerYear: 1, withinBudget: true, futuresWithin: 3, futures: 3 }], bestOnAverage: [{ policies: ['status-quo'], from: 'x', to: null }] })), 'summary.json: budget.bestOnAverage[0].from is "x"; expected a number'],
    ['a summary whose budget lists no arms', (d: string) => editJson(d, 'summary.json', (s) => (s.budget = { perYear: 1000, counts: 'spendingOverBaseline', baseline: 'status-quo', baselineSpendingPerYear: 0 })), 'summary.json: budget.arms is missing; expected a non-empty list of each arm\'s fit to the budget'],
    ['a summary whose spending year by year is not a list (it failed as a TypeError)', (d: string) => editJson(d, 'summary.json', (s) => (s.spendingByYear = 'x')), 'summary.json: spendingByYear is "x"; expected a list of each year\'s spending on the package'],
    ['a summary whose year lacks an arm (it failed as a TypeError)', (d: string) => editJson(d, 'summary.json', (s) => (s.spendingByYear = [1, 2].map((year) => ({ year, fromDay: (year - 1) * 365, days: 365, policies: [{ policy: 'status-quo', spending: 1, netCost: 0 }, { policy: 'opt-out-support', spending: 2, netCost: 1 }].slice(0, 3 - year) })))), 'summary.json: spendingByYear[1].policies gives ["status-quo"]; expected the arms of policies in their order, ["status-quo","opt-out-support"]'],
    ['a summary whose year\'s spending is text (drawn as "$NaN")', (d: string) => editJson(d, 'summary.json', (s) => (s.spendingByYear = [{ year: 1, fromDay: 0, days: 365, policies: [{ policy: 'status-quo', spending: 'abc', netCost: 0 }, { policy: 'opt-out-support', spending: 2, netCost: 1 }] }])), 'summary.json: spendingByYear[0].policies[0].spending is "abc"; expected a number'],
    ['a summary whose net benefit has no value per departure', (d: string) => editJson(d, 'summary.json', (s) => (s.netBenefit = { valuePerDeparture: null, futures: 3, indicative: true, arms: [], lead: null })), 'summary.json: netBenefit.valuePerDeparture is null (a field with no value); expected a number from 0'],
    // workers.csv
    ['a workers.csv with its header only', (d: string) => cut(d, 'workers.csv', (t) => t.slice(0, t.indexOf('\n') + 1)), 'workers.csv: it has 0 rows of "status-quo", where timeseries.csv gives'],
    ['a workers.csv without the rows of one package', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/^opt-out-support,.*\n/gm, '')), 'workers.csv: it has 0 rows of "opt-out-support", where timeseries.csv gives'],
    ['a workers.csv without one worker', (d: string) => cut(d, 'workers.csv', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2) + 1)), 'workers in post at the end (its mean headcount on the last day'],
    ['a worker of a replication the run did not finish', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/\n([^,\n]*,)[^,\n]*/, '\n$13')), 'workers.csv: line 2 has rep "3", not a finished replication: expected a whole number from 0 to 2 (manifest.json: completedReps 3)'],
    ['a worker of a package the run does not have', (d: string) => cut(d, 'workers.csv', (t) => t.replace(/\n[^,\n]*/, '\nbogus')), 'workers.csv: line 2 has policy "bogus", not a package of this run: expected one of "status-quo", "opt-out-support" (manifest.json: scenarios)'],
    // separations.csv
    ['a separation share that is not a number', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n((?:[^,\n]*,){12})[^,\n]*/, '\n$1abc')), 'separations.csv: line 2 has shareBaseline "abc", not a number'],
    ['a separation after the last day', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,)[^,\n]*/, '\n$160')), 'separations.csv: line 2 has day 60, outside the run\'s days: expected a whole number from 0 to 59 (manifest.json: days 60)'],
    ['a separation of a replication the run did not finish', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n([^,\n]*,)[^,\n]*/, '\n$1-1')), 'separations.csv: line 2 has rep "-1", not a finished replication'],
    ['a separation of a package the run does not have', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n[^,\n]*/, '\nbogus')), 'separations.csv: line 2 has policy "bogus", not a package of this run'],
    ['a separation with a reason the model does not give', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n((?:[^,\n]*,){11})[^,\n]*/, '\n$1boredom')), 'separations.csv: line 2 has reason "boredom", not one of baseline, burnout'],
    ['a separation share above 1', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n((?:[^,\n]*,){13})[^,\n]*/, '\n$11.5')), 'separations.csv: line 2 has shareBurnout 1.5, outside 0 to 1'],
    ['a leaver whose lived experience is neither true nor false', (d: string) => cut(d, 'separations.csv', (t) => t.replace(/\n((?:[^,\n]*,){5})[^,\n]*/, '\n$1yes')), 'separations.csv: line 2 has livedExperience "yes", not true or false'],
    ['a separations.csv whose columns are in another order', (d: string) => cut(d, 'separations.csv', (t) => t.replace('livedExperience,livesInCommunity', 'livesInCommunity,livedExperience')), 'separations.csv: its first line is "policy,rep,day,worker,role,livesInCommunity,livedExperience,'],
    ['a separations.csv with its header only', (d: string) => cut(d, 'separations.csv', (t) => t.slice(0, t.indexOf('\n') + 1)), 'separations.csv: it has 0 rows of "status-quo", where timeseries.csv gives'],
    // timeseries.csv
    ['a time series row after the last day', (d: string) => cut(d, 'timeseries.csv', (t) => t.replace(/\n([^,\n]*,)[^,\n]*/, '\n$1999')), 'timeseries.csv: line 2 has day 999, outside the run\'s days: expected a whole number from 0 to 59'],
    ['a time series of a metric cfsim does not record', (d: string) => cut(d, 'timeseries.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1happiness')), 'timeseries.csv: line 2 has metric "happiness", not a daily series cfsim records'],
    ['a time series of a package the run does not have', (d: string) => cut(d, 'timeseries.csv', (t) => `${t}bogus${t.slice(t.lastIndexOf('\n', t.length - 2) + 1).replace(/^[^,]*/, '')}`), 'has policy "bogus", not a package of this run'],
    ['a separations file cut mid-line', (d: string) => cut(d, 'separations.csv', (t) => t.slice(0, t.length - 3)), 'separations.csv: it ends in the middle of a line, so the file was cut short or damaged'],
    // replications.csv (rows: status-quo 0, opt-out-support 0, status-quo 1, ...)
    ['a replications.csv without its last replication of one package', (d: string) => cut(d, 'replications.csv', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2) + 1)), 'replications.csv: it has 2 rows of "opt-out-support", where manifest.json\'s completedReps is 3 (one row per finished replication), so the file was cut short or damaged'],
    ['a replications.csv with its header only', (d: string) => cut(d, 'replications.csv', (t) => t.slice(0, t.indexOf('\n') + 1)), 'replications.csv: it has 0 rows of "status-quo", where manifest.json\'s completedReps is 3'],
    ['a replications.csv cut mid-line', (d: string) => cut(d, 'replications.csv', (t) => t.slice(0, t.length - 3)), 'replications.csv: it ends in the middle of a line, so the file was cut short or damaged'],
    ['a replications.csv whose metrics are in another order', (d: string) => cut(d, 'replications.csv', (t) => t.replace('proqolCS,proqolBO', 'proqolBO,proqolCS')), 'replications.csv: its first line is "policy,rep,proqolBO,proqolCS,'],
    ['a replication given twice', (d: string) => cut(d, 'replications.csv', (t) => `${t}${t.split('\n')[1]}\n`), 'replications.csv: line 8 has rep 0 of "status-quo" again (an earlier line has it)'],
    ['a replication value that is not a number', (d: string) => cut(d, 'replications.csv', (t) => t.replace(/\n([^,\n]*,[^,\n]*,)[^,\n]*/, '\n$1abc')), 'replications.csv: line 2 has proqolCS "abc", not a number'],
    ['a replication the run did not finish', (d: string) => cut(d, 'replications.csv', (t) => t.replace(/\n([^,\n]*,)[^,\n]*/, '\n$13')), 'replications.csv: line 2 has rep "3", not a finished replication: expected a whole number from 0 to 2 (manifest.json: completedReps 3)'],
    ['a replication of a package the run does not have', (d: string) => cut(d, 'replications.csv', (t) => t.replace(/\n[^,\n]*/, '\nbogus')), 'replications.csv: line 2 has policy "bogus", not a package of this run'],
    ['a replication value edited (the mean no longer summary.json\'s)', (d: string) => cut(d, 'replications.csv', (t) => t.replace(/\n((?:[^,\n]*,){4})[^,\n]*/, '\n$199')), 'replications.csv: the mean proqolSTS of its 3 rows of "status-quo" is'],
    ['a summary whose mean is not that of the replications', (d: string) => editJson(d, 'summary.json', (s) => ((s.policies as { metrics: Record<string, { mean: number }> }[])[1].metrics.teamCostPerYear.mean += 1)), 'replications.csv: the mean teamCostPerYear of its 3 rows of "opt-out-support" is'],
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

describe('report on a folder whose manifest gives a team the report cannot describe', () => {
  it("leaves out the line on who the team is (a role mix of null), and draws the rest", () => {
    const dir = damaged((d) => editJson(d, 'manifest.json', (m) => (m.scenarios as { population: Record<string, unknown> }[]).forEach((s) => (s.population.roleMix = null))));
    const out = join(dir, 'report.html');
    const r = cfsim('report', dir, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>At a glance</h2>');
    expect(cfsim('report', whole, '-o', join(work, 'whole-team.html')).status).toBe(0);
    expect(readFileSync(join(work, 'whole-team.html'), 'utf8')).toContain('<p class="meta">Team: ');
    expect(html).not.toContain('<p class="meta">Team: ');
  });
});

describe('report on the folder of a run that has not ended', () => {
  it('says a run that was killed stopped without finishing, so nothing in it is a result, and gives its command', () => {
    const dir = damaged((d) => {
      for (const f of ['summary.json', 'replications.csv', 'timeseries.csv', 'workers.csv', 'separations.csv']) rmSync(join(d, f));
      editJson(d, 'manifest.json', (m) => Object.assign(m, { status: 'running', completedReps: 0 }));
    });
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${dir} holds a run that stopped without finishing (its manifest.json still says "running", and no process is writing it`);
    expect(r.stderr).toContain('run it again (cfsim compare --policies status-quo,opt-out-support --reps 3 --days 60 --threads 1 --out ');
    // The command's relative paths are relative to the folder it ran in.
    const cwd = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { environment: { cwd: string } }).environment.cwd;
    expect(r.stderr).toContain(`, in ${cwd})`);
    expect(r.stderr).not.toContain('not a CFSim results folder');
  });

  it('says a run still being written is, naming its process', async () => {
    const dir = join(work, 'live');
    const child = spawn(process.execPath, ['dist/cfsim.js', 'run', '--reps', '100000', '--days', '30', '--threads', '1', '--out', dir], { stdio: 'ignore' });
    try {
      const lock = join(dir, '.cfsim-lock');
      for (let tries = 0; !(existsSync(lock) && statSync(lock).size > 0 && existsSync(join(dir, 'manifest.json'))); tries++) {
        if (tries > 600) throw new Error('the run did not start within a minute');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const r = cfsim('report', dir);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${dir} is still being written by process ${child.pid} `);
      expect(r.stderr).toContain('its results are written when that run ends; make the report then');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it("says a run whose lock another host holds by the lock's heartbeat, as analyze does, not as being written by a process looked up here", () => {
    const dir = damaged((d) => {
      for (const f of ['summary.json', 'replications.csv', 'timeseries.csv', 'workers.csv', 'separations.csv']) rmSync(join(d, f));
      editJson(d, 'manifest.json', (m) => Object.assign(m, { status: 'running', completedReps: 0 }));
      const lock = join(d, '.cfsim-lock');
      writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 4321, host: 'node-07', command: 'cfsim run', since: new Date().toISOString() }));
      const at = new Date(Date.now() - 3 * 60_000);
      utimesSync(lock, at, at);
    });
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${dir} is held by process 4198625 on node-07 (cfsim run), whose lock was touched 3 minutes ago: its process cannot be looked up from here, so it counts as running until the lock is 10 minutes old (its manifest.json says "running"); its results are written when that run ends; make the report then`);
  });

  const stoppedRun = (name: string) => {
    const dir = join(work, name);
    const args = ['run', '--reps', '2000', '--days', '30', '--threads', '1', '--out', dir];
    const r = spawnSync(process.execPath, ['dist/cfsim.js', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, CFSIM_TEST_SIGINT_AFTER_REPS: '1' } });
    expect(r.status, r.stderr).toBe(130);
    return { dir, args };
  };

  it('says a run whose resume was killed (SIGKILL: its CSV files under .partial names) is resumable, with the command that finishes it, not a file missing', async () => {
    const { dir, args } = stoppedRun('killed-resume');
    const done = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { completedReps: number }).completedReps;
    const child = spawn(process.execPath, ['dist/cfsim.js', ...args, '--resume'], { stdio: 'ignore' });
    try {
      // Killed once the resume has said so in manifest.json (its second session, running).
      for (let tries = 0; !readFileSync(join(dir, 'manifest.json'), 'utf8').includes('"completedRepsBefore": ' + done); tries++) {
        if (tries > 600) throw new Error('the resume did not start within a minute');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(join(dir, 'workers.csv.partial'))).toBe(true);
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    const cwd = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { environment: { cwd: string } }).environment.cwd;
    expect(r.stderr).toBe(
      `cfsim: invalid results folder:\n  - RESULTS_DIR: ${dir} holds a run stopped after ${done} of 2000 replications whose resume did not finish (its manifest.json still says "running", and no process is writing it: the resume was killed, or its machine went down), so it holds no result to report yet; the finished replications are kept (checkpoint.bin, with their rows in replications.csv.partial, workers.csv.partial, separations.csv.partial); to finish the run, resume it: cfsim ${args.join(' ')} --resume, in ${cwd}\n`,
    );
  });

  it('says so too of a resume killed as it began (manifest.json still "interrupted", the CSV files renamed to .partial)', () => {
    const { dir, args } = stoppedRun('killed-as-resume-began');
    for (const name of ['replications.csv', 'workers.csv']) renameSync(join(dir, name), join(dir, `${name}.partial`));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('whose resume did not finish (it was killed as it began: its manifest.json says "interrupted", and replications.csv, workers.csv are under their .partial names)');
    expect(r.stderr).toContain(`with their rows in replications.csv.partial, workers.csv.partial, separations.csv); to finish the run, resume it: cfsim ${args.join(' ')} --resume, in `);
    expect(r.stderr).not.toContain('not a CFSim results folder');
  });

  it('says so too of a resume whose writing failed (manifest.json "failed", a continued CSV file left under its .partial name), not that it was killed', () => {
    const { dir } = stoppedRun('failed-resume');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), status: 'failed' }));
    renameSync(join(dir, 'workers.csv'), join(dir, 'workers.csv.partial'));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('whose resume did not finish (writing its files failed, as on a full disk: its manifest.json says "failed", and workers.csv is under its .partial name)');
  });

  it('says a first run killed as it stopped, before writing its checkpoint (summary.json written, timeseries.csv still .partial), stopped without finishing, not that a file is missing', () => {
    const { dir } = stoppedRun('killed-before-checkpoint');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), status: 'running', completedReps: 0 }));
    rmSync(join(dir, 'checkpoint.bin'));
    renameSync(join(dir, 'timeseries.csv'), join(dir, 'timeseries.csv.partial'));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${dir} holds a run that stopped without finishing (its manifest.json still says "running", and no process is writing it`);
    expect(r.stderr).not.toContain('not a CFSim results folder');
  });

  it('says a first run killed as it stopped, after writing its checkpoint but before its manifest said so, is resumable, not that a resume was killed after 0 replications', () => {
    const { dir, args } = stoppedRun('killed-as-first-stopped');
    const stopped = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { completedReps: number };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...stopped, status: 'running', completedReps: 0 }));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    // The count is its checkpoint's, which its manifest does not say yet.
    expect(stopped.completedReps).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${dir} holds a run stopped after ${stopped.completedReps} of 2000 replications whose stop did not finish (its manifest.json still says "running", and no process is writing it: it was killed while it wrote its results, or its machine went down), so it holds no result to report yet; the finished replications are kept (checkpoint.bin, with their rows in replications.csv, workers.csv, separations.csv); to finish the run, resume it: cfsim ${args.join(' ')} --resume, in `);
  });

  it('says so too of a resume killed while it stopped (summary.json written, the CSV files renamed back but timeseries.csv)', () => {
    const { dir, args } = stoppedRun('killed-as-resume-stopped');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { status: string; completedReps: number };
    // As a resume's manifest says while it runs: the stopped session, then its own.
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, status: 'running', sessions: [{ status: 'interrupted' }, { status: 'running' }] }));
    renameSync(join(dir, 'timeseries.csv'), join(dir, 'timeseries.csv.partial'));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`holds a run stopped after ${manifest.completedReps} of 2000 replications whose resume did not finish (its manifest.json still says "running"`);
    expect(r.stderr).toContain(`with their rows in replications.csv, workers.csv, separations.csv); to finish the run, resume it: cfsim ${args.join(' ')} --resume, in `);
    expect(r.stderr).not.toContain('not a CFSim results folder');
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

describe('a results folder written before replications.csv (without it)', () => {
  it('is reported, as before', () => {
    const dir = damaged((d) => rmSync(join(d, 'replications.csv')));
    const report = join(work, 'without-replications.html');
    const r = cfsim('report', dir, '-o', report);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr, 'no warning').toBe(`wrote ${report}\n`);
    expect(readFileSync(report, 'utf8')).toContain('</html>');
  });
});

describe("a results folder without replications.csv whose net benefit's lead 0.11.0 wrote (its over one label as text)", () => {
  // Three arms, so that the lead is over "the next"; without replications.csv the report shows summary.json's table.
  const withValue = join(work, 'with-value');
  beforeAll(() => {
    const r = cfsim('compare', '--policies', 'status-quo,opt-out-support,multi-level', '--reps', '3', '--days', '60', '--threads', '1', '--value-per-departure', '150000', '--out', withValue);
    expect(r.status, r.stderr).toBe(0);
    rmSync(join(withValue, 'replications.csv'));
  });
  type Lead = Record<string, unknown> & { policies: string[]; over: string[] };
  const withLead = (name: string, edit: (lead: Lead) => Record<string, unknown>) => {
    const dir = join(work, name);
    cpSync(withValue, dir, { recursive: true });
    editJson(dir, 'summary.json', (s) => {
      const netBenefit = s.netBenefit as { lead: Lead };
      netBenefit.lead = edit(netBenefit.lead) as Lead;
    });
    return dir;
  };

  it('is reported with the net benefit table, leaving out the lead (0.11.0 gave no futures it is ahead in), where the report failed with a TypeError', () => {
    const dir = withLead('lead-0.11.0', (lead) => ({ policy: lead.policies[0], over: lead.over[0], mean: lead.mean, low: lead.low, high: lead.high }));
    const report = join(work, 'lead-0.11.0.html');
    const r = cfsim('report', dir, '-o', report);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/Highest on average: [a-z-]+\. /);
    expect(html).not.toContain('ahead of the next');
  });

  it('refuses a lead whose next arms are not labels, naming the field, where the report said it was ahead of "the next, 5"', () => {
    const dir = withLead('lead-damaged', (lead) => ({ ...lead, over: [5] }));
    const r = cfsim('report', dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`cfsim: invalid results folder:\n  - ${dir}/summary.json: netBenefit.lead.over is [5]; expected a list of the next arms' labels (text), or one label as text (0.11.0)`);
    expect(r.stderr).not.toContain('unexpected failure');
  });
});

describe('a results folder of a version with other metrics', () => {
  it('checks replications.csv against its own summary.json\'s metrics (here without the vacancy part, as an older version might have written it)', () => {
    const dropColumn = (name: string) => (text: string) => {
      const lines = text.split('\n');
      const at = lines[0].split(',').indexOf(name);
      return lines.map((line) => (line === '' ? line : line.split(',').filter((_, i) => i !== at).join(','))).join('\n');
    };
    const withoutPart = (d: string) => {
      editJson(d, 'summary.json', (s) => {
        for (const p of s.policies as { metrics: Record<string, unknown> }[]) delete p.metrics.vacancyCostPerWorkerYear;
        for (const p of (s.differences ?? []) as { metrics: Record<string, unknown> }[]) delete p.metrics.vacancyCostPerWorkerYear;
      });
      cut(d, 'replications.csv', dropColumn('vacancyCostPerWorkerYear'));
    };
    const report = join(work, 'other-metrics.html');
    const r = cfsim('report', damaged(withoutPart), '-o', report);
    expect(r.status, r.stderr).toBe(0);
    // The file must still agree with that summary: an edited value is found as before.
    const edited = damaged((d) => {
      withoutPart(d);
      cut(d, 'replications.csv', (t) => t.replace(/\n((?:[^,\n]*,){4})[^,\n]*/, '\n$199'));
    });
    const bad = cfsim('report', edited);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('replications.csv: the mean proqolSTS of its 3 rows of "status-quo" is');
  });

  it('reports a summary.json in the shapes 0.6.0 and 0.10.0 wrote: difference groups without a label, bestOnAverage spans of one policy each', () => {
    const dir = damaged((d) =>
      editJson(d, 'summary.json', (s) => {
        const groups = (s.differences as { groups: Record<string, unknown>[] }[])[0].groups;
        for (const g of groups) delete g.label;
        // Lower, in every future, among staff with lived experience: the finding names the group.
        Object.assign(groups.find((g) => g.by === 'livedExperience' && g.group === 'yes')!, { turnoverPerYear: { mean: -0.1, p05: -0.2, p95: -0.05 } });
        s.bestOnAverage = [{ policy: 'status-quo', from: 0, to: null }];
      }),
    );
    const report = join(dir, 'older.html');
    const r = cfsim('report', dir, '-o', report);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('lowers turnover among staff with lived experience by ');
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
    expect(summaryIssues({ cfsim: '0.4.0', scenario: 'x', seed: 1, reps: 2, days: 30, policies: [] }, 's.json').map((i) => i.message)).toEqual(["policies is []; expected a non-empty list of each package's outcomes ({ policy, metrics })"]);
    expect(summaryIssues({ scenario: 'x', seed: -1, reps: 2, days: 30, status: 'stopped', policies: [] }, 's.json').map((i) => i.message)).toEqual([
      'cfsim is missing; expected the CFSim version that wrote it (text)',
      'status is "stopped"; expected interrupted or failed (absent for a complete run)',
      'seed is -1; expected a whole number from 0',
      "policies is []; expected a non-empty list of each package's outcomes ({ policy, metrics })",
    ]);
    expect(manifestIssues([], 'm.json')[0].message).toContain('is not a manifest');
  });

  it('take the counts of positive, zero and negative paired differences and their sd and se as cfsim writes them, or none (older results), and refuse damaged ones', () => {
    const written = summary() as { reps: number; differences: { metrics: Record<string, Record<string, unknown>> }[] };
    const sts = written.differences[0].metrics.proqolSTS;
    expect((sts.positive as number) + (sts.zero as number) + (sts.negative as number)).toBe(written.reps);
    const older = structuredClone(written);
    for (const m of Object.values(older.differences[0].metrics)) for (const f of ['positive', 'zero', 'negative', 'sd', 'se']) delete m[f];
    expect(summaryIssues(older, 's.json')).toEqual([]);
    const damagedCounts = structuredClone(written);
    damagedCounts.differences[0].metrics.proqolSTS.zero = 1.5;
    damagedCounts.differences[0].metrics.proqolCS.se = -0.1;
    damagedCounts.differences[0].metrics.turnoverPerYear.sd = 'wide';
    damagedCounts.differences[0].metrics.proqolBO = { ...damagedCounts.differences[0].metrics.proqolBO, positive: 3, zero: 3, negative: 0 };
    expect(summaryIssues(damagedCounts, 's.json').map((i) => i.message)).toEqual([
      'differences[0].metrics.proqolCS.se is -0.1; expected a number from 0, or null (from fewer than two paired differences)',
      'differences[0].metrics.proqolBO counts 6 paired differences (positive, zero, negative) from 3 replications; expected at most one per replication, so the file is damaged',
      'differences[0].metrics.proqolSTS.zero is 1.5; expected a whole number from 0 (paired differences of that sign)',
      'differences[0].metrics.turnoverPerYear.sd is "wide"; expected a number from 0, or null (from fewer than two paired differences)',
    ]);
  });
});
