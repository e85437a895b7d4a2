import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// "Hire two more": scenario files that fund different numbers of seats compare programmes of
// different sizes; the terminal and the report say so, and each arm's seats are named.

const { work, cfsim, file } = cliScratch('funded-seats');

describe('arms with different seats', () => {
  it('compare --scenarios: names each arm\'s funded and added seats, and warns in the terminal and the report when the funded seats differ', () => {
    const current = file('current.yaml', 'name: current\npopulation: { seats: 12 }\n');
    const more = file('seats14.yaml', 'name: seats14\npopulation: { seats: 14 }\n');
    const plus = file('plus2.yaml', 'name: plus2\npopulation: { seats: 12 }\npolicy: { staffing: { extraSeatShare: 0.1667 } }\n');
    const out = join(work, 'out');
    const r = cfsim('compare', '--scenarios', [current, more, plus].join(','), '--reps', '2', '--days', '60', '--threads', '1', '--out', out, '--report', join(out, 'report.html'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Seats: current 12 funded; seats14 14 funded; plus2 12 funded + 2 added by policy.staffing.extraSeatShare 0.1667 (the same clients)\n');
    expect(r.stdout).toContain('Warning: the scenarios fund different numbers of seats (current 12 seats, seats14 14 seats, plus2 12 seats).');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<strong>Programmes of different sizes:</strong> The scenarios fund different numbers of seats');
    expect(html).toContain('<dt>Seats</dt><dd>current 12 funded; seats14 14 funded; plus2 12 funded + 2 added');
  });

  it('compare of packages: names the seats a package adds, with no warning (every package funds the same seats)', () => {
    const r = cfsim('compare', '--policies', 'status-quo,multi-level', '--set', 'population.seats=20', '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\nSeats: 20 funded under every package; multi-level adds \d+ by policy\.staffing\.extraSeatShare [\d.]+ \(the same clients\)\n/);
    expect(r.stdout).not.toContain('fund different numbers of seats');
    // Turnover is per worker in post: the arm that adds seats is named under the outcome table.
    expect(r.stdout).toContain('\nTurnover per year and cost per worker-year are per worker in post: multi-level adds staff, so its turnover falls with the larger team even when as many leave.');
    const same = cfsim('compare', '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '30', '--threads', '1');
    expect(same.stdout).not.toContain('Seats:');
    expect(same.stdout).not.toContain('per worker in post:');
  });

  it('compare of packages whose seats a --set or the scenario adds: the note says so once, not as if each package added staff', () => {
    const set = cfsim('compare', '--policies', 'status-quo,multi-level', '--set', 'policy.staffing.extraSeatShare=0.1', '--reps', '2', '--days', '30', '--threads', '1');
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toContain('\nTurnover per year and cost per worker-year are per worker in post: --set policy.staffing.extraSeatShare=0.1 adds seats to every package, so turnover falls with the larger team even when as many leave.');
    expect(set.stdout).not.toContain('status-quo and multi-level add staff');
    // A file's share overrides every package's (multi-level's 0.15 too).
    const hire = file('hire-all.yaml', 'name: hire-all\npolicy: { staffing: { extraSeatShare: 0.1 } }\n');
    const scenario = cfsim('compare', hire, '--policies', 'status-quo,multi-level', '--reps', '2', '--days', '30', '--threads', '1');
    expect(scenario.status, scenario.stderr).toBe(0);
    expect(scenario.stdout).toContain('per worker in post: scenario hire-all adds seats to every package, so turnover falls');
    const run = cfsim('run', '--set', 'policy.staffing.extraSeatShare=0.1', '--reps', '2', '--days', '30', '--threads', '1');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('per worker in post: --set policy.staffing.extraSeatShare=0.1 adds staff, so turnover falls');
  });

  it('run of a scenario that adds seats: the note under the outcome table names the scenario, not its column\'s package', () => {
    const hire = file('hire.yaml', 'name: hire\npopulation: { seats: 12 }\npolicy: { staffing: { extraSeatShare: 0.0834 } }\n');
    const r = cfsim('run', hire, '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('per worker in post: scenario hire adds staff, so its turnover falls');
  });

  it('run of a preset under a package that adds seats: the note names the package, not the preset (which adds none)', () => {
    const r = cfsim('run', 'ma-outreach', '--policy', 'multi-level', '--reps', '2', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('per worker in post: multi-level adds staff, so its turnover falls');
    expect(r.stdout).not.toContain('scenario ma-outreach adds staff');
  });

  it('a share that rounds to no seat: warned on stderr, and the warm-up line says no seat is filled on day 0', () => {
    const r = cfsim('run', '--set', 'population.seats=13', '--set', 'policy.staffing.extraSeatShare=0.03', '--reps', '1', '--days', '30', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('cfsim: warning: policy.staffing.extraSeatShare 0.03 is a share of the 13 funded seats (population.seats), 0.39 of a seat, which rounds to none');
    expect(r.stdout).toContain('Warm-up: day 0 follows 365 warm-up days under the status-quo package, not recorded\n');
    expect(r.stdout).not.toContain('adds (policy.staffing.extraSeatShare) are filled by new hires');
  });

  it('compare --scenarios of files with the same seats names the team size, in the terminal and the report (their header names no population)', () => {
    const current = file('same-current.yaml', 'name: current\npopulation: { seats: 20 }\n');
    const better = file('same-better.yaml', 'name: better\npopulation: { seats: 20 }\npolicy: { supervision: { affirmation: 0.8 } }\n');
    const out = join(work, 'same-out');
    const r = cfsim('compare', '--scenarios', `${current},${better}`, '--reps', '2', '--days', '30', '--threads', '1', '--out', out, '--report', join(out, 'report.html'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('\nSeats: 20 funded in every scenario, none added\n');
    expect(r.stdout).not.toContain('fund different numbers of seats');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<dt>Seats</dt><dd>20 funded in every scenario, none added.</dd>');
  });
});
