import { describe, expect, it } from 'vitest';
import { cliScratch } from './cliScratch';

// A Sobol or Morris plan with independent random numbers is warned about before its runs, by
// validate and by sweep, as analyze warns after them: its indices will count replication noise as effects.

const { work, cfsim, file } = cliScratch('plan-warnings');
const plan = (randomNumbers: string) =>
  file(
    `morris-${randomNumbers}.yaml`,
    `base: { population: ct-harm-reduction }\nset: { days: 30, population.seats: 4 }\nparameters: { community.stigma: { min: 0.1, max: 0.9 }, community.fatality: { min: 0.05, max: 0.2 } }\ndesign: morris\npoints: 2\nlevels: 4\nreps: 2\nrandomNumbers: ${randomNumbers}\n`,
  );
const WARNING = "Warning: each point draws random numbers of its own (the plan's randomNumbers: independent), so the points differ by replication noise as well as by their values, and the Morris effects will count that noise as the parameters' effects";

describe('a Sobol or Morris plan with independent random numbers', () => {
  it('is warned about by validate and by sweep before its runs, and a plan with common ones is not', () => {
    const independent = plan('independent');
    expect(cfsim('validate', independent).stdout).toContain(WARNING);
    const swept = cfsim('sweep', independent, '--out', `${work}/independent`);
    expect(swept.status, swept.stderr).toBe(0);
    expect(swept.stderr).toContain(WARNING);
    const common = plan('common');
    expect(cfsim('validate', common).stdout).not.toContain('random numbers of its own');
    expect(cfsim('sweep', common, '--out', `${work}/common`).stderr).not.toContain('random numbers of its own');
  });
});

// A grid of a whole-number field given more levels than its range holds ran fewer levels, silently.
describe('a grid with more levels than a whole-number field\'s range holds', () => {
  const grid = (levels: number) =>
    file(
      `grid-${levels}.yaml`,
      `base: { population: ct-harm-reduction, policy: status-quo }\nset: { days: 20, population.seats: 4 }\nparameters: { policy.supervision.intervalDays: { min: 1, max: 3 } }\ndesign: grid\nlevels: ${levels}\nreps: 1\n`,
    );
  const CAPPED = 'Warning: parameters.policy.supervision.intervalDays: levels: 5 asks for 5 levels, but policy.supervision.intervalDays is a whole-number field and its range 1 to 3 gives only 3 distinct levels (1, 2, 3), which the sweep runs';

  it('is warned about by validate and by sweep before its runs, naming the field, the levels asked and those run', () => {
    const five = grid(5);
    const checked = cfsim('validate', five);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(CAPPED);
    const swept = cfsim('sweep', five, '--out', `${work}/grid-5`);
    expect(swept.status, swept.stderr).toBe(0);
    expect(swept.stderr).toContain(CAPPED);
    // Before the runs: the warning comes ahead of the closing line.
    expect(swept.stderr.indexOf(CAPPED)).toBeLessThan(swept.stderr.indexOf('sweep complete'));
  });

  it('names the default levels as the default where the plan gives none', () => {
    const unset = file('grid-default.yaml', 'base: { population: ct-harm-reduction, policy: status-quo }\nset: { days: 20, population.seats: 4 }\nparameters: { policy.supervision.intervalDays: { min: 1, max: 3 } }\ndesign: grid\nreps: 1\n');
    const said = 'Warning: parameters.policy.supervision.intervalDays: the plan gives no levels, and the default (4) asks for 4 levels, but policy.supervision.intervalDays is a whole-number field';
    const checked = cfsim('validate', unset);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(said);
    const swept = cfsim('sweep', unset, '--out', `${work}/grid-default`);
    expect(swept.status, swept.stderr).toBe(0);
    expect(swept.stderr).toContain(said);
    expect(swept.stderr).not.toContain('levels: 4 asks');
  });

  it('is not warned about where the range holds every level', () => {
    const three = grid(3);
    expect(cfsim('validate', three).stdout).not.toContain('distinct level');
    expect(cfsim('sweep', three, '--out', `${work}/grid-3`).stderr).not.toContain('distinct level');
  });
});

// validate reads each point of a plan once for both of its checks (the points that cannot run, and the warnings of the
// fixed fields some point could clear), where it read them twice: what it prints is the same as before.
describe('validate of a plan whose warnings some point could clear', () => {
  it('prints the plan, its horizon and every kept warning, worded over the points that word it otherwise, as before', () => {
    const held = file(
      'held.yaml',
      'name: held\ndesign: grid\nreps: 1\nbase: { population: canada-first-responders }\nset: { population.roleMix.peer-navigator: 0.01, costs.roleSalaryFactor.peer-navigator: 0.8, policy.debrief.after: death }\nparameters:\n  population.roleMix.police: { values: [0.3, 0.29] }\n  policy.debrief.mode: { values: [none, ongoing] }\n',
    );
    const r = cfsim('validate', held);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `${held}: valid sweep plan "held" (grid design: 4 points × 1 rep = 4 runs, seed 1; cfsim sweep ${held} --out DIR runs it)\n` +
        'Days: 1095 (the default horizon; set: { days: N } gives another), every point alike\n' +
        "Warning: set.costs.roleSalaryFactor.peer-navigator 0.8 is the salary of a role that population.roleMix gives none of the team's 40 seats, so it changes no cost; give the role its share in population.roleMix, or set the factor of the role your workers are counted as (police, fire-ems, harm-reduction, social-worker, nurse)\n" +
        'Warning: set.policy.debrief.after death is what a single-session debrief follows, and policy.debrief.mode is none or ongoing whenever it is in force, so it does nothing: no debrief is held after a death; for a debrief after each working day with a client death, also set policy.debrief.mode: single-session (or compare with the mandatory-debrief package)\n',
    );
  });
});
