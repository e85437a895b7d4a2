import { describe, expect, it } from 'vitest';
import { fileSummary } from '../../scenarios/fileSummary';
import { filePresets, resolveScenario } from '../../scenarios/resolve';

const summaryOf = (file: unknown) => fileSummary(file, resolveScenario({ file }));

describe('what a scenario file sets up (cfsim validate)', () => {
  it('names the presets a file builds on: its base, else a package named by policy.name, else the defaults', () => {
    expect(filePresets({ base: { population: 'ct-harm-reduction', policy: 'multi-level' } })).toEqual({ population: 'ct-harm-reduction', policy: 'multi-level' });
    expect(filePresets({ policy: { name: 'opt-out-support' } })).toEqual({ population: 'ma-outreach', policy: 'opt-out-support' });
    expect(filePresets({ policy: { name: 'ours' } })).toEqual({ population: 'ma-outreach', policy: 'status-quo' });
  });

  it('a policy named otherwise is read against the package it builds on', () => {
    const lines = summaryOf({ base: { policy: 'opt-out-support' }, policy: { name: 'ours', grief: { leaveDays: 3 } } });
    expect(lines).toContain('Package: opt-out-support (named ours); the file changes grief.leaveDays 3 (package: 2)');
  });

  it('a file that sets extraSeatShare adds its seats under every package; one named by a package id runs only as that package', () => {
    expect(summaryOf({ population: { seats: 12 }, policy: { staffing: { extraSeatShare: 0.1667 } } })[0]).toBe(
      'Seats: 12 funded (population.seats); every package adds 2 seats on day 0 (policy.staffing.extraSeatShare 0.1667)',
    );
    expect(summaryOf({ population: { seats: 12 }, policy: { name: 'multi-level' } })[0]).toBe('Seats: 12 funded (population.seats); multi-level adds 2 seats on day 0 (policy.staffing.extraSeatShare 0.15)');
    expect(summaryOf({ population: { seats: 12 }, policy: { name: 'opt-out-support' } })[0]).toBe('Seats: 12 funded (population.seats); no package adds seats (policy.staffing.extraSeatShare)');
  });

  it('names the fields each replication draws, with their ranges', () => {
    const lines = summaryOf({ uncertainty: { 'coefficients.separationCf': { min: 0.7, max: 1.6 } } });
    expect(lines[lines.length - 1]).toBe(
      "Parameter uncertainty: each replication draws coefficients.separationCf from 0.7 to 1.6 (uniform, mean 1.15; its own value 1.5). The mean of coefficients.separationCf's range differs from the field's own value by more than a tenth, so the outcomes' centre moves with it, not only their spread: a run without uncertainty gives the base case.",
    );
    expect(summaryOf({}).some((line) => line.startsWith('Parameter uncertainty'))).toBe(false);
  });

  it('an unchanged preset and package are said to be as they are, with no practice or changes line', () => {
    expect(summaryOf({ base: { population: 'canada-first-responders' } }).slice(2)).toEqual(['Population preset: canada-first-responders, as it is', 'Package: status-quo, as it is']);
  });
});
