import { describe, expect, it } from 'vitest';
import { departuresText, packageDepartures, practiceDepartures, presetDepartures, presetDeparturesSentence, runsStatusQuo } from '../../scenarios/packageDepartures';
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

  it('does not count the scenario\'s practice: the package applies on top of it by design, and practiceDepartures lists it', () => {
    const file = { practice: { supervision: { mode: 'opt-out', intervalDays: 7 }, compensation: { ptoDaysPerYear: 25 } } };
    for (const policy of ['status-quo', 'opt-out-support']) expect(packageDepartures(resolveScenario({ policy, file })), policy).toEqual([]);
    // A lever the file's policy sets on top of the package still departs from the package on the practice.
    const changed = resolveScenario({ policy: 'opt-out-support', file: { ...file, policy: { compensation: { ptoDaysPerYear: 30 } } } });
    expect(packageDepartures(changed)).toEqual([{ path: 'policy.compensation.ptoDaysPerYear', value: 30, packageValue: 25 }]);
    const practice = practiceDepartures(changed);
    expect(practice).toEqual([
      { path: 'practice.supervision.mode', value: 'opt-out', packageValue: 'opt-in' },
      { path: 'practice.supervision.intervalDays', value: 7, packageValue: 28 },
      { path: 'practice.compensation.ptoDaysPerYear', value: 25, packageValue: 15 },
    ]);
    expect(departuresText(practice, 'status quo')).toBe('supervision.mode opt-out (status quo: opt-in); supervision.intervalDays 7 (status quo: 28); compensation.ptoDaysPerYear 25 (status quo: 15)');
    expect(practiceDepartures(resolveScenario({ policy: 'multi-level' }))).toEqual([]);
  });

  it('reads results written before scenarios had a practice, or by a version with levers this one does not know, against the package as presets define it', () => {
    const scenario = resolveScenario({ policy: 'opt-out-support', overrides: [['policy.grief.leaveDays', 1]] });
    const { practice: _practice, ...older } = scenario;
    const expected = [{ path: 'policy.grief.leaveDays', value: 1, packageValue: 2 }];
    expect(packageDepartures(older as typeof scenario)).toEqual(expected);
    expect(practiceDepartures(older as typeof scenario)).toEqual([]);
    const newer = { ...scenario, practice: { ...scenario.practice, supervision: { ...scenario.practice.supervision, newLever: 3 } } };
    expect(packageDepartures(newer)).toEqual(expected);
  });
});

describe('presetDepartures', () => {
  it('lists the population, community, coefficient and cost fields changed from the preset the scenario is named by, and nothing for a preset as it is, under any package', () => {
    for (const population of ['ma-outreach', 'ct-harm-reduction', 'canada-first-responders']) {
      for (const policy of PACKAGE_IDS) expect(presetDepartures(resolveScenario({ population, policy })), `${population}/${policy}`).toEqual([]);
    }
    const changed = resolveScenario({ population: 'ct-harm-reduction', policy: 'multi-level', overrides: [['community.stigma', 0.05], ['population.seats', 10], ['coefficients.stsGain', 0.1], ['costs.replacementCostFraction', 1], ['days', 200], ['policy.supervision.intervalDays', 7]] });
    // Schema order; the horizon and policy levers are not the preset's (policy levers have their own line).
    expect(presetDepartures(changed).map((d) => `${d.path} ${d.value} ${d.packageValue}`)).toEqual([
      `population.seats 10 17`,
      `community.stigma 0.05 ${resolveScenario({ population: 'ct-harm-reduction' }).community.stigma}`,
      `coefficients.stsGain 0.1 ${resolveScenario().coefficients.stsGain}`,
      `costs.replacementCostFraction 1 ${resolveScenario().costs.replacementCostFraction}`,
    ]);
    expect(presetDeparturesSentence(changed)).toMatch(/^Scenario changed from the ct-harm-reduction preset by the scenario file or --set \(results are for the preset so changed\): population\.seats 10 \(preset: 17\); community\.stigma 0\.05 \(preset: /);
    // A scenario named by its own name is labelled by it: nothing to list.
    expect(presetDepartures({ ...changed, name: 'our county team' })).toEqual([]);
    expect(presetDeparturesSentence(resolveScenario())).toBe('');
  });

  it('gives a changed role mix as the roles\' shares of the seats, not weights against the preset\'s shares, and nothing for the same shares in other weights', () => {
    const file = resolveScenario({ file: { population: { seats: 20, roleMix: { 'recovery-coach': 3, 'harm-reduction': 10, police: 7 } } } });
    const mix = presetDepartures(file).filter((d) => d.path.startsWith('population.roleMix'));
    expect(mix).toHaveLength(1);
    expect(mix[0].path).toBe('population.roleMix');
    expect(mix[0].value).toBe('police 35.0%, recovery-coach 15.0%, harm-reduction 50.0%');
    expect(mix[0].packageValue).toMatch(/^police 39\.\d%, fire-ems 2\.\d%, recovery-coach 21\.\d%/);
    // The preset's own shares, written as whole-number weights: no departure.
    const preset = resolveScenario().population.roleMix;
    const scaled = Object.fromEntries(Object.entries(preset).map(([role, w]) => [role, (w as number) * 1000]));
    expect(presetDepartures(resolveScenario({ file: { population: { roleMix: scaled } } }))).toEqual([]);
    // A change below the text's rounding is still a change.
    const slight = presetDepartures(resolveScenario({ overrides: [['population.roleMix.police', 0.3951]] }));
    expect(slight.map((d) => d.path)).toEqual(['population.roleMix']);
  });
});

describe('runsStatusQuo', () => {
  it('tells an arm running the status-quo package by its levers, whatever its policy is named, on top of its practice', () => {
    const sq = resolveScenario({ population: 'ct-harm-reduction' });
    expect(runsStatusQuo(sq)).toBe(true);
    // compare --scenarios labels the arm by its file: the name is not what is judged.
    expect(runsStatusQuo({ ...sq, policy: { ...sq.policy, name: 'current', description: 'Ours today.' } })).toBe(true);
    expect(runsStatusQuo(resolveScenario({ file: { policy: { name: 'current' } }, overrides: [['population.seats', 12]] }))).toBe(true);
    expect(runsStatusQuo({ ...sq, policy: { ...sq.policy, name: 'status-quo', grief: { ...sq.policy.grief, leaveDays: 1 } } })).toBe(false);
    for (const policy of PACKAGE_IDS.filter((p) => p !== 'status-quo')) expect(runsStatusQuo(resolveScenario({ policy })), policy).toBe(false);
    // An organization that already pre-books supervision runs the status quo on top of that practice.
    const practised = resolveScenario({ file: { practice: { supervision: { mode: 'opt-out', intervalDays: 14 } } } });
    expect(runsStatusQuo({ ...practised, policy: { ...practised.policy, name: 'today' } })).toBe(true);
  });
});
