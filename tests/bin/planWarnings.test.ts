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
