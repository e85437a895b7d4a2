import { describe, expect, it } from 'vitest';
import { departuresText, packageDepartures } from '../../scenarios/packageDepartures';
import { PACKAGE_IDS } from '../../scenarios/presets/packages';
import { resolveScenario } from '../../scenarios/resolve';

describe('packageDepartures', () => {
  it('is empty for every package as its preset defines it, on every population', () => {
    for (const policy of PACKAGE_IDS) {
      for (const population of ['ma-outreach', 'ct-harm-reduction', 'canada-first-responders']) {
        expect(packageDepartures(resolveScenario({ population, policy })), `${population}/${policy}`).toEqual([]);
      }
    }
  });

  it('lists the levers a file or --set changed, with the package\'s own values, but not the name, the description or scheduled changes', () => {
    const scenario = resolveScenario({
      policy: 'opt-out-support',
      file: { policy: { description: 'Ours.', grief: { leaveDays: 1 } }, population: { seats: 12 }, changes: [{ day: 30, set: { 'policy.debrief.mode': 'none' } }] },
      overrides: [['policy.supervision.intervalDays', 28]],
    });
    const departures = packageDepartures(scenario);
    expect(departures).toEqual([
      { path: 'policy.supervision.intervalDays', value: 28, packageValue: 14 },
      { path: 'policy.grief.leaveDays', value: 1, packageValue: 2 },
    ]);
    expect(departuresText(departures)).toBe('supervision.intervalDays 28 (package: 14); grief.leaveDays 1 (package: 2)');
  });

  it('has nothing to compare with when the policy is not named after a package', () => {
    expect(packageDepartures(resolveScenario({ overrides: [['policy.name', 'ours'], ['policy.grief.leaveDays', 3]] }))).toEqual([]);
  });
});
