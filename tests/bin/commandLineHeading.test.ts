import { describe, expect, it } from 'vitest';
import { issuesSubject } from '../../bin/scenarioSource';
import { cliScratch } from './cliScratch';

// Problems of the flags alone were headed "invalid input:" by run, compare, show, starting-levels,
// calibrate and sweep, and "invalid command line:" by analyze, report, merge and app: every command
// now heads them "invalid command line:". "invalid input:" is kept where a scenario file's own
// problems are among them (each named FILE: path), beside the command line's or alone.

describe('issuesSubject', () => {
  it("is the command line's where no issue is a scenario file's, and input where one is", () => {
    const flag = { path: '--reps', value: '0', message: 'not allowed' };
    const fromSet = { path: 'community.stigma', value: 5, message: 'out of range' };
    const positional = { path: 'SCENARIO', value: 'nosuch', message: 'neither' };
    expect(issuesSubject([flag, fromSet, positional], ['team.yaml'])).toBe('command line');
    expect(issuesSubject([flag], [undefined])).toBe('command line');
    expect(issuesSubject([flag, { path: 'team.yaml: population.seats', value: 14.5, message: 'not whole' }], ['team.yaml'])).toBe('input');
    // The file as a whole (not UTF-8, say).
    expect(issuesSubject([{ path: '', value: 'team.yaml', message: 'not UTF-8' }], ['team.yaml'])).toBe('input');
  });
});

describe('the heading of command-line problems', () => {
  const { work, cfsim, file } = cliScratch('command-line-heading');
  const good = file('good.yaml', 'community: { stigma: 0.5 }\n');
  const bad = file('bad.yaml', 'population: { seats: 14.5 }\n');
  const plan = file('plan.yaml', 'base: { population: ct-harm-reduction }\nset: { days: 10, population.seats: 4 }\nparameters: { community.stigma: { min: 0.1, max: 0.9 } }\ndesign: grid\nlevels: 2\nreps: 1\n');
  const heading = (args: string[]) => {
    const r = cfsim(...args);
    expect(r.status, r.stderr).toBe(2);
    return r.stderr.split('\n')[0];
  };

  it('is "invalid command line:" in every command where only flags (or SCENARIO, or a value --set gave) are wrong', () => {
    const commands = [
      ['run', '--reps', '0'],
      ['run', good, '--reps', '0'],
      ['run', '--set', 'community.stigma=5'],
      ['run', '--policy', 'nosuch'],
      ['run', `${work}/nosuch.yaml`],
      ['compare', '--policies', 'status-quo'],
      ['compare', '--scenarios', `${good},${good}`],
      ['show', '--set', 'community.stigma=5'],
      ['starting-levels', good, '--reps', '0'],
      ['calibrate', '--reps', '2'],
      ['sweep', plan, '--out', `${work}/threads`, '--threads', '0'],
      // Flags judged against the plan: more shards than its 2 runs.
      ['sweep', plan, '--out', `${work}/shards`, '--shard', '5/6'],
      ['sweep', plan, '--out', `${work}/emit`, '--emit', 'slurm', '--shards', '3'],
      ['analyze', `${work}/nosuch`],
      ['report', `${work}/nosuch`],
    ];
    for (const args of commands) expect(heading(args), args.join(' ')).toBe('cfsim: invalid command line:');
  });

  it('stays "invalid input:" where a scenario file\'s problems are among them, named by the file', () => {
    for (const args of [['run', bad, '--reps', '0'], ['show', bad], ['compare', '--scenarios', `${good},${bad}`, '--reps', '2']]) {
      expect(heading(args), args.join(' ')).toBe('cfsim: invalid input:');
    }
  });
});
