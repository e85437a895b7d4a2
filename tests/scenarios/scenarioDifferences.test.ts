import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../scenarios/resolve';
import { isPackageDifference, scenarioDifferences } from '../../scenarios/scenarioDifferences';
import { armDifferenceLines, armDifferences, differenceText, MOST_DIFFERENCES, outsidePackageWarning } from '../../scenarios/scenarioDifferenceWords';
import type { Scenario } from '../../scenarios/schema';

const base = resolveScenario({ overrides: [['population.seats', 20], ['community.overdoseBurden', 1.5]] });
/** `base` with its policy labelled as compare --scenarios labels an arm. */
const labelled = (s: Scenario, label: string): Scenario => ({ ...s, policy: { ...s.policy, name: label } });

describe('scenarioDifferences', () => {
  it('finds none between equal scenarios, nor in names and descriptions alone', () => {
    expect(scenarioDifferences(base, resolveScenario({ overrides: [['population.seats', 20], ['community.overdoseBurden', 1.5]] }))).toEqual([]);
    const renamed = { ...labelled(base, 'other'), name: 'other', description: 'Another file.', policy: { ...labelled(base, 'other').policy, description: 'Ours.' } };
    expect(scenarioDifferences(base, renamed)).toEqual([]);
  });

  it('gives each differing leaf by its dotted path, nested, with both values, in field order', () => {
    const drift = resolveScenario({ overrides: [['population.seats', 20], ['community.overdoseBurden', 1.2], ['policy.staffing.extraSeatShare', 0.1], ['population.roleMix.nurse', 0.2]] });
    const differences = scenarioDifferences(base, drift);
    expect(differences).toEqual([
      { path: 'population.roleMix.nurse', from: 0, to: 0.2 },
      { path: 'community.overdoseBurden', from: 1.5, to: 1.2 },
      { path: 'policy.staffing.extraSeatShare', from: 0, to: 0.1 },
    ]);
    expect(differenceText(differences[1])).toBe('community.overdoseBurden: 1.5 → 1.2');
    // The other way round, the values swap.
    expect(scenarioDifferences(drift, base).map((d) => [d.path, d.from, d.to])).toContainEqual(['community.overdoseBurden', 1.2, 1.5]);
  });

  it('compares lists entry by entry, and an entry only one side has against nothing', () => {
    const one = resolveScenario({ file: { changes: [{ day: 100, set: { 'policy.supervision.mode': 'opt-out' } }] } });
    const two = resolveScenario({ file: { changes: [{ day: 200, set: { 'policy.supervision.mode': 'opt-out' } }, { day: 300, set: { 'community.stigma': 0.2 } }] } });
    const differences = scenarioDifferences(one, two);
    expect(differences).toEqual([
      { path: 'changes[0].day', from: 100, to: 200 },
      { path: 'changes[1]', from: undefined, to: { day: 300, set: { 'community.stigma': 0.2 } } },
    ]);
    expect(differenceText(differences[1])).toBe('changes[1]: none → {"day":300,"set":{"community.stigma":0.2}}');
    // A change of policy levers is the package's; one of the community is not.
    expect(differences.map((d) => isPackageDifference(d, one, two))).toEqual([true, false]);
  });

  it('tells the package from the setting: policy levers are the package, community, population, practice and the rest are not', () => {
    const other = resolveScenario({ overrides: [['population.seats', 20], ['community.overdoseBurden', 1.5], ['policy.grief.leaveDays', 2], ['practice.supervision.intervalDays', 14], ['coefficients.stsGain', 0.1]] });
    const differences = scenarioDifferences(base, other);
    expect(differences.filter((d) => !isPackageDifference(d, base, other)).map((d) => d.path)).toEqual(['practice.supervision.intervalDays', 'coefficients.stsGain']);
  });
});

describe('armDifferences and their words', () => {
  it('lists each arm after the first, and warns of an arm that differs outside its package', () => {
    const hire = labelled(resolveScenario({ overrides: [['population.seats', 20], ['community.overdoseBurden', 1.5], ['policy.staffing.extraSeatShare', 0.1]] }), 'c-hire-2');
    const drift = labelled(resolveScenario({ overrides: [['population.seats', 20], ['community.overdoseBurden', 1.2], ['policy.staffing.extraSeatShare', 0.1]] }), 'c-drift');
    const same = labelled(base, 'again');
    const arms = armDifferences([labelled(base, 'current'), hire, drift, same]);
    expect(arms.map((a) => a.label)).toEqual(['c-hire-2', 'c-drift', 'again']);
    expect(armDifferenceLines(arms[0])).toEqual(['policy.staffing.extraSeatShare: 0 → 0.1']);
    expect(armDifferenceLines(arms[1])).toEqual(['community.overdoseBurden: 1.5 → 1.2', 'policy.staffing.extraSeatShare: 0 → 0.1']);
    expect(armDifferenceLines(arms[2])).toEqual(['nothing: the same scenario']);
    expect(outsidePackageWarning(arms[0], 'current')).toBe('');
    expect(outsidePackageWarning(arms[1], 'current')).toMatch(/^c-drift differs from current outside its package \(community\.overdoseBurden 1\.5 → 1\.2\): its differences from current are not its package's alone/);
  });

  it(`cuts a long list at ${MOST_DIFFERENCES}, counting the rest`, () => {
    const many = labelled(resolveScenario({ population: 'canada-first-responders' }), 'far');
    const [arm] = armDifferences([labelled(base, 'current'), many]);
    expect(arm.differences.length).toBeGreaterThan(MOST_DIFFERENCES);
    const lines = armDifferenceLines(arm);
    expect(lines).toHaveLength(MOST_DIFFERENCES + 1);
    expect(lines[MOST_DIFFERENCES]).toBe(`and ${arm.differences.length - MOST_DIFFERENCES} more`);
  });
});
