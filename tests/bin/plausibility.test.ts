import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// A value the schema allows but that is likely a unit slip (payRaise 1 for 1%, extraSeatShare 2
// for two seats) is said so: by validate under its summary of what the file sets up, and by run
// and compare on stderr, never in --json's stdout. The file stays valid: the exit code is 0.

const { cfsim, file } = cliScratch('plausibility');

const SLIPS = 'name: my-team\npopulation: { seats: 12 }\npolicy:\n  compensation: { payRaise: 1 }\n  staffing: { extraSeatShare: 2 }\n';
const PAY_WARNING =
  "policy.compensation.payRaise 1 is a raise of 100% of salary (the field is a fraction of salary): pay becomes 2 times the population's; for a 1% raise write 0.01";
const SEATS_WARNING =
  'policy.staffing.extraSeatShare 2 is a share of the 12 funded seats (population.seats): it adds 24 seats for the same clients, and the team more than doubles, to 36 seats; to add 2 seats to 12 write 0.1667';

describe('cfsim validate: summary and warnings', () => {
  it('keeps its first line, then summarises the file and warns of each slip on a line of its own, exit 0', () => {
    const path = file('slips.yaml', SLIPS);
    const r = cfsim('validate', path);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `${path}: valid scenario "my-team" (policy status-quo, 1095 days)`,
        'Seats: 12 funded (population.seats); every package adds 24 seats on day 0 (policy.staffing.extraSeatShare 2)',
        'Days: 1095; day 0 follows 365 warm-up days under the status-quo package, not recorded',
        'Population preset: ma-outreach; the file changes population.seats 12 (preset: 38)',
        'Package: status-quo; the file changes staffing.extraSeatShare 2 (package: 0); compensation.payRaise 1 (package: 0)',
        `Warning: ${PAY_WARNING}`,
        `Warning: ${SEATS_WARNING}`,
        '',
      ].join('\n'),
    );
  });

  it('a sensible file: the seats each package adds, its practice and changes, the levers it changes from its package, and no warning', () => {
    const path = file(
      'sensible.yaml',
      'base: { population: ct-harm-reduction, policy: multi-level }\nname: ct-weekly\npopulation: { warmUpDays: 0 }\npractice:\n  compensation: { ptoDaysPerYear: 25 }\npolicy:\n  supervision: { intervalDays: 7 }\n  compensation: { payRaise: 0.3 }\nchanges:\n  - day: 365\n    set: { community.overdoseBurden: 2 }\n',
    );
    const r = cfsim('validate', path);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${path}: valid scenario "ct-weekly" (policy multi-level, 1095 days, 1 scheduled change)`);
    expect(lines.slice(1)).toEqual([
      'Seats: 17 funded (population.seats); seats added on day 0 (policy.staffing.extraSeatShare): multi-level 3 (0.15), the other packages none',
      'Days: 1095; no warm-up (day 0 is the drawn starting team)',
      'Population preset: ct-harm-reduction; the file changes population.warmUpDays 0 (preset: 365)',
      'Package: multi-level; the file changes supervision.intervalDays 7 (package: 28); compensation.payRaise 0.3 (package: 0.1)',
      'Current practice: compensation.ptoDaysPerYear 25 (status quo: 15)',
      'Scheduled changes: day 365: overdoseBurden 2',
      '',
    ]);
    expect(r.stdout).not.toContain('Warning');
  });

  it('a sweep plan: warns of a slip in its fixed fields (set), not of a parameter\'s range', () => {
    const path = file('plan.yaml', 'name: g\nset: { policy.compensation.payRaise: 1 }\nparameters:\n  policy.staffing.extraSeatShare: { min: 0, max: 2 }\ndesign: grid\nlevels: 3\nreps: 1\n');
    const r = cfsim('validate', path);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(1)).toEqual(['Days: 1095 (the default horizon; set: { days: N } gives another), every point alike', `Warning: set.${PAY_WARNING}`, '']);
  });

  it('a sweep plan that varies the debrief mode or the package is not told its debrief.after does nothing; one that varies neither is', () => {
    const plan = (parameter: string) => file('debrief-plan.yaml', `name: d\nset: { policy.debrief.after: death }\nparameters:\n  ${parameter}\ndesign: grid\nreps: 1\n`);
    for (const varied of ['policy.debrief.mode: { values: [none, single-session] }', 'policy: { values: [status-quo, mandatory-debrief] }']) {
      const r = cfsim('validate', plan(varied));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('Warning');
    }
    const fixed = cfsim('validate', plan('community.stigma: { min: 0.1, max: 0.9 }'));
    expect(fixed.stdout).toContain('Warning: set.policy.debrief.after death is what a single-session debrief follows');
  });
});

describe('cfsim run and compare: the warnings on stderr', () => {
  it('run --json: each warning once on stderr (not once per package), the document alone on stdout', () => {
    const path = file('slips-run.yaml', SLIPS);
    const r = cfsim('run', path, '--policy', 'status-quo,multi-level', '--reps', '1', '--days', '20', '--threads', '1', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`cfsim: warning: ${PAY_WARNING}\ncfsim: warning: ${SEATS_WARNING}\n`);
    expect(JSON.parse(r.stdout).policies.map((p: { policy: string }) => p.policy)).toEqual(['status-quo', 'multi-level']);
    expect(r.stdout).not.toContain('warning');
  });

  it('debrief.after death is warned of unless some arm holds single-session debriefs (mandatory-debrief gives it a meaning)', () => {
    const path = file('after-death.yaml', 'policy: { debrief: { after: death } }\n');
    const quiet = cfsim('compare', path, '--policies', 'status-quo,mandatory-debrief', '--reps', '2', '--days', '10', '--threads', '1', '--json');
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
    const warned = cfsim('compare', path, '--policies', 'status-quo,opt-out-support', '--reps', '2', '--days', '10', '--threads', '1', '--json');
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr).toMatch(/^cfsim: warning: policy\.debrief\.after death is what a single-session debrief follows, and policy\.debrief\.mode is none or ongoing whenever it is in force, so it does nothing[^\n]*\n$/);
  });

  it('compare --scenarios names the file of each warning; a slip given by --set is warned of too; none without a slip', () => {
    const slips = file('slips-arm.yaml', SLIPS);
    const plain = file('plain-arm.yaml', 'name: plain\npopulation: { seats: 12 }\n');
    const r = cfsim('compare', '--scenarios', `${slips},${plain}`, '--reps', '2', '--days', '20', '--threads', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`cfsim: warning: ${slips}: ${PAY_WARNING}\ncfsim: warning: ${slips}: ${SEATS_WARNING}\n`);
    expect(r.stdout).not.toContain(PAY_WARNING);
    const set = cfsim('run', '--set', 'community.fatality=1', '--reps', '1', '--days', '20', '--threads', '1');
    expect(set.status, set.stderr).toBe(0);
    expect(set.stderr).toBe('cfsim: warning: community.fatality 1 is a share of overdoses among clients: every overdose is fatal; for 1% write 0.01\n');
    const quiet = cfsim('run', plain, '--policy', 'multi-level', '--reps', '1', '--days', '20', '--threads', '1');
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});
